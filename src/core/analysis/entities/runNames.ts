/**
 * Names in one run of capitalised words: the run read as tokens, what it sheds, then split into
 * zero or more names: a known body or place before a person ("the Commons Oliver Heald"), a
 * title's initials before its holder ("DPP Teo"), noble titles, the names before a title and the
 * holder after it, two names joined by a hyphen ("Trump-Putin summit"), and an acronym the
 * article gives in brackets after a name ("Department of Defense (DoD)").
 */
import { isGivenName, ORGANIZATIONS, PLACES, US_STATES } from '../../text/gazetteer';
import { DEMONYMS, FAMILY_NAMES_FIRST, FUNCTION_WORDS, HONORIFICS, PLACE_HEADS, PLACE_PREPOSITIONS, ROLE_WORDS, TITLE_ABBREVIATIONS } from '../../text/lexicon';
import { WordClass, wordClasses } from '../../text/wordClasses';
import { isInCapitals, isLowerAscii, LowerCaseLookup, splitAtSpaces, startsWithCapital, Word } from '../../text/words';
import { anyIs, CAPITAL_THEN_LOWER, CAPITAL_THEN_LOWER_ONLY, is, isBracketAfterSpaces, type NameMention, possessiveLength, startsWithDigit, type Token, WHITE_SPACE } from './mentions';
import { bareName, isCommonAcronym, KNOWN_FIRST_WORDS, KNOWN_NAMES, knownType, MAX_KNOWN_NAME_WORDS } from './knownNames';
import { isAdjectivePart, isHyphenatedGivenName, isMemberForSeat, isNameOfLowerCaseParts, isPatronymicName, NAME_PARTICLES, NO_SURNAME_CLASSES, NOBLE_TITLES } from './personNames';
import { isCoinedName, OFFICES, PREFIXED } from './nameWords';
import { typeOf } from './typing';
import { dropCommonLeadingWords } from './grammaticalCapitals';
import { splitRole } from './roles';
import {
  isCurrencyBeforeAmount, isPostNominalAfterName, LEGISLATOR_LETTERS, loneNameMonth, withHolidayAsDate, withMembershipTitle, withoutAmounts, withoutDates, withoutHonorifics, withoutRank,
  withoutTrailingAffiliation, withoutTrailingCommonAcronym,
} from './runTrimming';

/** The gender that a token's given name gives, read from its word classes. */
function genderOf(token: Token): 'male' | 'female' | undefined {
  return is(token, WordClass.maleName) ? 'male' : is(token, WordClass.femaleName) ? 'female' : undefined;
}

