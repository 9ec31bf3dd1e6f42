/**
 * What a run of capitalised words sheds or reads otherwise before it names anyone: honorifics
 * ("Mr", "Dr", "Gran") and the gender they give; dates, months and holidays (but not the month of
 * "Theresa May"); a seat on a body read as a title ("Council Member Beatriz Solano-Marsh");
 * post-nominal letters ("QC", "MP", ", MD,"); a party after a place ("a Massachusetts Democrat");
 * a ranking's "No"; and sums of money.
 */
import { PLACES } from '../../text/gazetteer';
import { FAMILY_LABELS, HONORIFICS, PLACE_HEADS, POST_NOMINAL_LETTERS, WEEKDAYS } from '../../text/lexicon';
import { GIVEN_NAME_CLASSES, WordClass } from '../../text/wordClasses';
import { CURRENCY_ABBREVIATIONS, isLowerAscii, wordBefore } from '../../text/words';
import { spelledTitleEnd } from '../../text/spelledTitles';
import { anyIs, is, isDigitCode, startsWithDigit, type Token } from './mentions';
import { isCommonAcronym, knownType } from './knownNames';
import { NAME_MONTHS, NOT_A_GIVEN_NAME } from './personNames';

/** "the World No.2", "world No 1": a ranking's "No" before its number names no one; nor does "World" alone before it. */
export function withoutRank(text: string, tokens: Token[]): Token[] {
  const last = tokens[tokens.length - 1];
  if (last?.text !== 'No' || !RANK_NUMBER.test(text.slice(last.end, last.end + 3))) return tokens;
  return tokens.length === 2 && tokens[0].lower === 'world' ? [] : tokens.slice(0, -1);
}

const RANK_NUMBER = /^\.?\s?\d/;

/** The tokens after the honorifics that open them ("Mr", "Dr", "Gran"), whether there were any, and the gender they give. */
export function withoutHonorifics(tokens: Token[]): { tokens: Token[]; honorific: boolean; gender: 'male' | 'female' | undefined } {
  let gender: 'male' | 'female' | undefined;
  let rest = tokens;
  while (rest.length > 0 && is(rest[0], WordClass.honorific) && !isKoreanSurname(rest) && !isHmongGivenName(rest) && !isAcronymOfTitle(rest[0])) {
    gender = HONORIFICS.get(rest[0].lower) ?? gender;
    rest = rest.slice(1);
  }
  if (rest.length > 2 && TWO_WORD_TITLES.has(`${rest[0].lower} ${rest[1].lower}`)) rest = rest.slice(2);
  const label = rest.length > 1 ? FAMILY_LABELS.get(rest[0].lower) : undefined;
  if (label && is(rest[1], WordClass.givenName) && !KOREAN_GIVEN_NAME.test(rest[1].text)) [gender, rest] = [label, rest.slice(1)];
  return { tokens: rest, honorific: rest.length < tokens.length, gender };
}

/** Titles of two words before a name, no part of it: an Iban longhouse's head ("Tuai Rumah Ngelai anak Bujang") and a Malay village's ("Ketua Kampung Sinit Gayas"). */
const TWO_WORD_TITLES: ReadonlySet<string> = new Set(['tuai rumah', 'ketua kampung']);

/** "the Bureau of Immigration (BI)": the Swahili "Bi" written in capitals is an acronym (not "MS", a Member of the Senedd's). */
function isAcronymOfTitle(token: Token): boolean {
  return token.text === 'BI';
}

/** "Ko Seong-bin": the Burmese title "Ko" is also a Korean surname, before a given name of two hyphenated syllables. */
function isKoreanSurname(tokens: readonly Token[]): boolean {
  return tokens[0].lower === 'ko' && tokens.length > 1 && KOREAN_GIVEN_NAME.test(tokens[1].text);
}

const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,5}$/u;

/** "Pa Nhia Xiong", "Pa Houa Vang-Larsen": "Pa", a Cameroonian elder's title, also opens Hmong women's given names, before a Hmong clan's name. */
function isHmongGivenName(tokens: readonly Token[]): boolean {
  const clan = tokens[tokens.length - 1].lower.split('-')[0];
  return tokens[0].lower === 'pa' && tokens.length > 2 && HMONG_CLANS.has(clan);
}

const HMONG_CLANS: ReadonlySet<string> = new Set(['chang', 'cha', 'chue', 'fang', 'hang', 'her', 'khang', 'kong', 'kue', 'lee', 'lor', 'ly', 'moua', 'pha', 'thao', 'vang', 'vue', 'xiong', 'yang']);

/**
 * Takes dates out of a run ("Monday", "March", "Christmas"), but not a month that is part of a
 * person's name: after a given name or an honorific ("Theresa May", "Mrs May"), or before a word
 * no word list knows, as a surname is ("Jan Hatzius"; but "Jan 5", "May Day").
 */
