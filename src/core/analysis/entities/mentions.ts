/**
 * Mentions and tokens: a name as found in the text before its mentions are grouped into entities,
 * the tokens a run of capitalised words is read as, and the tests of single characters (white
 * space, brackets, possessives, digits) that finding and typing names ask everywhere.
 */
import type { EntityType, Span } from '../model';
import { isApostrophe } from '../../text/words';

/** A name found in the text, before mentions of the same entity are grouped. */
export interface NameMention extends Span {
  words: string[];
  /** The words joined by single spaces: the name as an alias ("Pete Hegseth"), whatever spacing the text used. */
  form: string;
  type: EntityType | undefined;
  /** How sure the type is: 2 = from the name itself or a title, 1 = from context, 0 = a default. */
  confidence: number;
  role: string | undefined;
  /** A second role, in an apposition after a name that a title opens: "Superintendent Sabitri Gurung, spokesperson for the District Police Office". */
  appositiveRole?: string;
  gender: 'male' | 'female' | undefined;
  /**
   * Another name the article gives along with this one, by which it may name the same entity
   * alone: an acronym in parentheses right after the name ("Department of Defense (DoD)"), or a
   * nickname inside it (“Kessie” of Kezia ‘Kessie’ Laurent-Osei).
   */
  equivalentName: string | undefined;
  /** A word that names someone only if the article names them more fully: "May" of Theresa May. */
  linkOnly: boolean;
}

/** A word of letters with its first alone in capitals: "Today", not "TV", "US-based" or "Sunday's". */
export const PLAIN_CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/**
 * A name whose type is sure from where it stands: a title in quotation marks names a work, a
 * programme or a campaign, whatever its words; the state of a party tag ("(R-Okla.)") is a place.
 */
export function sureMention({ start, end, text }: Span, type: EntityType): NameMention {
  const words = text.split(' ');
  return { start, end, text, words, form: words.join(' '), type, confidence: 2, role: undefined, gender: undefined, equivalentName: undefined, linkOnly: false };
}

export const SPACE = 32;

/** The length of a possessive ending ("'s" of "Anthropic's", "'" of "Reuters'"), or 0. */
export function possessiveLength(word: string): number {
  const length = word.length;
  if (length <= 2) return 0;
  const last = word.charCodeAt(length - 1);
  const beforeLast = word.charCodeAt(length - 2);
  if (last === 115 && isApostrophe(beforeLast)) return 2;
  return isApostrophe(last) && beforeLast === 115 ? 1 : 0;
}

export function endsWithPossessive(word: string): boolean {
  return possessiveLength(word) > 0;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Lower case without dots ("us" for "U.S."): the form gazetteers are keyed on. */
  bare: string;
  /** `WordClass` bits of `lower`. */
  classes: number;
  /** The words that join it to the token before, lower-cased: "of" in "Bank of England", "" after a space. */
  connector: string;
  /** Whether a gazetteer name starts with `bare`: looked up once, as most tokens are asked about it several times. */
  opensKnownName: boolean;
  /** The type a gazetteer gives the word on its own ("London": a place), looked up once for the same reason. */
  known: EntityType | undefined;
}

/** Whether the token is in any of the word classes given as bits. */
export function is(token: Token, classes: number): boolean {
  return (token.classes & classes) !== 0;
}

/** Whether any of the tokens is in the word classes given as bits: a loop, as it runs for every run of words. */
export function anyIs(tokens: readonly Token[], classes: number): boolean {
  for (const token of tokens) if (is(token, classes)) return true;
  return false;
}

/** Whether an opening bracket follows `end`, past any white space: most runs have none, which this tells before a pattern runs. */
export function isBracketAfterSpaces(text: string, end: number): boolean {
  let at = end;
  while (isWhiteSpace(text, at)) at++;
  return text.charCodeAt(at) === OPENING_BRACKET;
}

export const OPENING_BRACKET = 40;

export function startsWithDigit(word: string): boolean {
  return isDigitCode(word.charCodeAt(0));
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether the character at `index` is white space as regular expressions' `\s` reads it, an ASCII one answered by its code. */
export function isWhiteSpace(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  return code < 128 ? code === 32 || (code <= 13 && code >= 9) : WHITE_SPACE.test(text[index]);
}

export const WHITE_SPACE = /\s/;


export const CAPITAL_THEN_LOWER_ONLY = /^\p{Lu}\p{Ll}+$/u;

/** A word opening with a capital and a lower-case letter: "Blair", not "BBC" or "iPod". */
export const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;