/** Turns one capitalised run into zero or more names, taking titles and common words out. */
export function namesInRun(text: string, run: Word[], lowerCaseWords: LowerCaseLookup): NameMention[] {
  let tokens = withMembershipTitle(text, withHolidayAsDate(withoutTrailingAffiliation(withConnectors(text, run.map((word, index) => toToken(text, word, index > 0 && run[index - 1].end + 1 === word.start))))));
  const dated = anyIs(tokens, WordClass.date);
  // "Marks & Spencer said…": a word joined to the next by an ampersand is part of a firm's name.
  const kept = run.length > 1 && text.slice(run[0].end, run[1].start) === ' & ' ? tokens : dropCommonLeadingWords(text, tokens, run, lowerCaseWords);
  const month = loneNameMonth(text, tokens, kept);
  if (month) return [linkOnlyName(month)];
  // ("For Doreen Button … Button was less hopeful.": a common word opening a sentence before a verb may
  // be a surname the article gave someone, which it names only if it is.)
  if (kept.length === 0 && run.length === 1 && run[0].sentenceStart && VERB_AFTER_SUBJECT.test(text.slice(run[0].end, run[0].end + 12))) return [linkOnlyName(tokens[0])];
  tokens = withoutRank(text, withoutAmounts(text, kept));
  tokens = withoutTrailingCommonAcronym(withoutDates(text, tokens));
  if (tokens.length === 0 || (tokens.length === 1 && (startsWithDigit(tokens[0].text) || isPostNominalAfterName(text, tokens[0]) || isCurrencyBeforeAmount(text, tokens[0])))) return [];
  // "May Day", "Christmas Eve": what a date leaves is a common word naming the day.
  if (dated && knownType(tokens) === undefined && tokens.every((token) => is(token, WordClass.common | WordClass.function) && !is(token, WordClass.honorific))) return [];

  // "Dr Hyde Park", "Dr Cullen Park": a ground named after a doctor keeps his title (but "Dr Ann Park" is a person, whose given name follows it).
  if (tokens.length >= 3 && tokens[0].lower === 'dr' && !is(tokens[1], WordClass.givenName) && PLACE_HEADS.has(tokens[tokens.length - 1].lower)) return plainName(text, tokens, undefined, false, undefined);
  if (isTitledVillage(text, tokens)) return plainName(text, tokens, undefined, false, undefined);
  const courtesy = withoutHonorifics(tokens);
  tokens = courtesy.tokens;
  const { honorific } = courtesy;
  const place = leadingPlace(tokens);
  if (place) return [...plainName(text, [place], undefined, false, undefined), ...namesInRun(text, run.slice(run.length - tokens.length + 1), lowerCaseWords)];
  // "the Commons Oliver Heald": a known body or place, then a person's given name and surname.
  // (Not "Greens Member for Franklin Imogen Tully-Harrow": a seat and its holder, split at the title.)
  const body = tokens.some((token, index) => isMemberForSeat(token, tokens[index + 1]?.connector)) ? 0 : knownNameBeforePerson(text, tokens);
  if (body > 0) return [...plainName(text, tokens.slice(0, body), undefined, false, undefined), ...plainName(text, tokens.slice(body), undefined, true, undefined)];
  // "DPP Teo" after "Deputy Public Prosecutor Nicole Teo": a title's initials before the holder's surname.
  // (A known acronym, "BBC News", or a word the lists know after it, "UK Government", is no such title.)
  if (tokens.length === 2 && tokens[0].known === undefined && !is(tokens[1], NO_SURNAME_CLASSES) && abbreviatesTitleOf(text, tokens[0].text, tokens[1].text)) {
    return plainName(text, tokens.slice(1), tokens[0].text, true, undefined);
  }
  // "the Prince of Wales", "Lord Campbell of Alloway": a noble title of a place names its holder.
  if (isNobleTitle(tokens, honorific)) return plainName(text, tokens, undefined, true, courtesy.gender);
  // "the Prince of Wales Pier", "the Duke of York Bridge": a place named for a noble title is one name, no title's holder.
  if (isNamedForNobleTitle(tokens)) return plainName(text, tokens, undefined, false, undefined);
  const split = splitRole(text, tokens);
  if (!split) return plainName(text, tokens, undefined, honorific, courtesy.gender);
  const { role, roleModifier, served, nameTokens } = split;
  const results: NameMention[] = [];
  // "its Publicity Secretary", "the Finance Commissioner": a portfolio of common words names nothing.
  if (roleModifier.length > 0 && !isPortfolio(roleModifier) && !isJurisdictionWord(roleModifier)) results.push(...modifierNames(text, roleModifier, role, nameTokens.length > 0));
  if (served.length > 0) results.push(...plainName(text, served, undefined, false, undefined));
  // "Registrar Prof Shahida Rehman-Okafor": a role, then an honorific before the name.
  const named = withoutHonorifics(nameTokens);
  if (named.tokens.length > 0) results.push(...plainName(text, named.tokens, role, honorific || role !== undefined, named.gender ?? courtesy.gender));
  return results;
}

/**
 * "held in Adi Quala": the Fijian chiefly title "Adi" also opens the names of Eritrean villages; after
 * a preposition of place, before a word that is no given name, it is one.
 */
function isTitledVillage(text: string, tokens: readonly Token[]): boolean {
  if (tokens.length !== 2 || tokens[0].lower !== 'adi' || is(tokens[1], WordClass.givenName)) return false;
  const previous = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, tokens[0].start - 12), tokens[0].start))?.[1].toLowerCase();
  return previous !== undefined && PLACE_PREPOSITIONS.has(previous);
}

