/**
 * The word-level view of an article that entity recognition works on: its capitalised words
 * (names are made of them) with offsets, found by one hand-written scan over character codes, the
 * hot loop of the whole analysis. Lower-case words are skipped without being copied; whether the
 * article also writes a word in lower case is answered on demand by `LowerCaseLookup`.
 */

import { COMMON_WORDS } from './commonWords';
import { FUNCTION_WORDS, HONORIFICS, SLASHED_TITLES, TITLE_ABBREVIATIONS } from './lexicon';

export interface Word {
  start: number;
  end: number;
  text: string;
  /** `text` in lower case: made once here, as every lexicon look-up about the word needs it. */
  lower: string;
  /** First word of a sentence, a line or a quotation: capitalised for grammatical reasons. */
  sentenceStart: boolean;
  /**
   * On a headline written in Title Case ("Hegseth Gives Anthropic Until Friday To Back Down"),
   * where capitals say nothing about names: the rest of the article has to decide.
   */
  inTitleCaseLine: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;

function isWordChar(code: number, text: string, index: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(text[index]);
}

/**
 * Characters that may join two parts of one word: O'Brien, Jean-Claude, AT&T, the Uzbek
 * "Turg‘unboyev", whose letter sign is often typed as an opening single quote, and a screen
 * name's underscore ("Ferro_Lux").
 */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018 || code === 45 || code === 38 || code === 95;
}

/** Whether the character at `index` is a capital letter, read by code for the ASCII letters most text is made of. */
export function isUpperAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(text[index]);
}

/** Capitalised words, digits-first words and mixed-case brands, in text order. */
export function scanWords(text: string): Word[] {
  const words: Word[] = [];
  const length = text.length;
  const line = new TitleCaseLine();
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    // A space, the commonest character after letters, only parts words.
    if (code === 32) {
      i++;
      continue;
    }
    if (code >= 97 && code <= 122) {
      // Most of an article is lower-case ASCII words: skip them in a tight loop, and fall back to
      // the full word reading below only when the word goes on with anything else (xAI, don't).
      const end = lowerCaseAsciiRunEnd(text, i + 1);
      const after = text.charCodeAt(end);
      if (after === 32 || end >= length || !continuesWord(after)) {
        if (end - i > 3) line.lowerCase++;
        i = end;
        continue;
      }
    }
    if (!isWordChar(code, text, i)) {
      if (code === 10) line.end(words, text, i);
      else if (code === 44) line.commas++;
      // ("… Second Ascent of Nightjar Arete (E9 6c)": a short grade, score or year in brackets that closes the line leaves it a headline.)
      else if (code === 59 || (code === 40 && !CLOSING_ASIDE.test(text.slice(i, i + CLOSING_ASIDE_REACH)))) line.punctuated = true;
      i++;
      continue;
    }
    let end = i + 1;
    let innerUpper = false;
    while (end < length) {
      const next = text.charCodeAt(end);
      if (isWordChar(next, text, end)) {
        if (!innerUpper && next >= 65 && next <= 90) innerUpper = true;
        end++;
      } else if (next === 38 && isLetterReferenceAt(text, end)) {
        // "Jos&#233; Manuel Barroso": a letter written as an HTML character reference, in text copied from a web page.
        end = text.indexOf(';', end) + 1;
      } else if (isJoiner(next) && end + 1 < length && isWordChar(text.charCodeAt(end + 1), text, end + 1)) {
        if (!innerUpper && isUpperAt(text, end + 1)) innerUpper = true;
        end += 2;
      } else if (next === 47 && end - i === 1 && isSlashedTitleAt(text, i)) {
        // "P/M Rennie", "L/D Moffat": a pipe band's pipe major and lead drummer, written with a slash.
        end += 2;
      } else if (next === 46 && isPatronymicInitial(text, i, end)) {
        // "Ts.Sodbileg", "D.Tsetsegmaa": a Mongolian name, the father's initial joined to the given name.
        end += 2;
      } else if (next === 46 && end + 1 < length && isUpperAt(text, end + 1) && end - i === 1 && isUpperAt(text, i)) {
        // Dotted acronyms: U.S., U.K. (a single capital, a dot, another capital).
        end = dottedAcronymEnd(text, i);
        break;
      } else {
        // "Sina.com", "Amazon.co.uk": a site's name keeps its domain.
        if (next === 46) end += domainLength(text, end);
        break;
      }
    }
    // "ex-Yukos", "Ex-Labour MP": a name after "ex-" is a mention of its own.
    i += namePrefixLength(text, i, end);
    const first = text.charCodeAt(i);
    // "U-turn", "O-levels", "X-ray": a lone capital joined to a lower-case word is a common noun;
    // "51°C": a capital after a degree sign is a temperature's scale.
    const capitalised = (isUpperAt(text, i) && !isLetterCompound(text, i) && text.charCodeAt(i - 1) !== DEGREE_SIGN) || (first >= 48 && first <= 57) || (innerUpper && isMixedCaseName(text.slice(i, end)));
    if (capitalised) {
      const word = text.slice(i, end);
      words.push({ start: i, end, text: word, lower: word.toLowerCase(), sentenceStart: startsSentence(text, i), inTitleCaseLine: false });
      line.capitalised++;
    } else if (end - i > 3) line.lowerCase++;
    i = end;
  }
  line.end(words, text, length);
  return words;
}

