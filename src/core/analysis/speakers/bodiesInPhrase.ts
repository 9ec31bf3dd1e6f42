/**
 * Bodies a speaker's phrase names: a body set in apposition ("the bank's chief economist, …"), a
 * body by its kind after its name ("the Save Pellow Hill group"), its branch or department, its
 * staff ("its forecasters"), a state's forces, a court, a business by its premises, a place's
 * government, the one a lawyer or spokesman speaks for, names the entity pass missed, and the
 * owner or author of a writing the phrase names ("a letter from Mr Howard", "a post on Thistle's
 * website").
 */
import { DOCUMENT_NOUNS } from '../cues';
import type { LocalEntity, Span, Speaker } from '../model';
import type { QuoteSpan } from '../quotes';
import type { Attribution, Phrase } from './attributionTypes';
import type { MentionRef } from './mentionIndex';
import type { Context } from './context';
import { nthWord } from './sentences';
import { anaphor, speaksAsWritten } from './restatedSpeakers';
import { bodyCalled, bodyNamedAs, descriptionSentenceAt, organizationInFocus, soleBodyNamedWith, STATE_DEPARTMENTS, STATE_NOUNS } from './organizationsInFocus';
import { PERSON_SOURCE, PERSON_SUFFIX } from './personNouns';
import { PAST_VERB_AFTER } from './sentenceSubjects';
import { AFTER_PREPOSITION } from './pronounCandidates';
import { HANDLE_IN_NAME } from './unnamedSourceSpeakers';
import { DEMONYMS, FIRM_CALLINGS, FUNCTION_WORDS, ORG_HEAD_WORDS, ORG_INTRODUCERS, ROLE_WORDS } from '../../text/lexicon';
import { isApostrophe } from '../../text/words';

/** Whether the words after a body's name are all a body noun it qualifies, as in "the UN mission". */
export function endsWithQualifiedNoun(words: string): boolean {
  return BODY_NOUN_AFTER_QUALIFIER.exec(words)?.[0].length === words.length;
}

/** A lower-case body noun right after a body's name, which the name qualifies: "UN peacekeeping mission", "EU border agency". */
export const BODY_NOUN_AFTER_QUALIFIER = /^\s+(?:\p{Ll}+\s+){0,2}(?:mission|agency|force|office|unit|wing|arm|subsidiary|division|branch|committee|commission|panel|taskforce|body)\b/u;

/** Where a writing's noun first ends in a phrase ("a letter" of "a letter signed by …"), or the phrase's end. */
export function writingNounEnd(phrase: string, noun: string): number {
  const at = phrase.toLowerCase().indexOf(noun);
  return at < 0 ? phrase.length : at + noun.length;
}

/**
 * Whether the apposition names the person the description is ("the bank's chief economist, Jan
 * Hatzius,"), not a person it only mentions ("One juror, a retired schoolteacher from Gilbert who …,"),
 * or names the body it is.
 */
export function namesSpeakerInApposition(context: Context, speaker: Speaker, apposition: Phrase): boolean {
  // "Another caller, a headteacher who gave her name only as Gill, said": the name the source goes by.
  if (HANDLE_IN_NAME.test(apposition.phrase.trimEnd())) return true;
  if (speaker.entity === null || speaker.mention === null) return false;
  // "Residents in Otley, West Yorkshire, said": a place after a place is where it lies, no speaker.
  if (context.entities[speaker.entity].type === 'place' && placeEndsBefore(context, apposition.phraseStart)) return false;
  // "The region's largest utility, Pelican Gulf Energy, said", "the industry's main trade group, the
  // American Silicon Council,", "The state-owned operator, Hebridean Sound Ferries (HSF),", "The
  // ship's owner, the Tromsø-based Nordkapp Polar Logistics,": a body the whole apposition names.
  if (context.entities[speaker.entity].type !== 'person') {
    const name = apposition.phrase.trim().replace(BODY_NAME_WRAPPING, '');
    // ("One of them, Andean-Pacific Satellite Co. of Lima, Peru,": with the stop of its abbreviation and where it is from.)
    return context.mentions.within(apposition.phraseStart, apposition.phraseStart + apposition.phrase.length)
      .some((ref) => ref.key === speaker.entity && name.startsWith(context.text.slice(ref.start, ref.end)) && BODY_NAME_TAIL.test(name.slice(ref.end - ref.start)));
  }
  // ("A spokesperson for VLAIO, the Flemish agency for innovation, said": a description taken to stand
  // for someone named elsewhere names no one in the apposition.)
  return speaker.method !== 'pronoun' && !AFTER_PREPOSITION.test(context.text.slice(apposition.phraseStart, speaker.mention.start));
}

