import type { DocumentAnalysis, EntityType, LocalEntity, Quote, Span } from '../analysis/model';
import { countSources } from '../analysis/analyze';
import { linkKey } from '../index/crossSourceIndex';
import type { Annotation } from './schema';

/**
 * The user's annotations override the automatic analysis: this turns an article's analysis into
 * the one every feature shows (highlights, hover cards, views, references, exports).
 *   entity  — the words become a mention of the named entity (retyped, or a new entity);
 *   speaker — the quotation at those words gets that speaker;
 *   reject  — the detection there (or, for scope "workspace", that name everywhere) disappears;
 *   alias   — the alias's mentions join the named entity ("Dario" is Dario Amodei).
 * Notes do not change the analysis; `entityNotes` collects them for hover cards.
 */
export function applyAnnotations(analysis: DocumentAnalysis, text: string, annotations: readonly Annotation[], rejectedEverywhere: ReadonlySet<string>): DocumentAnalysis {
  const anchored = annotations.filter((annotation) => annotation.state === 'anchored');
  if (anchored.length === 0 && rejectedEverywhere.size === 0) return analysis;
  let entities = analysis.entities.map((entity) => ({ ...entity, mentions: [...entity.mentions], aliases: [...entity.aliases] }));
  let quotes = analysis.quotes.map((quote) => ({ ...quote }));
  const rangeOf = (annotation: Annotation): Span => {
    const position = annotation.target.selector[1];
    return { start: position.start, end: position.end, text: text.slice(position.start, position.end) };
  };
  entities = withoutRejected(entities, anchored, rangeOf, rejectedEverywhere);
  for (const annotation of anchored) {
    const body = annotation.body;
    if (body.kind === 'entity') entities = withEntityMention(entities, rangeOf(annotation), body.name, body.type);
    else if (body.kind === 'alias') entities = withAliasMerged(entities, body.alias, body.entity);
  }
  const renumbered = renumber(entities, analysis.entities, quotes);
  entities = renumbered.entities;
  quotes = renumbered.quotes;
  for (const annotation of anchored) {
    if (annotation.body.kind === 'speaker') quotes = withSpeaker(quotes, entities, rangeOf(annotation), annotation.body.speaker, annotation.body.unnamed);
  }
  return { ...analysis, entities, quotes, sources: countSources(quotes) };
}

/** A user's note, as hover cards and exports show it. */
export interface UserNote {
  annotationId: string;
  /** The entity the note is about (canonical name): it then shows wherever that entity does, in every article. */
  entityName?: string;
  entityId?: string;
  text: string;
  /** The words the note is attached to. */
  quote: string;
  author: string;
  modified: string;
}

/** The notes among an article's annotations, orphans included: a note is worth showing even if its words moved away. */
export function notesFor(annotations: readonly Annotation[]): UserNote[] {
  return annotations.flatMap((annotation) => {
    const body = annotation.body;
    if (body.kind !== 'note') return [];
    return [{
      annotationId: annotation.id, text: body.text, quote: annotation.target.selector[0].exact, author: annotation.author, modified: annotation.modified,
      ...(body.entity ? { entityName: body.entity } : {}), ...(body.entityId ? { entityId: body.entityId } : {}),
    }];
  });
}

/** Notes about entities, by the entity's link key (see `linkKey`), from one article's annotations. */
export function entityNotes(annotations: readonly Annotation[]): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const note of notesFor(annotations)) {
    if (!note.entityName) continue;
    const key = linkKey(note.entityName);
    notes.set(key, [...(notes.get(key) ?? []), note.text]);
  }
  return notes;
}

/**
 * Detections rejected for the whole workspace, as keys for `applyAnnotations`: the name's link key,
 * or "key#type" when only one reading of the name is wrong (reject "Jordan" as a person, keep the country).
 */
export function workspaceRejections(annotations: readonly Annotation[]): string[] {
  return annotations.flatMap((annotation) => annotation.body.kind === 'reject' && annotation.body.scope === 'workspace' ? [rejectionKey(annotation.body.name, annotation.body.type)] : []);
}

function rejectionKey(name: string, type: EntityType | undefined): string {
  return type ? `${linkKey(name)}#${type}` : linkKey(name);
}

function isRejectedEverywhere(everywhere: ReadonlySet<string>, name: string, type: EntityType): boolean {
  return everywhere.has(rejectionKey(name, undefined)) || everywhere.has(rejectionKey(name, type));
}

