import type { LocalEntity } from './model';
import { OUTLETS } from '../text/gazetteer';

/**
 * News outlets an article cites: "Axios reported", "according to the Washington Post",
 * "reports Reuters", "told Defense Scoop", "Read at Axios", in order of first citation, once
 * each, without a leading "the". Known outlets count after any of these cues. An organisation
 * the gazetteer does not know counts only where the cue says it reports ("X has learned") or its
 * name says it is a news medium ("the Dundee Courier reported"): companies "report" profits.
 */
export function findOutlets(text: string, entities: readonly LocalEntity[]): string[] {
  // Listed on the first look-up, which most articles never make.
  let organizations: ReadonlyMap<string, string> | undefined;
  const organizationNamed: OrganizationLookup = (alias) => (organizations ??= organizationsByAlias(entities)).get(alias);
  const found: Array<{ offset: number; outlet: string }> = [];
  for (const { index, cue, citing } of cueOccurrences(text)) {
    if (citing) {
      NAME_AFTER.lastIndex = index + cue.length;
      const name = NAME_AFTER.exec(text);
      const outlet = name && knownOutlet(name[1]);
      if (outlet) found.push({ offset: index, outlet });
    } else {
      // "said" follows a name in a small share of its uses ("he said", "officials said"): only then is the look-back worth it.
      if (SAYING_CUES.has(cue) && !followsCapitalisedWord(text, index)) continue;
      // Look back from the verb for the name, rather than trying a name at every capital letter.
      const name = NAME_BEFORE.exec(text.slice(Math.max(0, index - 60), index));
      const outlet = name && (SAYING_CUES.has(cue) ? outletSaying(name[1], organizationNamed) : knownOutlet(name[1]) ?? reportingOrganization(name[1], cue, organizationNamed));
      if (outlet) found.push({ offset: index - name[0].length, outlet });
    }
  }
  return [...new Set(found.sort((a, b) => a.offset - b.offset).map(({ outlet }) => outlet))];
}

/** The full name of the organisation a lower-case alias names, if the article names one so. */
type OrganizationLookup = (alias: string) => string | undefined;

function organizationsByAlias(entities: readonly LocalEntity[]): Map<string, string> {
  const organizations = new Map<string, string>();
  for (const entity of entities) {
    if (entity.type === 'organization') for (const alias of entity.aliases) organizations.set(alias.toLowerCase(), entity.name);
  }
  return organizations;
}

/** Cues followed by the outlet: "according to the Washington Post", "told Axios", "reports Reuters", "Read at Axios". */
const CITING_CUES = [
  'according to', 'According to', 'told', 'tells', 'telling', 'reports', 'reported by', 'speaking to', 'Speaking to', 'speaking on',
  'Speaking on', 'interview with', 'statement to', 'Read at', 'Read more at', 'sources tell', 'source tells', 'writing in', 'wrote in', 'quoted by',
];
/** Cues preceded by the outlet: "Axios reported", "Axios has learned", "the Wall Street Journal reported". */
const REPORTING_CUES = ['reported', 'reports', 'learned', 'revealed', 'understands', 'obtained', 'said', 'says'];
/** Cues any organisation's statement takes ("the agency said"): they cite only an outlet the gazetteer knows. */
const SAYING_CUES: ReadonlySet<string> = new Set(['said', 'says']);
/** Cues only a news medium uses of itself, so that an organisation the gazetteer does not know still counts. */
const SCOOP_CUES: ReadonlySet<string> = new Set(['learned', 'understands']);
/** Words that make an unknown organisation's name a news medium's. */
const MEDIA_NAME_WORDS: ReadonlySet<string> = new Set(`
post times news journal herald telegraph magazine radio tv television agency press gazette tribune daily weekly review
scoop wire insider chronicle observer guardian mail express standard star mirror record courier bulletin broadcasting
`.trim().split(/\s+/));

const NAME = "((?:\\p{Lu}[\\p{L}\\d'’.-]*)(?:\\s(?:\\p{Lu}[\\p{L}\\d'’.-]*|\\d+|of|on|the))*)";
const NAME_AFTER = new RegExp(`\\s+(?:the\\s+)?${NAME}`, 'uy');
const NAME_BEFORE = new RegExp(`${NAME}\\s+(?:has\\s+|had\\s+|first\\s+)?$`, 'u');

