import type { Span } from '../analysis/model';
import { isAsciiLetter, isInCapitals, isSentenceStop, startsSentence } from './words';

/** What the first pronoun after a name says about it. */
export type PronounKind = 'male' | 'female' | 'neuter';

const PRONOUN_KINDS: ReadonlyMap<string, PronounKind> = new Map([
  ...['he', 'him', 'his', 'himself'].map((word): [string, PronounKind] => [word, 'male']),
  ...['she', 'her', 'hers', 'herself'].map((word): [string, PronounKind] => [word, 'female']),
  ['its', 'neuter'],
]);

/**
 * The first "he", "she" or "its" after `from`, which is likely about the name before it: "Amodei
 * has … positioned his company". Gives up at another capitalised name (the pronoun may be about
 * it), at a line break or after the next sentence, so the scan is short.
 */
export function firstPronounAfter(text: string, from: number): PronounKind | undefined {
  const limit = Math.min(text.length, from + 160);
  let sentenceEnds = 0;
  let i = from;
  while (i < limit) {
    const code = text.charCodeAt(i);
    // A quotation's pronouns are its speaker's words about others ("Dervla winces. “He doesn't need…”").
    if (code === 10 || code === 13 || code === 34 || code === 0x201c) return undefined;
    if (isSentenceStop(code)) {
      if (++sentenceEnds === 2) return undefined;
      i++;
      continue;
    }
    if (!isAsciiLetter(code)) {
      i++;
      continue;
    }
    const start = i;
    while (i < limit && isAsciiLetter(text.charCodeAt(i))) i++;
    const word = text.slice(start, i);
    const kind = PRONOUN_KINDS.get(word.toLowerCase());
    if (kind) return kind;
    const capitalised = code >= 65 && code <= 90 && !isInCapitals(word);
    if (capitalised && start > from && !startsSentence(text, start)) return undefined;
  }
  return undefined;
}

/** A name opening its sentence and followed by a lower-case word, as the subject is: "Amodei has been very vocal". */
export function isSentenceSubject(text: string, mention: Span): boolean {
  return precedesLowerCaseWord(text, mention) && startsSentence(text, mention.start);
}

/**
 * A name opening a clause after a comma, a semicolon or "where", followed by a lower-case word or
 * an age: "When I ask, Adeyemi-Clarke turns", "where Emrys ap Dafydd, 88, is sitting".
 */
export function isClauseSubject(text: string, mention: Span): boolean {
  const opens = CLAUSE_OPENING.test(text.slice(Math.max(0, mention.start - 2), mention.start)) || SUBORDINATE_OPENING.test(text.slice(Math.max(0, mention.start - 8), mention.start));
  return opens && (precedesLowerCaseWord(text, mention) || AGE_THEN_VERB.test(text.slice(mention.end, mention.end + 12)));
}

const CLAUSE_OPENING = /^[,;] $/;
/** "where Emrys ap Dafydd, 88, is sitting": a subordinate clause's subject. */
const SUBORDINATE_OPENING = /\b(?:where|when|while|whereas)\s$/;
const AGE_THEN_VERB = /^, \d{1,3}, [a-z]/;

function precedesLowerCaseWord(text: string, mention: Span): boolean {
  const next = text.charCodeAt(mention.end + 1);
  return text.charCodeAt(mention.end) === 32 && next >= 97 && next <= 122;
}
