/**
 * The words after a cue that name the speaker: the phrase up to the next punctuation ("said Sen.
 * Chuck Schumer, D-N.Y."), the name in apposition after a description ("said the committee
 * chairman, MP Edward Leigh"), a name before the body it works for ("said Ian Hunter at Goodbody
 * Stockbrokers"), and where the next quotation mark is, past a nickname's.
 */
import { isWhitespaceCode } from './chars';
import type { Phrase } from './attributionTypes';
import { isAbbreviationStop } from '../../text/words';
import { FUNCTION_WORDS, ROLE_WORDS } from '../../text/lexicon';

/** Whether the quotation mark at `open` opens a nickname between a given name and a surname ("Teodulo “Ondoy” Caballes"). */
export function isNicknameOpening(text: string, open: number): boolean {
  return /\p{Lu}\p{Ll}+ $/u.test(text.slice(Math.max(0, open - 20), open)) && NICKNAME_THEN_SURNAME.test(text.slice(open, open + 40));
}

const NICKNAME_THEN_SURNAME = /^["“]\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?["”]\s\p{Lu}/u;

/** The first quotation mark from `from`, looked for up to `limit` only. */
export function nextQuoteMark(text: string, from: number, limit: number): number | undefined {
  const found = text.slice(from, limit).search(/["“”]/);
  return found < 0 ? undefined : from + found;
}

/**
 * "said the committee chairman, MP Edward Leigh": the name in apposition after the description;
 * "in the words of the committee's chairman, retired fire service lieutenant general Stavros
 * Kalogirou": also after a calling in lower case (but not "adding that Smith", a clause).
 */
export function nameInAppositionAfter(text: string, phrase: Phrase, limit: number): Phrase | undefined {
  // ("said the president of Cooperativa Agrícola Kissanga Unida (CAKU), Joaquim Canjila Epalanga": past the body's acronym.)
  const end = phrase.phraseStart + phrase.phrase.length + (BRACKETED_ACRONYM.exec(text.slice(phrase.phraseStart + phrase.phrase.length, limit))?.[0].length ?? 0);
  const appositive = text.charCodeAt(end) === 44 ? phraseAfter(text, end + 1, limit) : undefined;
  if (!appositive) return undefined;
  const calling = CALLING_BEFORE_NAME.exec(appositive.phrase);
  if (!calling) return /^\p{Lu}/u.test(appositive.phrase) ? appositive : undefined;
  const callingWords = calling[0].trim().split(/\s+/);
  if (callingWords.some((word) => FUNCTION_WORDS.has(word))) return undefined;
  return { phrase: appositive.phrase.slice(calling[0].length), phraseStart: appositive.phraseStart + calling[0].length };
}

/** " (CAKU)", "(RHA)": a body's acronym in brackets after its name. */
const BRACKETED_ACRONYM = /^\s?\((?:\p{Lu}[\p{Lu}\p{Ll}&.-]{1,9})\)/u;

/** A phrase of capitalised words only: a name. */
export const ONLY_A_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s*$/u;

/** Lower-case words before a name of two capitalised words or more that ends the phrase. */
const CALLING_BEFORE_NAME = /^\s*(?:\p{Ll}[\p{Ll}'’-]*\s+){1,6}(?=\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+$)/u;

/**
 * The words after a cue up to the next punctuation ("said Sen. Chuck Schumer, D-N.Y."), at most 80
 * characters from `from` to `limit`; the full stop of an abbreviation does not end them.
 */
export function phraseAfter(text: string, from: number, limit: number): Phrase | undefined {
  let start = from;
  while (start < limit && isWhitespaceCode(text.charCodeAt(start))) start++;
  if (start === from) return undefined;
  const end = Math.min(limit, start + 120);
  let stop = phrasePunctuationFrom(text, start, end);
  // ("said CMDOF president Teodulo “Ondoy” Caballes": a nickname, then the surname.)
  while (stop < end && isNicknameOpening(text, stop)) {
    stop = (nextQuoteMark(text, stop + 1, end) ?? end) + 1;
    while (stop < end && !PHRASE_PUNCTUATION.has(text[stop])) stop++;
  }
  // ("said Deputy Director of Horticulture (Madurai) P. Saravana Kumar": a title's place in brackets, then the name.)
  for (let bracket = BRACKETED_PLACE_THEN_NAME.exec(text.slice(stop, end)); bracket; bracket = BRACKETED_PLACE_THEN_NAME.exec(text.slice(stop, end))) {
    stop = phrasePunctuationFrom(text, stop + bracket[0].length, end);
  }
  return stop > start ? { phrase: text.slice(start, stop), phraseStart: start } : undefined;
}

/** The first punctuation from `from` on that ends a phrase, or `end`. */
function phrasePunctuationFrom(text: string, from: number, end: number): number {
  let stop = from;
  while (stop < end && !(PHRASE_PUNCTUATION.has(text[stop]) && !(text[stop] === '.' && isStopInPhrase(text, stop)))) stop++;
  return stop;
}

/** "(Madurai) P": a place of one or two words in brackets, then a capital that goes on with the name. */
const BRACKETED_PLACE_THEN_NAME = /^\(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?\) (?=\p{Lu})/u;

/** A full stop that ends no phrase: an abbreviation's, or one inside a word ("according to Ikon.mn,"). */
function isStopInPhrase(text: string, stop: number): boolean {
  return isAbbreviationStop(text, stop) || /[\p{L}\d]/u.test(text[stop + 1] ?? '');
}

/** "…," wrote in a post on X that": where the words were written, which no inverted subject opens with. */
export const PLACE_OF_WRITING = /^(?:in|on)\s+(?:an?|the|his|her|their|its)\s+(?:\p{Ll}+\s+)?(?:post|statement|letter|email|e-mail|message|tweet|column|blog|interview|video|filing|note|memo)\b/u;

const PHRASE_PUNCTUATION = new Set([',', '.', ';', ':', '!', '?', '"', '“', '”', '(']);

/**
 * "said Ian Hunter at Goodbody Stockbrokers in Dublin": a name is the speaker, the organisation
 * after "at", "of", "from" or "in" only their affiliation. A description ("the head of the IMF")
 * needs its whole phrase, so only a capitalised phrase is cut.
 */
export function nameBeforeAffiliation(phrase: string): string {
  // ("said Bank of Japan chief Toshihiko Fukui": a body's title, then the name, is no affiliation after one.)
  const titled = TITLED_NAME_ENDING.exec(phrase);
  // ("says operations chief Thomas Brix from Nordjyllands Beredskab": but a title in lower case, a name, then the body it is from, is one.)
  const titledFrom = TITLE_NAME_THEN_BODY.exec(phrase);
  if (titledFrom && ROLE_WORDS.has(titledFrom[1])) return titledFrom[0];
  if (!/^\p{Lu}/u.test(phrase) || (titled && ROLE_WORDS.has(titled[1]))) return phrase;
  // ("said Secretary of State Antony Blinken", "said Deputy Director of Horticulture (Madurai) P. Saravana Kumar": a title of a portfolio, then its holder.)
  const portfolioTitle = TITLE_OF_PORTFOLIO_THEN_NAME.exec(phrase);
  if (portfolioTitle && ROLE_WORDS.has(portfolioTitle[1].toLowerCase())) return phrase;
  // "said Clapton who joined Guy and King": a relative clause after the name is about the speaker.
  const affiliation = /\s(?:at|of|from|in|for|with|who|whose)\s/.exec(phrase);
  return affiliation ? phrase.slice(0, affiliation.index) : phrase;
}

/**
 * A capitalised title, "of", its portfolio or body, maybe where it serves in brackets, then a name
 * of two words or more ending the phrase, maybe after initials: "Secretary of State Antony Blinken".
 */
const TITLE_OF_PORTFOLIO_THEN_NAME = /^(?:\p{Lu}\p{Ll}+\s+){0,2}(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:\(\p{Lu}[\p{L} -]*\)\s+)?(?:\p{Lu}\.\s*)*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+$/u;

/** "operations chief Thomas Brix" before " from Nordjyllands Beredskab": lower-case words ending in a title, then a name of two words or more, then the body. */
const TITLE_NAME_THEN_BODY = /^(?:\p{Ll}+\s+){0,2}(\p{Ll}+)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)+(?=\s+(?:from|of|at)\s+(?:the\s+)?\p{Lu})/u;

/** "… chief Toshihiko Fukui": a lower-case word, a title if the lists know it, then a name of two words or more ending the phrase. */
const TITLED_NAME_ENDING = /\s(\p{Ll}+)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)+$/u;
