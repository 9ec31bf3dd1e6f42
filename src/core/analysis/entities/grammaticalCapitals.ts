/**
 * Words capitalised only by grammar, dropped from the front of a run: function words, common
 * words opening a sentence or a quotation ("Shares of Palantir rose", "Regrettably, …"),
 * demonyms, newsletter labels and common acronyms, unless they open a name the article or a
 * gazetteer knows ("The Conservatives won", "Stop Stansted Expansion said").
 */
import { appositiveNoun } from '../../text/appositions';
import { isGivenName, ORGANIZATIONS, PLACES } from '../../text/gazetteer';
import { FIRM_CALLINGS, FIRM_TRADE_WORDS, FUNCTION_WORDS, LANGUAGES, ORG_HEAD_WORDS, PERSON_INTRODUCERS, PLACE_HEADS, PORTFOLIOS, ROLE_WORDS } from '../../text/lexicon';
import { COMMON_WORDS } from '../../text/commonWords';
import { isDictionaryWord } from '../../text/englishWords';
import { CUE_VERBS } from '../cues';
import { WordClass } from '../../text/wordClasses';
import { isApostrophe, isInCapitals, isLetterAt, isPossessiveAt, LowerCaseLookup, startsSentence, Word, wordAfter } from '../../text/words';
import { anyIs, is, PLAIN_CAPITALISED, startsWithDigit, type Token } from './mentions';
import { bareName, isCommonAcronym, isKnownLongerName, isKnownName, isNationalBodysAcronym, isSpelledByAcronymAfter, opensKnownName } from './knownNames';
import { NO_SURNAME_CLASSES, NOT_A_GIVEN_NAME, opensInitialledName } from './personNames';
import {
  COMPASS_POINTS, COMPASS_QUARTERS, DEMONYM_OPENINGS, isBodyDescription, isBodyRelativeAfter, isCampaignCry, isCoinedName, isCompoundOfWords, isDictionaryWordOrPlural, isEnglishWord, isFirmSuffix,
  isNationalAgency, isNationalSportBody, isNewspaperShortName, isNumberedUnit, isOrdinalNumber, isSportBeforeCountry, LABEL_WORDS, PEOPLE_IN_APPOSITION, PREFIXED, STATE_FORMS, TITLE_OPENINGS,
} from './nameWords';

/**
 * "New Yorkers", "New Zealander Peter Jackson": two words for the people of a place; but "The New
 * Yorker", with no name after it, is the magazine.
 */
function opensPeopleOfPlace(tokens: readonly Token[], index: number): boolean {
  const first = tokens[index];
  const second = tokens[index + 1];
  return second !== undefined && PLACE_FIRST_WORDS.has(first.lower) && (second.lower.endsWith('s') || index + 2 < tokens.length)
    && isPeopleOfPlace(`${first.lower} ${second.lower}`);
}

/** The first words of the places of two words or more ("new" of "New York"), which alone may open their people's name. */
const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set([...PLACES].filter((place) => place.includes(' ')).map((place) => place.slice(0, place.indexOf(' '))));
const CAPITALISED_AFTER_HYPHEN = /-\p{Lu}/u;

/**
 * The people of a place the gazetteer knows, one or many: "Londoner(s)", "Kansan(s)", "Texan(s)",
 * "Californian(s)", "Ohioan(s)", "Bostonian(s)"; a demonym, not a name.
 */
function isPeopleOfPlace(lower: string): boolean {
  const one = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  if (one.endsWith('er')) return PLACES.has(one.slice(0, -2));
  if (!one.endsWith('n') || one.length < 5) return false;
  const stem = one.slice(0, -1);
  return PLACES.has(stem) || PLACES.has(`${stem}s`) || (stem.endsWith('a') && PLACES.has(stem.slice(0, -1))) || (stem.endsWith('ia') && PLACES.has(stem.slice(0, -2)));
}

/**
 * Drops words capitalised only by grammar: function words, sentence-initial common words,
 * demonyms, newsletter labels and common acronyms. A common word stays when it opens a title or
 * an organisation's name ("Defense Secretary Pete Hegseth", "Home Office").
 */
