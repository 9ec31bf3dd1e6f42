/**
 * Reading the article's sentences, paragraphs and words around a quotation: the sentence before,
 * where a sentence ends, whether a paragraph or a sentence ends between two places, whether a name
 * opens its sentence and whether a verb of speech follows it, where a word was last written or
 * where a phrase's nth word is, and every match of a pattern.
 */
import { hasQuoteMark } from './namesInQuotationMarks';
import { sentenceStart } from './sentenceBounds';
import { isWhitespaceCode } from './chars';
import type { MentionRef } from './mentionIndex';
import { isAbbreviationStop, startsSentence } from '../../text/words';
import { CUE_VERBS, isPleaNotSpeech } from '../cues';
import type { Span } from '../model';

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

/**
 * Where the phrase's word at `index` (counting runs of characters other than white space) is in the
 * text. Read by character code: `matchAll` would copy its pattern, and list every word, at each call.
 */
export function nthWord(phrase: Span, index: number): { start: number; end: number } | undefined {
  const { text } = phrase;
  let count = 0;
  for (let start = 0; start < text.length; start++) {
    if (isWhitespaceCode(text.charCodeAt(start)) || (start > 0 && !isWhitespaceCode(text.charCodeAt(start - 1)))) continue;
    if (count++ < index) continue;
    let end = start + 1;
    while (end < text.length && !isWhitespaceCode(text.charCodeAt(end))) end++;
    return { start: phrase.start + start, end: phrase.start + end };
  }
  return undefined;
}

/** Whether a speech verb follows a name, past an apposition or "has": "Roger Knapman, has said", "Lindsay, the chairman, told". */
/** Whether a verb of speech follows the name ending at `end`: the name is the subject of reported speech. */
export function speaksNext(text: string, end: number): boolean {
  const after = text.slice(end, end + 200);
  return SPEAKS_AFTER.some((pattern) => {
    const verb = pattern.exec(after);
    return verb !== null && CUE_VERBS.has(verb[1]) && !isPleaNotSpeech(after, verb[1], verb.index + verb[0].length);
  });
}

/**
 * A verb right after a name, or past an apposition, or past an age and an apposition ("Ray
 * Gosselin, 59, an electrician who voted for Ms. Kessling, said"), maybe after an adverb of
 * time ("Dr Valcourt-Mensah later told").
 */
const SPEAKS_AFTER = [
  /^,?\s+(?:has\s+|had\s+|have\s+)?(?:(?:later|also|then|again)\s+)?(\p{Ll}+)/u,
  // ("Councilwoman Ashley Mouton, whose district includes neighborhoods along Ward Creek that flooded in 2016 and again last spring, answered": up to a long clause.)
  /^,[^,!?;]{1,120},\s+(?:has\s+|had\s+|have\s+)?(?:(?:later|also|then|again)\s+)?(\p{Ll}+)/u,
  /^,[^,!?;]{1,90},[^,!?;]{1,90},\s+(?:has\s+|had\s+|have\s+)?(?:(?:later|also|then|again)\s+)?(\p{Ll}+)/u,
  // ("Doyle shook Bevan's hand at the prize-giving and said he had watched him": a verb of speech joined to the name's first verb.)
  /^\s+\p{Ll}{3,}\s[^.;:!?"“”]{0,80}?\s+and\s+(said|told|added)\b/u,
];
