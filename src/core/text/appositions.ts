/**
 * Appositions: the short description a name is given between commas or dashes, shared by the
 * entity pass (which types the name by it) and the speaker pass (which finds the body "the
 * company" refers to by it).
 */

/**
 * The noun that heads a short description after a name, between commas or dashes: "model" of
 * "Gemini, the company's AI model,", "firm" of "Robbins Geller, the law firm representing…",
 * "company" of "CB Richard Ellis - an international real estate company -" and of "Kosi Valley Sugars, a
 * listed sugar company promoted by his family".
 */
export function appositiveNoun(text: string, end: number): string | undefined {
  const next = text.charCodeAt(end);
  if (next !== 44 && !(next === 32 && DASHES.includes(text[end + 1]))) return undefined;
  APPOSITIVE_DESCRIPTION.lastIndex = end;
  return APPOSITIVE_DESCRIPTION.exec(text)?.[1];
}

const DASHES = '-–—';

// "Paywillow, an Oakland, California-based company,": a town before its state's "-based" holds a comma.
// "Chindwin Lion Column, a People's Defense Force (PDF) unit active in the area": an acronym in brackets may come before the noun.
// "Industri Energi, the largest union offshore,": where it is the largest may follow the noun.
const APPOSITIVE_DESCRIPTION = /(?:,|\s[-–—])\s+(?:the|a|an|its|their|his|her|[\p{L}\d-]+['’]s)\s+(?:\p{Lu}[\p{L}'’-]*,\s+(?=[\p{L}-]+-based\s))?(?:(?!(?:of|for|at|in|with|to)\s)[\p{L}\d'’-]+\s+(?:\(\p{Lu}+\)\s+)?){0,4}?(\p{Ll}+)(?=[,.;:)]|\s+[-–—]\s|\s+(?:that|which|who|whose|representing|owned|backed|controlled|based|run|founded|made|built|active|operating|and|with|for|from|in|at|of|on)\b|\s+\p{Ll}+ed\s+by\b|\s+(?:offshore|onshore|nationwide|worldwide|overseas|abroad)[,.;:])/uy;
