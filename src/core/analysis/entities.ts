import type { LocalEntity, Span } from './model';
import { FUNCTION_WORDS } from '../text/lexicon';
import { COMMON_WORDS } from '../text/commonWords';
import { isDictionaryWord } from '../text/englishWords';
import { CUE_VERBS } from './cues';
import { findQuotedTitles } from './quotedTitles';
import { findQuotes, type QuoteSpan } from './quotes';
import { STOCK_TICKER_IN_BRACKETS } from '../text/names';
import { WordClass, wordClasses } from '../text/wordClasses';
import { datelineEnd, isInCapitals, isLetterAt, LowerCaseLookup, scanWords, Word } from '../text/words';
import { endsWithPossessive, type NameMention, PLAIN_CAPITALISED, startsWithDigit, sureMention } from './entities/mentions';
import { isEnglishWord, LABEL_WORDS, PLAIN_FUNCTION_WORDS } from './entities/nameWords';
import { groupMentions } from './entities/grouping';
import { joins } from './entities/joining';
import { withDescribedRole } from './entities/roles';
import { withCouplesNamed, withHandles, withNicknamesJoined } from './entities/nicknamesAndHandles';
import { namesInRun } from './entities/runNames';

/**
 * Named-entity recognition for news prose, without a model: capitalised word runs are split into
 * titles and names, typed from their own words, gazetteers and the words around them, and
 * grouped into one entity per real-world referent within the article (Pete Hegseth / Hegseth /
 * Mr Hegseth; Department of Defense / DoD).
 */
export function extractEntities(text: string, quotes: readonly QuoteSpan[] = findQuotes(text)): LocalEntity[] {
  const { titles, slogans } = findQuotedTitles(text, quotes);
  const names = withoutPairings(findNames(text, scanWords(text), new LowerCaseLookup(text), titles));
  return groupMentions(text, slogans.length === 0 ? names : names.filter((name) => !isSloganWordOnly(text, name, slogans)));
}

/**
 * "the Cienfuegos-Ibekwe rematch", "a Blair-Brown pact": two people the article names in full,
 * by their surnames joined with a hyphen, are a pairing, no third name.
 */
function withoutPairings(names: NameMention[]): NameMention[] {
  const hyphenated = names.filter((name) => name.words.length === 1 && name.form.includes('-'));
  if (hyphenated.length === 0) return names;
  const surnames = new Set(names.filter((name) => name.words.length > 1 && name.type === 'person').map((name) => name.words[name.words.length - 1]));
  // ("Halvorsrud-Kóbor" of Ingrid Halvorsrud-Kóbor is her own surname, whoever else shares its parts.)
  return names.filter((name) => !hyphenated.includes(name) || surnames.has(name.form) || !name.form.split('-').every((part) => surnames.has(part)));
}

/** "an app sold under the slogan "Payday in a Tap"": a name inside a slogan that the article never writes elsewhere. */
function isSloganWordOnly(text: string, name: Span, slogans: readonly Span[]): boolean {
  const slogan = slogans.find((span) => name.start >= span.start && name.end <= span.end);
  if (!slogan) return false;
  for (let at = text.indexOf(name.text); at >= 0; at = text.indexOf(name.text, at + 1)) {
    const outside = at < slogan.start || at >= slogan.end;
    if (outside && !isLetterAt(text, at - 1) && !isLetterAt(text, at + name.text.length)) return false;
  }
  return true;
}

const MARK_ENDING_NAME = /^[?!] \p{Ll}/u;

/** Whether a name's own "!" follows the word, or the "?" of "Which?", before a lower-case word. */
function endsInMark(text: string, word: Word): boolean {
  return (text.charCodeAt(word.end) === EXCLAMATION_MARK || word.text === 'Which') && MARK_ENDING_NAME.test(text.slice(word.end, word.end + 3));
}

const EXCLAMATION_MARK = 33;

