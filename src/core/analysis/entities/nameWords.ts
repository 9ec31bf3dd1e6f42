/**
 * The words of names of bodies, places, events and works, shared by finding, typing and grouping
 * names: heads of public bodies, diplomatic posts and offices, sports and their national bodies,
 * numbered military units, national agencies, broadcasters' call signs, firms' legal forms and
 * coined names, a body's relative clause; and the everyday English words, plurals and labels
 * that name nothing.
 */
import { isGivenName, PLACES } from '../../text/gazetteer';
import { DEMONYMS, FUNCTION_WORDS, HONORIFICS, NEWSPAPER_TITLE, ORG_HEAD_WORDS, ORG_INTRODUCERS, ROLE_MODIFIERS } from '../../text/lexicon';
import { COMMON_WORDS } from '../../text/commonWords';
import { isDictionaryWord } from '../../text/englishWords';
import { SOURCE_NOUNS } from '../cues';
import { WordClass, wordClasses } from '../../text/wordClasses';
import { isLetterAt } from '../../text/words';
import { CAPITAL_THEN_LOWER, is, PLAIN_CAPITALISED, startsWithDigit, type Token } from './mentions';
import { KNOWN_NAMES, knownType } from './knownNames';
import { NAME_MONTHS } from './personNames';

/** Newsletter section labels ("Why it matters:") and bylines that look capitalised but name nothing. */
export const LABEL_WORDS = new Set(['subs', 'replacements', 'scoop', 'briefly', 'zoom', 'flashback', 'catch', 'go', 'read', 'update', 'updated', 'analysis', 'opinion', 'exclusive', 'breaking', 'video', 'watch', 'listen', 'photo', 'photos']);

/**
 * "The", "He", "But" standing alone: a sixth of all capitalised words, and never a name, so they
 * skip the full reading. Function words that are also names ("US", "WHO"), honorifics and months
 * that are names are read. One set, made once, as every lone capitalised word is looked up in it.
 */
export const PLAIN_FUNCTION_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS].filter((word) => !KNOWN_NAMES.has(word) && !HONORIFICS.has(word) && !NAME_MONTHS.has(word)));

export const SPORTS: ReadonlySet<string> = new Set(['cricket', 'rugby', 'tennis', 'football', 'soccer', 'athletics', 'swimming', 'cycling', 'netball', 'hockey', 'golf',
  'rowing', 'sailing', 'basketball', 'volleyball', 'boxing', 'gymnastics', 'badminton', 'squash', 'triathlon', 'baseball', 'softball', 'judo', 'skating']);

export const MUNICIPAL_HEADS: ReadonlySet<string> = new Set(['city', 'town', 'township', 'borough', 'village']);

/** A common word that is no given name, body's head or title, which before "of the" opens the title of a work. */
export function opensTitleOfThe(lower: string): boolean {
  return COMMON_WORDS.has(lower) && !FUNCTION_WORDS.has(lower) && !ORG_HEAD_WORDS.has(lower) && (wordClasses(lower) & (WordClass.givenName | WordClass.role)) === 0;
}

export const DIPLOMATIC_POSTS: ReadonlySet<string> = new Set(['embassy', 'consulate', 'mission', 'legation']);
export const AIM_BODIES: ReadonlySet<string> = new Set(['committee', 'campaign', 'coalition', 'alliance', 'movement', 'league', 'action', 'mission', 'transport', 'collective', 'front']);

/** "Linn’s Stamp News", "Lloyd’s List", "Harper’s Bazaar": a publication named with a possessive, its title's last word ahead. */
export const PUBLICATION_TITLE = String.raw`(?:\p{Lu}\p{Ll}+\s+){0,2}(?:News|Weekly|Monthly|Magazine|Bazaar|List|Journal|Digest|Almanack|Almanac)\b`;

export const OFFICES: ReadonlySet<string> = new Set(['office', 'department', 'bureau']);

/** A state's form, which a creed or a people before it names with it: "the Islamic Republic", "the Irish Republic". */
export const STATE_FORMS: ReadonlySet<string> = new Set(['republic', 'emirate']);

/** Heads of waters, states and regions named for a place after "of" ("the Sea of Oman", "the Sultanate of Oman", "the East Riding of Yorkshire"), which alone name works too ("The Sea Inside"). */
export const WATERS_AND_STATES_OF: ReadonlySet<string> = new Set(['sea', 'strait', 'straits', 'sultanate', 'emirate', 'riding']);