export function withoutDates(text: string, tokens: Token[]): Token[] {
  // "Christmas Island", "New Year Honours": a holiday may open the name of a place or an award
  // (a weekday never does: "On Monday Cedar Fork School District said").
  if (!anyIs(tokens, WordClass.date)) return tokens;
  if (knownType(tokens) !== undefined || (tokens.length > 1 && PLACE_HEADS.has(tokens[tokens.length - 1].lower) && !WEEKDAYS.has(tokens[0].lower))) return tokens;
  return tokens.filter((token, index) => !is(token, WordClass.date) || isMonthInName(text, tokens, index));
}

/** "the New Year", "Boxing Day": two words that together name a holiday, read as a date like "Christmas". */
export function withHolidayAsDate(tokens: Token[]): Token[] {
  // Only a run that is the holiday itself, after any words capitalised by grammar: "National
  // Holocaust Memorial Day" is an event's name.
  if (tokens.length < 2) return tokens;
  const first = tokens[tokens.length - 2];
  const second = tokens[tokens.length - 1];
  if (second.connector !== '' || !HOLIDAY_ENDS.has(second.lower) || !TWO_WORD_HOLIDAYS.has(`${first.lower} ${second.lower}`)) return tokens;
  if (tokens.slice(0, -2).some((token) => !is(token, WordClass.function))) return tokens;
  return [...tokens.slice(0, -2), { ...first, classes: first.classes | WordClass.date }, { ...second, classes: second.classes | WordClass.date }];
}

/**
 * "Council Member Beatriz Solano-Marsh", "Assembly Member Ron Kim": a seat on a body, before a
 * name, is a title; "Member" alone is not one ("EU Member States"). So is a police rank.
 */
export function withMembershipTitle(text: string, tokens: Token[]): Token[] {
  // Either title goes before a word of the run: a run of one word, as most are, has none.
  if (tokens.length < 2) return tokens;
  const member = tokens.findIndex((token, index) => index > 0 && token.lower === 'member' && MEMBER_BODIES.has(tokens[index - 1].lower) && index < tokens.length - 1);
  if (member >= 0) {
    const [body, seat] = [tokens[member - 1], tokens[member]];
    return [...tokens.slice(0, member - 1), { ...body, classes: body.classes | WordClass.roleModifier }, { ...seat, classes: seat.classes | WordClass.role }, ...tokens.slice(member + 1)];
  }
  // "ACP Nnamdi Chukwuka-Haddad", "CIB Spokesperson SP Dipendra Kunwar", "SP Kunwar": a police rank in
  // capitals before a name, opening the run or after an office, is a title, not an acronym opening a body's name.
  // So are a legislator's letters that are also some bodies' acronyms ("Onchan MHK Martin Cregeen"; but "the MHK", Turkey's refereeing board).
  // ("DTC Helen Marwick", after "a Deputy Traffic Commissioner (DTC)": or a title's letters the article spelled out.)
  // (All are two letters or more in capitals: most words have a lower-case second letter, and are ruled out by it first.)
  const rank = tokens.findIndex((token, index) => mayBeInCapitals(token.text) && ((isSurnameToken(tokens[index + 1]) && (POLICE_RANKS.has(token.text) || (index === 0 && spelledTitleEnd(text, token.text) !== undefined)) && (index === 0 || is(tokens[index - 1], WordClass.role)))
    || (SEAT_LETTERS.has(token.text) && index < tokens.length - 1 && (isSurnameToken(tokens[index + 1]) || is(tokens[index + 1], WordClass.givenName)))));
  return rank < 0 ? tokens : tokens.map((token, index) => (index === rank ? { ...token, classes: token.classes | WordClass.role } : token));
}

/** Whether the word may be two letters or more in capitals ("SP", "MHK"): its second is no lower-case ASCII letter, as most words' is. */
function mayBeInCapitals(word: string): boolean {
  return word.length >= 2 && !isLowerAscii(word.charCodeAt(1));
}

const MEMBER_BODIES: ReadonlySet<string> = new Set(['council', 'assembly', 'board', 'committee']);

/** The letters of a seat in the Isle of Man's Tynwald and in legislative councils, which some bodies' acronyms share. */
const SEAT_LETTERS: ReadonlySet<string> = new Set(['MHK', 'MLC']);

/** Police ranks as Nigerian, Ghanaian and South Asian news abbreviate them before a name. */
const POLICE_RANKS: ReadonlySet<string> = new Set(['IGP', 'DIG', 'AIG', 'CP', 'DCP', 'ACP', 'CSP', 'SP', 'DSP', 'ASP', 'SSP', 'ASI', 'SHO']);