/** Every cue by its first word, so that one pass over the words finds them all. */
const CUES_BY_FIRST_WORD = new Map<string, Array<{ cue: string; citing: boolean }>>();
for (const [cues, citing] of [[CITING_CUES, true], [REPORTING_CUES, false]] as const) {
  for (const cue of cues) {
    const first = cue.split(' ')[0];
    CUES_BY_FIRST_WORD.set(first, [...CUES_BY_FIRST_WORD.get(first) ?? [], { cue, citing }]);
  }
}
/** The first words of all cues as one alternation: V8 scans for it faster than a hand-written loop over every word. */
const FIRST_WORD = new RegExp(`\\b(?:${[...CUES_BY_FIRST_WORD.keys()].join('|')})\\b`, 'g');

/** Where the cues occur as whole words, in one pass over the text. */
function cueOccurrences(text: string): Array<{ index: number; cue: string; citing: boolean }> {
  const occurrences: Array<{ index: number; cue: string; citing: boolean }> = [];
  // `exec` rather than `matchAll`, which copies the expression for every text.
  FIRST_WORD.lastIndex = 0;
  for (let match = FIRST_WORD.exec(text); match !== null; match = FIRST_WORD.exec(text)) {
    const { index } = match;
    for (const { cue, citing } of CUES_BY_FIRST_WORD.get(match[0]) ?? []) {
      if (text.startsWith(cue, index) && !isLetter(text.charCodeAt(index + cue.length))) occurrences.push({ index, cue, citing });
    }
  }
  return occurrences;
}

/** Whether the word before `index`, past one space, starts with a capital letter. */
function followsCapitalisedWord(text: string, index: number): boolean {
  let start = index - 1;
  if (text.charCodeAt(start) !== 32) return false;
  while (start > 0 && text.charCodeAt(start - 1) > 32) start--;
  const first = text[start];
  return first !== undefined && first !== first.toLowerCase();
}

function isLetter(code: number): boolean {
  return code >= 0x41 && code <= 0x5a || code >= 0x61 && code <= 0x7a;
}

/**
 * "…, The Verge said": an outlet said, cited by its whole name, and not a company of the same
 * name the article is about ("Sun said" of Sun Microsystems, "Time Warner said").
 */
function outletSaying(phrase: string, organizationNamed: OrganizationLookup): string | undefined {
  // The phrase may open with a capitalised sentence opener: "But the BBC".
  const words = stripPossessive(phrase).toLowerCase().split(/\s+/);
  // Most phrases are people ("Mr Blair"): one look-up of the last word rules them out.
  if (!OUTLET_LAST_WORDS.has(words[words.length - 1])) return undefined;
  for (let first = 0; first < words.length; first++) {
    const name = words.slice(first).join(' ');
    const outlet = outletNamed(name);
    if (!outlet) continue;
    const body = organizationNamed(name.replace(/^the /, ''));
    return body === undefined || OUTLETS.has(body.toLowerCase()) ? outlet : undefined;
  }
  return undefined;
}

/** The last word of every known outlet's name, which any name of an outlet ends with. */
const OUTLET_LAST_WORDS: ReadonlySet<string> = new Set([...OUTLETS.keys()].map((name) => name.slice(name.lastIndexOf(' ') + 1)));

function reportingOrganization(phrase: string, cue: string, organizationNamed: OrganizationLookup): string | undefined {
  const name = stripPossessive(phrase).replace(/^the /i, '');
  const organization = organizationNamed(name.toLowerCase());
  if (!organization) return undefined;
  return SCOOP_CUES.has(cue) || organization.toLowerCase().split(/\s+/).some((word) => MEDIA_NAME_WORDS.has(word)) ? organization : undefined;
}

/** The longest known outlet the phrase starts with: "BBC Radio 4's Today programme" → "BBC Radio 4". */
function knownOutlet(phrase: string): string | undefined {
  const words = stripPossessive(phrase).split(/\s+/);
  for (let length = words.length; length > 0; length--) {
    const outlet = outletNamed(stripPossessive(words.slice(0, length).join(' ')).toLowerCase());
    if (outlet) return outlet;
  }
  return undefined;
}

/** The outlet a lower-case name is: "the Washington Post" is listed without its article, "The Verge" with it. */
function outletNamed(lower: string): string | undefined {
  return OUTLETS.get(lower) ?? (lower.startsWith('the ') ? OUTLETS.get(lower.slice(4)) : undefined);
}

function stripPossessive(phrase: string): string {
  return phrase.replace(POSSESSIVE_AND_AFTER, '').replace(/[.,]$/, '');
}

/** A possessive ending a word ("Radio 4's", "Reuters'") and what follows; not the apostrophe inside "O'Connell". */
const POSSESSIVE_AND_AFTER = /['’]s?(?![\p{L}\d]).*$/u;
