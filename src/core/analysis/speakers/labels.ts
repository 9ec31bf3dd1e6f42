/**
 * Quotations that nobody says: labels and names set in quotation marks ("the so-called "flash
 * estimate"", "a paper titled "…""), names given by many, kinds of things, analysts' ratings,
 * titles in Title Case and single names of products or works.
 */
import type { QuoteSpan } from '../quotes';
import { followsKnownAs } from './namesInQuotationMarks';
import { hasMoreWordsThan, opensSentence } from './sentenceBounds';
import { isWhitespaceCode } from './chars';
import { genderOfGivenName } from '../../text/gazetteer';
import { isDictionaryWord } from '../../text/englishWords';

/**
 * "the so-called "flash estimate"", "a corridor staff have nicknamed "the M6"", "a paper titled
 * "Stepwise reductive defluorination…"", "a button marked "Got it."", "invoices labeled "emergency repairs"", "a sign reading "SLOW DOWN"",
 * "in a preprint, "Steady-state H-mode operation …,"", "her debut album, "Saltwater Hymns,"", "a
 * group the players call the "bomb squad"", "a gap campaigners have long called the "loyalty
 * penalty"", "which some residents call "the gauntlet"", "who calls himself "General"", "which markets itself as "the Smiling Coast"", "were recorded as "operational reserves"", "a ceiling,
 * dubbed the "wage anchor" by local media,", "recorded internally as "activity support"", "second-hand
 * clothes, popularly called "junks"", "under the slogan "Without milk there is no country"", "under the banner "Not for sale"": a label,
 * a title or a slogan, nobody's words (and so is what something is `KNOWN_AS_BEFORE`).
 */
const LABEL_BEFORE = /(?:(?:,|\s[-–—])\s+(?:(?:already|since|quickly|now|widely)\s+)?(?:dubbed|christened)(?:\s+(?:an?|the))?|\b(?:popularly|commonly|locally|colloquially|informally)\s+called|\bnicknamed(?:\s+(?:it|them|him|her|the(?:\s+\p{Ll}+){1,3}))?(?:\s+(?:an?|the))?|\b(?:been|was|were|is|are)\s+(?:already\s+|widely\s+)?dubbed(?:\s+(?:an?|the))?|\b(?:so-called|(?:en)?titled|headlined|(?:recorded|listed|classified|registered|categori[sz]ed|logged|booked|coded|,\s+labell?ed)\s+(?:\p{Ll}+ly\s+)?as(?:\s+(?:an?|the))?|\bof\s+them\s+labell?ed|(?:calls?|called|calling|styles?|styled)\s+(?:him|her|them|it)sel(?:f|ves)|(?:markets?|marketed|marketing|bills?|billed|billing|brands?|branded|branding)\s+(?:him|her|them|it)sel(?:f|ves)\s+as(?:\s+(?:an?|the))?|(?:an?|the)\s+\p{Ll}+\s+(?:the\s+)?\p{Ll}+s\s+(?:call|(?:have|had)\s+(?:long\s+|\p{Ll}+ly\s+)?(?:called|dubbed|nicknamed))(?:\s+(?:an?|the))?|(?:buttons?|box(?:es)?|doors?|signs?|files?|folders?|envelopes?|stickers?|tabs?|links?|bags?|crates?|parcels?|keys?)\s+marked|\p{Ll}{3,}s\s+labell?ed|(?:signs?|banners?|placards?|posters?|buttons?|t-shirts?)\s+(?:reading|saying)|(?:an?|its|their|his|her)\s+(?:new\s+|latest\s+|first\s+|debut\s+)?(?:preprint|paper|book|novel|memoir|essay|album|single|song|film|documentary|podcast|play|exhibition|series)\s*,|(?:the|these|those)\s+(?:words?|phrases?|terms?)|(?:the|a|its|their)\s+(?:slogan|motto|hashtag|banner)|(?:the|a|his|her|its|their)\s+(?:nickname|moniker)(?:\s+of)?,?|(?:programme|program|scheme|campaign|initiative|project|operation|app|platform|fund|movement|festival|exhibition|series|group|page|account|channel|chat|forum|thread)\s+(?:called|named|dubbed)|(?:\p{Ll}+s|they|people)\s+(?:\p{Ll}+ly\s+)?refer\s+to\s+as(?:\s+(?:an?|the))?|\b(?:which|that|what)\s+(?:the|its|their|our)\s+\p{Ll}+\s+(?:now|jokingly|affectionately|informally)\s+calls?(?:\s+(?:an?|the))?|(?:words|phrases|terms)\s+(?:like|such\s+as)|\b(?:which|that)\s+(?:some\s+|many\s+|most\s+|local\s+)?\p{Ll}+s\s+(?:now\s+|still\s+|often\s+)?call(?:\s+(?:it|them))?(?:\s+(?:an?|the))?|(?:taken|took)\s+to\s+calling(?:\s+(?:it|them|him|her|the(?:\s+\p{Ll}+){1,3}))?(?:\s+(?:an?|the))?|what\s+(?:(?:(?:the|some|many)\s+)?(?:(?:\p{Ll}+\s+)?\p{Ll}+s(?:\s+and\s+\p{Ll}+s)?|they|(?:\p{Ll}+\s+)?(?:media|people|police|staff))\s+(?:(?:\p{Ll}+ly|often|now|still)\s+)?(?:call|term|(?:have|had)\s+(?:already\s+|long\s+|\p{Ll}+ly\s+)?(?:called|termed|dubbed|nicknamed))|the\s+(?:industry|law|trade|profession|market)\s+(?:calls|terms))(?:\s+(?:an?|the))?))\s*:?\s*$/iu;