const overlaps = (a: Pick<Span, 'start' | 'end'>, b: Pick<Span, 'start' | 'end'>) => a.start < b.end && b.start < a.end;

function withoutRejected(entities: LocalEntity[], annotations: readonly Annotation[], rangeOf: (annotation: Annotation) => Span, everywhere: ReadonlySet<string>): LocalEntity[] {
  const rejectedHere = annotations.flatMap((annotation) => annotation.body.kind === 'reject' ? [{ range: rangeOf(annotation), type: annotation.body.type }] : []);
  return entities.map((entity) => {
    if (isRejectedEverywhere(everywhere, entity.name, entity.type)) return { ...entity, mentions: [] };
    const rejected = (mention: Span) => isRejectedEverywhere(everywhere, mention.text, entity.type)
      || rejectedHere.some(({ range, type }) => overlaps(range, mention) && (type === undefined || type === entity.type));
    return { ...entity, mentions: entity.mentions.filter((mention) => !rejected(mention)) };
  });
}

function withEntityMention(entities: LocalEntity[], range: Span, name: string, type: EntityType): LocalEntity[] {
  const cleared = entities.map((entity) => ({ ...entity, mentions: entity.mentions.filter((mention) => !overlaps(mention, range)) }));
  const key = linkKey(name);
  const existing = cleared.find((entity) => linkKey(entity.name) === key || entity.aliases.some((alias) => linkKey(alias) === key));
  if (existing) {
    existing.mentions = [...existing.mentions, range].sort((a, b) => a.start - b.start);
    existing.type = type;
    if (!existing.aliases.includes(range.text)) existing.aliases.push(range.text);
    return cleared;
  }
  return [...cleared, { key: cleared.length, name, type, aliases: [...new Set([name, range.text])], roles: [], mentions: [range], equivalents: [] }];
}

function withAliasMerged(entities: LocalEntity[], alias: string, entityName: string): LocalEntity[] {
  const aliasKey = linkKey(alias);
  const source = entities.find((entity) => linkKey(entity.name) === aliasKey && linkKey(entity.name) !== linkKey(entityName));
  if (!source) return entities;
  const target = entities.find((entity) => entity !== source && (linkKey(entity.name) === linkKey(entityName) || entity.aliases.some((name) => linkKey(name) === linkKey(entityName))));
  if (!target) {
    // The entity is not named in this article: the alias takes its name, so the index links it.
    return entities.map((entity) => entity === source ? { ...entity, name: entityName, aliases: [...new Set([entityName, ...entity.aliases])] } : entity);
  }
  const merged: LocalEntity = { ...target, mentions: [...target.mentions, ...source.mentions].sort((a, b) => a.start - b.start), aliases: [...new Set([...target.aliases, ...source.aliases])] };
  return entities.map((entity) => entity === target ? merged : entity === source ? { ...entity, mentions: [] } : entity);
}

/** Drops entities left without mentions and renumbers keys, keeping quotes' speaker links right. */
function renumber(entities: LocalEntity[], original: readonly LocalEntity[], quotes: Quote[]): { entities: LocalEntity[]; quotes: Quote[] } {
  const kept = entities.filter((entity) => entity.mentions.length > 0);
  const newKey = new Map(kept.map((entity, index) => [entity.key, index]));
  const renumbered = kept.map((entity, index) => ({ ...entity, key: index }));
  const remap = (key: number | null) => (key === null || key >= original.length ? null : newKey.get(key) ?? null);
  return {
    entities: renumbered,
    quotes: quotes.map((quote) => quote.speaker ? { ...quote, speaker: { ...quote.speaker, entity: remap(quote.speaker.entity), organization: remap(quote.speaker.organization) } } : quote),
  };
}

function withSpeaker(quotes: Quote[], entities: readonly LocalEntity[], range: Span, speaker: string, unnamed: boolean): Quote[] {
  const key = linkKey(speaker);
  const entity = unnamed ? undefined : entities.find((candidate) => linkKey(candidate.name) === key || candidate.aliases.some((alias) => linkKey(alias) === key));
  return quotes.map((quote) => !overlaps(quote, range) ? quote : {
    ...quote,
    speaker: { name: entity?.name ?? speaker, entity: entity?.key ?? null, mention: null, unnamed, organization: null, method: 'user', cue: null },
  });
}