export function dropCommonLeadingWords(text: string, tokens: Token[], run: Word[], lowerCaseWords: LowerCaseLookup): Token[] {
  // "Time will tell": a gazetteer name that is also a common word is read as the word at a sentence
  // start, unless a verb of speech follows it ("Sky said it was honoured").
  const commonOpening = tokens.length === 1 && (run[0]?.sentenceStart ?? false) && is(tokens[0], WordClass.common)
    && !CUE_VERBS.has(wordAfter(text, tokens[0].end) ?? '');
  // "Police Scotland said": an agency named for its field keeps that word at a sentence start
  // ("Former England captain" does not).
  if (isSurnameOpeningClause(text, tokens, run, lowerCaseWords)) return tokens;
  if ((isKnownName(tokens) && !commonOpening) || (isNationalAgency(tokens) && (tokens.length > 2 || PORTFOLIOS.has(tokens[0].lower) || ORG_HEAD_WORDS.has(tokens[0].lower)))) return tokens;
  if (isUnknownCompoundOpening(text, tokens, run) || isCommonWordOpeningQuotation(text, tokens) || isDictionaryWordOpening(text, tokens, run, lowerCaseWords)
    || isForeignSentenceOpening(text, tokens, run)) return [];
  let first = 0;
  // "Two New Jersey Republicans": dropping stops at a known name, so its own first word ("New") stays.
  while (first < tokens.length && isGrammaticalCapital(tokens, first, run[first]?.sentenceStart ?? false, lowerCaseWords) && !isKnownLongerName(tokens, first)
    && !opensKnownName(tokens, first) && !isKnownLastWord(tokens, first) && !namesSportsBody(tokens, first)
    && !(run[first]?.sentenceStart && opensSameNameInSentence(text, tokens, first)) && !isInitialWithStop(text, tokens, first)) first++;
  if (first > 0 && isSpelledByAcronymAfter(text, tokens)) return tokens;
  // "Save Our Southern Seas said": a campaign named for its cry keeps its verb; so does one an
  // apposition calls a body ("Fly Fair Britain, a passenger campaign group, welcomed").
  // So does a person's given name that is also a word, when an apposition says who the person is
  // ("Memory Gwatidzo, a mother of three who sells second-hand clothes").
  if (first > 0 && (isCampaignCry(tokens) || (first === 1 && (isBodyInApposition(text, tokens) || isPersonInApposition(text, tokens) || isBodyBeforeWhich(text, tokens))))) return tokens;
  // Most runs open with a name and keep every word.
  const rest = first === 0 ? tokens : tokens.slice(first);
  // "21st Century audiences" is a time, "20th Century Fox" a name that opens with it; so does
  // "1st Armored Division", a military unit numbered by its ordinal.
  if (first > 0 && isOrdinalNumber(tokens[first - 1].text) && CENTURY.test(rest[0]?.text ?? '')) return rest.length === 1 ? [] : tokens.slice(first - 1);
  if (first > 0 && isNumberedUnit(tokens.slice(first - 1))) return tokens.slice(first - 1);
  if (rest.length > 0 && isKnownName(rest)) return rest;
  // A lone title, modifier or organisation noun ("the Department's work", "the Secretary", "Defense officials") names nothing by itself.
  // But "a reporter on the Chronicle": a newspaper's title word after "the" is the paper's short name.
  if (rest.length === 1 && (is(rest[0], WordClass.role | WordClass.roleModifier | WordClass.orgHead | WordClass.otherHead) || isCommonAcronym(rest[0].text))
    && !isNewspaperShortName(text, rest[0].start, rest[0].end)) return [];
  if (rest.length === 1 && startsWithDigit(rest[0].text)) return [];
  // "the South", "the West": a compass point alone is a direction or a vague region; "in Cantonese", a language.
  if (rest.length === 1 && (COMPASS_POINTS.has(rest[0].lower) || LANGUAGES.has(rest[0].lower))) return [];
  return rest;
}

/**
 * "A. Shanthi, a homemaker": an "A" and its full stop opening a name is an initial, not the article
 * (the "I" of "so am I. I'm asking" is the pronoun).
 */
function isInitialWithStop(text: string, tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return tokens[index].text === 'A' && next !== undefined && text.startsWith('. ', tokens[index].end) && next.start === tokens[index].end + 2;
}