/** Whether a place's name ends right before the comma that opens an apposition at `offset`. */
function placeEndsBefore({ text, mentions, entities }: Context, offset: number): boolean {
  const comma = text.lastIndexOf(',', offset);
  const before = mentions.lastBefore(comma + 1, () => true);
  return before !== undefined && before.end === comma && entities[before.key].type === 'place';
}

/** What may follow a body's name in an apposition naming it: its abbreviation's stop, where it is from ("Co. of Lima, Peru"). */
const BODY_NAME_TAIL = /^\.?(?:\s+(?:of|in|from)\s+\p{Lu}[\p{L}-]*(?:,?\s+\p{Lu}[\p{L}-]*)?)?$/u;

/**
 * "the" before a body's name, with what kind of body it is or where it is based ("the Tromsø-based
 * Nordkapp Polar Logistics", "the municipal hospital group Uckermark Gesundheit"), and its acronym
 * in brackets after it; or the group it belongs to ("now part of Germany-based Fördertechnik Hessler Group").
 */
const BODY_NAME_WRAPPING = /^(?:(?:now\s+)?(?:part|a\s+(?:subsidiary|unit|division))\s+of\s+(?:the\s+)?(?:[\p{L}.'’-]+-based\s+)?|the\s+(?:[\p{L}.'’-]+-based\s+|[\p{Ll}\d][\p{Ll}\d-]*\s+){0,4})|\s*\(\p{Lu}[\p{Lu}&.]+\)$/gu;

/** The writings a court hands down. */
export const COURT_WRITINGS: ReadonlySet<string> = new Set(['ruling', 'judgment', 'judgement', 'verdict', 'order', 'decision']);

/** The court the article named last before `before`: a body whose name says it is one ("Tribunal de Garantías Penales"). */
export function courtNamedBefore({ mentions, entities }: Context, before: number): LocalEntity | undefined {
  const court = mentions.lastBefore(before, ({ key }) => entities[key].type === 'organization' && COURT_NAME.test(entities[key].name));
  return court && entities[court.key];
}

/** A court's head noun in its name, in English or in the court's own language. */
const COURT_NAME = /\b(?:Court|Tribunal|Tribunale|Cour)\b/u;

/**
 * A lower-case word that says what a body does ("rights", "oil", "aid"), not which one it is among
 * others ("rival", "parent", "other") nor its nation ("German").
 */
export function isTradeWord(word: string): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !DEMONYMS.has(word) && !OTHER_BODY_WORDS.has(word);
}

const OTHER_BODY_WORDS: ReadonlySet<string> = new Set(['rival', 'other', 'parent', 'sister', 'former', 'new', 'second', 'third', 'same', 'smaller', 'larger',
  'bigger', 'competing', 'partner', 'acquiring', 'target', 'merged', 'combined', 'state-owned', 'private', 'foreign', 'local', 'national', 'international']);

/**
 * "The Netherlands said", "the Port of Liepāja says": "the" before a place's name is no part of the
 * entity. (But in "Jack Straw told the Commons that the US had agreed to release the four after "…"",
 * the place is the subject of what someone reported; in "the Netherlands, Portugal and the Czech
 * Republic … have announced", the last of a list.)
 */
export const THE_ONLY = /^[Tt]he\s+$/;
/** "The city of Evansville wrote": a place's government, named as such, speaks as the place. */
export const GOVERNMENT_OF_PLACE = /^[Tt]he\s+(?:city|town|county|state|village|borough|province|municipality|government)\s+of\s+$/;
const PLATFORMS = String.raw`(?:Instagram|Facebook|TikTok|YouTube|Telegram|LinkedIn|Threads|Bluesky|X)`;
export const ACCOUNT_OWNER = new RegExp(String.raw`^((?:(?:[Oo]ne|[Aa]nother|[Aa]n?|[Tt]he)\s+(?:\p{Ll}+\s+)?(?:post|message|video|story|tweet|update|reply|comment)\s+(?:on|from)\s+)?)(the\s+\p{Ll}+|\p{Lu}[^,]*?)['’]s?\s+(?:official\s+|own\s+|verified\s+)?`
  + String.raw`(?:${PLATFORMS}(?:\s+(?:account|page|feed|channel|story))?|account|page|feed|channel|handle)(?:\s+on\s+${PLATFORMS})?(?:\s+on\s+\p{Lu}\p{Ll}+day(?:\s+(?:morning|afternoon|evening|night))?)?$`, 'u');