function isNobleTitle(tokens: readonly Token[], honorific: boolean): boolean {
  const of = tokens.findIndex((token) => token.connector === 'of');
  const last = tokens[tokens.length - 1];
  // "the Princess of Wales Theatre" is a building.
  if (of <= 0 || is(last, WordClass.orgHead | WordClass.otherHead) || PLACE_HEADS.has(last.lower)) return false;
  return (honorific && of >= 1) || (of === 1 && NOBLE_TITLES.has(tokens[0].lower));
}

function isNamedForNobleTitle(tokens: readonly Token[]): boolean {
  return tokens.length > 2 && NOBLE_TITLES.has(tokens[0].lower) && tokens[1].connector === 'of' && PLACE_HEADS.has(tokens[tokens.length - 1].lower);
}

/**
 * How many words before a person's given name and surname name something else: a known body or
 * place ("the Commons Oliver Heald"), a body's acronym ("the OPW Darragh Loughnane") or a long
 * title no list knows; else 0.
 */
function knownNameBeforePerson(text: string, tokens: Token[]): number {
  // ("Member of Parliament Ts.Sodbileg": a father's initial joined to a given name is the whole of a person's name.)
  // (A word that may open a title, "Energy", is part of a body's name before its head: "the Ministry of Energy Sh.Altangerel".)
  // (Most names end in no such word: the words before it are read only for one.)
  if (tokens.length > 1 && isPatronymicName(tokens[tokens.length - 1].text)) {
    const before = tokens.slice(0, -1);
    const titleWords = anyIs(before, WordClass.orgHead) ? WordClass.role | WordClass.honorific : WordClass.role | WordClass.roleModifier | WordClass.honorific;
    if (!anyIs(before, titleWords)) return before.length;
  }
  if (tokens.length < 3) return 0;
  if (isAcronymBeforePerson(text, tokens)) return 1;
  const titled = titledPersonEndingRun(tokens);
  if (titled > 0) return titled;
  const familyFirst = familyNameAfterBody(tokens);
  if (familyFirst > 0) return familyFirst;
  if (!tokens[0].opensKnownName) return 0;
  for (let length = 1; length <= Math.min(MAX_KNOWN_NAME_WORDS, tokens.length - 2); length++) {
    const known = knownType(tokens, 0, length);
    if ((known === 'organization' || known === 'place') && is(tokens[length], WordClass.givenName) && tokens[length].connector === '') return length;
  }
  return 0;
}

/**
 * "Vice chairman of the Hà Nội People's Committee Đỗ Minh Khuê": a body's head noun, then a family
 * name that comes first and one or two more names, the person's. Where the family name starts, or 0.
 */
function familyNameAfterBody(tokens: readonly Token[]): number {
  const family = tokens.length - 3 >= 1 && FAMILY_NAMES_FIRST.has(tokens[tokens.length - 3].lower) ? tokens.length - 3
    : tokens.length - 2 >= 1 && FAMILY_NAMES_FIRST.has(tokens[tokens.length - 2].lower) ? tokens.length - 2 : 0;
  const joined = family > 0 && tokens.slice(family).every((token) => token.connector === '');
  return joined && is(tokens[family - 1], WordClass.orgHead) && !is(tokens[family - 1], WordClass.role) ? family : 0;
}

/**
 * "for the OPW Darragh Loughnane", "the HSE Bernard Gloster": "the", a body's acronym, then a given
 * name and a surname, the person who heads it; so after "head of" ("head of NPD Tom Aske", "head of
 * HR Sarah Jones"), where the acronym is a department. Not a title ("MP Ann Widdecombe") nor a firm
 * whose name goes on like a person's ("JP Morgan Chase", "managing director of CB Richard Ellis"),
 * which neither opens.
 */
function isAcronymBeforePerson(text: string, tokens: readonly Token[]): boolean {
  return tokens.length === 3 && ACRONYM_TOKEN.test(tokens[0].text) && !is(tokens[0], WordClass.role) && is(tokens[1], WordClass.givenName)
    && tokens[1].connector === '' && !is(tokens[2], WordClass.orgHead | WordClass.otherHead) && THE_OR_HEAD_OF_BEFORE.test(text.slice(Math.max(0, tokens[0].start - 8), tokens[0].start));
}