const TWO_WORD_HOLIDAYS: ReadonlySet<string> = new Set([
  'new year', 'boxing day', 'good friday', 'easter sunday', 'easter monday', 'christmas day', 'christmas eve', 'may day', 'labor day',
  'labour day', 'memorial day', 'independence day', 'valentine\'s day', 'bonfire night', 'guy fawkes',
]);

/** The last words of the two-word holidays: most runs end otherwise, and need no joined look-up. */
const HOLIDAY_ENDS: ReadonlySet<string> = new Set([...TWO_WORD_HOLIDAYS].map((holiday) => holiday.slice(holiday.indexOf(' ') + 1)));

function isMonthInName(text: string, tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  // "Mr Friday Egwu-Amodu", "Governor Monday Okpebholo": weekdays are given names in West Africa,
  // after a courtesy title or an office and before a surname.
  if (WEEKDAY_NAMES.has(tokens[index].lower)) return previous !== undefined && is(previous, WordClass.honorific | WordClass.role) && isSurnameToken(tokens[index + 1]);
  // "Mostafa Eid": the feast is also an Arab surname, after a name no word list knows as a word.
  if (tokens[index].lower === 'eid') return index === tokens.length - 1 && previous !== undefined && !is(previous, NOT_A_GIVEN_NAME | WordClass.common);
  if (!NAME_MONTHS.has(tokens[index].lower)) return false;
  if (previous) return is(previous, WordClass.givenName | WordClass.honorific);
  // "In June Grewcock was sent off": a month after "in" is a date, whatever follows it.
  return isSurnameToken(tokens[index + 1]) && !followsDateLeader(text, tokens[index].start);
}

const WEEKDAY_NAMES: ReadonlySet<string> = new Set(['monday', 'friday', 'sunday']);

/** A word that can be a surname: no word list knows it, though a surname may also be a given name ("June Carter Cash"). */
function isSurnameToken(token: Token | undefined): boolean {
  return token !== undefined && (token.classes & ~GIVEN_NAME_CLASSES) === 0 && !startsWithDigit(token.text) && token.known === undefined;
}

/**
 * "May said…", "Later May said…": a month left alone in its run is Theresa May if the article
 * names her, else the month or the verb. Not after the words that introduce a date ("in May",
 * "last June", "from April to May").
 */
export function loneNameMonth(text: string, tokens: readonly Token[], kept: readonly Token[]): Token | undefined {
  const last = tokens[tokens.length - 1];
  const alone = kept.length === 0 || (kept.length === 1 && kept[0] === last);
  // These months are dates to the word classes: the bit spares most words the look-up.
  return alone && is(last, WordClass.date) && NAME_MONTHS.has(last.lower) && !followsDateLeader(text, last.start) ? last : undefined;
}

function followsDateLeader(text: string, start: number): boolean {
  const before = wordBefore(text, start);
  return before !== undefined && !before.comma && DATE_LEADERS.has(before.word);
}

const DATE_LEADERS: ReadonlySet<string> = new Set([
  'the', 'a', 'in', 'since', 'until', 'till', 'by', 'from', 'on', 'of', 'to', 'and', 'or', 'last', 'next', 'this', 'that', 'early', 'late',
  'mid', 'during', 'before', 'after', 'through', 'each', 'every', 'between', 'throughout',
]);

/** "the Rs. 2,000 daily wage": a currency's abbreviation before an amount names nothing. */
export function isCurrencyBeforeAmount(text: string, token: Token): boolean {
  return CURRENCY_ABBREVIATIONS.has(token.lower) && /^\.? \d/.test(text.slice(token.end, token.end + 3));
}

/** "the White House AI and crypto czar", "BBC TV": a common acronym after a known name is no part of it. */
export function withoutTrailingCommonAcronym(tokens: Token[]): Token[] {
  // "Kieran O'Flaherty SC", "Funmi Adebayo SAN": a senior counsel's letters after a given name and a surname.
  // ("Phil Quilliam MHK": or a legislator's.)
  const letters = tokens[tokens.length - 1]?.text;
  if (tokens.length >= 3 && (SENIOR_COUNSEL_LETTERS.has(letters) || SEAT_LETTERS.has(letters)) && is(tokens[0], WordClass.givenName)) return tokens.slice(0, -1);
  if (tokens.length < 2 || !isCommonAcronym(tokens[tokens.length - 1].text)) return tokens;
  const rest = tokens.slice(0, -1);
  return knownType(rest) === undefined && !endsWithPostNominal(tokens) ? tokens : rest;
}

/**
 * "Guy Mansfield QC", "Kate Hoey MP": letters after a person's name are no part of it. Only
 * people are silks; "MP" follows a given name and a surname ("Labour MP" is a role).
 */