/** "A notice on the federation’s website", "A post on Thistle's website": a writing put on a website, and whose website it is. */
export const WRITING_ON_WEBSITE = /^(?:[Oo]ne|[Aa]n?|[Tt]he)\s+(?:\p{Ll}+\s+)?(?:notice|post|statement|update|message)\s+(?:(?:posted|published)\s+)?on\s+(the\s+\p{Ll}+|\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*)*)['’]s?\s+(?:official\s+)?website$/du;
export const WHOSE_WRITING = /^(?:an?|the)\s[^,]*?\swhose\s+(?:\p{Ll}+\s+)?(?:website|site|blog|statement|report|filing|brochure|prospectus|advert|ad|page|policy|terms|mission\s+statement|slogan|motto|tagline|manifesto|charter)$/u;

/** "France's embassy in New Delhi said": a country's body and where it sits, every name a place's. */
export function isPlacesBodyInPlace({ entities }: Context, named: readonly MentionRef[], lowerWords: readonly string[], sourceNoun: number): boolean {
  return sourceNoun === 1 && /['’]s$/.test(lowerWords[0]) && lowerWords[2] === 'in' && named.every((ref) => entities[ref.key].type === 'place');
}

/**
 * "Mr Sigarchi's lawyer", "Mr Blair's official spokesman": someone who speaks for the one named,
 * unlike "Mr Tanzi's statement", which is Mr Tanzi speaking.
 */
export function speaksForPossessor(lowerWords: readonly string[], sourceNoun: number): boolean {
  return sourceNoun > 0 && sourceNoun === lowerWords.length - 1 && PERSON_SOURCE.test(lowerWords[sourceNoun])
    && lowerWords.slice(0, sourceNoun).some((word) => /['’]s$/.test(word));
}

/**
 * "a statement issued on behalf of Robert Zoellick", "a letter from Mr Howard": a writing whose
 * author the phrase names speaks with the author's voice, so the author is the speaker.
 */
export function namesAuthor(phrase: string, sourceNoun: string, names: number): boolean {
  return names > 0 && DOCUMENT_NOUNS.has(sourceNoun) && AUTHOR_AFTER_DOCUMENT.test(phrase);
}

const AUTHOR_AFTER_DOCUMENT = /\s(?:(?:issued|released|sent|signed|written)\s+)?(?:by|from|on behalf of)\s+(?:the\s+)?\p{Lu}/u;
export const DEPARTMENT_OF_BODY = /^([Tt]he\s+\p{Ll}+)['’]s\s+(?:\p{Ll}+\s+){0,2}(?:department|division|directorate|unit|board|leadership)$/u;

/**
 * A body's branch, after its name: "UCU| branch", "Unite| chapter", "The World Health
 * Organization|’s country office", "The House Appropriations Committee|'s defense subcommittee".
 */
export const BRANCH_ENDING = /(?:\s+(?:local\s+)?(?:branch|chapter)|['’]s\s+(?:(?:country|regional)\s+office|(?:\p{Ll}+\s+)?subcommittee))$/u;

/**
 * "The Save Pellow Hill group said", "Tasnim news agency described", "the Save Hamiltonhill Pool
 * campaign wrote": the body named before the noun of its kind.
 */
export function namedByKind({ entities, text }: Context, mention: Span, named: readonly MentionRef[], lowerWords: readonly string[]): LocalEntity | undefined {
  // "The United Rail and Tube Workers union (URTW)": the acronym defined after it is the same name again.
  const [name] = named;
  const kind = lowerWords.at(-1)?.startsWith('(') ? lowerWords.at(-2) : lowerWords.at(-1);
  if (name === undefined || named.some((ref) => ref.key !== name.key) || lowerWords.length < 2 || !(ORG_INTRODUCERS.has(kind ?? '') || kind === 'campaign')) return undefined;
  const between = text.slice(mention.start, name.start);
  return entities[name.key].type !== 'person' && /^(?:the\s+)?$/i.test(between) && KIND_AFTER_NAME.test(text.slice(name.end, mention.end)) ? entities[name.key] : undefined;
}

/** One or two lower-case words after a name: " group", " news agency", " union (URTW)". */
const KIND_AFTER_NAME = /^(?:\s+\p{Ll}+){1,2}(?:\s+\([^()]*\))?$/u;

/**
 * Nouns for a body that are no part of bodies' names: "the health system", "the utility", "the
 * school district", "the governing body"; and a state's institutions: "the presidency", "the military".
 */
// ("the operation", "the mission": a naval or peacekeeping one, named as a body: "EUNAVFOR Atalanta", "Unmiss".)
export const BODY_NOUNS: ReadonlySet<string> = new Set(['system', 'utility', 'district', 'body', 'presidency', 'military', 'army', 'navy', 'embassy', 'palace', 'junta', 'operation', 'mission']);

/** "The contract", "The timber rights agreement": a writing two sides signed. */
export const SIGNED_BY_TWO_SIDES = /^[Tt]he\s+(?:\p{Ll}+\s+){0,3}(?:contract|agreement)$/u;

/** A body's staff, who speak for it: "its forecasters", "its engineers". */
export const BODY_STAFF: ReadonlySet<string> = new Set(['forecasters', 'meteorologists', 'experts', 'engineers', 'scientists', 'researchers', 'analysts', 'economists', 'inspectors', 'investigators', 'officials', 'staff']);

/**
 * Who owns a writing by a possessive before its noun, as the speaker: the body "the bureau's" stands
 * for ("the bureau's own annual report"), or a person described, as written ("The court-appointed
 * monitor's latest report"), with the owner's words without "'s" as the mention.
 */
export function ownerOfPossessedWriting(context: Context, mention: Span, lowerWords: readonly string[], sourceNoun: number, attribution: Attribution, span: QuoteSpan): Speaker | undefined {
  const possessive = lowerWords.findIndex((word, index) => index > 0 && index < sourceNoun && word.endsWith('s') && isApostrophe(word.charCodeAt(word.length - 2)));
  const word = possessive > 0 ? nthWord(mention, possessive) : undefined;
  if (!word) return undefined;
  const noun = lowerWords[possessive].slice(0, -2);
  const owner = { start: mention.start, end: word.end - 2, text: context.text.slice(mention.start, word.end - 2) };
  const body = possessive === 1 ? bodyCalledByNoun(context, noun, mention, span) : undefined;
  if (body !== undefined) return anaphor(body, owner, attribution.cue);
  const person = ROLE_WORDS.has(noun) || (PERSON_SUFFIX.test(noun) && !FUNCTION_WORDS.has(noun) && !ORG_INTRODUCERS.has(noun));
  return person && context.mentions.within(owner.start, owner.end).length === 0 ? speaksAsWritten(owner, attribution) : undefined;
}

/** The body "the bureau", "the company" or "the supplier" stands for: the one in focus for a firm's noun, the one named with a body's head noun or a firm's calling. */
function bodyCalledByNoun(context: Context, noun: string, mention: Span, span: QuoteSpan): LocalEntity | undefined {
  if (ORG_INTRODUCERS.has(noun)) return organizationInFocus(context, descriptionSentenceAt(mention, span), noun, true);
  // ("The ministry's statement said", after "The Ministry of Electricity and Energy said": the one ministry named.)
  // ("The supplier’s letter", after "his supplier, Halesworth Energy": a firm the article named with its calling.)
  const key = STATE_DEPARTMENTS.has(noun) ? soleBodyNamedWith(context, noun, mention.start)
    : ORG_HEAD_WORDS.has(noun) && !STATE_NOUNS.has(noun) ? bodyCalled(context, noun, mention.start)
      : FIRM_CALLINGS.has(noun) ? bodyNamedAs(context, mention.start, noun) : undefined;
  return key === undefined ? undefined : context.entities[key];
}

/** "wording" alone, with no determiner: a writing no one is quoted as (not "documents", plural, as in "documents show"). */
export function isBareWriting(lowerWords: readonly string[]): boolean {
  return lowerWords.length === 1 && DOCUMENT_NOUNS.has(lowerWords[0]) && !lowerWords[0].endsWith('s');
}

/** "telecom regulator Ofcom": a body named right after the noun that describes it is the speaker. */
export function namesBodyAfterNoun({ text, entities }: Context, phrase: Span, named: readonly MentionRef[], sourceNoun: number): boolean {
  const noun = nthWord(phrase, sourceNoun);
  if (!noun) return false;
  const nounEnd = noun.end;
  return named.some((ref) => entities[ref.key].type !== 'person' && ref.start > nounEnd && /^\s+$/.test(text.slice(nounEnd, ref.start)));
}

/** "A cafe in Alofi posted", "a bakery on the high street said": a business by its premises, unnamed, speaks as a source does. */
export const ESTABLISHMENT_NOUNS: ReadonlySet<string> = new Set(['cafe', 'café', 'shop', 'bakery', 'pub', 'bar', 'hotel', 'guesthouse', 'store', 'supermarket', 'pharmacy', 'garage', 'salon', 'bookshop', 'restaurant', 'takeaway', 'deli', 'nursery', 'brewery', 'winery', 'distillery', 'dealership']);

/**
 * A state's forces speak as the body the article names for them ("the military", after "the Israel
 * Defense Forces (IDF)"), else as written: no other body in focus is an army.
 */
export function armedForce(context: Context, mention: Span, [, nation, force]: RegExpExecArray, attribution: Attribution): Speaker {
  const named = FORCE_NAMES.get(force.toLowerCase().replace(/\s+/, ' '));
  // ("the Russian army" is no "Ukrainian Army": a nation named with the force must be the body's too.)
  const ofNation = (name: string) => nation === undefined || name.toLowerCase().includes(nation.slice(0, 4).toLowerCase());
  let best: LocalEntity | undefined;
  for (const entity of context.entities) {
    if (entity.type === 'organization' && named?.test(entity.name) && ofNation(entity.name) && (!best || entity.mentions.length > best.mentions.length)) best = entity;
  }
  return best ? anaphor(best, mention, attribution.cue) : speaksAsWritten(mention, attribution);
}

export const STATE_FORCES = /^(?:the\s+)?(?:(\p{Lu}[\p{L}-]*)(?:['’]s)?\s+)?(army|military|navy|air\s+force|coast\s+guard|armed\s+forces)$/iu;
const FORCE_NAMES: ReadonlyMap<string, RegExp> = new Map([
  ['army', /\bArmy\b/], ['military', /\b(?:Military|Defen[cs]e Forces?|Armed Forces)\b/], ['navy', /\bNavy\b/],
  ['air force', /\bAir Force\b/], ['coast guard', /\bCoast Guard\b/], ['armed forces', /\b(?:Armed|Defen[cs]e) Forces\b/],
]);

/** Whether the words after a name, up to `end`, are its clause's verb, or where a person works. */
export function leadsClauseVerb({ text, entities }: Context, ref: MentionRef, end: number): boolean {
  const after = text.slice(ref.end, end);
  return PAST_VERB_AFTER.test(after) || (entities[ref.key].type === 'person' ? AFFILIATION_AFTER.test(after) : bodyKindThenVerb(after));
}

/**
 * "The United Rail and Tube Workers union (URTW) has just issued a statement": after a body's
 * name, the kind of body it is and its acronym, then the clause's verb.
 */
function bodyKindThenVerb(after: string): boolean {
  const kind = KIND_THEN_PAST_VERB.exec(after)?.[1];
  return kind !== undefined && ORG_INTRODUCERS.has(kind);
}

const KIND_THEN_PAST_VERB = /^\s+(\p{Ll}+)(?:\s+\([^()]*\))?\s+(?:(?:has|have|had)\s+(?:just\s+)?)?\p{Ll}+ed\s/u;
const AFFILIATION_AFTER = /^\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}/u;

/**
 * A subject written as a name the entity pass did not mark at this place (it may know the name
 * from elsewhere in the article): the capitalised words that end the phrase, if they are an
 * alias of exactly one person or organisation.
 */
export function nameTheEntitiesMissed(context: Context, phrase: Span): { start: number; end: number; key: number } | undefined {
  const name = capitalisedTail(phrase.text);
  if (!name) return undefined;
  const start = phrase.end - name.length;
  const whole = context.mentions.entityNamed(name);
  if (whole !== undefined) return { start, end: phrase.end, key: whole };
  // "Mr Blair": the mention is the surname alone, as entity mentions never include titles.
  const surnameStart = start + name.lastIndexOf(' ') + 1;
  const person = context.mentions.personBySurname(context.text, context.text.slice(surnameStart, phrase.end), start);
  return person && { start: surnameStart, end: phrase.end, key: person.key };
}

/** The capitalised words, at most four, that end a phrase: "But Mr Blair" → "Mr Blair". */
function capitalisedTail(phrase: string): string | undefined {
  const words = phrase.split(' ');
  let first = words.length;
  while (first > 0 && words.length - first < 4 && /^\p{Lu}[\p{L}'’-]*$/u.test(words[first - 1])) first--;
  return first === words.length ? undefined : words.slice(first).join(' ');
}