const DEGREE_SIGN = 0xb0;

/**
 * Whether the word from `start` to the full stop at `dot` is the initial of a father's name joined
 * to a given name, as Mongolian news writes names: one or two letters, a capital first, then a
 * capital and two lower-case letters right after the stop ("Kh.Bat-Amgalan"; not "U.S.", "W.Va." nor "Sina.com").
 */
function isPatronymicInitial(text: string, start: number, dot: number): boolean {
  return dot - start <= 2 && isUpperAt(text, dot + 1) && GIVEN_NAME_OPENING.test(text.slice(dot + 2, dot + 4))
    && PATRONYMIC_INITIAL.test(text.slice(start, dot)) && !isTitleBeforeName(text.slice(start, dot).toLowerCase());
}

/** Whether a title written as two capitals around a slash starts at `start` ("P/M", "L/D"), and no longer word. */
function isSlashedTitleAt(text: string, start: number): boolean {
  return SLASHED_TITLES.has(text.slice(start, start + 3).toLowerCase()) && !isWordChar(text.charCodeAt(start + 3), text, start + 3);
}

/** A title that some copy runs into the name after it ("Mr.Benn", "Lt.Smith", "St.Louis"). */
function isTitleBeforeName(lower: string): boolean {
  return HONORIFICS.has(lower) || TITLE_ABBREVIATIONS.has(lower) || lower === 'st' || lower === 'mt';
}

const GIVEN_NAME_OPENING = /^\p{Ll}{2}/u;
const PATRONYMIC_INITIAL = /^\p{Lu}\p{Ll}?$/u;

/**
 * 3 for "ex-" or "Ex-" before a capital at `start` (no name opens with it), else 0. Not "anti-" or
 * "post-", which make adjectives ("anti-Semitic", "post-Saddam Iraq").
 */
function namePrefixLength(text: string, start: number, end: number): number {
  const ex = end - start > 4 && (text.startsWith('ex-', start) || text.startsWith('Ex-', start)) && isUpperAt(text, start + 3);
  return ex ? 3 : 0;
}

/** Whether an HTML character reference for a letter starts at `at`: "&#233;" (é), not "&#191;" (¿). */
function isLetterReferenceAt(text: string, at: number): boolean {
  const reference = text.charCodeAt(at + 1) === 35 ? NUMERIC_REFERENCE.exec(text.slice(at, at + 9)) : null;
  return reference !== null && LETTER_OR_DIGIT.test(String.fromCodePoint(Number(reference[1])));
}

const NUMERIC_REFERENCE = /^&#(\d{2,5});/;