function findNames(text: string, words: Word[], lowerCaseWords: LowerCaseLookup, titles: readonly Span[]): NameMention[] {
  const names: NameMention[] = [];
  const titleCaseWord = titleCaseCommonWords(words, lowerCaseWords);
  const headlineWord = (word: Word) => titleCaseWord(word) || isCommonWordOfKicker(text, word);
  let nextTitle = 0;
  for (let i = 0; i < words.length;) {
    while (nextTitle < titles.length && titles[nextTitle].end <= words[i].start) nextTitle++;
    const title = titles[nextTitle];
    if (title !== undefined && words[i].start >= title.start) {
      names.push(sureMention(title, 'other'));
      while (i < words.length && words[i].start < title.end) i++;
      continue;
    }
    if (headlineWord(words[i])) {
      i++;
      continue;
    }
    const ticker = tickerEnd(text, words[i].start);
    if (ticker > 0) {
      while (i < words.length && words[i].start < ticker) i++;
      continue;
    }
    const tagEnd = partyTagEnd(text, words[i].start);
    if (tagEnd > 0) {
      const stateStart = words[i].start + 2;
      names.push(sureMention({ start: stateStart, end: tagEnd, text: text.slice(stateStart, tagEnd) }, 'place'));
      while (i < words.length && words[i].start < tagEnd) i++;
      continue;
    }
    const run = [words[i]];
    let j = i + 1;
    while (j < words.length) {
      const joined = !headlineWord(words[j]) && joins(text, run[run.length - 1], words[j], run);
      if (!joined) break;
      run.push(words[j]);
      j++;
    }
    i = j;
    // "the Today programme": a common word capitalised before "programme" is a broadcast's name.
    if (run.length === 1 && !run[0].sentenceStart && text.startsWith(' programme', run[0].end) && PLAIN_CAPITALISED.test(run[0].text) && !(wordClasses(run[0].lower) & (WordClass.date | WordClass.demonym | WordClass.place | WordClass.number))) {
      names.push(sureMention(run[0], 'other'));
      continue;
    }
    // "Yahoo! said", "Wham! split", and the consumer group "told Which? it had seen": a name that
    // ends in its mark, before a lower-case word (a title's last word before "?" is none: "Who Wants
    // to Be a Millionaire? was").
    if (run.length === 1 && endsInMark(text, run[0])) {
      names.push(sureMention({ start: run[0].start, end: run[0].end + 1, text: text.slice(run[0].start, run[0].end + 1) }, 'organization'));
      continue;
    }
    if ((run.length === 1 && (PLAIN_FUNCTION_WORDS.has(run[0].lower) || isLetterAfterNoun(text, run[0]) || isNumberInSentence(run[0]))) || isSectionLabel(text, run) || namesDisease(text, run) || isTestMatch(run)) continue;
    for (const name of namesInRun(text, run, lowerCaseWords)) names.push(withDescribedRole(text, withFrenchAdjective(text, name)));
  }
  return withHandles(text, withCouplesNamed(text, withNicknamesJoined(text, names)));
}

/**
 * "the Gendarmerie nationale", "the Assemblée nationale": a French body's
 * name keeps the lower-case adjective after its noun (only French forms: "the Kenya national team"
 * ends its name before "national").
 */
function withFrenchAdjective(text: string, name: NameMention): NameMention {
  // Asked of every name: the letter after the space rules most out before the pattern runs.
  if (text.charCodeAt(name.end) !== 32 || !FRENCH_NAME_ADJECTIVE_INITIALS.has(text.charAt(name.end + 1))) return name;
  const adjective = FRENCH_NAME_ADJECTIVE.exec(text.slice(name.end, name.end + 16));
  if (!adjective) return name;
  const end = name.end + adjective[0].length;
  return { ...name, end, text: text.slice(name.start, end), words: [...name.words, adjective[1]], form: `${name.form} ${adjective[1]}`, type: name.type ?? 'organization' };
}

