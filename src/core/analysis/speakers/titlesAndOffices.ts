/**
 * Titles, offices and descriptions a speaker's phrase gives: "the 34-year-old" or "the striker" as
 * a description of someone named before, "the chairman", "the Tory leader" or "the chief executive
 * of Kestrel Computing" as an office and its holder, "the MP for Sittingbourne", a member of a body
 * named in full, "our correspondent" as the outlet's own journalist, and an office ("The judge")
 * opening the sentence before a pronoun.
 */
import { CUE_VERBS } from '../cues';
import type { LocalEntity, Span, Speaker } from '../model';
import { sentenceStart } from './sentenceBounds';
import type { Attribution } from './attributionTypes';
import type { MentionRef } from './mentionIndex';
import type { Context } from './context';
import { sentenceBefore } from './sentences';
import { anaphor } from './restatedSpeakers';
import { holderOfRole, soleHolderOfRole } from './officeHolders';
import { PERSON_SUFFIX } from './personNouns';
import { isWritingNoun } from './writings';
import { KNOWN_FOR, NATIONALITY_DESCRIPTION } from './descriptions';
import { isNamedAfterPreposition } from './pronounCandidates';
import { AGED_DESCRIPTION } from './unnamedSourceSpeakers';
import { DEMONYMS, FUNCTION_WORDS, ORG_HEAD_WORDS, ROLE_WORDS } from '../../text/lexicon';
import { isManOfPlace } from '../../text/wordClasses';

/** The kinds of place a region's government is named by: "the Grand Est region", "the Sogn og Fjordane county". */
export const REGION_KINDS: ReadonlySet<string> = new Set(['region', 'province', 'county', 'canton', 'commune', 'municipality']);

export const HEAD_OF_BODY = /^[Tt]he\s+(?:head|chief|commander|director)\s+of\s+the\s+[^,;]+$/;

/** "the older woman", "the younger man": a person described by sex and age alone. */
export const AGED_PERSON = /^[Tt]he\s+(?:older|younger|elder|old|elderly)\s+(woman|man)$/;

/**
 * "the Hpakant Township administrator": "the", a place's name and a lower-case title after it, the
 * title's one holder the article names, or 'unheld'; undefined for any other phrase.
 */
export function officeOfPlace(context: Context, lowerWords: readonly string[], named: readonly MentionRef[]): LocalEntity | 'unheld' | undefined {
  const title = lowerWords[lowerWords.length - 1];
  if (lowerWords[0] !== 'the' || named.length !== 1 || context.entities[named[0].key].type !== 'place' || !ROLE_WORDS.has(title)) return undefined;
  if (context.text.slice(named[0].end, named[0].end + title.length + 1).toLowerCase() !== ` ${title}`) return undefined;
  return soleHolderOfRole(context.entities, title) ?? 'unheld';
}

/** "The politician from …", "The lawmaker from …": a definite description of a person, then where they are from. */
export const DESCRIPTION_FROM = /^([Tt]he\s+(?:politician|lawmaker|legislator|congressman|congresswoman|senator|minister|mayor|councillor|councilor|MP|MEP|deputy|candidate))\s+from\s/;

const RANKED_DESCRIPTION = /^[Tt]he\s+(?:[Ww]orld|[Bb]ritish|[Ee]uropean|[Ww]omen['’]s|[Mm]en['’]s)\s+(?:No\.?\s?\d{1,3}|number\s+\p{Ll}+)$/u;

/** Whether the article names a person before `before`. */
export function namesPersonBefore({ mentions, entities }: Context, before: number): boolean {
  return mentions.lastBefore(before, (ref) => entities[ref.key].type === 'person') !== undefined;
}