/** "U-turn", "O-levels": a capital, a hyphen, then a lower-case letter. */
function isLetterCompound(text: string, start: number): boolean {
  return text.charCodeAt(start + 1) === 45 && isLowerAscii(text.charCodeAt(start + 2));
}

/** The length of a web domain starting at the full stop at `dot` (".com", ".co.uk", "Pay.UK", "Character.AI"), or 0. */
function domainLength(text: string, dot: number): number {
  // Most full stops end a sentence: a space or a line break follows, never a domain's first letter.
  const first = text.charCodeAt(dot + 1);
  if (!isLowerAscii(first) && first !== 65 && first !== 85) return 0;
  DOMAIN.lastIndex = dot;
  return DOMAIN.exec(text)?.[0].length ?? 0;
}

const CLOSING_ASIDE = /^\((?=[^()\n]{1,20}\))[^()\n\d]*\d[^()\n]*\)[ \t]*(?:\n|$)/;
const CLOSING_ASIDE_REACH = 24;

/**
 * The domains names are known by, the two some names spell in capitals among them ("Pay.UK", "Character.AI"),
 * and any country's two letters ("Ikon.mn", "Edition.mv"): no other word has two lower-case letters right after a full stop.
 */
const DOMAIN = /\.(?:com|net|org|co\.uk|org\.uk|\p{Ll}{2}|UK|AI)(?![\p{L}\d])/uy;

/**
 * A word with a capital inside that is a name: a brand ("xAI", "iPhone"), or an Arabic name after
 * its article or particle ("al-Hayya", "el-Sisi", "al-Qaeda", "Ehtisham ul-Haq Farooqui"), or a
 * Maltese one after its preposition and article ("Kamra tal-Periti"). Other hyphenated words are compounds ("pro-EU").
 */
function isMixedCaseName(word: string): boolean {
  return !word.includes('-') || ARTICLE_BEFORE_NAME.test(word);
}

const ARTICLE_BEFORE_NAME = /^(?:al|el|ad|ash|as|at|az|an|ar|ul|ud|ur|uz|us|ibn|bin|abu|abd|tal|tas|tad|taż|tan|tar|tat|taċ)-\p{Lu}/u;

/**
 * Watches the current line to tell a Title Case headline ("Hegseth Gives Anthropic Until Friday
 * To Back Down"): at least four capitalised words, no lower-case word longer than three letters
 * (Title Case leaves "of", "to", "and" in lower case), no commas, semicolons or brackets (lists of
 * names and line-ups have them), no final full stop but in a long first line, and at least two common words capitalised
 * after the first word — which is what sets a Title Case headline apart from a run of names.
 */
class TitleCaseLine {
  capitalised = 0;
  lowerCase = 0;
  /** A headline may have a comma ("In a Wisconsin Recount, 211 Votes and a Fight…"); a list of names has more. */
  commas = 0;
  punctuated = false;
  private firstWord = 0;

  end(words: Word[], text: string, lineEnd: number): void {
    // The first line of an article of several is its headline, which, when long, may end in a full
    // stop ("… a Bold Safety Claim. Not Everyone Is Convinced."), unlike a team sheet's "Subs Not Used: Smith.".
    const headline = this.capitalised >= 8 && this.firstWord < words.length && lineEnd < text.length && text.lastIndexOf('\n', words[this.firstWord].start) < 0;
    if (this.capitalised >= 4 && this.lowerCase === 0 && this.commas <= 1 && !this.punctuated && (headline || !endsWithFullStop(text, lineEnd))
      && capitalisedCommonWords(words, this.firstWord + 1) >= 2) {
      for (let w = this.firstWord; w < words.length; w++) words[w].inTitleCaseLine = true;
    }
    this.firstWord = words.length;
    this.capitalised = 0;
    this.lowerCase = 0;
    this.commas = 0;
    this.punctuated = false;
  }
}