/** The last word of `words`, past the white space after it: the characters back to the white space before it. */
function lastWord(words: string): string {
  const end = words.trimEnd().length;
  let start = end;
  while (start > 0 && !isWhitespaceCode(words.charCodeAt(start - 1))) start--;
  return words.slice(start, end);
}

/**
 * Whether `before` ends in a word that `LABEL_BEFORE` can end with, read from its end: most
 * quotations follow no label, and the pattern, anchored at the end, is tried from every character.
 */
function mayEndLabel(before: string): boolean {
  let end = before.length;
  while (end > 0 && (isWhitespaceCode(before.charCodeAt(end - 1)) || before.charCodeAt(end - 1) === COLON)) end--;
  if (before.charCodeAt(end - 1) === COMMA) return true;
  let start = wordLettersStart(before, end);
  // "dubbed the", "known as a": an article ends a label only after a word that ends one (and many
  // more sentences say "the" or "a" before a quotation).
  if (start > 0 && isWhitespaceCode(before.charCodeAt(start - 1)) && ARTICLES.has(before.slice(start, end).toLowerCase())) {
    end = start;
    while (end > 0 && isWhitespaceCode(before.charCodeAt(end - 1))) end--;
    start = wordLettersStart(before, end);
  }
  return LABEL_LAST_WORDS.has(before.slice(start, end).toLowerCase()) || before.includes('calling') || before.includes('nicknamed');
}

/** Where the run of `isWordLetter` characters that ends at `end` starts. */
function wordLettersStart(words: string, end: number): number {
  let start = end;
  while (start > 0 && isWordLetter(words.charCodeAt(start - 1))) start--;
  return start;
}

const COLON = 58;
const COMMA = 44;

/** An ASCII letter or a hyphen, of which the words `LABEL_LAST_WORDS` holds are spelled. */
function isWordLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 45;
}

/**
 * The words `LABEL_BEFORE` ends with (but "taken to calling the scheme", which ends with any noun),
 * before the article it may end with after some of them ("dubbed the").
 */
const LABEL_LAST_WORDS: ReadonlySet<string> = new Set(`dubbed christened so-called nicknamed titled entitled headlined as himself herself itself
themselves themself call called calls labelled labeled marked reading saying word words phrase phrases term terms termed like calling it nickname moniker of slogan motto hashtag banner`.split(/\s+/));
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Nouns of works whose title may follow in quotation marks. */
const WORK_NOUNS = 'study|report|paper|survey|review|book|novel|memoir|documentary|film|album|podcast|exhibition|guide|handbook|manual|booklet|leaflet|toolkit|document';

