import { extractEntities } from './entities';
import type { DocumentAnalysis, Quote, SourceCounts, Speaker } from './model';
import { findOutlets } from './outlets';
import { findQuotes } from './quotes';
import { attributeSpeakers } from './speakers';
import { sameUnnamedSource } from './sources';

/** The whole analysis of one article: entities, quotations with their speakers, cited outlets and source counts. */
export function analyzeDocument(text: string): DocumentAnalysis {
  const quoteSpans = findQuotes(text);
  const entities = extractEntities(text, quoteSpans);
  const quotes = attributeSpeakers(text, quoteSpans, entities);
  return { entities, quotes, outlets: findOutlets(text, entities), sources: countSources(quotes) };
}

/**
 * Distinct named speakers versus distinct unnamed sources quoted. A named speaker counts once per
 * entity, however it is referred to ("Hegseth", "he"). An unnamed source counts once per wording
 * without its article ("a Defense official" and "the Defense official" are one source), and a
 * definite description refers back to an earlier source with the same noun and organisation
 * ("the spokesperson" after "An Anthropic spokesperson"). An indefinite one is a new source:
 * "another Defense official" is a second official, and so is "a senior Defense official".
 */
export function countSources(quotes: readonly Quote[]): SourceCounts {
  const named = new Set<number>();
  const unnamed: Speaker[] = [];
  for (const { speaker } of quotes) {
    if (!speaker) continue;
    if (speaker.unnamed) {
      if (!unnamed.some((earlier) => sameUnnamedSource(earlier, speaker))) unnamed.push(speaker);
    } else if (speaker.entity !== null) named.add(speaker.entity);
  }
  return { named: named.size, unnamed: unnamed.length };
}