function capitalisedCommonWords(words: readonly Word[], from: number): number {
  let count = 0;
  for (let w = from; w < words.length; w++) {
    const { lower } = words[w];
    if (COMMON_WORDS.has(lower) || FUNCTION_WORDS.has(lower)) count++;
  }
  return count;
}

function endsWithFullStop(text: string, lineEnd: number): boolean {
  let i = lineEnd - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 13 || text.charCodeAt(i) === 9)) i--;
  return i >= 0 && text.charCodeAt(i) === 46;
}

function lowerCaseAsciiRunEnd(text: string, from: number): number {
  let end = from;
  for (let code = text.charCodeAt(end); code >= 97 && code <= 122; code = text.charCodeAt(end)) end++;
  return end;
}

/** Whether a character right after a lower-case run may belong to the same word: a letter, digit, joiner or dot. */
function continuesWord(code: number): boolean {
  return code > 127 || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || isJoiner(code) || code === 46;
}

function dottedAcronymEnd(text: string, start: number): number {
  let end = start;
  while (end + 1 < text.length && isUpperAt(text, end) && text.charCodeAt(end + 1) === 46) end += 2;
  return end;
}

/**
 * Answers "does the article write this word in lower case anywhere?", which tells a capitalised
 * common word at a sentence start from a name. Few words are asked about in a typical article, so
 * each is searched for directly; after many questions (a long document) one pass builds the set.
 */
export class LowerCaseLookup {
  private static readonly directSearches = 40;
  private asked = 0;
  private all: Set<string> | undefined;
  private readonly answers = new Map<string, boolean>();

  constructor(private readonly text: string) {}

  has(lowerCaseWord: string): boolean {
    const known = this.answers.get(lowerCaseWord);
    if (known !== undefined) return known;
    const answer = this.lookUp(lowerCaseWord);
    this.answers.set(lowerCaseWord, answer);
    return answer;
  }

  /**
   * Whether the article writes the capitalised word inside a sentence somewhere ("said Shell"), as
   * a name is written; a common word is capitalised only where a sentence starts.
   */
  isCapitalisedMidSentence(word: string): boolean {
    for (let at = this.text.indexOf(word); at >= 0; at = this.text.indexOf(word, at + 1)) {
      if (this.isWholeWordAt(at, word) && !startsSentence(this.text, at)) return true;
    }
    return false;
  }

  private isWholeWordAt(at: number, word: string): boolean {
    const before = at === 0 ? 32 : this.text.charCodeAt(at - 1);
    const after = at + word.length >= this.text.length ? 32 : this.text.charCodeAt(at + word.length);
    return !isWordChar(before, this.text, at - 1) && !isWordChar(after, this.text, at + word.length);
  }

  private lookUp(word: string): boolean {
    if (this.all) return this.all.has(word);
    if (++this.asked > LowerCaseLookup.directSearches) {
      this.all = new Set(this.text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}'’-]*/gu) ?? []);
      return this.all.has(word);
    }
    for (let at = this.text.indexOf(word); at >= 0; at = this.text.indexOf(word, at + 1)) {
      if (this.isWholeWordAt(at, word)) return true;
    }
    return false;
  }
}

/**
 * True when the word is the first of a sentence, a line, a bullet or a quotation, looking back
 * over spaces, opening quotes, dashes and bullets.
 */
export function startsSentence(text: string, index: number): boolean {
  // An opening mark: right before the word, after a space (a closing one follows the comma: '," Will Davies').
  const quoted = index > 1 && isOpeningMark(text.charCodeAt(index - 1)) && isSpaceCode(text.charCodeAt(index - 2));
  // Read by character code, as it is asked of every capitalised word: a one-character string per
  // step costs more, and one is made anew for each curly quote or dash.
  for (let i = index - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    // "DOHA, Qatar — Negotiators for…": the dash that ends a dateline opens the first sentence.
    if (isDash(code) && datelineEnds(text, i, index)) return true;
    // Spaces, tabs, opening quotes and brackets, dashes, bullets ("•", "·", "*").
    if (code === 32 || code === 9 || isOpeningMark(code) || code === 40 || isDash(code) || code === 0x2022 || code === 0xb7 || code === 42) continue;
    // "“It is an ending.” Standing in front of the forge, he": a quotation that closed its sentence ends it.
    if ((code === 0x201d || code === 0x2019) && i > 0 && isSentenceStop(text.charCodeAt(i - 1))) return true;
    // "He told me every day, ‘Don’t look at the wrist’": a quotation opens a sentence of its own.
    // A full stop, "!", "?", a line break or a colon ends what came before.
    return isSentenceStop(code) || code === 10 || code === 13 || code === 58 || (quoted && code === 44);
  }
  return true;
}