/** "Save Our Southern Seas", "Save Our NHS": a campaign named for what it would save. */
function isBodyInApposition(text: string, tokens: readonly Token[]): boolean {
  // A verb, not "On", "The" or a date, opens the name.
  if (!PLAIN_CAPITALISED.test(tokens[0].text) || is(tokens[0], WordClass.function | WordClass.date | WordClass.number)) return false;
  // "Bridges for Accountability, a Manila-based group": a word joined to the rest by a connector is
  // as surely the name's as a third word would be.
  const described = tokens.length > 2 || tokens[1]?.connector ? appositiveNoun(text, tokens[tokens.length - 1].end) : undefined;
  return described !== undefined && isBodyDescription(described);
}

/**
 * "Little Cedars Early Learning, which cared for about 70 children", "Rail Passengers Europe, which
 * represents": three words or more that a "which" clause describes are a body's name, its first word too.
 */
function isBodyBeforeWhich(text: string, tokens: readonly Token[]): boolean {
  return tokens.length > 2 && PLAIN_CAPITALISED.test(tokens[0].text) && !is(tokens[0], WordClass.function | WordClass.date | WordClass.number | WordClass.roleModifier | WordClass.honorific)
    && WHICH_AFTER.test(text.slice(tokens[tokens.length - 1].end, tokens[tokens.length - 1].end + 8));
}

const WHICH_AFTER = /^,\s+which\s/;

/** "Memory Gwatidzo, a mother of three": a word and a surname no word list knows, then a person's description. */
function isPersonInApposition(text: string, tokens: readonly Token[]): boolean {
  // (Not "Van der Zwaan, a Dutch engineer": the particle between says the word is the surname's own.)
  if (tokens.length !== 2 || tokens[1].start !== tokens[0].end + 1 || !PLAIN_CAPITALISED.test(tokens[0].text) || is(tokens[0], NOT_A_GIVEN_NAME)
    || is(tokens[1], WordClass.common | WordClass.function)) return false;
  const described = appositiveNoun(text, tokens[1].end);
  return described !== undefined && PEOPLE_IN_APPOSITION.has(described);
}
const CENTURY = /^Centur(?:y|ies)$/;

/**
 * "Stop Stansted Expansion said …" opening a sentence, when the article also writes "said Stop
 * Stansted Expansion chairman": the word that would read as a sentence's capital opens the name.
 */
function opensSameNameInSentence(text: string, tokens: readonly Token[], first: number): boolean {
  const next = tokens[first + 1];
  // Only an everyday word: "The", "Liberal Democrat" open many names and are dropped for good reasons.
  if (next === undefined || next.connector !== '' || !is(tokens[first], WordClass.common) || is(tokens[first], WordClass.function | WordClass.demonym)) return false;
  const opening = text.slice(tokens[first].start, next.end);
  for (let at = text.indexOf(opening); at >= 0; at = text.indexOf(opening, at + 1)) {
    if (at !== tokens[first].start && !startsSentence(text, at) && !(at > 0 && isLetterAt(text, at - 1))) return true;
  }
  return false;
}

/**
 * Whether the word at `first` ends the run and is a gazetteer name after the words dropped before
 * it: "The Conservatives won", where the party's plural reads as a demonym's.
 */
function isKnownLastWord(tokens: readonly Token[], first: number): boolean {
  return first > 0 && first === tokens.length - 1 && tokens[first].known !== undefined;
}

/**
 * "Cricket South Africa said", in an article that also writes "first-class cricket": a sport
 * before a country is its governing body, however often the sport's word appears in lower case.
 */
function namesSportsBody(tokens: readonly Token[], first: number): boolean {
  return first === 0 && tokens.length > 1 && (isSportBeforeCountry(tokens) || isNationalSportBody(tokens));
}

