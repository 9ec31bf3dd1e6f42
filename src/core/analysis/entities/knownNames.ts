/**
 * Known names and acronyms: the names the gazetteers list (people, organisations, places and
 * others), looked up from the tokens of a run as one name of one or more words, and the acronyms
 * that are common words ("CEO", "TV") or spell a nation's body ("the Scottish FA"), a country
 * ("US") or the words right before them.
 */
import type { EntityType } from '../model';
import { BANDS, ORGANIZATIONS, OTHER_NAMES, OUTLETS, PEOPLE_SURNAMES, PLACES } from '../../text/gazetteer';
import { isInCapitals } from '../../text/words';
import { isBracketAfterSpaces, type Token } from './mentions';

/**
 * Gazetteer names (lower-case, without dots) with the type they give. Places win over
 * organisations for names in both lists ("Downing Street"), as the place is what the text names.
 */
export const KNOWN_NAMES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...[...PEOPLE_SURNAMES].map((name): [string, EntityType] => [name, 'person']),
  ...[...OTHER_NAMES].map((name): [string, EntityType] => [name, 'other']),
  ...[...ORGANIZATIONS, ...BANDS, ...OUTLETS.keys()].map((name): [string, EntityType] => [name, 'organization']),
  ...[...PLACES].map((name): [string, EntityType] => [name, 'place']),
]);

/** The most words a gazetteer name has: longer runs of words need not be looked up. */
export const MAX_KNOWN_NAME_WORDS = Math.max(...[...KNOWN_NAMES.keys()].map((name) => name.split(' ').length));

/** First words of the gazetteer names: most capitalised runs fail this test and skip building a joined key. */
export const KNOWN_FIRST_WORDS: ReadonlySet<string> = new Set([...KNOWN_NAMES.keys()].map((name) => name.split(' ')[0]));

/**
 * The gazetteer names cut before each of their spaces ("bank", "bank of" of "bank of england"): a
 * name's key, built word by word, that is none of these can grow into no known name, and most
 * runs part from every one at their second word.
 */