/** ".", "!" and "?". */
export function isSentenceStop(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}

/** "-", "–" and "—". */
function isDash(code: number): boolean {
  return code === 45 || code === 0x2013 || code === 0x2014;
}

/**
 * Where the dateline that opens a line ends, if one does: "SYDNEY, Feb 17 (Reuters) - ", "DENVER
 * — ", "DOHA, Qatar — ", "WASHINGTON (AP) — ": a place in capitals, maybe a region or a date and
 * an agency, and a dash.
 */
export function datelineEnd(text: string, lineStart: number): number | undefined {
  const code = text.charCodeAt(lineStart);
  if (code < 65 || code > 90) return undefined;
  DATELINE.lastIndex = lineStart;
  return DATELINE.test(text) ? DATELINE.lastIndex : undefined;
}

/** Whether a dateline opening the line of the dash at `dash` ends at `end`; a dateline is short, so only the last few dozen characters are searched for the line's start. */
function datelineEnds(text: string, dash: number, end: number): boolean {
  const floor = Math.max(0, dash - MAX_DATELINE);
  let lineStart = dash;
  while (lineStart > floor && text[lineStart - 1] !== '\n') lineStart--;
  return (lineStart === 0 || text[lineStart - 1] === '\n') && datelineEnd(text, lineStart) === end;
}

