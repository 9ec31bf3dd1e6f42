import search from 'approx-string-match';
import type { Target, TextQuoteSelector } from './schema';

/**
 * Finding annotated words again after the article changed. Edits made in the editor move
 * annotations exactly (`applyEdit`); changes made elsewhere (git pull, another editor) are
 * re-anchored from the quote selector (`anchor`): first where the words were, then wherever the
 * exact words occur (preferring matching context and nearness), then by a fuzzy match, the way
 * the Hypothesis client anchors web annotations. What cannot be placed becomes an orphan.
 */

const CONTEXT = 32;

export interface Anchored {
  start: number;
  end: number;
  method: 'position' | 'exact' | 'fuzzy';
}

/** Builds a target for the words between two offsets of a text. */
export function targetFor(text: string, start: number, end: number, source: string): Target {
  return {
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) },
      { type: 'TextPositionSelector', start, end },
    ],
  };
}

/**
 * Finds a target's words in a (possibly changed) text: at the recorded position if the words are
 * still there, else the best exact occurrence, else the best close match; undefined when nothing
 * is close enough, and the annotation becomes an orphan.
 */
export function anchor(text: string, target: Target): Anchored | undefined {
  const [quote, position] = target.selector;
  if (text.slice(position.start, position.end) === quote.exact) return { start: position.start, end: position.end, method: 'position' };
  return exactMatch(text, quote, position.start) ?? fuzzyMatch(text, quote, position.start);
}

function exactMatch(text: string, quote: TextQuoteSelector, hint: number): Anchored | undefined {
  let best: { start: number; score: number } | undefined;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    const score = contextScore(text, quote, at, at + quote.exact.length) - nearnessPenalty(at, hint, text.length);
    if (!best || score > best.score) best = { start: at, score };
  }
  return best && { start: best.start, end: best.start + quote.exact.length, method: 'exact' };
}

/** 0–2: how much of the prefix and suffix still surround the candidate. */
function contextScore(text: string, quote: TextQuoteSelector, start: number, end: number): number {
  return sharedSuffix(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix) / Math.max(1, quote.prefix.length)
    + sharedPrefix(text.slice(end, end + quote.suffix.length), quote.suffix) / Math.max(1, quote.suffix.length);
}

function nearnessPenalty(at: number, hint: number, length: number): number {
  return Math.abs(at - hint) / Math.max(1, length);
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function sharedSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * Fuzzy re-anchoring, as the Hypothesis client does it (with the same bit-parallel search,
 * `approx-string-match`). Candidates may differ from the quote by a quarter of its length in edits:
 * enough for a corrected typo, a changed verb tense or a reworded phrase inside a sentence-long
 * quote, not enough for different words to pass for it. The 32-edit ceiling keeps the search
 * fast (its cost grows with the errors allowed) and beyond it the "same" words are a rewrite.
 * Short quotes (under 8 characters) are not matched fuzzily: a name with two letters changed is
 * another name. Candidates are scored by closeness of the words first, then context and nearness;
 * a candidate that needed more than an eighth of its length in edits is accepted only when part
 * of its old context (prefix or suffix) still surrounds it.
 */
function fuzzyMatch(text: string, quote: TextQuoteSelector, hint: number): Anchored | undefined {
  if (quote.exact.length < 8 || quote.exact.length > 2000) return undefined;
  const maxErrors = Math.min(32, Math.floor(quote.exact.length / 4));
  let best: { start: number; end: number; score: number } | undefined;
  for (const candidate of search(text, quote.exact, maxErrors)) {
    if (candidate.end <= candidate.start) continue;
    const context = contextScore(text, quote, candidate.start, candidate.end);
    if (candidate.errors > quote.exact.length / 8 && context < 0.5) continue;
    const similarity = 1 - candidate.errors / quote.exact.length;
    const score = similarity * 2 + context * 0.5 - nearnessPenalty(candidate.start, hint, text.length);
    if (!best || score > best.score) best = { start: candidate.start, end: candidate.end, score };
  }
  return best && { start: best.start, end: best.end, method: 'fuzzy' };
}

/** A change to the text: the range [start, end) of the old text replaced by `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Moves an annotated range through one edit of the text. Edits before it shift it, edits inside
 * it grow or shrink it, an edit that overlaps an end clips it, and one that removes all of it
 * leaves nothing to annotate: `undefined`, which the caller turns into an orphan.
 */
export function shiftRange(range: { start: number; end: number }, edit: TextEdit): { start: number; end: number } | undefined {
  const delta = edit.text.length - (edit.end - edit.start);
  if (edit.end <= range.start) {
    // Typing right at the start of an annotation goes before it, not into it.
    return { start: range.start + delta, end: range.end + delta };
  }
  if (edit.start >= range.end) return range;
  if (edit.start <= range.start && edit.end >= range.end) return undefined;
  if (edit.start >= range.start && edit.end <= range.end) return { start: range.start, end: range.end + delta };
  if (edit.start < range.start) return { start: edit.start + edit.text.length, end: range.end + delta };
  return { start: range.start, end: edit.start };
}

/** Re-describes a target from its new place in the new text (quote, context and position). */
export function retarget(text: string, target: Target, start: number, end: number): Target {
  return targetFor(text, start, end, target.source);
}