/** "the 2024 study ", "its latest report ": a work's noun, whose title may follow in quotation marks. */
const NAMED_WORK_BEFORE = new RegExp(String.raw`\b(?:the|a|an|its|their|his|her)\s+(?:(?:\d{4}|new|latest|annual|final|interim)\s+)?(?:${WORK_NOUNS})\s*$`, 'u');

/** A few words opening with a capital and with no stop of their own, a comma after their closing mark: a title in apposition. */
function isTitleBetweenCommas(text: string, span: QuoteSpan): boolean {
  return span.close !== null && text.charAt(span.close + 1) === ',' && /^\p{Lu}/u.test(span.text) && !/[.!?,;]/.test(span.text) && !hasMoreWordsThan(span.text, MAX_WORK_TITLE_WORDS);
}

const MAX_WORK_TITLE_WORDS = 8;

/** "a candidate guide, ": a work's noun and the comma before its title in apposition. */
const WORK_AND_COMMA_BEFORE = new RegExp(String.raw`\b(?:the|a|an|its|their|his|her)\s+(?:\p{Ll}+\s+)?(?:${WORK_NOUNS})\s*,\s*$`, 'u');

/** "the ICI Estrie morning show ", "her weekly podcast ": a broadcast's noun, past who airs it and when, whose name may follow in quotation marks. */
const PROGRAMME_NOUNS = 'show|programme|program|podcast';
const NAMED_PROGRAMME_BEFORE = new RegExp(String.raw`\b(?:the|a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}(?:${PROGRAMME_NOUNS})\s*$`, 'u');
/** "under the programme ", "for its new campaign ": a scheme's noun, whose name may follow in quotation marks. */
const SCHEME_NOUNS = 'programme|program|scheme|campaign|initiative';
const NAMED_SCHEME_BEFORE = new RegExp(String.raw`\b(?:under|for|of|in|through)\s+(?:the|a|an|its|their)\s+(?:\p{Ll}+\s+)?(?:${SCHEME_NOUNS})\s*$`, 'u');

/** "whose NGO ", "the local charity ": a body's noun, whose name may follow in quotation marks. */
const NAMED_BODY_NOUNS = 'NGO|ngo|charity|association|foundation|movement|organisation|organization|coalition|collective|cooperative|co-operative|faction';
const NAMED_BODY_BEFORE = new RegExp(String.raw`\b(?:the|a|an|its|their|his|her|whose|our)\s+(?:[\p{Ll}-]+\s+)?(?:${NAMED_BODY_NOUNS})\s*$`, 'u');

/**
 * The nouns that the patterns of a name after its noun end with (`NAMED_WORK_BEFORE` and the three
 * above): most quotations follow none, and a look-up of the last word spares trying the patterns.
 */
const NAMING_NOUNS: ReadonlySet<string> = new Set([WORK_NOUNS, PROGRAMME_NOUNS, SCHEME_NOUNS, NAMED_BODY_NOUNS].flatMap((nouns) => nouns.split('|')));

const RELATIVE_ON_PEOPLE_AFTER = /^,\s+who\s/;
/** A word or two with no punctuation: a term, not a sentence someone said. */
const TERM = /^\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?$/u;

/** How far before a quotation a label is sought ("known … as" reaches further: `followsKnownAs`). */
const LABEL_REACH = 48;


/**
 * Whether the quotation is a label (`LABEL_BEFORE`), or listed after one: "the words “shadowban,”
 * “suppress” or “deboost.”", "terms like "digital", "interactive"".
 */