const THE_OR_HEAD_OF_BEFORE = /\b(?:the|[Hh]ead\s+of) $/;

/**
 * "Associate University Librarian for Undergraduate Services Corinne L. Abernathy": a long title
 * the word lists do not know, joined by "for" or "of", then a given name, maybe an initial, and a
 * surname. Where the given name starts, or 0.
 */
function titledPersonEndingRun(tokens: readonly Token[]): number {
  const last = tokens[tokens.length - 1];
  // The initial's full stop joins it to the surname.
  const initial = INITIAL.test(tokens[tokens.length - 2].text) && last.connector === '.';
  const given = tokens.length - (initial ? 3 : 2);
  if (given < 3 || !is(tokens[given], WordClass.givenName) || tokens[given].connector !== '' || (!initial && last.connector !== '')) return 0;
  if (is(last, WordClass.orgHead | WordClass.otherHead | WordClass.place) || PLACE_HEADS.has(last.lower)) return 0;
  // A title the lists know ("Secretary of State for Health Wes Streeting") is the role's to split off.
  const title = tokens.slice(0, given);
  return title.some((token) => token.connector === 'for' || token.connector === 'of') && !title.some((token) => is(token, WordClass.role)) ? given : 0;
}

const INITIAL = /^\p{Lu}$/u;
const ACRONYM_TOKEN = /^\p{Lu}{2,6}$/u;

/** " was", " said": a finite verb after a subject. */
const VERB_AFTER_SUBJECT = /^ (?:was|is|has|had|said|says|told|added|\p{Ll}{3,}ed)\b/u;

function linkOnlyName(token: Token): NameMention {
  return {
    start: token.start, end: token.end, text: token.text, words: [token.text], form: token.text, type: undefined, confidence: 0,
    role: undefined, gender: undefined, equivalentName: undefined, linkOnly: true,
  };
}

/**
 * Whether `acronym` spells the initials of a title the article writes in full before a name that
 * ends in `surname`: "DPP" of "Deputy Public Prosecutor Nicole Teo".
 */
