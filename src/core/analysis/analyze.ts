import { extractEntities } from './entities';
import { SOURCE_NOUNS } from './cues';
import type { DocumentAnalysis, Quote, SourceCounts, Speaker } from './model';
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

function sameUnnamedSource(earlier: Speaker, later: Speaker): boolean {
  if (withoutArticle(earlier.name) === withoutArticle(later.name)) return true;
  const definite = /^the\s/i.test(later.name);
  const sameOrganization = later.organization === null || later.organization === earlier.organization;
  return definite && sameOrganization && sourceNoun(earlier.name) !== undefined && sourceNoun(earlier.name) === sourceNoun(later.name);
}

function withoutArticle(name: string): string {
  return name.toLowerCase().replace(/^(?:a|an|the|one)\s+/, '');
}

/** The noun that makes the phrase a source: "official" in "a senior Defense official familiar with the talks". */
function sourceNoun(name: string): string | undefined {
  return name.toLowerCase().split(/\s+/).find((word) => SOURCE_NOUNS.has(word));
}
