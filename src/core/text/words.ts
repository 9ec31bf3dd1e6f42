/**
 * The word-level view of an article that entity recognition works on: every word with its
 * offsets and shape, plus the set of words the article also writes in lower case (so a
 * capitalised "Officials" at a sentence start can be recognised as a common word).
 */

export interface Word {
  start: number;
  end: number;
  text: string;
  /** Starts with an upper-case letter or is a mixed-case brand (xAI, iPhone). */
  capitalised: boolean;
  /** First word of a sentence, a line or a quotation: capitalised for grammatical reasons. */
  sentenceStart: boolean;
}

// Words: letters/digits with inner apostrophes, hyphens and dotted acronyms (U.S.).
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’\-&](?=[\p{L}\p{N}]))*/gu;

export interface WordScan {
  words: Word[];
  /** Lower-cased forms of the words that appear in lower case somewhere in the text. */
  lowerCaseWords: ReadonlySet<string>;
}

export function scanWords(text: string): WordScan {
  const words: Word[] = [];
  const lowerCaseWords = new Set<string>();
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const word = match[0];
    const first = word.charCodeAt(0);
    const capitalised = isUpper(word, 0) || (first >= 97 && first <= 122 && !word.includes('-') && hasInnerUpper(word));
    if (!capitalised && !isDigit(first)) {
      lowerCaseWords.add(word.toLowerCase());
      continue;
    }
    words.push({ start: match.index, end: match.index + word.length, text: word, capitalised, sentenceStart: startsSentence(text, match.index) });
  }
  return { words, lowerCaseWords };
}

function isUpper(word: string, index: number): boolean {
  const char = word[index];
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function hasInnerUpper(word: string): boolean {
  for (let i = 1; i < word.length; i++) if (isUpper(word, i)) return true;
  return false;
}

/**
 * True when the word is the first of a sentence, a line, a bullet or a quotation, looking back
 * over spaces, opening quotes, dashes and bullets.
 */
export function startsSentence(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const char = text[i];
    if (char === ' ' || char === '\t' || char === '"' || char === '“' || char === '‘' || char === "'" || char === '(' || char === '-' || char === '–' || char === '—' || char === '•' || char === '·' || char === '*') continue;
    return char === '.' || char === '!' || char === '?' || char === '\n' || char === '\r' || char === ':';
  }
  return true;
}