export function isLabel(text: string, quotes: readonly QuoteSpan[], index: number): boolean {
  // "marked by local "marcatori", who used carved wooden blocks": a word for the people a relative clause is about.
  const { close, text: words } = quotes[index];
  if (close !== null && RELATIVE_ON_PEOPLE_AFTER.test(text.slice(close + 1, close + 8)) && TERM.test(words)) return true;
  let first = index;
  while (first > 0 && listsNext(text, quotes[first - 1], quotes[first])) first--;
  const { open } = quotes[first];
  const before = text.slice(Math.max(0, open - LABEL_REACH), open);
  // "the terms "reflect extensive and constructive engagement"": a clause after the noun is what
  // the terms do, as someone said it, not a term being named.
  if (readsAsPredicate(quotes[first].text) && LEXICAL_NOUN_BEFORE.test(before)) return false;
  if (mayEndLabel(before) && LABEL_BEFORE.test(before)) return true;
  // "under the programme "Kafé ba Futuru"": a name in capitals after a scheme's noun (not what the
  // scheme does: "compensation under the scheme "does not even cover the cost"").
  // ("pointing to the 2024 study “Three Is a Crowd: Mobile Prices After Consolidation”": so is a work's title after its noun.)
  const afterNoun = NAMING_NOUNS.has(lastWord(before));
  if (afterNoun && (NAMED_SCHEME_BEFORE.test(before) || NAMED_WORK_BEFORE.test(before)) && /^\p{Lu}/u.test(quotes[first].text)) return true;
  // ("whose NGO “Pravo na Dim” represents 23 families": or a body's name after its noun, with no stop of a sentence said;
  // "on the ICI Estrie morning show “Au lever du jour”,": or a programme's.)
  if (afterNoun && (NAMED_BODY_BEFORE.test(before) || NAMED_PROGRAMME_BEFORE.test(before)) && /^\p{Lu}/u.test(quotes[first].text) && !/[.!?,;:]$/.test(quotes[first].text.trimEnd())) return true;
  // ("would publish a candidate guide, "Post-Editing Passage: Guidelines for Candidates,"": or after its comma, when in title case.)
  // ("its guidance document, "Professional indemnity for pharmacist prescribers", later": or in sentence case, closed off by commas.)
  if (before.trimEnd().endsWith(',') && WORK_AND_COMMA_BEFORE.test(before) && (quotes[first].text.split(':').every(isTitleCased) || isTitleBetweenCommas(text, quotes[first]))) return true;
  // ("a retired officer whom students call "the Colonel"": a person's nickname, which nobody says as words of their own.)
  // (Not what someone calls a person: "whom he called "one of the finest directors working today"".)
  if (NICKNAMED_BEFORE.test(before) && NICKNAME.test(quotes[first].text)) return true;
  if (isNameGivenByMany(text, quotes[first])) return true;
  return followsKnownAs(text, open) || isAnalystRating(text, quotes[index]) || namesKindOfThing(text, quotes[index]) || isDescribedAsThing(text, quotes[index]);
}

/**
 * "switched their buying to "koop op afstand", the auction's remote purchasing system,": a few
 * words a description after them calls a kind of thing are that thing's name.
 */
function isDescribedAsThing(text: string, span: QuoteSpan): boolean {
  if (span.close === null || /[.;:!?]$/.test(span.text) || hasMoreWordsThan(span.text, NAMED_KIND_WORDS)) return false;
  // (The comma may fall inside the quotation marks: ""koop op afstand," the auction's system".)
  const comma = span.text.trimEnd().endsWith(',') ? ',' : '';
  return THING_IN_APPOSITION.test(comma + text.slice(span.close + 1, span.close + 60));
}

/**
 * "Residents of the area have long called the section of road below Trešnjevik "the white trap"",
 * "Economists have dubbed the borrowing "phantom debt"": a short name that a group has long called
 * something, or dubbed it, is a nickname, which nobody is quoted as saying. (Not "Officials have
 * called the plan "a disaster"": calling something so once is a judgement someone voices.)
 */
function isNameGivenByMany(text: string, span: QuoteSpan): boolean {
  if (hasMoreWordsThan(span.text, NICKNAME_WORDS) || /[.!?;:]/.test(span.text.trimEnd().replace(/,$/, ''))) return false;
  const before = text.slice(Math.max(0, span.open - NAME_GIVEN_REACH), span.open);
  if (!(before.includes('dubbed') || before.includes('called') || before.includes('nicknamed')) || !NAME_GIVEN_BY_MANY.test(before)) return false;
  // ("whose teammates have called him "Tractor"": called so once, what a person is called is a name.)
  return !CALLED_PERSON.test(before) || /^\p{Lu}/u.test(span.text);
}

/**
 * A group ("Residents", "some local commentators", "whose teammates"), then "have long called",
 * "have dubbed" or "have called him" before a capitalised name, and what they name.
 */
