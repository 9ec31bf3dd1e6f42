import { SOURCE_NOUNS } from './cues';
import type { Speaker } from './model';

/**
 * Whether a later unnamed source is one quoted before: the same words but for the article ("a
 * Defense official", "the Defense official"), or a definite description with the same source noun
 * and organisation ("the spokesperson" after "An Anthropic spokesperson"). An indefinite one is a
 * new source: "another Defense official" is a second official.
 */
export function sameUnnamedSource(earlier: Speaker, later: Speaker): boolean {
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
