import type { LocalEntity } from './model';
import { OUTLETS } from '../text/gazetteer';

/**
 * News outlets an article cites: "Axios reported", "according to the Washington Post",
 * "reports Reuters", "told Defense Scoop", "Read at Axios". Known outlets count after any of
 * these cues; an organisation the article names but the gazetteer does not know counts only
 * where the cue itself says it is reporting ("X reported", "X has learned").
 */
export function findOutlets(text: string, entities: readonly LocalEntity[]): string[] {
  const organizations = new Map(entities.filter((entity) => entity.type === 'organization').flatMap((entity) => entity.aliases.map((alias) => [alias.toLowerCase(), entity.name] as const)));
  const found = new Map<number, string>();
  for (const match of text.matchAll(CITED_AFTER)) addOutlet(found, match.index + match[0].length - match[1].length, match[1], organizations, false);
  for (const match of text.matchAll(REPORTING_VERB)) {
    // Look back from the verb for the name, rather than trying a name at every capital letter.
    const before = NAME_BEFORE_VERB.exec(text.slice(Math.max(0, match.index - 60), match.index));
    if (before) addOutlet(found, match.index - before[0].length, before[1], organizations, true);
  }
  return [...new Map([...found.entries()].sort(([a], [b]) => a - b).map(([, name]) => [name, name])).keys()];
}

const NAME = "((?:\\p{Lu}[\\p{L}\\d'’.-]*)(?:\\s(?:\\p{Lu}[\\p{L}\\d'’.-]*|\\d+|of|on|the))*)";
/** Cue, then the outlet: "according to the Washington Post", "told Axios", "reports Reuters", "Read at Axios". */
const CITED_AFTER = new RegExp(`\\b(?:[Aa]ccording to|told|tells|telling|reports|reported by|speaking to|in an interview with|interview with|Read (?:more )?at|sources tell|source tells)\\s+(?:the\\s+)?${NAME}`, 'gu');
/** The outlet, then the cue: "Axios reported", "Axios has learned", "the Wall Street Journal reported". */
const REPORTING_VERB = /\b(?:reported|reports|learned|revealed|understands|obtained)\b/g;
const NAME_BEFORE_VERB = new RegExp(`${NAME}\\s+(?:has\\s+|had\\s+|first\\s+)?$`, 'u');

function addOutlet(found: Map<number, string>, offset: number, phrase: string, organizations: ReadonlyMap<string, string>, reportingCue: boolean): void {
  const outlet = knownOutlet(phrase) ?? (reportingCue ? organizations.get(stripPossessive(phrase).toLowerCase().replace(/^the /, '')) : undefined);
  if (outlet && ![...found.values()].includes(outlet)) found.set(offset, outlet);
}

/** The longest known outlet the phrase starts with: "BBC Radio 4's Today programme" → "BBC Radio 4". */
function knownOutlet(phrase: string): string | undefined {
  const words = stripPossessive(phrase).split(/\s+/);
  for (let length = words.length; length > 0; length--) {
    const candidate = stripPossessive(words.slice(0, length).join(' ')).toLowerCase().replace(/^the /, '');
    const outlet = OUTLETS.get(candidate);
    if (outlet) return outlet;
  }
  return undefined;
}

function stripPossessive(phrase: string): string {
  return phrase.replace(/['’]s?\b.*$/, '').replace(/[.,]$/, '');
}