const MAX_DATELINE = 80;
const DATELINE = /[A-Z][A-Z.' /]{1,30}(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?(?:\s+\d{1,2})?)?\s*(?:\([A-Za-z .]+\)\s*)?[-–—]\s+/y;

/** '"', '“', '‘' and "'", read by code: asked of every capitalised word, where a one-character string and a search cost more. */
function isOpeningMark(code: number): boolean {
  return code === 34 || code === 0x201c || code === 0x2018 || code === 39;
}

const LETTER = /\p{L}/u;

export function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(text[index]);
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 12 || code === 11;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

export function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Whether a possessive follows `end`: "Anthropic's", "Mr Blair's", "Holmes'", "Dennis W.’s" (past the stop of a surname's initial). */
export function isPossessiveAt(text: string, nameEnd: number): boolean {
  const end = text.charCodeAt(nameEnd) === 46 && isInitialBefore(text, nameEnd) ? nameEnd + 1 : nameEnd;
  if (!isApostrophe(text.charCodeAt(end))) return false;
  // "Holmes' presence": a name ending in s takes the apostrophe alone.
  return text.charCodeAt(end + 1) === 115 || (text.charCodeAt(end - 1) === 115 && !isLetterAt(text, end + 1));
}

/** Whether a lone capital letter, an initial, ends right before `end`. */
function isInitialBefore(text: string, end: number): boolean {
  const code = text.charCodeAt(end - 1);
  return code >= 65 && code <= 90 && !isLetterAt(text, end - 2);
}

/**
 * The lower-cased word just before `index` ("firm" in "AI firm Anthropic"), and whether a comma
 * stands between it and `index` ("its model, Grok"). At least one space must precede `index`, no
 * line break may, and only `reach` characters are looked at, so the cost per call is bounded.
 */
export function wordBefore(text: string, index: number, reach = 24): { word: string; comma: boolean } | undefined {
  const limit = Math.max(0, index - reach);
  let i = index - 1;
  if (i < limit || !isSpaceCode(text.charCodeAt(i))) return undefined;
  while (i >= limit && isSpaceCode(text.charCodeAt(i))) {
    // A headline's last word does not introduce the first name of the next paragraph.
    if (isLineBreak(text.charCodeAt(i))) return undefined;
    i--;
  }
  const comma = i >= limit && text.charCodeAt(i) === 44;
  if (comma) i--;
  const end = i + 1;
  while (i >= limit && isLetterAt(text, i)) i--;
  return end > i + 1 ? { word: text.slice(i + 1, end).toLowerCase(), comma } : undefined;
}

/**
 * The lower-cased word just after `index`, past an optional possessive ("Anthropic's spokesperson"
 * → "spokesperson"). At least one space and no line break must separate them; only `reach`
 * characters are read.
 */
export function wordAfter(text: string, index: number, reach = 24): string | undefined {
  const limit = Math.min(text.length, index + reach);
  let i = index;
  if (i < limit && isApostrophe(text.charCodeAt(i))) i++;
  if (i < limit && text.charCodeAt(i) === 115) i++;
  const spaces = i;
  while (i < limit && isSpaceCode(text.charCodeAt(i))) {
    if (isLineBreak(text.charCodeAt(i))) return undefined;
    i++;
  }
  if (i === spaces) return undefined;
  const start = i;
  while (i < limit && isLetterAt(text, i)) i++;
  return i > start ? text.slice(start, i).toLowerCase() : undefined;
}

/**
 * Up to `max` words of lower-case ASCII letters ("co-founder" with its hyphen) before `index`,
 * after spaces or ending right at it, in text order: "his chief spokesperson" before "Sean
 * Parnell". Stops at anything that is not a space-separated word, so a quotation mark, a
 * capitalised word or a full stop ends the phrase.
 */
export function lowerCaseWordsBefore(text: string, index: number, max: number, reach = 40): string[] {
  const limit = Math.max(0, index - reach);
  const words: string[] = [];
  let i = index - 1;
  while (words.length < max) {
    if (i < limit || !(isSpaceCode(text.charCodeAt(i)) || (i === index - 1 && isLowerAscii(text.charCodeAt(i))))) break;
    while (i >= limit && isSpaceCode(text.charCodeAt(i))) i--;
    const end = i + 1;
    // "co-founder": a hyphen inside a lower-case word, not at its ends.
    while (i >= limit && (isLowerAscii(text.charCodeAt(i)) || (text.charCodeAt(i) === 45 && i + 1 < end && isLowerAscii(text.charCodeAt(i - 1))))) i--;
    if (end === i + 1) break;
    const boundary = i < limit ? 32 : text.charCodeAt(i);
    if (!isSpaceCode(boundary) && boundary !== 44 && boundary !== 40) break;
    words.unshift(text.slice(i + 1, end));
    if (!isSpaceCode(boundary)) break;
  }
  return words;
}

export function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * Whether the full stop at `dot` ends an abbreviation rather than a sentence: a capitalised title
 * or honorific ("Sen.", "Lt.", "Mr."), "St.", "No.", "vs." or a single capital ("U.S.", "George W.
 * Bush") that does not end a sentence itself ("…in the U.S. The company…", "…and Malcolm X.
 * Attallah Shabazz, his daughter…").
 */
export function isAbbreviationStop(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && start > dot - 5 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (start === dot || (start > 0 && isLetterAt(text, start - 1))) return false;
  const word = text.slice(start, dot);
  // "at around 2 a.m. but had thought nothing of it": a time's "a.m." or "p.m." before a lower-case word ends no sentence.
  if (word === 'm' && TIME_OF_DAY_BEFORE_M.test(text.slice(start - 2, start))) return lowerCaseWordAfter(text, dot);
  if (word.length === 1) return isUpperAt(text, start) && (!opensSentenceAfter(text, dot + 1, text.charCodeAt(start - 1) !== 46) || NAME_OPENING_BEFORE_INITIAL.test(text.slice(Math.max(0, start - 12), start)));
  if (word === 'vs') return true;
  const lower = word.toLowerCase();
  // "on Oct. 3": an abbreviated month before the day.
  // "amounting to over Rs. 11 million": so does a currency's before the amount.
  if (MONTH_ABBREVIATIONS.has(lower) || CURRENCY_ABBREVIATIONS.has(lower)) return isUpperAt(text, start) && /^ \d/.test(text.slice(dot + 1, dot + 3));
  // "Fenwick Marlowe & Co. was more forgiving": a firm's abbreviated suffix before a lower-case word ends no sentence.
  if (FIRM_ABBREVIATIONS.has(lower)) return isUpperAt(text, start) && lowerCaseWordAfter(text, dot);
  return isUpperAt(text, start) && (TITLE_ABBREVIATIONS.has(lower) || HONORIFICS.has(lower) || lower === 'st' || lower === 'no');
}

/**
 * "said S. Fathima Beevi, who runs a provision store": after a verb of saying, an initial opens the
 * speaker's name, Tamil style, though two capitalised words follow it ("Plan B. The Council" ends a
 * sentence); so does one after a title's place in brackets ("Deputy Director of Horticulture (Madurai) P. Saravana Kumar").
 */
const NAME_OPENING_BEFORE_INITIAL = /(?:\b(?:said|says|told|added|adds|according\s+to)|\))\s$/;

/** Currencies abbreviated with a full stop before an amount: rupees, shillings, taka. */
export const CURRENCY_ABBREVIATIONS: ReadonlySet<string> = new Set(['rs', 'sh', 'ksh', 'tk']);

function lowerCaseWordAfter(text: string, dot: number): boolean {
  return LOWER_CASE_WORD_AFTER.test(text.slice(dot + 1, dot + 3));
}

const LOWER_CASE_WORD_AFTER = /^ \p{Ll}/u;
const TIME_OF_DAY_BEFORE_M = /^[ap]\.$/;

const OPENING_QUOTATION_AFTER = /^\s+["“]/;

const FIRM_ABBREVIATIONS: ReadonlySet<string> = new Set(['co', 'inc', 'ltd', 'corp', 'bros']);

const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * `text.split(' ')`, cut with `indexOf` and `slice`: several times faster on the short names it
 * is used for, as `split` calls into the runtime.
 */
export function splitAtSpaces(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', from)) {
    parts.push(text.slice(from, space));
    from = space + 1;
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * Whether the word has no lower-case letter ("EMI", "U.S."): `word === word.toUpperCase()`, without
 * building the upper-case copy for an ASCII word, where only a to z change case.
 */
export function isInCapitals(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return word === word.toUpperCase();
    if (code >= 97 && code <= 122) return false;
  }
  return true;
}

/** Whether the word opens with an upper-case letter (`/^\p{Lu}/u`), an ASCII one answered by its code. */
export function startsWithCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : STARTS_WITH_UPPER.test(word);
}

const STARTS_WITH_UPPER = /^\p{Lu}/u;

export function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * After a single capital and its full stop: a capitalised function word ("The", "He") starts a new
 * sentence, and so do two capitalised words after a lone initial, since a middle initial is
 * followed by a surname alone ("George W. Bush" but "Malcolm X. Attallah Shabazz"; "the U.S.
 * District Court" is one sentence).
 */
function opensSentenceAfter(text: string, from: number, loneInitial: boolean): boolean {
  // "went further on X. “Short but sweet,” he wrote": a quotation opening after the stop opens a sentence.
  if (OPENING_QUOTATION_AFTER.test(text.slice(from, from + 3))) return true;
  const following = /^ (\p{Lu}[\p{Ll}'’-]*)(?: (\p{Lu})?)?/u.exec(text.slice(from, from + 40));
  if (!following) return false;
  return FUNCTION_WORDS.has(following[1].toLowerCase()) || (loneInitial && following[2] !== undefined);
}
