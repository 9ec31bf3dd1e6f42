/**
 * Where a quotation's sentence starts and its paragraph ends: past a line's bullet or a wire
 * story's dateline, not at a full stop inside a name or an abbreviation; whether a quotation opens
 * its sentence, whether a sentence ends between two places, and how many words a phrase has.
 */
import type { QuoteSpan } from '../quotes';
import { isWhitespaceCode } from './chars';
import { datelineEnd, isAbbreviationStop, isSentenceStop } from '../../text/words';

/** Whether a sentence ends or a quotation opens between `from` and `to`; an abbreviation's full stop does not count. */
export function hasSentenceBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const char = text[i];
    // A full stop inside a word ("Computerandvideogames.com"), after an abbreviation, closing one
    // in brackets ("Clifford Decker (R-Ind.) told") or before a comma ("Rep. Yolanda Breckenridge,
    // D-Ga., said") ends nothing.
    if (char === '.' ? !isAbbreviationStop(text, i) && !/[\p{L}\d),]/u.test(text[i + 1] ?? '') : SENTENCE_BREAKS.has(char) && !isMarkInName(text, i)) return true;
  }
  return false;
}

/**
 * "Rohan Bhattacharjee, Which? director of money policy, said", "told Which? it had seen": a "?" or
 * "!" right after a capitalised word and before a lower-case one is part of a name, and ends no sentence.
 */
function isMarkInName(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (code === 63 || code === 33) && MARK_IN_NAME_AFTER.test(text.slice(index + 1, index + 3)) && MARK_IN_NAME_BEFORE.test(text.slice(Math.max(0, index - 12), index));
}

const MARK_IN_NAME_AFTER = /^ \p{Ll}/u;
const MARK_IN_NAME_BEFORE = /(?:^|\s)\p{Lu}\p{L}+$/u;

const SENTENCE_BREAKS = new Set(['!', '?', ';', '"', '“', '”']);

/** The number of runs of characters other than white space: `text.trim().split(/\s+/).length`, without making the words. */
export function wordCount(text: string): number {
  return wordsUpTo(text, Infinity);
}

/** Whether `text` has more than `limit` words, read only up to the word past the limit: a quotation may be long. */
export function hasMoreWordsThan(text: string, limit: number): boolean {
  return wordsUpTo(text, limit + 1) > limit;
}

/** The number of words in `text`, counted up to `most` at most. */
function wordsUpTo(text: string, most: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count < most; i++) {
    const space = isWhitespaceCode(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Start of the sentence containing an offset: after the last ". ", "! ", "? " or line break, ignoring "Mr." and "U.S.". */
export function sentenceStart(text: string, offset: number): number {
  // The rules ask for the sentences of a few offsets (a quotation's mark, a name) again and again:
  // about five times each.
  if (sentenceStarts?.text !== text) sentenceStarts = { text, byOffset: new Map() };
  let start = sentenceStarts.byOffset.get(offset);
  if (start === undefined) {
    start = findSentenceStart(text, offset);
    sentenceStarts.byOffset.set(offset, start);
  }
  return start;
}

/** The sentence starts found in the text read last, by offset. */
let sentenceStarts: { text: string; byOffset: Map<number, number> } | undefined;

function findSentenceStart(text: string, offset: number): number {
  const floor = Math.max(0, offset - 400);
  // Read by character code: this walks back over up to 400 characters, for many quotations and names.
  for (let i = offset - 1; i >= floor; i--) {
    const code = text.charCodeAt(i);
    if (code === 10) return afterDateline(text, afterBullet(text, i + 1), offset);
    if (isSentenceStop(code) && spaceAfterStop(text, i) && !(code === 46 ? isAbbreviationStop(text, i) : isMarkInName(text, i))) {
      return isClosingMark(text.charCodeAt(i + 1)) ? i + 2 : i + 1;
    }
  }
  // The text's first line opens a sentence as a line after a line break does.
  return floor === 0 ? afterDateline(text, afterBullet(text, 0), offset) : floor;
}

/** Whether white space follows the full stop, "!" or "?" at `stop`, maybe after a closing quotation mark ("3.5" and "Amazon.com" end no sentence). */
function spaceAfterStop(text: string, stop: number): boolean {
  const next = text.charCodeAt(stop + 1);
  return isWhitespaceCode(next) || (isClosingMark(next) && isWhitespaceCode(text.charCodeAt(stop + 2)));
}

/** '"', '”', '’' and "'". */
function isClosingMark(code: number): boolean {
  return code === 34 || code === 0x201d || code === 0x2019 || code === 39;
}

/** "• A Maplewing spokesperson said …": a list's bullet opens the line but no part of the sentence. */
function afterBullet(text: string, lineStart: number): number {
  BULLET.lastIndex = lineStart;
  return BULLET.test(text) ? BULLET.lastIndex : lineStart;
}

const BULLET = /[•·▪◦*–-][ \t]+/y;

/** A wire story's dateline is no part of its first sentence (nor "Reuters" its subject). */
function afterDateline(text: string, lineStart: number, offset: number): number {
  const end = datelineEnd(text, lineStart) ?? colonDatelineEnd(text, lineStart);
  return end !== undefined && end <= offset ? end : lineStart;
}

/** "KUWAIT: Dozens of parents gathered", "LAHORE: The board said": a place in capitals and a colon, as papers in the Gulf and South Asia write datelines. */
function colonDatelineEnd(text: string, lineStart: number): number | undefined {
  COLON_DATELINE.lastIndex = lineStart;
  return COLON_DATELINE.test(text) ? COLON_DATELINE.lastIndex : undefined;
}

const COLON_DATELINE = /[A-Z][A-Z.' -]{1,30}:[ \t]+/y;

export function paragraphEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

/** The quotation opens its sentence (or paragraph, or bullet): nothing but spaces, dashes or bullets before it. */
export function opensSentence(text: string, span: QuoteSpan): boolean {
  const start = sentenceStart(text, span.open);
  // "And "intense discussions" were taking place": a conjunction opening the sentence goes on from the last.
  // ("Quote: "…"": Ukrainska Pravda sets a quotation off with a label, after the sentence that says whose it is.)
  return /^[\s\-–—•·*]*(?:(?:And|But)\s+|Quote:\s*)?$/.test(text.slice(start, span.open));
}