const FRENCH_NAME_ADJECTIVE = /^ ((?:nationale|générale|régionale|fédérale|municipale|territoriale|républicaine)s?|populaire|militaire)\b/u;
/** The first letters of the adjectives of `FRENCH_NAME_ADJECTIVE`. */
const FRENCH_NAME_ADJECTIVE_INITIALS: ReadonlySet<string> = new Set(['n', 'g', 'r', 'f', 'm', 't', 'p']);

/** "the first Test", "Test rugby", "three Tests": an international match in cricket or rugby is a common noun written with a capital. */
function isTestMatch(run: readonly Word[]): boolean {
  const last = run[run.length - 1];
  return (last.text === 'Test' || last.text === 'Tests') && !run[0].sentenceStart && run.slice(0, -1).every((word) => startsWithDigit(word.text));
}

/** "Parkinson's disease", "Down's syndrome": a name that lends a disease its name is not mentioned. */
function namesDisease(text: string, run: readonly Word[]): boolean {
  const last = run[run.length - 1];
  return endsWithPossessive(last.text) && /^ (?:disease|syndrome)\b/.test(text.slice(last.end, last.end + 10));
}

/** Where a stock ticker in brackets that opens at `start` ends ("SAND.SN)", "NYSE: KVX)"), or 0: it names nothing itself. */
function tickerEnd(text: string, start: number): number {
  if (text.charCodeAt(start - 1) !== 40) return 0;
  TICKER.lastIndex = start - 1;
  return TICKER.test(text) ? TICKER.lastIndex : 0;
}

const TICKER = new RegExp(STOCK_TICKER_IN_BRACKETS, 'uy');

/**
 * Where an American party-and-state tag ends (", R-N.C.,", "(D-Calif.)", ", I-Vt."), or 0 when
 * none starts at `start`: it says which party and state a legislator represents; only the state is a name.
 */
function partyTagEnd(text: string, start: number): number {
  // Most words fail the cheap test of a hyphen in second place.
  if (text.charCodeAt(start + 1) !== 45 || start < 2 || !PARTY_TAG_OPENING.test(text.slice(start - 2, start))) return 0;
  PARTY_TAG.lastIndex = start;
  return PARTY_TAG.test(text) ? PARTY_TAG.lastIndex : 0;
}

const PARTY_TAG_OPENING = /^(?:, |.\()$/s;
const PARTY_TAG = /[RDI]-(?:\p{Lu}\p{L}*\.?){1,3}(?=[,)])/uy;

/**
 * Tells the common words of Title Case headlines ("Gives", "Until", "Back", "Dedicates"): words the
 * article writes in lower case, or common English words, unless the body also capitalises them in
 * mid-sentence ("Department" of "Department of Defense"). Everything else on such a line is read
 * as usual, so the names in a headline are still found.
 */
function titleCaseCommonWords(words: readonly Word[], lowerCaseWords: LowerCaseLookup): (word: Word) => boolean {
  if (!words.some((word) => word.inTitleCaseLine)) return () => false;
  const capitalisedInBody = new Set(words.filter((word) => !word.inTitleCaseLine && !word.sentenceStart).map((word) => word.text));
  return (word) => {
    if (!word.inTitleCaseLine || capitalisedInBody.has(word.text)) return false;
    const { lower } = word;
    return FUNCTION_WORDS.has(lower) || COMMON_WORDS.has(lower) || lowerCaseWords.has(lower) || COMMON_SUFFIX.test(lower) || isDictionaryWord(lower);
  };
}

/**
 * "SOAP STAR IN THE DOCK: Cobble Row's Rafael…", "‘CASH COW’ FURY:": the common words of a
 * tabloid's kicker in capitals at the start of a headline; the acronyms among them ("NHS") stay names.
 */
