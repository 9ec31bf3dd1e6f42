import type { Span } from './model';
import { CUE_VERBS } from './cues';
import type { QuoteSpan } from './quotes';

/**
 * Titles written between quotation marks: a report titled “Signalling the Future”, the album
 * “Low Bridge Radio”, a campaign called “Every Room, Every Floor”. Their words are capitalised as
 * a title is, every word but the small ones, and the whole stretch names one work, programme or
 * campaign. Read word by word, it would come apart into odd names ("Future", "Room") typed by
 * guesswork. Words on a banner or a placard are a slogan, not a work, and words someone says are
 * a quotation whatever their capitals.
 */
export function findQuotedTitles(text: string, quotes: readonly QuoteSpan[]): QuotedTitles {
  const found: QuotedTitles = { titles: [], slogans: [] };
  for (const quote of quotes) {
    if (quote.close === null) continue;
    if (isSlogan(text, quote.open)) {
      found.slogans.push({ start: quote.start, end: quote.end, text: quote.text });
      continue;
    }
    // Most quotations are sentences: too long for a title, or opening in lower case.
    if (quote.text.length > MAX_TITLE_LENGTH || !startsCapitalised(quote.text)) continue;
    const end = quote.start + trailingPunctuationStart(quote.text);
    const title = text.slice(quote.start, end);
    if (isWrittenAsTitle(title) && !isSpoken(text, quote.open, quote.close)) found.titles.push({ start: quote.start, end, text: title });
  }
  return found;
}

/**
 * The quotations that are titles, each one work, and the slogans, whose capitals are a banner's
 * or an advert's style ("Payday in a Tap") and name nothing the article does not name elsewhere.
 */
export interface QuotedTitles {
  titles: Span[];
  slogans: Span[];
}

/** Where a comma or full stop tucked inside the closing mark begins (“Harbor Lights,” and …). */
function trailingPunctuationStart(quoted: string): number {
  let end = quoted.length;
  while (end > 0 && (quoted[end - 1] === ',' || quoted[end - 1] === '.')) end--;
  return end;
}

const MAX_TITLE_WORDS = 12;
const MAX_TITLE_LENGTH = 120;

function isWrittenAsTitle(title: string): boolean {
  // Most quotations fail at their second or third word: the words are found one at a time.
  let words = 0;
  for (let start = 0; start <= title.length; words++) {
    const space = title.indexOf(' ', start);
    const end = space < 0 ? title.length : space;
    const word = title.slice(start, end);
    // A title ends with a capitalised word: "It was," is the start of a sentence.
    const last = end === title.length;
    if (words >= MAX_TITLE_WORDS || !(startsCapitalised(word) || (words > 0 && !last && SMALL_WORDS.has(word)))) return false;
    start = end + 1;
  }
  return words >= 2;
}

/** A capital letter or a digit first, after any opening single quotation mark ("'Twas", ‘Jaws’). */
function startsCapitalised(word: string): boolean {
  const first = word.charCodeAt(0) === 39 || word.charCodeAt(0) === 0x2018 ? 1 : 0;
  const code = word.charCodeAt(first);
  // Tested on every word of a candidate: character codes answer for ASCII without a pattern.
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return CAPITAL_OR_DIGIT.test(word[first]);
}

const CAPITAL_OR_DIGIT = /[\p{Lu}\p{N}]/u;

/** The words a title leaves in lower case: articles, conjunctions, short prepositions, name particles. */
const SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'into', 'onto', 'over', 'under',
  'up', 'off', 'out', 'via', 'vs', 'vs.', 'per', 'is', 'are', 'was', 'be', 'de', 'del', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'y', 'et',
]);

/** What people carry, wear or chant: "placards reading", "signs that read", "cries of", "under the headline". */
function isSlogan(text: string, open: number): boolean {
  return SLOGAN_BEFORE.test(text.slice(Math.max(0, open - 40), open));
}

const SLOGAN_BEFORE = /\b(?:read|reads|reading|(?:cries|cry|shouts|chants) of|printed with|emblazoned with|bearing|chant(?:s|ed|ing)?|slogans?|headlines?|subject line says)\s*:?\s*$/i;

/**
 * Words someone says open their sentence and are a sentence themselves (“Probably the 7:15.”) or
 * a verb of speech follows them (“Thank You Everyone,” she said); or a colon introduces them. A
 * title sits inside a sentence, after the noun it names (the documentary “Touch and Go,” said …),
 * where a verb after it belongs to someone else.
 */
function isSpoken(text: string, open: number, close: number): boolean {
  const before = text.slice(Math.max(0, open - 4), open);
  if (INTRODUCED_BY_COLON.test(before)) return true;
  if (!OPENS_SENTENCE.test(before)) return false;
  return SENTENCE_END.test(text[close - 1]) || text.slice(close + 1, close + 31).split(/[\s,]+/, 3).some((word) => CUE_VERBS.has(word.toLowerCase()));
}

const INTRODUCED_BY_COLON = /:\s*$/;
const OPENS_SENTENCE = /(?:^|\n|[.!?]["”’]?)\s*$/;
const SENTENCE_END = /[.!?]/;