function isGrammaticalCapital(tokens: Token[], index: number, sentenceStart: boolean, lowerCaseWords: LowerCaseLookup): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (is(token, WordClass.honorific)) return false;
  // "PT Kieraha Tambang Lestari": an Indonesian firm's legal form opens its name, even a sentence's.
  if (token.text === 'PT' && next !== undefined) return false;
  if (startsWithDigit(token.text) || (token.lower.charCodeAt(0) === 105 && isApostrophe(token.lower.charCodeAt(1))) || isPronounContraction(token.lower)) return true;
  // "30 Celsius", "a Series C round": a unit of temperature (not "Fahrenheit 9/11") and a round of funding are no names.
  if ((TEMPERATURE_SCALES.has(token.lower) && !(next && startsWithDigit(next.text))) || (token.lower === 'series' && next !== undefined && /^[A-H]$/.test(next.text))
    || (index > 0 && tokens[index - 1].lower === 'series' && /^[A-H]$/.test(token.text))) return true;
  // "X-ray", "U-turn", "A-level", "Anti-tremor": a lone capital or a prefix joined to a word is a common noun.
  if (token.text.includes('-') && (/^\p{Lu}-\p{Ll}/u.test(token.text) || PREFIXED.test(token.text))) return true;
  // "Londoners", "New Yorker": the people of a place, like a demonym; "South African", "North
  // American": a compass point before a demonym is part of it.
  if (is(token, WordClass.demonym) || isPeopleOfPlace(token.lower) || (next !== undefined && is(next, WordClass.demonym) && DEMONYM_OPENINGS.has(token.lower))
    || opensPeopleOfPlace(tokens, index) || (index > 0 && opensPeopleOfPlace(tokens, index - 1))) {
    // "Christian Jasperneite": a given name that is also a creed, before a surname.
    if (next !== undefined && is(token, WordClass.givenName) && !is(next, WordClass.common | WordClass.function | WordClass.demonym | WordClass.orgHead)) return false;
    // "the Islamic Republic of Iran", "the Irish Republic": a state's form after its creed or people is its name.
    // ("the Central African Republic": so is a compass point opening the people's name before the form.)
    if (next !== undefined && (STATE_FORMS.has(next.lower) || (DEMONYM_OPENINGS.has(token.lower) && STATE_FORMS.has(tokens[index + 2]?.lower ?? '')))) return false;
    // "Eastern Cape", "Western Visayas", "Northern Territory": a compass quarter of a place names a region.
    if (next !== undefined && index === 0 && tokens.length === 2 && COMPASS_QUARTERS.has(token.lower) && !is(next, WordClass.demonym | WordClass.function | WordClass.common)
      && !isInCapitals(next.text)) return false;
    return !isOrgContinuation(tokens, index);
  }
  if (!sentenceStart && opensInitialledName(tokens, index)) return false;
  // "CEO Dario Amodei" is a title; "AI Litigation Task Force", "AI Act" keep the acronym in the name.
  if (isCommonAcronym(token.text)) return !(next && (is(token, WordClass.role) || (token.text.length > 1 && is(tokens[tokens.length - 1], WordClass.orgHead | WordClass.otherHead))));
  if (is(token, WordClass.function) && !isKnownAcronym(token) && !(next && is(token, WordClass.roleModifier) && is(next, WordClass.role)) && !opensOrdinalName(tokens, index)
    && !(next && !sentenceStart && (NAME_OPENING_FUNCTION_WORDS.has(token.lower) || is(token, WordClass.givenName) || opensNumberedName(tokens, index) || TITLE_OPENINGS.has(token.text)))) return true;
  if (!sentenceStart) return tokens.length === 1 && isCapitalisedAdjective(token);
  if (LABEL_WORDS.has(token.lower)) return true;
  // "Miners Rio Tinto and …", "Carmakers Ford and GM": a plural noun opening the sentence describes
  // the name after it, unless a head noun makes it part of that name ("Masters Cup").
  if (index === 0 && next && isPluralNoun(token) && !is(tokens[tokens.length - 1], WordClass.orgHead | WordClass.otherHead)) return true;
  if (!next && isDerivedWord(token.lower)) return true;
  // "Offboarding Anthropic would…": a sentence-initial gerund is a verb, not part of a name ("Mei-Ling" and "Aisling" are given names).
  if (next && token.lower.length >= 7 && token.lower.endsWith('ing') && !is(token, WordClass.place) && !CAPITALISED_AFTER_HYPHEN.test(token.text)
    && !(is(token, WordClass.givenName) && !isDictionaryWord(token.lower))) return true;
  // "Novelist Andrea Levy", "Historian Mary Beard": a calling opening the sentence before a name describes the person.
  if (next && !is(next, NAME_BODY_CLASSES) && !is(token, WordClass.givenName)
    && (isCallingNoun(token.lower) || isAdjective(token.lower))) return true;
  // "Grazier Hamish Nakashima-Reid", "Beekeeper Ana Diaz": a trade before a given name, named by
  // an ending the word list often lacks (it knows neither "grazier", "crofter" nor "beekeeper").
  if (next && is(next, WordClass.givenName) && !is(token, WordClass.givenName | WordClass.role) && TRADE_ENDING.test(token.lower)) return true;
  // "Commuter Ravi Patel", "Evacuee Nilda Villareal", "Paddleboarder Gemma Rowse": a noun for what
  // a person does or undergoes, before a given name and a surname, describes the person.
  // (Not "Volunteer Fire Service", "Super Mario 64 DS": a body's words or a number follow.)
  if (next && tokens.length > index + 2 && !is(next, NAME_BODY_CLASSES) && !is(tokens[tokens.length - 1], WordClass.orgHead | WordClass.otherHead)
    && !tokens.some((rest) => startsWithDigit(rest.text))
    && !is(token, WordClass.givenName | WordClass.role | WordClass.place) && isPersonNoun(token.lower) && !lowerCaseWords.isCapitalisedMidSentence(token.text)) return true;
  // "Developer Ravensreach Studios", "Publisher Corvane Entertainment": what a firm does, opening
  // the sentence before its name, describes it, even when a firm's suffix ends the name.
  if (next && tokens.length > index + 2 && FIRM_CALLINGS.has(token.lower) && !is(next, WordClass.common | WordClass.function)) return true;
  // A word before a title or a firm's suffix, or a given name, opens the name whatever else the
  // article writes: asked first, as searching the article for the word in lower case is the costly test.
  if (next && (is(next, WordClass.role) || isFirmSuffix(tokens[tokens.length - 1].text) || is(token, WordClass.givenName | WordClass.role))) return false;
  // "Radio 1 said", "Channel 4 News": a body's head noun before a number names a channel or a
  // station; "Local 802 said", a union's local.
  if (next && (is(token, WordClass.orgHead) || token.lower === 'local') && startsWithDigit(next.text)) return false;
  // "Department for Transport figures show", "Ministry of Defence officials", later "the
  // department said": a body's head noun joined by "of" or "for" to the capitalised rest of the
  // run opens the body's name, though the article also writes the noun in lower case. ("Racing
  // for Team GB": not a verb's gerund, which only some bodies' names end with.)
  if (next && index === 0 && is(token, WordClass.orgHead) && HEAD_TO_FIELD.has(next.connector) && !token.lower.endsWith('ing')) return false;
  // The lexicons before the search, for the same reason.
  return is(token, WordClass.common | WordClass.number) || lowerCaseWords.has(token.lower);
}