/** Compass adjectives that name a quarter of somewhere with it: "Eastern Cape", "Western Visayas". */
export const COMPASS_QUARTERS: ReadonlySet<string> = new Set(['northern', 'southern', 'eastern', 'western']);

export const COMPASS_POINTS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'central']);

/** Words that open a two-word demonym: "South African", "North American", "Sri Lankan". */
export const DEMONYM_OPENINGS: ReadonlySet<string> = new Set([...COMPASS_POINTS, 'sri']);

export const PREFIXED = /^(?:Anti|Pro|Non|Post|Pre|Ex|Multi|Semi|Mid|Self|Counter|Inter)-\p{Ll}/u;

/** "Research Station": a body of scientists, though a station is mostly a place. Expects lower-case words. */
export function isResearchStation(beforeLast: string | undefined, last: string): boolean {
  return last === 'station' && beforeLast === 'research';
}

/** "group", "campaign", "association": what a description calls a body. */
export function isBodyDescription(noun: string): boolean {
  return noun === 'group' || noun === 'campaign' || ORG_INTRODUCERS.has(noun) || ORG_HEAD_WORDS.has(noun);
}

export function isCampaignCry(tokens: readonly Token[]): boolean {
  return tokens.length > 2 && tokens[0].lower === 'save' && tokens[1].lower === 'our';
}

const ORDINAL_NUMBER = /^\d+(?:st|nd|rd|th)$/;

/** "1st", "85th": asked of most runs' first word, which a digit must open before the pattern runs. */
export function isOrdinalNumber(word: string): boolean {
  return startsWithDigit(word) && ORDINAL_NUMBER.test(word);
}

/**
 * "1st Armored Division", "7th Fleet": a military unit numbered by its ordinal; "the 9th Circuit",
 * "the 9th U.S. Circuit Court of Appeals", "85th District Court": a court, by its circuit or district.
 */
export function isNumberedUnit(tokens: readonly Token[]): boolean {
  if (tokens.length < 2 || !isOrdinalNumber(tokens[0].text)) return false;
  const last = tokens[tokens.length - 1].lower;
  return MILITARY_UNITS.has(last) || last === 'circuit' || (last === 'court' || last === 'appeals' ? tokens.some(({ lower }) => lower === 'circuit' || lower === 'district') : false);
}

/** The head nouns of military units, which may open with their number ("82nd Airborne Division"). */
const MILITARY_UNITS: ReadonlySet<string> = new Set(['division', 'brigade', 'battalion', 'regiment', 'corps', 'fleet', 'army', 'squadron', 'platoon', 'infantry', 'cavalry', 'airborne', 'marines', 'commando']);

/** "British Athletics", "British Cycling", "Scottish Swimming": a nationality and a sport alone name the sport's national body. */
export function isNationalSportBody(tokens: readonly Token[]): boolean {
  return tokens.length === 2 && is(tokens[0], WordClass.demonym) && SPORTS.has(tokens[1].lower);
}

/** "Cricket South Africa", "Tennis Australia": a sport, then a place. */
export function isSportBeforeCountry(tokens: readonly Token[]): boolean {
  return SPORTS.has(tokens[0].lower) && knownType(tokens, 1) === 'place';
}

/** "the Chronicle", "the Gazette": a newspaper's title word alone after "the" (not "the Post Office", which runs on). */
export function isNewspaperShortName(text: string, start: number, end: number): boolean {
  if (!text.startsWith('the ', start - 4) || (start >= 5 && isLetterAt(text, start - 5))) return false;
  const word = text.slice(start, end);
  return !word.includes(' ') && NEWSPAPER_TITLE.test(` ${word}`);
}

/** "paddleboarder", "skateboarder": two words the word list knows, the second at least four letters. */
export function isCompoundOfWords(lower: string): boolean {
  for (let split = 3; split <= lower.length - 4; split++) {
    if (isDictionaryWord(lower.slice(0, split)) && isDictionaryWord(lower.slice(split))) return true;
  }
  return false;
}

/** "Exclusions": the word list holds many nouns only in the singular. */
export function isDictionaryWordOrPlural(lower: string): boolean {
  return isDictionaryWord(lower) || (lower.length > 4 && lower.endsWith('s') && isDictionaryWord(lower.slice(0, -1)));
}

/**
 * Small words that, capitalised in mid-sentence, can only open the title of a work: "his
 * performance in My Left Foot", "films In The Name Of The Father".
 */