/** "the 34-year-old", "the striker", "the Black Sabbath singer": "the", at most three words, ending in a lower-case noun. */
export function isDescription(phrase: string): boolean {
  // ("The ban notice said", "The launch press release says": a writing is no person either.)
  const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
  if (NO_ONE_NOUNS.has(last) || isWritingNoun(last)) return false;
  // "The former checkout supervisor from Wigan": where the person is from qualifies the description.
  const described = phrase.includes(' from ') || phrase.includes(' in ') ? phrase.replace(HOME_PLACE, '') : phrase;
  // The last word is lower case, but not a surname opening with its particle ("The saxophonist Yusuf al-Rashidi"; "the ex-Wallaby" is a description).
  if ((/^[Tt]he\s+(?:[\p{L}\d'’-]+\s+){0,2}[\p{Ll}\d][\p{L}\d-]*$/u.test(described) && !PARTICLE_SURNAME_LAST.test(described)) || KNOWN_FOR.test(phrase) || SEAT_HOLDER.test(phrase) || PARTY_MEMBER.test(phrase)) return true;
  // "the 63-year-old retired school secretary": an age, then up to three lower-case words; "The World No.2": a ranking.
  if (AGED_DESCRIPTION.test(phrase) || RANKED_DESCRIPTION.test(phrase)) return true;
  // "the Spaniard said", "the 34-year-old Dane", "the Yorkshireman": a nationality after lower-case words only.
  const nationality = NATIONALITY_DESCRIPTION.exec(phrase);
  if (nationality !== null && (DEMONYMS.has(nationality[1].toLowerCase()) || isManOfPlace(nationality[1].toLowerCase()))) return true;
  // "The Taoiseach", "The Chancellor": a title capitalised as an office.
  const office = CAPITALISED_OFFICE.exec(phrase);
  return office !== null && ROLE_WORDS.has(office[1].toLowerCase());
}

/**
 * "the Indonesian Democratic Party of Struggle (PDI-P) lawmaker": a person's noun after the full
 * name of their body, which may carry its acronym, describes someone as "the Labour MP" does.
 */
export function isMemberOfBodyNamed({ text, entities }: Context, value: string, start: number, named: readonly MentionRef[]): boolean {
  const member = MEMBER_OF_BODY.exec(value);
  if (!member || !(ROLE_WORDS.has(member[2]) || PERSON_SUFFIX.test(member[2]))) return false;
  const bodyStart = start + value.indexOf(member[1]);
  const body = named.find((ref) => ref.start === bodyStart && entities[ref.key].type === 'organization');
  return body !== undefined && ACRONYM_AFTER_NAME.test(text.slice(body.end, bodyStart + member[1].length));
}

const MEMBER_OF_BODY = /^[Tt]he\s+(\p{Lu}.*?)\s+(\p{Ll}+)$/u;
/** Nothing, or the name's acronym in brackets: what may follow a body's name before the person's noun. */
const ACRONYM_AFTER_NAME = /^(?:\s+\(\p{Lu}[\p{Lu}\d&-]{1,9}\))?$/u;

// ("The Principal Magistrate", "The Chief Constable": with the words of its rank.)
const CAPITALISED_OFFICE = /^[Tt]he\s+(?:\p{Lu}\p{Ll}+\s+){0,2}(\p{Lu}\p{Ll}+)$/u;
export const PERSONS_OFFICE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*['’]s\s+(?:\p{Ll}+\s+)?office$/u;

/** "what the industry calls "low-stakes"", "what the market calls": a field, a crowd or a thing, which describes no one. */
const NO_ONE_NOUNS: ReadonlySet<string> = new Set(['industry', 'market', 'markets', 'public', 'world', 'internet', 'web', 'economy', 'sector', 'trade',
  'business', 'media', 'press', 'country', 'nation', 'city', 'town', 'data', 'figures', 'numbers', 'evidence', 'science', 'law', 'system',
  // ("what the factory calls a "delivery advice"": a workplace is no person.)
  'factory', 'plant', 'mill', 'refinery', 'works']);

const PARTICLE_SURNAME_LAST = /\s(?:al|el|ad|as|an|at|az|bin|ibn|ben|de|da|di|du|le|la|tal|tas|tad)-\p{Lu}[\p{L}-]*$/u;

export const HOME_PLACE = /\s+(?:from|in)\s+\p{Lu}[\p{L}'’-]*$/u;

/** "the chairman", "the Chester chairman", "the minister"; not "the prime minister", "the Tory leader" or "the spokesman", who may be many. */
export function isBareTitle(phrase: string, title: string): boolean {
  return SINGLE_HOLDER_TITLES.has(title) && BARE_TITLE.test(phrase);
}

/**
 * "Minister of Tourism, Economic Affairs, Transport and Telecommunication (TEATT) Ornella Fleming":
 * the last person named before `before` right after a long title, written out, that opens with the
 * title a description gives ("the Minister said"), which the entity pass could not take as a role.
 */
export function personTitledBefore({ text, mentions, entities }: Context, title: string, before: number): LocalEntity | undefined {
  const opening = new RegExp(`\\b${title}\\b[^.;:"“”]{0,100}$`, 'i');
  const titled = mentions.lastBefore(before, (ref) => entities[ref.key].type === 'person' && opening.test(text.slice(Math.max(0, ref.start - 110), ref.start)));
  return titled && entities[titled.key];
}

/** "For the prosecution, Julien Massot described …", "Prosecuting, Harriet Coyle told the court": the last person named as the one prosecuting, whom "the prosecutor" takes up. */
export function prosecutingPersonBefore({ text, mentions, entities }: Context, before: number): LocalEntity | undefined {
  const named = mentions.lastBefore(before, (ref) => entities[ref.key].type === 'person' && PROSECUTING_BEFORE.test(text.slice(Math.max(0, ref.start - 24), ref.start)));
  return named && entities[named.key];
}

const PROSECUTING_BEFORE = /(?:^|[.!?]\s+|\n)(?:For\s+the\s+prosecution|Prosecuting),\s+$/;

const SINGLE_HOLDER_TITLES: ReadonlySet<string> = new Set(['chairman', 'chairwoman', 'minister', 'judge', 'prosecutor']);
const BARE_TITLE = /^[Tt]he\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{L}\p{Ll}+$/u;
/** "the Stanmoor manager": a title after the name of the body it serves. */
export const BODY_AND_TITLE = /^[Tt]he\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,2}\p{Ll}+$/u;

/** "The MP for Sittingbourne and Sheppey", "the Ealing North MP": one seat has one holder. */
const SEAT_HOLDER = /^[Tt]he\s+(?:(?:\p{L}[\p{L}'’-]*\s+){0,2}(?:MP|MEP|MSP|AM|[Mm]ember|[Ss]enator|[Cc]ongress(?:man|woman))\s+for\s+\p{Lu}|(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:MP|MEP|MSP|AM)$)/u;

/** "the Montana Republican", "the Illinois Democrat": a legislator by state and party. */
const PARTY_MEMBER = /^[Tt]he\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}(?:Republican|Democrat|Conservative|Tory|Socialist)$/u;

/** "our correspondent", "our political editor": the outlet's own journalist. */
export const OWN_REPORTER = /^[Oo]ur\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:correspondent|reporter|editor)$/u;

/**
 * "…", our correspondent added: the journalist the article named with that role ("BBC
 * correspondent Stephen Cape") when there is one, else the source as written. Never the person in
 * focus, as a description would be: the reporter is not the newsmaker.
 */
export function ownReporter(context: Context, mention: Span, attribution: Attribution): Speaker {
  const holder = soleHolderOfRole(context.entities, mention.text.slice(mention.text.lastIndexOf(' ') + 1));
  if (holder) return anaphor(holder, mention, attribution.cue);
  return { name: mention.text, entity: null, mention, unnamed: true, organization: null, method: attribution.method, cue: attribution.cue };
}

/**
 * "the prime minister", "the foreign minister", "the chief executive", "the party leader": an
 * office with a single holder, unlike "the minister", "the senior official" or "the executive",
 * which stay unnamed sources.
 */
export function isOffice(lowerWords: readonly string[]): boolean {
  // "the CEO said": an office written as its acronym.
  if (lowerWords.length === 2 && lowerWords[0] === 'the' && OFFICE_ACRONYMS.has(lowerWords[1])) return true;
  if (lowerWords[0] !== 'the' || lowerWords.length < 3 || lowerWords.length > 4) return false;
  return OFFICE_NOUNS.has(lowerWords[lowerWords.length - 1]) && lowerWords.slice(1, -1).every((word) => OFFICE_QUALIFIERS.has(word));
}

/** "the co-founder and chief executive" of "the co-founder and chief executive of Kestrel Computing": an office, then "of" and a body the article names. */
export function officeOfNamedBody({ text, entities }: Context, mention: Span, named: readonly MentionRef[], lowerWords: readonly string[]): Span | undefined {
  const of = lowerWords.indexOf('of');
  if (lowerWords[0] !== 'the' || of < 2 || named.length !== 1 || entities[named[0].key].type !== 'organization') return undefined;
  const office = lowerWords.slice(1, of);
  const lastOffice = office.slice(office.lastIndexOf('and') + 1);
  const beforeBody = text.slice(mention.start, named[0].start);
  if (!isOffice(['the', ...lastOffice]) || !OFFICE_THEN_BODY.test(beforeBody)) return undefined;
  const end = mention.start + beforeBody.search(/\s+of\s/);
  return { start: mention.start, end, text: text.slice(mention.start, end) };
}

/** "the chief executive of ": an office's words, then "of" right before the body's name. */
const OFFICE_THEN_BODY = /^[Tt]he\s+[\p{Ll}\s-]+\sof\s+(?:the\s+)?$/u;

/** "the Tory leader", "the Liberal Democrat leader": the leader of a party or body the words name. */
export const PARTY_LEADER = /^[Tt]he\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,2}leader$/u;

/**
 * Who "the Tory leader" is: the one person the article calls that ("Tory leader Michael Howard"),
 * else the person named last before it ("a call … from Charles Kennedy. The Lib Dem leader said").
 */
export function partyLeader({ entities, mentions, text }: Context, mention: Span): LocalEntity | undefined {
  // Someone named after "by" or "to" ("taken for granted by Tony Blair") is talked about, not in focus.
  const last = mentions.lastBefore(mention.start, (ref) => entities[ref.key].type === 'person' && !isNamedAfterPreposition(text, ref));
  return soleHolderOfRole(entities, mention.text) ?? (last && entities[last.key]);
}

/**
 * "the Labour peer and former minister", "the former chancellor": a definite description, ending
 * in a lower-case noun, that only fits one person the story has named, unlike "the minister",
 * which may be anyone's.
 */
export function isPersonalDescription(lowerWords: readonly string[]): boolean {
  const last = lowerWords[lowerWords.length - 1];
  // ("the Takhar department of vice and virtue": not a body's name, whose "and" is in what it is of.)
  return lowerWords[0] === 'the' && lowerWords.length <= 7 && (lowerWords.includes('former') || lowerWords.includes('and'))
    && !FUNCTION_WORDS.has(last) && !lowerWords.some((word, index) => CUE_VERBS.has(word) || (ORG_HEAD_WORDS.has(word) && lowerWords[index + 1] === 'of'));
}

const OFFICE_NOUNS: ReadonlySet<string> = new Set(['minister', 'leader', 'executive', 'officer', 'secretary']);
const OFFICE_ACRONYMS: ReadonlySet<string> = new Set(['ceo', 'cfo', 'cto', 'coo']);
const OFFICE_QUALIFIERS: ReadonlySet<string> = new Set([
  'prime', 'first', 'chief', 'deputy', 'foreign', 'home', 'finance', 'defence', 'defense', 'health', 'education', 'party', 'opposition',
  'financial', 'operating', 'technology', 'culture', 'trade', 'transport', 'environment', 'interior', 'justice', 'shadow',
]);

/**
 * "The judge rejected that argument. In her written judgment, she said: "…"": an office opening
 * the sentence before as its subject, held by one person in the article ("Mrs Justice
 * Pennington"), is who the pronoun goes on with.
 */
export function officeOpeningSentenceBefore(context: Context, offset: number, fits: (key: number) => boolean = () => true): { holder: LocalEntity; office: Span } | undefined {
  const sentence = sentenceBefore(context.text, offset);
  if (!sentence || sentence.from < (context.previous?.end ?? 0)) return undefined;
  const subject = OFFICE_SUBJECT.exec(context.text.slice(sentence.from, sentence.to));
  if (!subject?.indices) return undefined;
  // Of several holders ("Chief Delia Mistikwan-Beardy", "Grand Chief …"), the one named last
  // whom the pronoun can stand for ("The director says he hopes", of a circus director and an equestrian one).
  const holder = holderOfRole(context, subject[1], sentence.from, fits);
  const start = sentence.from + subject.indices[1][0];
  return holder && { holder, office: { start, end: start + subject[1].length, text: subject[1] } };
}

/**
 * "The judge did not go that far. Marek H. confessed in full …. "…," she said": an office opening
 * the sentence before last, when the sentence between names no one the pronoun can stand for.
 */
export function officeOpeningSentenceBeforeAside(context: Context, offset: number, fits: (key: number) => boolean): LocalEntity | undefined {
  const between = sentenceBefore(context.text, offset);
  if (!between || context.mentions.within(between.from, offset).some((ref) => fits(ref.key))) return undefined;
  return officeOpeningSentenceBefore(context, between.from, fits)?.holder;
}

/**
 * "The judge said she accepted that it had come "…"": a pronoun opening what an office holder
 * says is the office holder, not whoever the article named last.
 */
export function officeReportingPronoun({ text, entities }: Context, pronoun: Span): LocalEntity | undefined {
  const office = OFFICE_SAID.exec(text.slice(sentenceStart(text, pronoun.start), pronoun.start));
  return office ? soleHolderOfRole(entities, office[1]) : undefined;
}

/** "The judge", "the home secretary", "the Minister": an office named with "the", in a word or three, capitalised or not. */
const DEFINITE_OFFICE = String.raw`[Tt]he\s+(?:\p{Lu}?\p{Ll}+\s+){0,2}?\p{Lu}?\p{Ll}+`;

const OFFICE_SAID = new RegExp(String.raw`^\s*(?:(?:But|And|Yet)\s+)?(${DEFINITE_OFFICE})\s+(?:said|says|added)\s+(?:that\s+)?$`, 'u');

/**
 * "The judge", "The home secretary" opening a sentence before its verb ("rejected", "has apologised",
 * "says", "said he would", "did not accept", after an aside: "The judge, however, did not accept"), or
 * before "was" and a word of manner ("Asked whether …, the minister was curt.").
 */
// ("Responding, the cabinet member said": or after a participle of answering.)
const OFFICE_SUBJECT = new RegExp(String.raw`^\s*(?:(?:But|And|Yet)\s+)?(?:(?:(?:Asked|In|On|At|After|During)\s[^.,;:"“”]+|(?:Responding|Replying|Answering)(?:\s[^.,;:"“”]+)?),\s+)?(${DEFINITE_OFFICE})(?:,\s+(?:however|though|meanwhile|too),)?\s+(?:(?:has\s+|had\s+|was\s+|is\s+)?(?:\p{Ll}+ed|\p{Ll}+s|said|told)\b(?!['’])|(?:did|does)\s+not\s+\p{Ll}+\b|(?:was|is)\s+(?:less\s+|more\s+|not\s+)?\p{Ll}+\s*[.,])`, 'du');

/** "Our correspondent", as written or as the journalist it names, who must fit the pronoun. */
export function isOwnReporter(speaker: Speaker, fits: (key: number) => boolean): boolean {
  if (speaker.mention === null || !OWN_REPORTER.test(speaker.mention.text)) return false;
  return speaker.entity === null || fits(speaker.entity);
}

export const OWN_REPORTER_OPENING = /^\s*[Oo]ur\s/;