const KNOWN_NAME_OPENINGS: ReadonlySet<string> = new Set([...KNOWN_NAMES.keys()].flatMap((name) => {
  const openings: string[] = [];
  for (let space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', space + 1)) openings.push(name.slice(0, space));
  return openings;
}));

/** The words after the first of the gazetteer names: a token that is none of these goes on no known name, and needs no key built. */
const KNOWN_LATER_WORDS: ReadonlySet<string> = new Set([...KNOWN_NAMES.keys()].flatMap((name) => name.split(' ').slice(1)));

/**
 * Known names that hold a connector, up to the word after it: "belle and sebastian", "jesus and
 * mary", "british chambers of commerce", "breakfast with frost". A run that reaches one of these
 * goes on across the connector.
 */
export const KNOWN_CONNECTED_PREFIXES: ReadonlySet<string> = new Set([...KNOWN_NAMES.keys()]
  .map((name) => /^(.+? (?:and|of|for|with) \S+)/.exec(name)?.[1]).filter((prefix) => prefix !== undefined));

/** Acronyms that are common nouns in news prose, not names. */
const COMMON_ACRONYMS = new Set(['AI', 'A.I.', 'KO', 'KOs', 'TKO', 'TKOs', 'BMI', 'CEO', 'CEOs', 'CFO', 'CTO', 'COO', 'GDP', 'TV', 'DVD', 'DVDs', 'CD', 'CDs', 'PC', 'PCs', 'MP', 'MPs', 'MEP', 'MEPs', 'PM', 'AM', 'IT', 'DNA', 'OK', 'VAT', 'ID', 'PR', 'GMT', 'BST', 'EST', 'AGM', 'IPO', 'UFO', 'SMS', 'URL', 'FAQ', 'VIP', 'HQ', 'ETA', 'TBC', 'LLM', 'LLMs', 'API', 'APIs', 'PDF', 'USB', 'GPS', 'HD', 'SUV', 'SUVs', 'WMD', 'WMDs', 'QC', 'KC', 'EPO', 'THG', 'HGH', 'Aids', 'AIDS', 'HIV', 'Sars', 'SARS', 'BSE', 'CJD', 'TB', 'MP3', 'MP3s', 'CO2', 'MRI', 'R&B', 'GP', 'GPs', 'I', 'A',
  'PE', 'GCSE', 'GCSEs', 'ICT', 'MBA', 'PhD', 'PIN', 'ATM', 'ATMs', 'SIM', 'LCD', 'LED', 'RAM', 'CPU', 'GPU', 'ISP', 'ISPs', 'VoIP', 'GPRS', 'DRM',
  'P2P', 'CCTV', 'ASBO', 'ASBOs', 'MRSA', 'SME', 'SMEs', 'HGV', 'MOT', 'NGO', 'NGOs', 'EV', 'EVs', 'DTT',
  // Currency codes after sums ("5 million VND", "$160 million USD").
  'USD', 'VND', 'VNĐ', 'EUR', 'GBP', 'JPY', 'CNY', 'INR',
  // Time zones, after the times of live pages and datelines ("11:48 a.m. ADT", "10:02 GMT").
  'UTC', 'ADT', 'AST', 'EDT', 'CDT', 'CST', 'MDT', 'MST', 'PDT', 'PST', 'PT', 'CET', 'CEST', 'EET', 'IST', 'JST', 'KST', 'SAST', 'AEST', 'AEDT',
  'ACST', 'AWST', 'NZST', 'NZDT', 'HKT', 'SGT', 'WAT', 'GST', 'ET', 'CT', 'MT',
  'A&E', 'B&Bs', 'Q&A', 'R&D', 'M&A', 'VPN', 'VPNs', 'ZIP', 'OTP',
  // Trade press shorthand: do-it-yourself, volatile organic compounds, original equipment makers, fibreboard.
  'DIY', 'VOC', 'VOCs', 'OEM', 'OEMs', 'MDF']);

/** The length of the longest common acronym: most words are longer, and need not be looked up. */
const LONGEST_COMMON_ACRONYM = Math.max(...[...COMMON_ACRONYMS].map((acronym) => acronym.length));

/** Whether the word, as written, is a common acronym ("CEO", "TV"; not "Ceo"). */
export function isCommonAcronym(word: string): boolean {
  return word.length <= LONGEST_COMMON_ACRONYM && COMMON_ACRONYMS.has(word);
}

/** Whether the tokens from `first` on are a known name of two words or more ("New Jersey" of "Two New Jersey Republicans"). */
export function isKnownLongerName(tokens: Token[], first: number): boolean {
  const length = tokens.length - first;
  return first > 0 && length >= 2 && length <= MAX_KNOWN_NAME_WORDS && isKnownName(tokens, first);
}

/** Whether a gazetteer name of two words or more starts at `first`: "Home Office" of "Home Office Minister Des Browne". */
/** Not "The Gulf" of "The Gulf Maritime Employers Association": a known name with "the" opens no longer name. */
export function opensKnownName(tokens: Token[], first: number): boolean {
  const length = knownNameLength(tokens, first);
  return length > 0 && !(tokens[first].lower === 'the' && first + length < tokens.length);
}

/** The length of the longest gazetteer name of two words or more starting at `first`, or 0. */
export function knownNameLength(tokens: readonly Token[], first: number): number {
  if (first >= tokens.length || !tokens[first].opensKnownName) return 0;
  // Read forwards, word by word, as far as some gazetteer name goes on.
  const end = Math.min(tokens.length, first + MAX_KNOWN_NAME_WORDS);
  let longest = 0;
  let name = tokens[first].bare;
  for (let next = first + 1; next < end && KNOWN_LATER_WORDS.has(tokens[next].bare) && KNOWN_NAME_OPENINGS.has(name); next++) {
    name += bareNamePart(tokens[next]);
    if (KNOWN_NAMES.has(name)) longest = next + 1 - first;
  }
  return longest;
}

export function isKnownName(tokens: readonly Token[], first = 0): boolean {
  return knownType(tokens, first) !== undefined;
}

/** The type a gazetteer gives the tokens from `first` to `end` as one name, if it lists it. */
export function knownType(tokens: readonly Token[], first = 0, end = tokens.length): EntityType | undefined {
  if (end <= first || !tokens[first].opensKnownName) return undefined;
  if (end - first === 1) return tokens[first].known;
  let name = tokens[first].bare;
  for (let next = first + 1; next < end; next++) {
    if (!KNOWN_LATER_WORDS.has(tokens[next].bare) || !KNOWN_NAME_OPENINGS.has(name)) return undefined;
    name += bareNamePart(tokens[next]);
  }
  return KNOWN_NAMES.get(name);
}

/** The name as gazetteers list it: "bank of england", "us". */
export function bareName(tokens: readonly Token[]): string {
  let name = tokens[0]?.bare ?? '';
  for (let i = 1; i < tokens.length; i++) name += bareNamePart(tokens[i]);
  return name;
}

/** A token after the first as a gazetteer name spells it, with the connector before it: " of england", " jersey". */
function bareNamePart(token: Token): string {
  return token.connector ? ` ${token.connector} ${token.bare}` : ` ${token.bare}`;
}

/**
 * "the British Phonographic Industry (BPI)": an acronym defined right after the words, spelling
 * the initials of all of them, shows that the name starts at the first ("British" included).
 */
export function isSpelledByAcronymAfter(text: string, tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || !isBracketAfterSpaces(text, tokens[tokens.length - 1].end)) return false;
  const acronym = /^\s*\(([A-Z]{2,8})\)/.exec(text.slice(tokens[tokens.length - 1].end, tokens[tokens.length - 1].end + 12))?.[1];
  if (acronym === undefined) return false;
  const initials = (words: readonly string[]) => words.map((word) => word.charAt(0)).join('');
  // ("the Auditor-General of South Africa (AGSA)": each part of a hyphenated title gives a letter.)
  return initials(tokens.map((token) => token.text)) === acronym || initials(tokens.flatMap((token) => token.text.split('-'))) === acronym;
}

/** "the Scottish FA", "the Irish RFU": a nation's adjective and an acronym name that nation's body. */
export function isNationalBodysAcronym(rest: readonly Token[]): boolean {
  return rest.length === 1 && /^\p{Lu}{2,4}$/u.test(rest[0].text) && !isCommonAcronym(rest[0].text) && rest[0].known === undefined;
}

export function isCountryInitials(word: string): boolean {
  // Most names open with a word that is not in capitals, which spares removing dots.
  if (word.length > 5 || !isInCapitals(word)) return false;
  const bare = word.replace(/\./g, '');
  return bare.length >= 2 && PLACES.has(bare.toLowerCase());
}