/**
 * "Novelist", "historian": a noun for a calling, which no surname is. The word list lacks some
 * callings made of a word it has ("environmental" + "ist", "column" + "ist"); surnames ending so
 * ("Lindqvist", "Ahlquist") are not made of an English word.
 */
function isCallingNoun(lower: string): boolean {
  if (!CALLING_ENDING.test(lower)) return false;
  // "Seismologist", "Epidemiologist": no name ends so, though the word list lacks the rarer sciences.
  return lower.endsWith('ologist') || isDictionaryWord(lower) || (lower.endsWith('ist') && lower.length >= 8 && isDictionaryWord(lower.slice(0, -3)));
}

const CALLING_ENDING = /(?:ist|ian)$/;

/** Classes of a word that cannot open a person's name after a description: a body's words and grammar. */
const NAME_BODY_CLASSES = WordClass.orgHead | WordClass.otherHead | WordClass.common | WordClass.function;

/** The connectors between a body's head noun and its field: "Ministry of Defence", "Department for Transport". */
const HEAD_TO_FIELD: ReadonlySet<string> = new Set(['of', 'for']);

const TRADE_ENDING = /(?:keeper|maker|grower|smith|wright|herder|breeder|grazier|rancher|crofter|fisherman|deckhand|farmhand|stagehand|trucker|haulier|hauler)$/;

/**
 * "commuter", "evacuee", "paddleboarder": a noun for a doer or for one done to. The word list
 * lacks most "-ee" nouns ("evacuee" of "evacuate", "retiree" of "retire") and compounds of two
 * words it knows ("paddle" + "boarder").
 */
