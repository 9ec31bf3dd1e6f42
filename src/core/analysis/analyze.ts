import { extractEntities } from './entities';
import type { DocumentAnalysis, Quote, SourceCounts } from './model';
import { findOutlets } from './outlets';
import { findQuotes } from './quotes';
import { attributeSpeakers } from './speakers';

/** The whole analysis of one article: entities, quotations with their speakers, cited outlets and source counts. */
export function analyzeDocument(text: string): DocumentAnalysis {
  const entities = extractEntities(text);
  const quotes = attributeSpeakers(text, findQuotes(text), entities);
  return { entities, quotes, outlets: findOutlets(text, entities), sources: countSources(quotes) };
}

/**
 * Distinct named speakers versus distinct unnamed sources quoted. Unnamed sources count once per
 * wording without its article ("a Defense official" and "the Defense official" are one source;
 * "another Defense official" is a second one).
 */
export function countSources(quotes: readonly Quote[]): SourceCounts {
  const named = new Set<number>();
  const unnamed = new Set<string>();
  for (const { speaker } of quotes) {
    if (!speaker) continue;
    if (speaker.unnamed) unnamed.add(speaker.name.toLowerCase().replace(/^(?:a|an|the|one)\s+/, ''));
    else if (speaker.entity !== null) named.add(speaker.entity);
  }
  return { named: named.size, unnamed: unnamed.size };
}
