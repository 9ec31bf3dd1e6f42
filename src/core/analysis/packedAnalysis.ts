import type { AttributionMethod, DocumentAnalysis, EntityType, LocalEntity, Quote, SourceCounts, Span, Speaker } from './model';

/**
 * A compact form of a `DocumentAnalysis` for passing between threads. Every span of an analysis is
 * a slice of the article, so the form keeps only offsets and the receiver, which holds the text,
 * slices the words back. Sent as JSON text, it costs the receiving thread about a third of what
 * structured cloning the full objects costs, which is what lets analysis in worker threads beat
 * analysis in place. It never reaches the disk: the sidecar and report formats are the zod schemas.
 */
export interface PackedAnalysis {
  entities: PackedEntity[];
  quotes: PackedQuote[];
  outlets: string[];
  sources: SourceCounts;
}

/** An entity; its `key` is its position, and its mentions are flat start/end pairs. */
type PackedEntity = [name: string, type: EntityType, aliases: string[], roles: string[], equivalents: string[], mentions: number[]];

type PackedQuote = [start: number, end: number, speaker: PackedSpeaker | null];

/** A speaker; the mention is its start/end pair, or null. */
type PackedSpeaker = [name: string, entity: number | null, mention: [number, number] | null, unnamed: boolean, organization: number | null, method: AttributionMethod, cue: string | null];

export function packAnalysis(analysis: DocumentAnalysis): PackedAnalysis {
  return {
    entities: analysis.entities.map(packEntity),
    quotes: analysis.quotes.map(({ start, end, speaker }) => [start, end, speaker && packSpeaker(speaker)]),
    outlets: analysis.outlets,
    sources: analysis.sources,
  };
}

/** Rebuilds the analysis of `text` that `packAnalysis` packed. */
export function unpackAnalysis(packed: PackedAnalysis, text: string): DocumentAnalysis {
  const span = (start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });
  return {
    entities: packed.entities.map((entity, key) => unpackEntity(entity, key, span)),
    quotes: packed.quotes.map((quote) => unpackQuote(quote, span)),
    outlets: packed.outlets,
    sources: packed.sources,
  };
}

function packEntity(entity: LocalEntity): PackedEntity {
  const mentions: number[] = [];
  for (const { start, end } of entity.mentions) mentions.push(start, end);
  return [entity.name, entity.type, entity.aliases, entity.roles, entity.equivalents, mentions];
}

function unpackEntity([name, type, aliases, roles, equivalents, offsets]: PackedEntity, key: number, span: (start: number, end: number) => Span): LocalEntity {
  const mentions: Span[] = [];
  for (let i = 0; i < offsets.length; i += 2) mentions.push(span(offsets[i], offsets[i + 1]));
  return { key, name, type, aliases, roles, mentions, equivalents };
}

/** A quotation written out property by property: spreading its span into it (`{ ...span(start, end), speaker }`) is slow in V8. */
function unpackQuote([start, end, speaker]: PackedQuote, span: (start: number, end: number) => Span): Quote {
  const { text } = span(start, end);
  return { start, end, text, speaker: speaker && unpackSpeaker(speaker, span) };
}

function packSpeaker({ name, entity, mention, unnamed, organization, method, cue }: Speaker): PackedSpeaker {
  return [name, entity, mention && [mention.start, mention.end], unnamed, organization, method, cue];
}

function unpackSpeaker([name, entity, mention, unnamed, organization, method, cue]: PackedSpeaker, span: (start: number, end: number) => Span): Speaker {
  return { name, entity, mention: mention && span(mention[0], mention[1]), unnamed, organization, method, cue };
}