function isPersonNoun(lower: string): boolean {
  if (lower.endsWith('ee') && lower.length >= 6) {
    const stem = lower.slice(0, -2);
    return isDictionaryWord(stem) || isDictionaryWord(`${stem}e`) || isDictionaryWord(`${stem}ate`);
  }
  return AGENT_ENDING.test(lower) && (isDictionaryWord(lower) || isCompoundOfWords(lower));
}

const AGENT_ENDING = /(?:er|or)$/;

/**
 * "Tearful", "Faultless": a word the word list knows, with an ending that makes only adjectives.
 * Not "-ant" or "-ent", which also end given names and nouns that open names ("Grant", "Regent").
 */
function isAdjective(lower: string): boolean {
  return PURE_ADJECTIVE_ENDING.test(lower) && isDictionaryWord(lower);
}

const PURE_ADJECTIVE_ENDING = /(?:ful|less|ous)$/;

/**
 * "Impairment charges rose", "Regrettably, …": a word alone opening a sentence that the dictionary
 * knows is a common word, unless the article also capitalises it inside a sentence ("said
 * Unison"), it is a given name ("Bob"), a possessive ("Unison's 800,000 workers"), or a verb of
 * speech or a title follows it ("Oasis said", "Gunners boss Arsene Wenger").
 */
function isDictionaryWordOpening(text: string, tokens: readonly Token[], run: readonly Word[], lowerCaseWords: LowerCaseLookup): boolean {
  const [token] = tokens;
  if (tokens.length !== 1 || !(run[0]?.sentenceStart ?? false) || is(token, WordClass.givenName) || isPossessiveAt(text, token.end) || !isDictionaryWordOrPlural(token.lower)) return false;
  // "Gunners boss Arsene Wenger": a word before a title is whom the title serves.
  const next = wordAfter(text, token.end) ?? '';
  // ("Unison, which represents police staff, described": a clause on what the body does makes the word its name.)
  return !CUE_VERBS.has(next) && !ROLE_WORDS.has(next) && !PERSON_INTRODUCERS.has(next) && !lowerCaseWords.isCapitalisedMidSentence(token.text)
    && !isBodyRelativeAfter(text, token.end);
}

/**
 * "Lay declined a request for an interview", after "Its sole owner, Venâncio Lay,": a common word
 * ("lay", "fell", "rose") alone opening a sentence before a verb in the past is a surname, when the
 * article capitalises it inside a sentence after a capitalised word, as a name's last word.
 * "Sue said", after "association chair Sue Bratley": or a given name, when the article writes it before a surname.
 */
function isSurnameOpeningClause(text: string, tokens: readonly Token[], run: readonly Word[], lowerCaseWords: LowerCaseLookup): boolean {
  const [token] = tokens;
  if (tokens.length !== 1 || !(run[0]?.sentenceStart ?? false) || !is(token, WordClass.common) || !PAST_VERB_OPENING.test(text.slice(token.end, token.end + 24))) return false;
  if (is(token, WordClass.givenName)) return new RegExp(String.raw`(?<!\p{L})${token.text} \p{Lu}\p{Ll}`, 'u').test(text);
  if (is(token, NO_SURNAME_CLASSES & ~WordClass.common)) return false;
  if (!lowerCaseWords.isCapitalisedMidSentence(token.text)) return false;
  // After a given name, or a word no dictionary knows ("Venâncio"), as a name's last word: not a
  // body's word ("Internal Revenue") nor inside a longer name ("Severnmoor Students' Union").
  for (const before of text.matchAll(new RegExp(String.raw`(\p{Lu}[\p{L}'’-]+) ${token.text}\b(?![’']?\s+\p{Lu})`, 'gu'))) {
    if (isGivenName(before[1].toLowerCase()) || isCoinedName(before[1])) return true;
  }
  return false;
}

// ("Fields, for her part, brushed off the praise", "Fields also warned": past an aside or an adverb before the verb.)
const PAST_VERB_OPENING = /^(?:,\s+(?:for\s+(?:his|her|their)\s+part|however|though|meanwhile),)?\s+(?:(?:also|later|then|still)\s+)?(?:said|told|added|\p{Ll}{3,}ed)\b/u;

