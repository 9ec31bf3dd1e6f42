import { z } from 'zod';
import { EntityTypeSchema } from '../schema/analysisReport';

/**
 * The annotation sidecar: `article.txt` → `article.txt.annotations.json`, next to the article and
 * meant to be committed with it. This zod schema is its one definition: the TypeScript types are
 * derived from it, files are validated against it on load, and the JSON Schema shipped in
 * `schemas/sidecar-v1.schema.json` (which editors use to validate the file) is generated from it.
 *
 * Targets follow the W3C Web Annotation model: a TextQuoteSelector (the annotated words with some
 * context) to find the place again after edits, and a TextPositionSelector for the fast path.
 */

export const SIDECAR_VERSION = 1;
/**
 * Why `<article name>.annotations.json`: in the article's own folder, so a move or rename in git
 * carries it along with the article; under the article's full name, extension included, so
 * `a.txt` and `a.md` side by side never share a sidecar; ending in `.json`, so editors validate it
 * against the `$schema` it names.
 */
export const SIDECAR_SUFFIX = '.annotations.json';

export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});

export const TextPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const TargetSchema = z.object({
  /** The article's file name, relative to the sidecar. */
  source: z.string(),
  selector: z.tuple([TextQuoteSelectorSchema, TextPositionSelectorSchema]),
});

/**
 * The workspace-wide id of an entity (the cross-source index's id, such as "pete-hegseth"), kept
 * next to the name so the annotation still finds its entity if the name is later spelt otherwise.
 */
const EntityIdSchema = z.string().min(1).optional();

/*
 * The body is the discriminated union over `kind` (entity | speaker | note | reject | alias): the
 * kind lives inside the body, next to the fields it decides, so one zod union checks both together.
 */
const EntityBodySchema = z.object({
  kind: z.literal('entity'),
  /** The entity type the user gives the words. */
  type: EntityTypeSchema,
  /** The entity's name: an existing entity's canonical name, or a new one. */
  name: z.string().min(1),
  entityId: EntityIdSchema,
});

const SpeakerBodySchema = z.object({
  kind: z.literal('speaker'),
  /** The speaker's name, or an unnamed source as written. */
  speaker: z.string().min(1),
  unnamed: z.boolean().default(false),
  entityId: EntityIdSchema,
});

const NoteBodySchema = z.object({
  kind: z.literal('note'),
  text: z.string().min(1),
  /** When set, the note is about this entity (by canonical name) and shows in its hover card in every article. */
  entity: z.string().optional(),
  entityId: EntityIdSchema,
});

const RejectBodySchema = z.object({
  kind: z.literal('reject'),
  /** "here": only this occurrence is wrong; "workspace": the detection is wrong everywhere. */
  scope: z.enum(['here', 'workspace']),
  /** The rejected detection's words, for workspace-wide rejections. */
  name: z.string().min(1),
  /** The type of the rejected detection, when only that reading is wrong ("Jordan" the place, not the person). */
  type: EntityTypeSchema.optional(),
});

const AliasBodySchema = z.object({
  kind: z.literal('alias'),
  /** The alias as written ("Dario"). */
  alias: z.string().min(1),
  /** The entity it belongs to ("Dario Amodei"). */
  entity: z.string().min(1),
  entityId: EntityIdSchema,
});

export const AnnotationBodySchema = z.discriminatedUnion('kind', [EntityBodySchema, SpeakerBodySchema, NoteBodySchema, RejectBodySchema, AliasBodySchema]);

export const AnnotationSchema = z.object({
  id: z.string().min(1),
  target: TargetSchema,
  body: AnnotationBodySchema,
  /** "orphan": the annotated words could not be found after the article changed; kept, never dropped. */
  state: z.enum(['anchored', 'orphan']).default('anchored'),
  created: z.iso.datetime(),
  modified: z.iso.datetime(),
  author: z.string(),
  /**
   * Set on the second copy a merge keeps when the same annotation was changed on both sides: the
   * id of the annotation it conflicts with, so the user can compare the two and keep one.
   */
  conflictOf: z.string().optional(),
});

export const SidecarSchema = z.object({
  $schema: z.string().optional(),
  version: z.literal(SIDECAR_VERSION),
  article: z.string(),
  annotations: z.array(AnnotationSchema),
});

export type AnnotationKind = AnnotationBody['kind'];
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type AnnotationBody = z.infer<typeof AnnotationBodySchema>;
export type Annotation = z.infer<typeof AnnotationSchema>;
export type Sidecar = z.infer<typeof SidecarSchema>;

/** The sidecar file that belongs to an article path. */
export function sidecarPathOf(articlePath: string): string {
  return `${articlePath}${SIDECAR_SUFFIX}`;
}
