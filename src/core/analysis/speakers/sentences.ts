/**
 * Reading the article's sentences, paragraphs and words around a quotation: the sentence before,
 * where a sentence ends, whether a paragraph or a sentence ends between two places, whether a name
 * opens its sentence, where a word was last written, and every match of a pattern.
 */
import { hasQuoteMark, sentenceStart } from './attributions';
import { isWhitespaceCode } from './chars';
import type { MentionRef } from './mentionIndex';
import { isAbbreviationStop, startsSentence } from '../../text/words';

/** Whether the sentence from `from` ends the paragraph before the one opening at `to`. */
export function endsParagraphBefore(text: string, from: number, to: number): boolean {
  return /^[^\n]+\n\s*$/.test(text.slice(from, to));
}

/** The sentence before the one holding `offset`, when it quotes nobody. */
export function sentenceBefore(text: string, offset: number): { from: number; to: number } | undefined {
  const sentence = sentenceBeforeQuotingOrNot(text, offset);
  return sentence && !hasQuoteMark(text, sentence.from, offset) ? sentence : undefined;
}

export function sentenceBeforeQuotingOrNot(text: string, offset: number): { from: number; to: number } | undefined {
  const to = sentenceStart(text, offset);
  // The sentence before may end the paragraph before, past the blank line.
  let back = to;
  while (back > 1 && isWhitespaceCode(text.charCodeAt(back - 1))) back--;
  if (back <= 1) return undefined;
  return { from: sentenceStart(text, back - 1), to };
}

/** Whether a sentence ends or a quotation mark stands between `from` and `to` ("signed by the president, Dr. Anton Reisinger": a title's full stop ends none). */
export function endsSentenceBetween(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const char = text[at];
    if ('!?"“”'.includes(char) || (char === '.' && !isAbbreviationStop(text, at))) return true;
  }
  return false;
}

/** Where `word` is written last before `before` as a whole word ("letter", not "letters"), or -1. */
export function lastWordBefore(text: string, word: string, before: number): number {
  for (let at = text.lastIndexOf(word, before - 1); at >= 0; at = at > 0 ? text.lastIndexOf(word, at - 1) : -1) {
    if (!/[\p{L}]/u.test(text.charAt(at + word.length)) && !/[\p{L}]/u.test(text.charAt(at - 1))) return at;
  }
  return -1;
}

/**
 * Every match of a global pattern that cannot match empty text, from `from` on: `matchAll`, without
 * the copy of the pattern it makes at each call.
 */
export function allMatches(pattern: RegExp, text: string, from = 0): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) matches.push(match);
  return matches;
}

/** Where the sentence holding `offset` ends: its full stop, or the paragraph's end. */
export function sentenceEndAfter(text: string, offset: number): number {
  const stop = /[.!?](?=["”’]?\s)|\n/.exec(text.slice(offset, offset + SENTENCE_END_REACH));
  return stop ? offset + stop.index : offset + SENTENCE_END_REACH;
}

const SENTENCE_END_REACH = 400;

/**
 * "And despite the recent results, skipper Jason Robinson believes", "Back on First Avenue, Skaggs
 * said", "Further down the leaderboard, the English amateur Olly Pemberton-Shah", "Hours after the
 * announcement, van der Spuy said": a phrase setting the scene before the subject.
 */
export const INTRODUCTORY_PHRASE = /^\s*(?:(?:and|but|back|later|earlier|elsewhere|further|farther|hours|minutes|days|weeks|moments|shortly|soon|just)\s+)?(?:despite|after|before|during|by|in|on|at|for|since|with|outside|inside|down|up|across|behind|ahead|among|beyond|as|when|while|once|reached|contacted|approached|interviewed|speaking)\s[^,]{1,60},/i;

/**
 * Whether a name opens its sentence, after at most a phrase setting the scene and a title: "In the
 * school basement, Sgt Vantsev's team were preparing their drones".
 */
export function opensItsSentence(text: string, ref: MentionRef): boolean {
  if (startsSentence(text, ref.start)) return true;
  const lead = text.slice(sentenceStart(text, ref.start), ref.start);
  return TITLES_ONLY.test(lead.replace(INTRODUCTORY_PHRASE, ''));
}

const TITLES_ONLY = /^\s*(?:\p{Lu}\p{Ll}*\.?\s+){0,2}$/u;
