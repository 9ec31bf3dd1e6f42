import { z } from 'zod';
import type { DocumentAnalysis } from '../analysis/model';
import type { Annotation } from '../annotations/schema';
import { EntityTypeSchema } from '../schema/analysisReport';

/**
 * The export model: one record per thing found or annotated in an article, with where it came
 * from. Every export format is written from these records, so they all agree.
 *   auto     — found by the analysis;
 *   user     — added or changed by the user's annotation;
 *   accepted — found by the analysis and confirmed by an annotation that says the same;
 *   rejected — a detection the user rejected (never exported as an entity).
 */
export const ProvenanceSchema = z.enum(['auto', 'user', 'accepted', 'rejected']);

export const ExportRecordSchema = z.object({
  article: z.string(),
  kind: z.enum(['entity', 'quote', 'note', 'rejection', 'alias']),
  provenance: ProvenanceSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  entity: z.object({ id: z.string(), name: z.string(), type: EntityTypeSchema }).optional(),
  speaker: z.object({ name: z.string(), entity: z.string().nullable(), unnamed: z.boolean(), mention: z.object({ start: z.number(), end: z.number(), text: z.string() }).nullable() }).nullable().optional(),
  note: z.string().optional(),
  /** The user's annotation behind the record. An orphan's offsets are where its words last were, not in the current text. */
  annotation: z.object({ id: z.string(), author: z.string(), created: z.string(), modified: z.string(), state: z.enum(['anchored', 'orphan']) }).optional(),
});
export type ExportRecord = z.infer<typeof ExportRecordSchema>;

/** What the exporters need to know about one article. */
export interface ExportDocument {
  /** Path as shown to the user (relative to the exported folder). */
  path: string;
  text: string;
  /** The automatic analysis, before annotations. */
  auto: DocumentAnalysis;
  /** The analysis with the user's annotations applied. */
  effective: DocumentAnalysis;
  annotations: readonly Annotation[];
  /** Workspace-wide id of an entity of `effective`, by local key. */
  entityId(localKey: number): string;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function recordsOf(document: ExportDocument): ExportRecord[] {
  const userRanges = document.annotations.filter((annotation) => annotation.state === 'anchored' && (annotation.body.kind === 'entity' || annotation.body.kind === 'alias'));
  const autoMentions = new Map(document.auto.entities.flatMap((entity) => entity.mentions.map((mention) => [`${mention.start}:${mention.end}`, entity.name] as const)));
  const entityRecords: ExportRecord[] = document.effective.entities.flatMap((entity) => entity.mentions.map((mention) => {
    const annotation = userRanges.find((candidate) => overlaps(candidate.target.selector[1], mention));
    const autoName = autoMentions.get(`${mention.start}:${mention.end}`);
    const provenance = !annotation ? 'auto' : autoName === entity.name ? 'accepted' : 'user';
    return { article: document.path, kind: 'entity' as const, provenance, start: mention.start, end: mention.end, text: mention.text,
      entity: { id: document.entityId(entity.key), name: entity.name, type: entity.type }, ...(annotation ? { annotation: meta(annotation) } : {}) };
  }));
  const quoteRecords: ExportRecord[] = document.effective.quotes.map((quote) => ({
    article: document.path, kind: 'quote', provenance: quote.speaker?.method === 'user' ? 'user' : 'auto', start: quote.start, end: quote.end, text: quote.text,
    speaker: quote.speaker && { name: quote.speaker.name, entity: quote.speaker.entity === null ? null : document.entityId(quote.speaker.entity), unnamed: quote.speaker.unnamed, mention: quote.speaker.mention },
  }));
  const annotationRecords: ExportRecord[] = document.annotations.flatMap((annotation): ExportRecord[] => {
    const [quote, position] = annotation.target.selector;
    const base = { article: document.path, start: position.start, end: position.end, text: quote.exact, annotation: meta(annotation) };
    switch (annotation.body.kind) {
      case 'note': return [{ ...base, kind: 'note', provenance: 'user', note: annotation.body.text }];
      case 'reject': return [{ ...base, kind: 'rejection', provenance: 'rejected', note: annotation.body.scope === 'workspace' ? 'rejected everywhere' : 'rejected here' }];
      case 'alias': return [{ ...base, kind: 'alias', provenance: 'user', note: `${annotation.body.alias} → ${annotation.body.entity}` }];
      default: return [];
    }
  });
  return [...entityRecords, ...quoteRecords, ...annotationRecords].sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
}

function meta(annotation: Annotation): NonNullable<ExportRecord['annotation']> {
  return { id: annotation.id, author: annotation.author, created: annotation.created, modified: annotation.modified, state: annotation.state };
}