function isCommonWordOfKicker(text: string, word: Word): boolean {
  if (word.text.length < 3 || !isInCapitals(word.text) || !(isEnglishWord(word.lower) || isDictionaryWord(word.lower))) return false;
  const lineStart = text.lastIndexOf('\n', word.start - 1) + 1;
  // The headline goes on in lower case after its kicker: a line all in capitals may be a list of
  // names ("TOO FAST TOO FURIOUS (DIGITAL BRIDGES)"). Nor is a dateline's place one ("NEW YORK (AP) —").
  const lineEnd = text.indexOf('\n', word.end);
  return NO_LOWER_CASE.test(text.slice(lineStart, word.end)) && !NO_LOWER_CASE.test(text.slice(word.end, lineEnd < 0 ? text.length : lineEnd))
    && datelineEnd(text, lineStart) === undefined;
}

const NO_LOWER_CASE = /^[^\p{Ll}]*$/u;

/** Endings of English nouns, verbs and adverbs ("Banishment", "Threatens" is left to the lexicon): rare in names. */
const COMMON_SUFFIX = /(?:ment|tion|sion|ness|ity|ship|ance|ence|ing|ed|ly)$/;

/**
 * "cost £5bn", "in 2004", "10,000": a number alone inside a sentence names nothing. About a fifth
 * of the lone words read are numbers: they skip the full reading, which drops them at its end (a
 * number opening a sentence is read: "2004 was…" may stand for a name).
 */
function isNumberInSentence(word: Word): boolean {
  return !word.sentenceStart && startsWithDigit(word.text);
}

/** "building C", "plan B", "vitamin C", "ward B": a lone capital letter after a lower-case noun labels one of its kind, and names nothing. */
function isLetterAfterNoun(text: string, word: Word): boolean {
  const before = word.text.length === 1 ? LOWER_CASE_WORD_BEFORE.exec(text.slice(Math.max(0, word.start - 20), word.start))?.[1] : undefined;
  // ("Readers of Q voted": but after a function word the letter may be a name; "its official X account": so may the platform's.)
  return before !== undefined && !FUNCTION_WORDS.has(before) && !(word.text === 'X' && PLATFORM_ITEM_AFTER.test(text.slice(word.end, word.end + 10)));
}

const PLATFORM_ITEM_AFTER = /^\s+(?:account|post|feed|page|profile|handle)\b/;

const LOWER_CASE_WORD_BEFORE = /(?:^|\s)(\p{Ll}{2,})\s$/u;

/** "Friction point:", "Why it matters:": a newsletter label at the start of a line or bullet. */
function isSectionLabel(text: string, run: Word[]): boolean {
  // "(Reporting by Hana Lindgren; Editing by Marcus Oyelaran)": a wire story's credits.
  if (run.length === 1 && CREDIT_WORDS.has(run[0].lower) && text.startsWith(' by ', run[0].end)) return true;
  if (!run[0].sentenceStart) return false;
  // "Subs Not Used:" of a team sheet.
  if (run.length > 1) return run.length <= 3 && text.charCodeAt(run[run.length - 1].end) === 58 && LABEL_WORDS.has(run[0].lower);
  // "LAHORE: The Pakistan Cricket Board's…": a place in capitals is a dateline, as Pakistani and Indian papers write them.
  if (isInCapitals(run[0].text) && (wordClasses(run[0].lower) & WordClass.place) !== 0) return false;
  const rest = text.slice(run[0].end, run[0].end + 40);
  const label = rest.includes(':') ? SECTION_LABEL_REST.exec(rest) : null;
  // "Al-Qaisi said: "…"", "Danzer is clear: "…"": a name and a verb of speech, or a finite "is", before a colon are no label.
  return label !== null && !label[0].slice(0, -1).split(' ').some((word) => CUE_VERBS.has(word) || FINITE_BE.has(word));
}

/** "is", "was": a finite verb, which no label's words hold ("Danzer is clear:"). */
const FINITE_BE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);

/** The lower-case words of a label after its capitalised first, up to its colon: "Friction point:", "Breaking it down:". */
const SECTION_LABEL_REST = /^(?: [a-z'’]+){0,3}:/;

const CREDIT_WORDS: ReadonlySet<string> = new Set(['reporting', 'writing', 'editing']);
