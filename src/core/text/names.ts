/**
 * Normal forms of names shared by entity grouping within an article and linking across articles.
 */

/** Head nouns of government bodies that news prose writes both ways round. */
const INVERTIBLE_HEADS: ReadonlySet<string> = new Set(['department', 'ministry']);

/**
 * "defense department" → "department of defense", so that the two ways of writing a government
 * body's name meet; every other name comes back unchanged. Expects a lower-case name.
 */
export function canonicalWordOrder(lowerCaseName: string): string {
  const space = lowerCaseName.indexOf(' ');
  if (space <= 0 || lowerCaseName.indexOf(' ', space + 1) >= 0) return lowerCaseName;
  const head = lowerCaseName.slice(space + 1);
  return INVERTIBLE_HEADS.has(head) ? `${head} of ${lowerCaseName.slice(0, space)}` : lowerCaseName;
}
