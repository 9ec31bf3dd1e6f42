import { ROLE_WORDS } from './lexicon';

/**
 * Where the article spells out `letters` as a title: the offset just past "(DTC)" in "a Deputy
 * Traffic Commissioner (DTC)", whose last word before the brackets is a title's; else undefined.
 */
export function spelledTitleEnd(text: string, letters: string): number | undefined {
  return TITLE_LETTERS.test(letters) ? spelledTitles(text).get(letters) : undefined;
}

/** The titles an article spells out, found in one pass from the brackets and kept for the article's other questions. */
function spelledTitles(text: string): ReadonlyMap<string, number> {
  if (lastSpelledTitles?.text !== text) {
    const titles = new Map<string, number>();
    for (const match of text.matchAll(LETTERS_IN_BRACKETS)) {
      const title = LAST_WORD.exec(text.slice(Math.max(0, match.index - LAST_WORD_REACH), match.index))?.[1];
      if (title !== undefined && ROLE_WORDS.has(title.toLowerCase()) && !titles.has(match[1])) titles.set(match[1], match.index + match[0].length);
    }
    lastSpelledTitles = { text, titles };
  }
  return lastSpelledTitles.titles;
}

let lastSpelledTitles: { text: string; titles: ReadonlyMap<string, number> } | undefined;
const TITLE_LETTERS = /^\p{Lu}{2,4}$/u;
const LETTERS_IN_BRACKETS = /\((\p{Lu}{2,4})\)/gu;
const LAST_WORD = /(\p{L}+)\s*$/u;
const LAST_WORD_REACH = 30;
