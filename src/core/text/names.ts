/**
 * Normal forms of names shared by entity grouping within an article and linking across articles.
 */

/**
 * What follows a comma in a ministry's list of portfolios, up to the last item's first letter:
 * "Department for Environment|, Food and R|ural Affairs", "Ministry of Economy|, Trade and I|ndustry",
 * also with a comma before "and" ("Department of Children, Youth|, and F|amilies"). The comma separates no names there.
 */
export const PORTFOLIOS_AFTER_COMMA = String.raw`,(?:(?: \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?,)* \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?,?)? (?:and|&|y|e|et|und) (?:the )?\p{Lu}`;

/** The same list when the ministry's head noun ends it: "Innovation|, Technology and Industry Bureau". */
export const PORTFOLIOS_BEFORE_HEAD = String.raw`${PORTFOLIOS_AFTER_COMMA}\p{Ll}+(?: \p{Lu}\p{Ll}+)? (?:Bureau|Department|Ministry)\b`;

/**
 * A stock ticker in brackets after a listed company's name: "(SAND.SN)", "(TWR.AX)", "(NYSE: KVX)".
 * It names nothing of its own and opens no aside.
 */
export const STOCK_TICKER_IN_BRACKETS = String.raw`\((?:(?:NYSE|Nasdaq|NASDAQ|LSE|ASX|TSX|TSXV|HKEX|SGX|NSE|BSE|JSE|OTC)\s*:\s*[\p{Lu}\d]{1,6}(?:\.\p{Lu}{1,3})?|[\p{Lu}\d]{1,6}\.\p{Lu}{1,3})\)`;

/** Head nouns of government bodies that news prose writes both ways round. */
const INVERTIBLE_HEADS: ReadonlySet<string> = new Set(['department', 'ministry']);

/**
 * Short forms news prose uses for a few bodies and countries, by their full name. Only forms that
 * mean one thing in news: "America" is the United States, "WHO" is left out (it is also a word).
 */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map(Object.entries({
  'united states': ['us', 'usa', 'america', 'united states of america'],
  'united kingdom': ['uk', 'britain', 'great britain'],
  'united nations': ['un'],
  'european union': ['eu'],
  'united arab emirates': ['uae'],
  'international monetary fund': ['imf'],
  'federal bureau of investigation': ['fbi'],
  'central intelligence agency': ['cia'],
  'national health service': ['nhs'],
  'department of defense': ['dod'],
  'manchester united': ['man utd', 'man united'],
  'manchester city': ['man city'],
  'mg rover': ['rover'],
}).flatMap(([full, shorts]) => shorts.map((short): [string, string] => [short, full])));

/**
 * The form two names must share to be the same name: "us" and "u.s." → "united states",
 * "defense department" → "department of defense", "amazon.com" → "amazon"; every other name
 * comes back unchanged.
 * Expects a lower-case name.
 */
export function canonicalForm(lowerCaseName: string): string {
  if (!lowerCaseName.includes('.')) return SHORT_FORMS.get(lowerCaseName) ?? canonicalWordOrder(lowerCaseName);
  // "amazon.com" is Amazon, as "u.s." is the United States.
  const name = lowerCaseName.replace(WEB_DOMAIN, '');
  return SHORT_FORMS.get(name.replace(/\./g, '')) ?? canonicalWordOrder(name);
}

const WEB_DOMAIN = /\.(?:com|net|org|co\.uk|org\.uk|tv|fm)$/;

/** "defense department" → "department of defense", so that the two ways of writing a government body's name meet. */
function canonicalWordOrder(lowerCaseName: string): string {
  const space = lowerCaseName.indexOf(' ');
  if (space <= 0 || lowerCaseName.indexOf(' ', space + 1) >= 0) return lowerCaseName;
  const head = lowerCaseName.slice(space + 1);
  return INVERTIBLE_HEADS.has(head) ? `${head} of ${lowerCaseName.slice(0, space)}` : lowerCaseName;
}

/**
 * A plural noun of people and the list of places or bodies whose they are: "The mayors of
 * Pittsburgh, Detroit, and Toledo", "the foreign ministers of Britain, France and Germany".
 */
export const GROUP_OF_LIST_WORDS = String.raw`(?:[Tt]he\s+)?(?:\p{Ll}+\s+)?\p{Ll}+s\s+of\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)*(?:(?:,\s+(?:and\s+)?|\s+and\s+)\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)*)+`;

/** A phrase that is such a group and nothing more. */
export const GROUP_OF_LIST = new RegExp(`^${GROUP_OF_LIST_WORDS}$`, 'u');