function endsWithPostNominal(tokens: readonly Token[]): boolean {
  const letters = tokens[tokens.length - 1].text;
  if (tokens.length < 3) return false;
  // "Chairman of the Environmental Audit Committee Peter Ainsworth MP": a given name and a surname
  // right before the letters, whatever title opens the run.
  const postNominal = letters === 'QC' || letters === 'KC' || LEGISLATOR_LETTERS.has(letters);
  if (postNominal && is(tokens[tokens.length - 3], WordClass.givenName) && !is(tokens[tokens.length - 2], WordClass.orgHead | WordClass.otherHead | WordClass.role)) return true;
  if (anyIs(tokens.slice(0, -1), WordClass.orgHead | WordClass.otherHead)) return false;
  return letters === 'QC' || letters === 'KC' || (LEGISLATOR_LETTERS.has(letters) && is(tokens[0], WordClass.givenName));
}

export const LEGISLATOR_LETTERS: ReadonlySet<string> = new Set(['MP', 'MEP', 'MSP', 'TD', 'MLA', 'MHK', 'MLC']);

/**
 * "Anneliese Vortmann, MD, said", "Marguerite Obi, MD, MPH,": a degree or an honour after a name and
 * a comma, not a state after a town ("Baltimore, MD").
 */
export function isPostNominalAfterName(text: string, token: Token): boolean {
  if (!POST_NOMINAL_LETTERS.has(token.text) || !text.startsWith(', ', token.start - 2)) return false;
  const before = WORD_BEFORE_COMMA.exec(text.slice(Math.max(0, token.start - 40), token.start - 2))?.[1];
  return before !== undefined && !PLACES.has(before.toLowerCase());
}

const WORD_BEFORE_COMMA = /(\p{Lu}[\p{L}'’-]*)$/u;
const SENIOR_COUNSEL_LETTERS: ReadonlySet<string> = new Set(['SC', 'SAN']);

/**
 * "a Massachusetts Democrat", "two Texas Republicans", "a London Tory": a party after a place says
 * who someone is, and the place is the only name.
 */
export function withoutTrailingAffiliation(tokens: Token[]): Token[] {
  if (tokens.length < 2 || !PARTY_MEMBERS.has(tokens[tokens.length - 1].lower)) return tokens;
  const rest = tokens.slice(0, -1);
  // Read before common words are dropped, so that "New" stays in "a New York Democrat"; "The Texas
  // Democrat" loses "The" later. A place's name has at most four words.
  for (let first = Math.max(0, rest.length - 4); first < rest.length; first++) {
    if (knownType(rest, first) === 'place') return rest;
  }
  return tokens;
}

/** Members of a party. Only these: after a place, a nationality or a compass word is part of a name ("London Irish", "China Southern"). */
const PARTY_MEMBERS: ReadonlySet<string> = new Set([
  'democrat', 'democrats', 'republican', 'republicans', 'tory', 'tories', 'conservative', 'conservatives', 'liberal', 'liberals',
  'socialist', 'socialists', 'communist', 'communists',
]);

/**
 * "P500", "Dh750", "R37m": a sum in pesos, dirhams or rand opening a run is no name (a model
 * number after a maker's name is part of it: "Epson R800", "SonyEricsson P900").
 */
export function withoutAmounts(text: string, tokens: Token[]): Token[] {
  let first = 0;
  // ("the R511" is a road so numbered.)
  while (first < tokens.length && isCurrencyAmount(tokens[first].text) && !THE_BEFORE_NUMBER.test(text.slice(Math.max(0, tokens[first].start - 4), tokens[first].start))) first++;
  return first === 0 ? tokens : tokens.slice(first);
}

/** A currency's letters, then digits: "P500", "Dh61", "R184m", "Rs40bn", "KSh2,000", "VND4.2". */
const CURRENCY_AMOUNT = /^(?:P|Php|PHP|Dh|Dhs|AED|R|Rs|Rp|Sh|KSh|Ksh|Tk|GH₵|MK|ZK|VND|VNĐ)\d[\d.,]*(?:m|bn|k|tn)?$/u;

/**
 * Whether the word is a `CURRENCY_AMOUNT`: its first digit comes second, third or fourth, which
 * most words' letters rule out before the pattern runs (read within the word: many are shorter).
 */
function isCurrencyAmount(word: string): boolean {
  const end = Math.min(word.length, LONGEST_CURRENCY_LETTERS + 1);
  for (let i = 1; i < end; i++) if (isDigitCode(word.charCodeAt(i))) return CURRENCY_AMOUNT.test(word);
  return false;
}

const LONGEST_CURRENCY_LETTERS = 3;
const THE_BEFORE_NUMBER = /\b[Tt]he\s$/;
