import { COMMON_WORDS } from './commonWords';
import { genderOfGivenName, isGivenName, PLACES } from './gazetteer';
import {
  DEMONYMS, FUNCTION_WORDS, HOLIDAYS, HONORIFICS, MONTHS, NUMBER_WORDS, OTHER_HEAD_WORDS, ORG_HEAD_WORDS, PORTFOLIOS, ROLE_MODIFIERS, ROLE_WORDS, WEEKDAYS,
} from './lexicon';

/**
 * Every lexicon a capitalised word is looked up in, as bits of one number: entity recognition asks
 * a dozen of these questions about each word, and one memoised look-up answers them all.
 */
export const WordClass = {
  function: 1 << 0,
  demonym: 1 << 1,
  honorific: 1 << 2,
  role: 1 << 3,
  roleModifier: 1 << 4,
  orgHead: 1 << 5,
  otherHead: 1 << 6,
  givenName: 1 << 7,
  common: 1 << 8,
  number: 1 << 9,
  date: 1 << 10,
  place: 1 << 11,
  /** Given names only men bear, or only women: the pronoun that fits the person. */
  maleName: 1 << 12,
  femaleName: 1 << 13,
} as const;

/** The bits that say a word is a given name, with or without the gender it gives. */
export const GIVEN_NAME_CLASSES = WordClass.givenName | WordClass.maleName | WordClass.femaleName;

const LEXICONS: ReadonlyArray<[number, (lower: string) => boolean]> = [
  [WordClass.function, (lower) => FUNCTION_WORDS.has(lower)],
  // "Palestinians" as well as "Palestinian".
  [WordClass.demonym, (lower) => isDemonymWord(lower) || isManOfPlace(lower)],
  [WordClass.honorific, (lower) => HONORIFICS.has(lower)],
  [WordClass.role, (lower) => ROLE_WORDS.has(lower) || isCompoundRole(lower)],
  [WordClass.roleModifier, (lower) => ROLE_MODIFIERS.has(lower) || PORTFOLIOS.has(lower) || isCompoundModifier(lower)],
  [WordClass.orgHead, (lower) => ORG_HEAD_WORDS.has(lower)],
  [WordClass.otherHead, (lower) => OTHER_HEAD_WORDS.has(lower)],
  [WordClass.givenName, isGivenName],
  [WordClass.common, (lower) => COMMON_WORDS.has(lower)],
  [WordClass.number, (lower) => NUMBER_WORDS.has(lower)],
  [WordClass.date, (lower) => MONTHS.has(lower) || WEEKDAYS.has(lower) || HOLIDAYS.has(lower)],
  [WordClass.place, (lower) => PLACES.has(lower)],
  [WordClass.maleName, (lower) => genderOfGivenName(lower) === 'male'],
  [WordClass.femaleName, (lower) => genderOfGivenName(lower) === 'female'],
];

function isDemonymWord(lower: string): boolean {
  return DEMONYMS.has(lower) || (lower.endsWith('s') && DEMONYMS.has(lower.slice(0, -1)));
}

/** "Yorkshireman", "Cornishwoman", "Scotsman": a place or its people's word, then "man" or "woman". */
export function isManOfPlace(lower: string): boolean {
  const stem = MAN_OF_PLACE.exec(lower)?.[1];
  return stem !== undefined && (PLACES.has(stem) || isDemonymWord(stem));
}

const MAN_OF_PLACE = /^(\p{Ll}{4,}?)(?:wo)?m[ae]n$/u;

/** "Secretary-General", "Vice-President", "Attorney-General": a title written as one hyphenated word. */
function isCompoundRole(lower: string): boolean {
  if (!lower.includes('-')) return false;
  const parts = lower.split('-');
  // "co-founder", "co-chair" as well as "Secretary-General".
  return parts.every((part) => ROLE_WORDS.has(part) || ROLE_MODIFIERS.has(part) || part === 'co') && parts.some((part) => ROLE_WORDS.has(part));
}

/** "Vice-Prime" of "Vice-Prime Minister": modifiers of a title joined by a hyphen. */
function isCompoundModifier(lower: string): boolean {
  return lower.includes('-') && lower.split('-').every((part) => ROLE_MODIFIERS.has(part));
}

/** Bounds the memo on adversarial input (millions of distinct words); news vocabulary stays far below it. */
const MEMO_LIMIT = 50_000;
const memo = new Map<string, number>();

/** The `WordClass` bits of a lower-case word. */
export function wordClasses(lower: string): number {
  let classes = memo.get(lower);
  if (classes !== undefined) return classes;
  classes = 0;
  // The lexicons spell contractions with a straight apostrophe; articles also curl it ("We’re").
  const spelled = lower.includes('’') ? lower.replaceAll('’', "'") : lower;
  for (const [bit, test] of LEXICONS) if (test(spelled)) classes |= bit;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(lower, classes);
  return classes;
}