/**
 * "The Parliamentary standards watchdog", "the Presidential election", "a Eurosceptic party": an
 * adjective of an office or a creed capitalised out of respect, which news prose mostly writes in
 * lower case. Known names ("Atlantic", "Celtic") are read before this is asked.
 */
function isCapitalisedAdjective(token: Token): boolean {
  return ADJECTIVE_OF_OFFICE.test(token.lower) && COMMON_WORDS.has(token.lower);
}

const ADJECTIVE_OF_OFFICE = /(?:ary|ial|ic)$/;

/**
 * The words "Stay tuned", the slogan "Make love not spam": a quotation opens with a capital as a
 * sentence does, so a common word alone there is a word, wherever the quotation stands.
 */
function isCommonWordOpeningQuotation(text: string, tokens: readonly Token[]): boolean {
  if (tokens.length !== 1 || !is(tokens[0], WordClass.common)) return false;
  const before = text.charCodeAt(tokens[0].start - 1);
  return before === 0x22 || before === 0x201c;
}

/** "Miners", "Carmakers", "Analysts": a plural agent noun that no gazetteer lists ("Sanders" is a surname). */
function isPluralNoun(token: Token): boolean {
  return token.lower.length >= 5 && /(?:ers|ists)$/.test(token.lower) && token.known === undefined && !is(token, WordClass.place | WordClass.givenName);
}

/**
 * "Cross-selling opportunities…", "Gangster-themed films": a sentence opening with a compound
 * adjective is capitalised by grammar. Its first part names something only when a gazetteer
 * knows it ("Paris-based") or the article capitalises it elsewhere ("Nozaki-backed … Mr Nozaki").
 */
function isUnknownCompoundOpening(text: string, tokens: readonly Token[], run: readonly Word[]): boolean {
  const [token] = tokens;
  if (tokens.length !== 1 || !run[0]?.sentenceStart || text.charCodeAt(token.end) !== 45) return false;
  if (token.known !== undefined || token.opensKnownName || is(token, WordClass.place | WordClass.givenName)) return false;
  return text.indexOf(token.text, token.end) < 0 && text.lastIndexOf(token.text, token.start - 1) < 0;
}

/**
 * "Wala po akong alam diyan", "Natuto na kami noong nakaraang bagyo": the capital opening a
 * sentence in another language, a quotation or its translation's original, is its grammar's; the
 * word lists know few of the words after it. A name the article writes again stays.
 */
function isForeignSentenceOpening(text: string, tokens: readonly Token[], run: readonly Word[]): boolean {
  const [token] = tokens;
  if (tokens.length !== 1 || !run[0]?.sentenceStart || token.known !== undefined || token.classes !== 0) return false;
  // Most such words are names the article writes again, found before the words after are read.
  if (text.indexOf(token.text, token.end) >= 0 || text.lastIndexOf(token.text, token.start - 1) >= 0) return false;
  const words = LOWER_CASE_WORDS_AFTER.exec(text.slice(token.end, token.end + FOREIGN_REACH))?.[0].match(LOWER_CASE_WORDS) ?? [];
  if (words.length < FOREIGN_MIN_WORDS) return false;
  const foreign = words.filter((word) => !FUNCTION_WORDS.has(word) && !isDictionaryWord(word)).length;
  return foreign / words.length >= FOREIGN_SHARE;
}

/** The rest of the sentence, up to its end, a quotation mark or the line's end. */
const LOWER_CASE_WORDS_AFTER = /^[^.!?"“”\n]*/;
const LOWER_CASE_WORDS = /(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])/gu;
const FOREIGN_REACH = 120;
const FOREIGN_MIN_WORDS = 3;
const FOREIGN_SHARE = 0.6;

/**
 * Function words that, capitalised in mid-sentence before more of a name, open it: "near Old
 * Trafford", "the New York Marathon"; so do a given name that is also a word ("said Will Smith")
 * and a number that opens a numbered name.
 */
const NAME_OPENING_FUNCTION_WORDS: ReadonlySet<string> = new Set(['new', 'old']);

/**
 * "Firstly", "Happily", "Alcoholism": an adverb made from an English word, an abstract noun in
 * -ism or a disease, which a sentence may open with but which names nothing ("Kelly", "Connolly"
 * stay names).
 */
