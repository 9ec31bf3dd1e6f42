/**
 * How people's names are written: the particles inside them ("van der", "bin", "da"), a father's
 * name or initial ("Ts.Sodbileg", "anak"), hyphenated given names ("Jae-in"), initials, names of
 * lower-case parts ("Ku-ring-gai"), months that are also names ("Theresa May"), and the words
 * and titles that are no given name or surname.
 */
import { FUNCTION_WORDS } from '../../text/lexicon';
import { COMMON_WORDS } from '../../text/commonWords';
import { isDictionaryWord } from '../../text/englishWords';
import { WordClass, wordClasses } from '../../text/wordClasses';
import { is, type Token } from './mentions';

/** Particles inside personal names: Jeroen van der Veer, Rio de Janeiro, Osama bin Laden, the Iban Nyambong anak Usit, the Faroese Beinir av Skarði, Jákup Óli í Gerðinum and Heðin á Lakjuni. */
export const NAME_PARTICLES = new Set(['de', 'des', 'du', 'da', 'do', 'e', 'di', 'del', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'la', 'le', 'y', 'yr', 'van der', 'van den', 'von der', 'de la', 'dos', 'das', 'ap', 'ab', 'ter', 'della', 'dello', 'delle', 'dei', 'degli', 'bint', 'binti', 'anak', 'ben', 'zu', 'na', 'nan', 'no', 'arap', 'av', 'í', 'á', 'við', 'ng', 'ng mga']);

/** Months that are also names: "Theresa May", "Jan Hatzius", "Jun Azumi", "April Ryan", "June Sarpong". */
export const NAME_MONTHS: ReadonlySet<string> = new Set(['jan', 'april', 'may', 'jun', 'june', 'august']);

/** "Member for Franklin": a member of a parliament, named by the seat they sit for. */
export function isMemberForSeat(token: { text: string }, connectorAfter: string | undefined): boolean {
  return token.text === 'Member' && connectorAfter === 'for';
}

export const NOBLE_TITLES: ReadonlySet<string> = new Set(['prince', 'princess', 'duke', 'duchess', 'earl', 'countess', 'baron', 'baroness', 'viscount', 'marquess']);

/** Words the lists know as anything but a name: no surname after a title's initials. */
export const NO_SURNAME_CLASSES = WordClass.orgHead | WordClass.otherHead | WordClass.place | WordClass.common | WordClass.function | WordClass.date | WordClass.role | WordClass.demonym;

/** "Ts.Sodbileg": a father's initial joined to a given name is a person's whole name, as Mongolian news writes it ("B.Tech" is a degree). */
export function isPatronymicName(word: string): boolean {
  // Most words hold no full stop: a look for one rules them out before the pattern runs.
  if (!word.includes('.') || !PATRONYMIC_NAME.test(word)) return false;
  const given = word.slice(word.indexOf('.') + 1).toLowerCase();
  return !isDictionaryWord(given) && (wordClasses(given) & WordClass.common) === 0;
}

const PATRONYMIC_NAME = /^\p{Lu}\p{Ll}?\.\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u;

const HYPHENATED_SYLLABLES = /^\p{Lu}\p{Ll}{1,3}-(\p{Ll}{2,5})$/u;

/** "Sau-ying", "Jae-in", "Ki-moon"; not "York-based", "Idol-style", "Tory-led". */
export function isHyphenatedGivenName(word: string): boolean {
  const second = word.includes('-') ? HYPHENATED_SYLLABLES.exec(word)?.[1] : undefined;
  return second !== undefined && !second.endsWith('ed') && !COMPOUND_ADJECTIVE_ENDS.has(second);
}

/** Short second parts of compound adjectives after a name: "New York-born", "Pop Idol-style", "Asia-wide". */
const COMPOUND_ADJECTIVE_ENDS: ReadonlySet<string> = new Set(['style', 'type', 'born', 'wide', 'fare', 'era', 'like', 'made', 'free', 'run', 'size',
  'only', 'area', 'zone', 'bound', 'rich', 'proof', 'ready', 'class', 'scale', 'esque', 'ish', 'level', 'grown', 'owned']);

/**
 * "Ku-ring-gai", "Dhu-ring-gai": a name of several lower-case parts after its capital, ending in one
 * that is no English word ("Voice-over-packet", "Anti-war", "Labour-run" end in one).
 */
export function isNameOfLowerCaseParts(word: string): boolean {
  const parts = word.split('-');
  const last = parts[parts.length - 1];
  return parts.length >= 3 && parts.slice(1).every((part) => LOWER_CASE_WORD.test(part)) && !isAdjectivePart(last) && !isDictionaryWord(last);
}

/** "backed", "owned", "led", "style": an English word that can make a name before it a compound adjective. */
export function isAdjectivePart(part: string): boolean {
  return COMMON_WORDS.has(part) || FUNCTION_WORDS.has(part) || part.endsWith('ed') || part.endsWith('ing');
}

const LOWER_CASE_WORD = /^\p{Ll}+$/u;

export const NOT_A_GIVEN_NAME = WordClass.function | WordClass.date | WordClass.number | WordClass.role | WordClass.roleModifier | WordClass.honorific | WordClass.demonym | WordClass.place;

/**
 * "L Orquera (Padova), F Ongaro": a capital letter alone before a surname is an initial, as in
 * team sheets and lists of names.
 */
export function opensInitialledName(tokens: readonly Token[], index: number): boolean {
  const surname = tokens[index + 1];
  return isInitial(tokens[index].text) && tokens.length - index <= 3 && surname !== undefined && surname.connector === ''
    && !is(surname, WordClass.common | WordClass.function | WordClass.role | WordClass.orgHead | WordClass.otherHead);
}

/** A capital letter alone, with or without a full stop; not "A" nor "I", which open titles ("About A Boy", "I Love Lucy"). */
export function isInitial(word: string): boolean {
  return (word.length === 1 || (word.length === 2 && word[1] === '.')) && word[0] >= 'B' && word[0] <= 'Z' && word[0] !== 'I';
}

/** "Obaid bin Khalifa", "Noura bint Mohammed", "Mariem Mint Ahmedou Salem", "Nyambong anak Usit": the word before "son of" or "daughter of" is a given name. */
export const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(['bin', 'bint', 'binti', 'anak', 'ibn', 'ould', 'mint']);