function abbreviatesTitleOf(text: string, acronym: string, surname: string): boolean {
  // (Most first words of two are a given name, whose second letter is in lower case.)
  if (acronym.length < 2 || isLowerAscii(acronym.charCodeAt(1)) || !TITLE_ACRONYM.test(acronym) || isCommonAcronym(acronym) || !/^\p{Lu}[\p{L}'’-]+$/u.test(surname)) return false;
  const spelled = spelledTitlePattern(acronym);
  // Only the words before each place the surname is written can hold the title.
  for (let at = text.indexOf(surname), seen = 0; at >= 0 && seen < TITLE_SEARCHES; at = text.indexOf(surname, at + surname.length), seen++) {
    const title = spelled.exec(text.slice(Math.max(0, at - TITLE_REACH), at))?.[1];
    // A title ends in a role word ("Prosecutor"), not in a body's ("International Rugby Board").
    if (title !== undefined && ROLE_WORDS.has(title.slice(title.lastIndexOf(' ') + 1).toLowerCase())) return true;
  }
  return false;
}

/** "Deputy Public Prosecutor Nicole " for "DPP": capitalised words of those initials, then one or two of a name, ending the words. */
function spelledTitlePattern(acronym: string): RegExp {
  let pattern = SPELLED_TITLES.get(acronym);
  if (!pattern) {
    const words = [...acronym].map((letter) => `${letter}\\p{Ll}+`).join('\\s+');
    pattern = new RegExp(`\\b(${words})\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,2}$`, 'u');
    if (SPELLED_TITLES.size >= MAX_SPELLED_TITLES) SPELLED_TITLES.clear();
    SPELLED_TITLES.set(acronym, pattern);
  }
  return pattern;
}

const SPELLED_TITLES = new Map<string, RegExp>();
const MAX_SPELLED_TITLES = 200;
const TITLE_SEARCHES = 20;
const TITLE_REACH = 80;
const TITLE_ACRONYM = /^\p{Lu}{2,4}$/u;

/**
 * A country written before another name, when it is a separate name: before a known organisation
 * ("U.S. Pentagon", "US Treasury") or a common noun ("US TV"). Other names keep it until the
 * article shows otherwise (`withCountriesApart`): "UK Independence Party", "US Army".
 */
function leadingPlace(tokens: Token[]): Token | undefined {
  if (tokens.length < 2 || !(tokens[0].bare === tokens[0].lower ? is(tokens[0], WordClass.place) : PLACES.has(tokens[0].bare))) return undefined;
  // "Louisiana Department of Justice": a state's own department, not the federal one.
  if (US_STATES.has(tokens[0].bare) && OFFICES.has(tokens[1].lower)) return undefined;
  const rest = tokens.slice(1);
  // "Delhi High Court", "U.S. Supreme Court": a court is named for where it sits.
  if (rest[rest.length - 1].lower === 'court') return undefined;
  const commonNoun = rest.length === 1 && isCommonAcronym(rest[0].text);
  return commonNoun || ORGANIZATIONS.has(bareName(rest)) ? tokens[0] : undefined;
}

/** The names in the words before a title: "Anthropic" of "Anthropic CEO", "US" and "Treasury" of "US Treasury Secretary". */
/** Common words only, which no gazetteer knows as a name: "Publicity", "Humanitarian Aid". */
function isPortfolio(tokens: readonly Token[]): boolean {
  return knownType(tokens) === undefined && tokens.every((token) => is(token, WordClass.common) && !is(token, WordClass.place | WordClass.orgHead));
}

/** "Town" of "Town Clerk", "County" of "County Clerk", "City" of "City Manager": the kind of place an office serves, alone, names none. */
function isJurisdictionWord(tokens: readonly Token[]): boolean {
  return tokens.length === 1 && JURISDICTION_WORDS.has(tokens[0].lower);
}

const JURISDICTION_WORDS: ReadonlySet<string> = new Set(['town', 'city', 'county', 'district', 'borough', 'parish', 'municipal', 'regional', 'provincial']);

function modifierNames(text: string, tokens: Token[], role: string | undefined, holderNamed: boolean): NameMention[] {
  const place = leadingPlace(tokens);
  const names = place ? [...plainName(text, [place], undefined, false, undefined), ...plainName(text, tokens.slice(1), undefined, false, undefined)]
    : plainName(text, tokens, undefined, false, undefined);
  // "Hatay Governor Levent Yazgan", "Zlatibor Mayor Milan Kovač": what a governor or a mayor holds office over is a place.
  // (Not "Bank Governor Mervyn King": a body's head noun or an everyday word is no place.)
  const governs = role !== undefined && TERRITORIAL_TITLES.has(role.slice(role.lastIndexOf(' ') + 1).toLowerCase())
    && !anyIs(tokens, WordClass.common | WordClass.orgHead | WordClass.otherHead);
  // "Douglas East MHK Claire Corkish", "Dublin Fingal East TD": what a legislator's letters follow, before the holder's
  // name, is a seat or a party, never a person with a given name; of the two, a seat named for a town is the likelier.
  // (In "Mary Smith MLA" the letters follow their holder.)
  const seat = holderNamed && role !== undefined && LEGISLATOR_LETTERS.has(role.slice(role.lastIndexOf(' ') + 1))
    && !anyIs(tokens, WordClass.orgHead | WordClass.otherHead) && !tokens.some((token) => TITLE_ACRONYM.test(token.text));
  return names.map((name) => ((governs && name.confidence === 0) || (seat && name.type === 'person' && name.confidence > 0) ? { ...name, type: 'place' } : asBodyUnlessSure(name)));
}

const TERRITORIAL_TITLES: ReadonlySet<string> = new Set(['governor', 'mayor', 'premier', 'prefect']);

/**
 * "Humanitarian Aid" of "the EU's Humanitarian Aid Commissioner": the words before a title name
 * a body, a place or a portfolio, so two capitalised words there are not a person by default.
 */
function asBodyUnlessSure(name: NameMention): NameMention {
  return name.type === 'person' && name.confidence === 0 ? { ...name, type: 'organization' } : name;
}

/** `afterNameWord`: the word follows another capitalised word of its run, with only a space between them. */
function toToken(text: string, word: Word, afterNameWord: boolean): Token {
  let value = word.text;
  const abbreviation = TITLE_ABBREVIATIONS.has(word.lower);
  if (abbreviation && text.charCodeAt(word.end) === 46) return abbreviatedTitle(word);
  // "Col Bohdana Marchuk-Ilves", "Maj Gen Arkady Solonitsyn": British style drops the full stop
  // (but "CPL" in capitals is an acronym).
  if (abbreviation && CAPITAL_THEN_LOWER_ONLY.test(word.text)) {
    const token = tokenAt(word.start, word.text, word.lower);
    return { ...token, classes: token.classes | WordClass.role };
  }
  // "Winnie Leung Sau-ying", "Moon Jae-in": a hyphenated given name of two syllables after the
  // surname, as Hong Kong and Korean names are written, is no compound adjective.
  const compound = afterNameWord && isHyphenatedGivenName(value) ? 0 : compoundAdjectiveStart(value);
  if (compound > 0) value = value.slice(0, compound);
  const cut = possessiveLength(value);
  if (cut > 0) {
    value = value.slice(0, value.length - cut);
  }
  // Most words are kept whole, and then the scanner's lower case serves.
  const token = tokenAt(word.start, value, value.length === word.text.length ? word.lower : value.toLowerCase());
  // (Such a name opens a person's name as a given name does: "Member of Parliament Ts.Sodbileg";
  // so does the Balinese birth-order name after the prefix "I", which reads as a verb: "I Made Suwirta".)
  return isPatronymicName(value) || (value === 'Made' && text.startsWith('I ', word.start - 2)) ? { ...token, classes: token.classes | WordClass.givenName } : token;
}

/** "Sen." of "Sen. Elizabeth Warren": a role word, whose span keeps the full stop ("Lt. Gen."). */
function abbreviatedTitle(word: Word): Token {
  const token = tokenAt(word.start, word.text, word.lower);
  return { ...token, end: word.end + 1, classes: token.classes | WordClass.role };
}

const LOWER_CASE_PART = /-(\p{Ll}+)/u;
const CAPITAL_AFTER_HYPHEN = /^-\p{Lu}/u;

/**
 * "AI-powered", "Pentagon-backed", "Anthropic-style": a compound adjective whose first part alone
 * can be a name. Returns where the adjective part starts, or 0. "Bd-pratidin" stays whole: its
 * lower-case part is not an English word.
 */
function compoundAdjectiveStart(word: string): number {
  const hyphen = word.indexOf('-');
  if (hyphen <= 0 || !startsWithCapital(word)) return 0;
  const tail = LOWER_CASE_PART.exec(word);
  // "Anti-terror", "Pro-hunt": a prefix, not a name, opens the word, which stays whole.
  if (!tail || PREFIXED.test(word)) return 0;
  const part = tail[1];
  // "Fung-a-Ling", "Tjon-a-Fat": the Surinamese Chinese "a" between two capitalised parts of a surname.
  if (NAME_PARTICLES.has(part) || (part === 'a' && word.startsWith('-', tail.index + tail[0].length))) return 0;
  // "Stoke-on-Trent", "Ashton-under-Lyne": a small word between two capitalised parts of a town's name.
  // ("Officer-in-Charge Bob Hart" is a title, "October-to-December" a time.)
  const first = word.slice(0, hyphen).toLowerCase();
  if (CAPITAL_AFTER_HYPHEN.test(word.slice(tail.index + tail[0].length)) && !ROLE_WORDS.has(first) && (wordClasses(first) & WordClass.date) === 0) return 0;
  if (isNameOfLowerCaseParts(word)) return 0;
  return isAdjectivePart(part) ? tail.index : 0;
}

function tokenAt(start: number, text: string, lower = text.toLowerCase()): Token {
  // "U.S." is listed as "us": most words hold no full stop to take out.
  const bare = lower.includes('.') ? lower.replace(/\./g, '') : lower;
  // A one-word gazetteer name is the first word of one, so most tokens skip the second look-up.
  const opensKnownName = KNOWN_FIRST_WORDS.has(bare);
  const known = opensKnownName ? KNOWN_NAMES.get(bare) : undefined;
  const classes = wordClasses(lower);
  // "EMI", "ALAN": a word in capitals is an acronym, not the given name it spells.
  // "MD Stuart Kellett": a band's musical director, in capitals (the "Md" of Bangladeshi names is no title).
  const ownClasses = text === 'MD' ? classes | WordClass.role : text.length > 1 && isInCapitals(text) ? classes & ~WordClass.givenName : classes;
  return { start, end: start + text.length, text, lower, bare, classes: ownClasses, connector: '', opensKnownName, known };
}

function withConnectors(text: string, tokens: Token[]): Token[] {
  for (let i = 1; i < tokens.length; i++) {
    // Most words of a run are parted by one space, which leaves nothing to cut out.
    if (tokens[i].start === tokens[i - 1].end + 1 && text.charCodeAt(tokens[i - 1].end) === 32) continue;
    const gap = text.slice(tokens[i - 1].end, tokens[i].start).trim();
    if (gap) tokens[i] = { ...tokens[i], connector: gap.toLowerCase() };
  }
  return tokens;
}

/** Builds the name mention(s) for tokens with no title left in them. */
function plainName(text: string, tokens: Token[], role: string | undefined, personCue: boolean, gender: 'male' | 'female' | undefined): NameMention[] {
  const pair = splitHyphenatedPair(text, tokens);
  if (pair) return pair.flatMap((part) => plainName(text, part, undefined, false, undefined));
  if (tokens.length === 0) return [];
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const mentionText = text.slice(start, end);
  const { words, form } = tokens.length === 1 ? { words: [tokens[0].text], form: tokens[0].text } : spelledName(mentionText);
  const { type, confidence } = typeOf(text, tokens, mentionText, personCue);
  return [{
    start, end, text: mentionText, words, form, type, confidence, role,
    gender: gender ?? (tokens.length > 1 ? genderOf(tokens[0]) : undefined),
    equivalentName: type === 'place' && confidence === 2 && isWhereBodyIs(text, start, mentionText, end) ? undefined : acronymInParentheses(text, end, mentionText), linkOnly: false,
  }];
}

/**
 * "the United Nations … Stabilization Mission in the Central African Republic (MINUSCA)": a place
 * after a body's name and "in" is where the body is; an acronym after it that does not open with
 * the place's initial is the body's.
 */
function isWhereBodyIs(text: string, start: number, name: string, end: number): boolean {
  if (!isBracketAfterSpaces(text, end)) return false;
  const acronym = /^ ?\(([A-Z]{2,9})\)/.exec(text.slice(end, end + 14))?.[1];
  return acronym !== undefined && acronym[0] !== name[0] && BODY_THEN_IN.test(text.slice(Math.max(0, start - 40), start));
}

const BODY_THEN_IN = /\p{Lu}[\p{L}'’-]*\s+in\s+(?:the\s+)?$/u;

/**
 * The words of a name written across spaces, and the name as an alias: its words joined by
 * single spaces. Most names are written so already, and are cut without a regular expression.
 */
function spelledName(mentionText: string): { words: string[]; form: string } {
  if (isSingleSpaced(mentionText)) return { words: splitAtSpaces(mentionText), form: mentionText };
  const words = mentionText.split(/\s+/);
  return { words, form: words.join(' ') };
}

/** Whether the only white space in the text is single ASCII spaces. */
function isSingleSpaced(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 ? text.charCodeAt(i + 1) === 32 : (code <= 13 && code >= 9) || (code >= 128 && WHITE_SPACE.test(text[i]))) return false;
  }
  return true;
}

/**
 * "Pentagon-Anthropic battle", "Trump-Putin summit": two names joined by a hyphen, each
 * capitalised and longer than a prefix, one of them known. "Hewlett-Packard" stays whole, as does
 * a double-barrelled surname the article writes after a given name ("Mark Lewis-Francis").
 */
function splitHyphenatedPair(text: string, tokens: Token[]): Token[][] | undefined {
  if (tokens.length !== 1) return undefined;
  const [token] = tokens;
  if (!token.text.includes('-')) return undefined;
  const parts = token.text.split('-');
  if (parts.length !== 2 || knownType(tokens) !== undefined) return undefined;
  // "Israeli-Palestinian", "German-US", "November-December", "post-Christmas" name nothing.
  if (parts.some((part) => DEMONYMS.has(part.toLowerCase()) || (wordClasses(part.toLowerCase()) & WordClass.date) !== 0)) return [];
  if (parts.some((part) => part.length < 4 || !CAPITAL_THEN_LOWER.test(part))) return undefined;
  const cut = token.start + parts[0].length;
  const split = [[tokenAt(token.start, parts[0])], [tokenAt(cut + 1, parts[1])]];
  const known = split.map((part) => knownType(part) !== undefined);
  if (!known.some(Boolean) || isWrittenAsSurname(text, token.text)) return undefined;
  // ("Météo-France", "Radio-France": a name no list knows, joined to a known one, that the article
  // never writes alone is part of one body's name.)
  const unknown = known.indexOf(false);
  if (unknown >= 0 && !isWrittenAlone(text, parts[unknown])) return undefined;
  return split;
}

/** Whether the article writes the word somewhere other than joined by a hyphen to another. */
function isWrittenAlone(text: string, word: string): boolean {
  let seen = 0;
  for (let at = text.indexOf(word); at >= 0 && seen++ < 20; at = text.indexOf(word, at + word.length)) {
    if (text[at - 1] !== '-' && text[at + word.length] !== '-') return true;
  }
  return false;
}

/**
 * Whether the article writes the word right after a given name or an honorific somewhere ("Mark
 * Lewis-Francis", "Ms Adeyemi-Clarke"), or after a name no list knows or any capitalised word in
 * mid-sentence, which is likely a given name the lists miss ("Anneliese Vogt-Moreau", "she faces
 * Summer Adebayo-Clarke").
 */
function isWrittenAsSurname(text: string, word: string): boolean {
  // The first few occurrences decide: a name repeated thousands of times must not cost a scan each.
  let seen = 0;
  for (let at = text.indexOf(word); at >= 0 && seen++ < 20; at = text.indexOf(word, at + word.length)) {
    const before = /(?:(\p{Ll}+),?\s+)?(\p{Lu}[\p{Ll}'’-]+)\.? $/u.exec(text.slice(Math.max(0, at - 32), at));
    const given = before?.[2];
    if (given !== undefined && (isGivenName(given.toLowerCase()) || HONORIFICS.has(given.toLowerCase()) || isCoinedName(given))) return true;
    // "she faces Summer Adebayo-Clarke": any capitalised word in mid-sentence before it is a given name.
    if (given !== undefined && before?.[1] !== undefined && !FUNCTION_WORDS.has(given.toLowerCase())) return true;
  }
  return false;
}

function acronymInParentheses(text: string, end: number, name: string): string | undefined {
  if (!isBracketAfterSpaces(text, end)) return undefined;
  const match = /^ ?\(([A-Z][A-Za-z]{1,9})\)/.exec(text.slice(end, end + 14));
  return match && abbreviates(match[1], name) ? match[1] : undefined;
}

/**
 * "Department of Defense (DoD)", "North Atlantic Treaty Organisation (Nato)": the word in
 * parentheses abbreviates the name, unless it is a name of its own that the name's initials do
 * not spell: "SAN FRANCISCO (Reuters)", a dateline's agency; "Gunter Grass (Germany)", "Josef Reischl (SPD)". A word
 * written like a name ("F Ongaro (Treviso)", a player's club) must at least start with the name's initial.
 */
function abbreviates(acronym: string, name: string): boolean {
  const initials = name.split(/\s+/).filter(startsWithCapital).map((word) => word[0]).join('');
  const lower = acronym.toLowerCase();
  if (KNOWN_NAMES.has(lower)) return initials.toLowerCase() === lower;
  // ("Josef Reischl (SPD)": after a person's name, letters it does not open are a party's, as German papers write it.)
  if (initials[0] !== acronym[0] && isGivenName(name.split(/\s+/)[0].toLowerCase())) return false;
  return !CAPITAL_THEN_LOWER_ONLY.test(acronym) || initials[0] === acronym[0];
}