function isDerivedWord(lower: string): boolean {
  // Abstract nouns and diseases: "Alcoholism", "Tuberculosis", "Hepatitis"; not Lithuanian surnames ("Žemaitis", "Petraitis", "Jurkštytis").
  if (lower.length > 6 && /(?:isms?|osis|(?<![ayu])itis)$/.test(lower)) return true;
  if (lower.length <= 5 || !lower.endsWith('ly')) return false;
  const stem = lower.slice(0, -2);
  // "curiously", "tremendously": an adjective's ending shows through, whether or not the lexicon lists it.
  if (ADJECTIVE_ENDING.test(stem)) return true;
  // "happily" → "happy", "ironically" → "ironic".
  return isEnglishWord(stem) || isEnglishWord(`${stem}e`) || (stem.endsWith('i') && isEnglishWord(`${stem.slice(0, -1)}y`))
    || (stem.endsWith('ical') && isEnglishWord(stem.slice(0, -2)));
}

const ADJECTIVE_ENDING = /(?:ous|ful|ive|ent|ant|ible|able)$/;

/** "the Six Nations", "the Three Gorges Dam": a number before a plural or a head noun names a group or a thing ("Ten Cate" is a surname). */
function opensNumberedName(tokens: readonly Token[], index: number): boolean {
  const last = tokens[tokens.length - 1];
  return is(tokens[index], WordClass.number) && (last.lower.endsWith('s') || is(last, WordClass.orgHead | WordClass.otherHead) || PLACE_HEADS.has(last.lower));
}

/** "the First Amendment", "the Second World War": an ordinal opening the name of a law, an event or a body. */
function opensOrdinalName(tokens: Token[], index: number): boolean {
  return index < tokens.length - 1 && ORDINALS.has(tokens[index].lower) && is(tokens[tokens.length - 1], WordClass.otherHead | WordClass.orgHead);
}

const ORDINALS: ReadonlySet<string> = new Set(['first', 'second', 'third']);

/** "US" of "The US economy", "US President George Bush": a function word in capitals that names a place or a body. */
function isKnownAcronym(token: Token): boolean {
  return token.text.length > 1 && isInCapitals(token.text) && token.known !== undefined;
}

/** "She'd", "They’ve", "That'll": a pronoun contracted with a verb. */
function isPronounContraction(lower: string): boolean {
  // Most words hold no apostrophe, and need no regex.
  if (lower.length < 4 || (!lower.includes("'") && !lower.includes('’'))) return false;
  const contraction = CONTRACTION.exec(lower);
  return contraction !== null && CONTRACTED_PRONOUNS.has(contraction[1]);
}

const CONTRACTION = /^(\p{Ll}+)['’](?:d|ll|ve|re|m)$/u;
const CONTRACTED_PRONOUNS: ReadonlySet<string> = new Set(['she', 'he', 'we', 'they', 'you', 'it', 'that', 'there']);
const TEMPERATURE_SCALES: ReadonlySet<string> = new Set(['celsius', 'fahrenheit', 'centigrade']);

/** "British Airways", "Olympic Stadium": a demonym that starts the name of a body, an event or a place stays. */
function isOrgContinuation(tokens: Token[], index: number): boolean {
  const rest = tokens.slice(index + 1);
  if (rest.length === 0) return false;
  // "European Court of Human Rights": the head noun may sit before a connector.
  const last = rest[rest.length - 1];
  return ORGANIZATIONS.has(bareName(tokens.slice(index))) || anyIs(rest, WordClass.orgHead | WordClass.otherHead) || isFirmSuffix(last.text)
    || PLACE_HEADS.has(last.lower) || isNationalBodysAcronym(rest)
    // "Welsh Water", "British Gas", "Southern Water", "Northern Meat Processors": a people's or a
    // region's word before a trade names the firm that serves it.
    || FIRM_TRADE_WORDS.has(last.lower)
    // "the Malagasy Red Cross", "the Turkish Red Crescent": a nation's own society of the movement.
    || NATIONAL_SOCIETIES.has(bareName(rest));
}

const NATIONAL_SOCIETIES: ReadonlySet<string> = new Set(['red cross', 'red crescent']);