export const TITLE_OPENINGS: ReadonlySet<string> = new Set(['My', 'In', 'Of', 'On', 'With', 'From', 'Into', 'Your', 'Our', 'Their']);

export function isEnglishWord(lower: string): boolean {
  return COMMON_WORDS.has(lower) || FUNCTION_WORDS.has(lower);
}

/**
 * "Executive 1", "Foreign Official 2": the label a charging document gives a person it does not
 * name, a title and a number, is the only name the person has.
 */
export function isCourtLabel(tokens: readonly Token[]): boolean {
  // (Not "KING 5", a broadcaster's call sign in capitals.)
  const title = tokens[tokens.length - 2];
  return title !== undefined && is(title, WordClass.role) && COURT_LABEL_NUMBER.test(tokens[tokens.length - 1].text) && PLAIN_CAPITALISED.test(title.text);
}

const COURT_LABEL_NUMBER = /^\d{1,2}$/;

/** "Manitoba Justice", "Alberta Justice": a province's or a state's justice department, which names no judge after it. */
export function isJusticeDepartment(tokens: readonly Token[]): boolean {
  return tokens.length === 2 && tokens[1].lower === 'justice' && is(tokens[0], WordClass.place);
}

/** "Gen Z", "Gen Alpha": a generation, not a general's name. */
export function isGeneration(tokens: readonly Token[]): boolean {
  return tokens.length === 2 && tokens[0].lower === 'gen' && GENERATIONS.has(tokens[1].lower);
}

const GENERATIONS: ReadonlySet<string> = new Set(['x', 'y', 'z', 'alpha', 'beta']);

/** An everyday English plural ("contractors", "scouts"), not a word that merely ends in "s" ("Cross"). */
export function isEverydayPlural(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('s') && !lower.endsWith('ss') && isDictionaryWord(lower);
}

/**
 * "Transport Scotland", "Police Scotland", "Sport England": an English word, a portfolio's among
 * them, before a nation whose agencies are so named (of Britain, Canada, Australia, the Caribbean …); not a compass point ("South Wales").
 */
export function isNationalAgency(tokens: readonly Token[]): boolean {
  const nation = tokens[tokens.length - 1];
  // ("Export Saint Lucia": a nation of two words.)
  const nationWords = tokens.length > 2 && AGENCY_NATIONS.has(`${tokens[tokens.length - 2].lower} ${nation.lower}`) ? 2 : 1;
  if (tokens.length <= nationWords || (nationWords === 1 && !AGENCY_NATIONS.has(nation.lower)) || nation.connector !== '') return false;
  const field = tokens.slice(0, -nationWords);
  // "Indigenous Services Canada", "Fisheries and Oceans Canada": longer names may open with a demonym.
  // ("Former Northern Ireland minister": a longer run that opens with a title's modifier is none.)
  if (field.length > 1 && ROLE_MODIFIERS.has(field[0].lower)) return false;
  const fieldClasses = WordClass.roleModifier | WordClass.orgHead | WordClass.common | (field.length > 1 ? WordClass.demonym : 0);
  // ("Healthwatch England": or a word coined of two English words.)
  return field.every((word) => (word.classes & ~fieldClasses) === 0 && word.known === undefined && !COMPASS_POINTS.has(word.lower)
    && (isDictionaryWord(word.lower) || is(word, WordClass.demonym) || (field.length === 1 && isCompoundOfWords(word.lower))));
}

export const AGENCY_NATIONS: ReadonlySet<string> = new Set(['scotland', 'england', 'wales', 'ireland', 'canada', 'australia', 'singapore', 'new zealand', 'saint lucia', 'barbados', 'jamaica', 'bermuda', 'bahamas', 'botswana', 'malaysia']);

export const PLURAL_NAME = /^\p{Lu}\p{Ll}+[^s']s$/u;

/** "KARE 11", "WPRI 12": an American broadcaster's call sign and channel. */
export function isCallSign(tokens: readonly Token[]): boolean {
  return tokens.length === 2 && startsWithDigit(tokens[1].text) && CALL_SIGN.test(tokens[0].text) && /^\d{1,2}$/.test(tokens[1].text);
}

const CALL_SIGN = /^[KW][A-Z]{2,3}(?:-TV)?$/;

const BODY_RELATIVE_AFTER = /^,\s+which\s+(?:also\s+|now\s+)?(?:operates|runs|owns|employs|manages|sells|supplies|provides|publishes|represents|manufactures|makes|lobbies|insures|lends)\s/;
const BODY_RELATIVE_REACH = 40;

/** Whether a `BODY_RELATIVE_AFTER` clause follows `end`: asked of most names, which no comma follows, as its first character tells. */
export function isBodyRelativeAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === 44 && BODY_RELATIVE_AFTER.test(text.slice(end, end + BODY_RELATIVE_REACH));
}