const NAME_GIVEN_BY_MANY = /(?:(?:^|[.!?]\s+|\n|,\s+)(?:\p{Lu}\p{Ll}+s\s+(?:(?:of|in|on)\s+[^"“”.!?]{1,40}?\s+)?|(?:whose|his|her|their)\s+\p{Ll}+s\s+)|\b(?:[Ss]ome|[Mm]any|[Mm]ost|[Ll]ocals)\s+(?:[\p{Ll}-]+\s+){0,3})(?:have|had)\s+(?:long\s+called|called\s+(?:him|her|them|it)\s+$|(?:long\s+|since\s+|already\s+|widely\s+)?(?:dubbed|nicknamed))\s*[^"“”.!?;:]{0,60}?\s*$/u;
const CALLED_PERSON = /(?<!\slong)\scalled\s+(?:him|her|them|it)\s+$/;
const NAME_GIVEN_REACH = 160;
const NICKNAME_WORDS = 4;

const NICKNAME = /^(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u;
const NICKNAMED_BEFORE = /\bwhom\s+(?:[\p{L}'’-]+\s+){1,3}(?:call|calls|called|nickname|nicknamed|dub|dubbed|know\s+as|knew\s+as)\s+$/u;

/**
 * "the government’s “green energy zone” strategy", "a new "protected evenings" policy", "600
 * “assignment despite objection” forms": a few words in quotation marks before the noun they name
 * a kind of are the thing's name, not anyone's words.
 */
function namesKindOfThing(text: string, span: QuoteSpan): boolean {
  if (span.close === null || !/^\p{Ll}/u.test(span.text) || /[,.;:!?]$/.test(span.text) || !/\s/.test(span.text.trim()) || hasMoreWordsThan(span.text, NAMED_KIND_WORDS)) return false;
  // (Not what someone calls it: "what she called their “take it or leave it” approach".)
  const before = text.slice(Math.max(0, span.open - 48), span.open);
  return DETERMINER_BEFORE.test(before) && !CALLED_BEFORE.test(before) && KIND_NOUN_AFTER.test(text.slice(span.close + 1, span.close + 24));
}

const CALLED_BEFORE = /\b(?:describ|call|dubb|term|label|brand)\w*\b[^.!?]*$/i;

const NAMED_KIND_WORDS = 5;
// ("a compulsory "patriotic education" lecture", "the old "love comes in every color" line": an
// adjective may come between.)
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|new|\d[\d,]*)|\p{L}['’]s?)\s+(?:(?:\p{Ll}+(?:ory|al|ic|ive|ed)|old|familiar|usual|same)\s+)?$/u;
const KIND_NOUNS = '(?:line|slogan|mantra|motto|refrain|catchphrase|tagline|policy|policies|strategy|study|studies|form|forms|scheme|programme|program|plan|rule|rules|initiative|model|zone|zones|system|approach|label|status|category|clause|provision|option|tier|project|package|tag|mode|button|feature|setting|framework|agenda|doctrine|principle|standard|regime|designation|loophole|card|certificate|logo|window|fee|levy|allowance|payment|pass|fund|account|service|product|range|menu|concept|waiver|certification|rating|transaction|rota|lecture|lectures|lesson|lessons|class|classes|course|courses)';
const KIND_NOUN_AFTER = new RegExp(`^\\s+${KIND_NOUNS}\\b`);
/** ", the auction's remote purchasing system,": a description whose noun is a kind of thing. */
const THING_IN_APPOSITION = new RegExp(`^,\\s+(?:the|a|an|its|their|[\\p{L}-]+['’]s)\\s+(?:[\\p{L}'’-]+\\s+){0,3}${KIND_NOUNS}[,.;]`, 'u');

/**
 * An analyst's rating named in quotation marks: "who rates the shares "neutral"", "reiterated her
 * "outperform" rating", "downgraded the stock to "hold"". The analyst does not say the word; it is
 * the name of a grade.
 */
function isAnalystRating(text: string, span: QuoteSpan): boolean {
  // (""Hold," she said" opens its sentence: someone says it.)
  const words = withoutEndingStops(span.text).trim();
  if (words.length > LONGEST_RATING || !RATINGS.has(words.toLowerCase()) || opensSentence(text, span)) return false;
  const around = text.slice(Math.max(0, span.open - RATING_REACH), Math.min(text.length, span.end + RATING_REACH));
  return RATING_CONTEXT.test(around);
}

const RATINGS: ReadonlySet<string> = new Set(['buy', 'strong buy', 'sell', 'strong sell', 'hold', 'neutral', 'outperform', 'underperform', 'market perform',
  'sector perform', 'overweight', 'underweight', 'equal weight', 'equal-weight', 'accumulate', 'reduce', 'peer perform', 'in line', 'market weight']);
/** (Most quotations are longer than any rating, and need no lower-casing to be ruled out.) */
const LONGEST_RATING = Math.max(...[...RATINGS].map((rating) => rating.length));
const RATING_CONTEXT = /\b(?:rat(?:es|ed|ing|ings)|upgrad\w*|downgrad\w*|recommendation|reiterat\w*|price\s+target|analysts?)\b/i;
const RATING_REACH = 50;

const LEXICAL_NOUN_BEFORE = /\b(?:the|these|those)\s+(?:words|phrases|terms)\s*$/i;

/** A quotation of several words opening in lower case, as a verb phrase does: "reflect extensive and constructive engagement". */
function readsAsPredicate(quotation: string): boolean {
  return /^\p{Ll}/u.test(quotation) && hasMoreWordsThan(quotation, PREDICATE_WORDS - 1);
}

const PREDICATE_WORDS = 4;

/**
 * Whether `next` is the next item of a list that `span` is in: in one sentence, with nothing but a
 * comma, "and" or "or" between them, and a few words long, as a list's items are ("known internally
 * as "Horizonte 2028", "does not contemplate a single forced dismissal"" quotes a clause after a label).
 */
function listsNext(text: string, span: QuoteSpan, next: QuoteSpan): boolean {
  return span.close !== null && !/[.!?]\s*$/.test(span.text) && /^[ ,]*(?:(?:and|or) +)?$/.test(text.slice(span.close + 1, next.open))
    && !hasMoreWordsThan(next.text, LIST_ITEM_WORDS);
}

const LIST_ITEM_WORDS = 4;

/** Two words or more, each capitalised but for small words inside, and no sentence's end: a title. */
export function isTitleCased(words: string): boolean {
  const title = withoutEndingStops(words.trim());
  if (/[.!?;:]/.test(title)) return false;
  // Most quotations are sentences, which their first two words rule out: only the others are split into all their words.
  const [first, second] = title.split(/\s+/, 2);
  if (!isCapitalisedWord(first) || second === undefined || !(isCapitalisedWord(second) || TITLE_SMALL_WORDS.has(second))) return false;
  const parts = title.split(/\s+/);
  return parts.every((part, index) => isCapitalisedWord(part) || (index > 0 && index < parts.length - 1 && TITLE_SMALL_WORDS.has(part)));
}

/** A word of a title that is no small word: opening with a capital or a digit, maybe after a bracket. */
function isCapitalisedWord(word: string): boolean {
  return /^\(?[\p{Lu}\d]/u.test(word);
}

/** `words` without the commas and full stops ending them, read back from the end: most quotations are long. */
function withoutEndingStops(words: string): string {
  let end = words.length;
  while (end > 0 && (words.charCodeAt(end - 1) === COMMA || words.charCodeAt(end - 1) === FULL_STOP)) end--;
  return words.slice(0, end);
}

const FULL_STOP = 46;

/**
 * One capitalised word that is no English word: a product's or a work's name ("PowerPause",
 * "Driftglass"); but what someone calls someone ("called all women "Betty"") or a compound of
 * theirs ("he was not "German-bashing"") are their words.
 */
export function isSingleName(words: string): boolean {
  const word = withoutEndingStops(words.trim());
  return ONE_CAPITALISED_WORD.test(word) && !isDictionaryWord(word.toLowerCase()) && genderOfGivenName(word.toLowerCase()) === undefined;
}

const ONE_CAPITALISED_WORD = /^\p{Lu}[\p{L}\d]+$/u;

const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set('a an the and or nor but of on in at to for with by from as vs'.split(' '));