/**
 * Nouns that describe only a person in an apposition ("Marco, a reporter for the paper,"); not
 * "leader" or "star", which also describe firms and teams ("Apple, the market leader").
 */
export const PEOPLE_IN_APPOSITION: ReadonlySet<string> = new Set(['reporter', 'journalist', 'correspondent', 'editor', 'columnist', 'photographer', 'teacher',
  'student', 'pupil', 'resident', 'nurse', 'doctor', 'surgeon', 'farmer', 'officer', 'lawyer', 'attorney', 'spokesman', 'spokeswoman', 'spokesperson',
  'widow', 'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'grandmother', 'grandfather', 'actor', 'actress', 'singer', 'novelist', 'economist',
  'professor', 'researcher', 'scientist', 'engineer', 'pilot', 'driver', 'worker', 'owner', 'founder', 'retiree', 'veteran', 'volunteer', 'activist']);

/** Whether the name at `start` follows a source's noun and a preposition: "An official with", "a spokesman for the". */
export function isSourcesBody(text: string, start: number): boolean {
  const source = SOURCE_BEFORE_BODY.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  return source !== undefined && SOURCE_NOUNS.has(source.toLowerCase());
}

const SOURCE_BEFORE_BODY = /(\p{L}+)\s+(?:with|at|for|from)\s+(?:the\s+)?$/u;

/**
 * "One gun shop owner in the Scottish Borders, who asked not to be named", "The Houthis, who
 * control the capital": a name after a lower-case "the" is no person's, and a plural after "The" is
 * a group's, whatever "who" says.
 */
export function isNoPersonAfterThe(text: string, start: number, end: number): boolean {
  return THE_BEFORE_NAME.test(text.slice(Math.max(0, start - 30), start)) || isGroupAfterThe(text, start, end);
}

/** "the " or "the Scottish " right before a name. */
const THE_BEFORE_NAME = /\bthe\s+(?:\p{Lu}[\p{L}-]*\s+)?$/u;

/** "The Houthis, who control the capital": a plural after "the" is a group, whatever "who" says. */
function isGroupAfterThe(text: string, start: number, end: number): boolean {
  // ("an officer of the Carabinieri who was directing traffic": "who" is the one of the group, whatever its name's ending.)
  return /\b[Tt]he $/.test(text.slice(Math.max(0, start - 4), start)) && (PLURAL_NAME.test(text.slice(start, end)) || MEMBER_OF_THE.test(text.slice(Math.max(0, start - 40), start)));
}

const MEMBER_OF_THE = /\b(?:an?|one|another)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+\s+of\s+the\s+$/u;

/** The last words of a company's name, unlike a school's or a board's: "Castellan Structural Group". */
export const CORPORATE_ENDINGS: ReadonlySet<string> = new Set(['group', 'inc', 'corp', 'corporation', 'holdings', 'partners', 'plc', 'ltd', 'llc', 'company', 'ventures', 'capital', 'industries', 'technologies']);

/** A capitalised word no list knows, neither an English word, a place nor a given name: "Castellan", "Ferrule". */
export function isCoinedName(word: string): boolean {
  const lower = word.toLowerCase();
  return CAPITAL_THEN_LOWER.test(word) && !PLACES.has(lower) && !isGivenName(lower) && !COMMON_WORDS.has(lower) && !isDictionaryWord(lower) && !DEMONYMS.has(lower);
}

export function isFirmSuffix(word: string): boolean {
  const lower = word.toLowerCase();
  // ("SpA", an Italian firm's legal form, only so written: "Leamington Spa" is a town.)
  return word === 'AI' || word === 'SpA' || ORG_HEAD_WORDS.has(lower) || lower === 'brothers' || lower === 'bros' || lower === 'international'
    || (GERMAN_FIRM_ENDING.test(lower) && !isDictionaryWord(lower));
}

/** The German words for works, company, insurer, railway and publisher that end firms' names: "Oberland Motorenwerke", "Deutsche Bahn". */
const GERMAN_FIRM_ENDING = /(?:werke?|gesellschaft|versicherung|bahn|verlag)$/;
