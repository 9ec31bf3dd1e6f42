/**
 * Organisations in focus: the body that "they", "it", "the company" or "the union" stands for (the
 * one that spoke last, the one the sentence before opens with, the one named last with that noun),
 * whom a spokesperson or an official speaks for, and whether a name is a body at all, a news medium
 * or only an audience ("told Reuters").
 */
import { FIRM_STAFF_BEFORE_NAME, MEDIA_NOUNS } from '../cues';
import type { LocalEntity, Quote, Span, Speaker } from '../model';
import type { QuoteSpan } from '../quotes';
import { reportedSpeechBefore } from './cuesBefore';
import { sentenceStart } from './sentenceBounds';
import type { MentionRef } from './mentionIndex';
import type { Context } from './context';
import { INTRODUCTORY_PHRASE, sentenceBefore, sentenceBeforeQuotingOrNot } from './sentences';
import { appositiveNoun } from '../../text/appositions';
import { OUTLETS, withoutAccents } from '../../text/gazetteer';
import { BUSINESS_NOUNS, CLUB_ENDINGS, FIRM_CALLINGS, GOVERNMENT_BODY_NOUNS, isFirmByName, isNeverBusiness, NEWSPAPER_TITLE, ORG_HEAD_WORDS } from '../../text/lexicon';
import { startsSentence } from '../../text/words';

export function isOrganization(context: Context, speaker: Speaker): boolean {
  return speaker.entity !== null && context.entities[speaker.entity].type !== 'person';
}

/**
 * "a senior Defense official": a capitalised modifier that is a word of an organisation's name
 * ("Department of Defense") links the source to it. The US defence department is as often called
 * the Pentagon, which shares no word with the modifier.
 */
export function organizationOfModifier({ entities }: Context, source: string): number | undefined {
  const modifiers = source.split(/\s+/).slice(1).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word.toLowerCase());
  if (modifiers.length === 0) return undefined;
  const names = (entity: LocalEntity) => [entity.name, ...entity.aliases, ...entity.equivalents].map((name) => name.toLowerCase());
  const matches = (entity: LocalEntity) => entity.type === 'organization' && names(entity).some((name) =>
    modifiers.some((modifier) => name.split(/\s+/).includes(modifier) || MODIFIER_SYNONYMS.get(modifier) === name));
  return entities.find(matches)?.key;
}

const MODIFIER_SYNONYMS: ReadonlyMap<string, string> = new Map([['defense', 'pentagon'], ['defence', 'pentagon']]);

/** "Anthropic has maintained …, and a spokesperson said": a spokesperson speaks for the organisation named earlier in the sentence. */
export function spokespersonOrganization({ text, mentions, entities }: Context, mention: Span): number | undefined {
  if (!/spokes(?:person|man|woman)/i.test(mention.text)) return undefined;
  const from = sentenceStart(text, mention.start);
  return mentions.lastBefore(mention.start, (ref) => ref.start >= from && entities[ref.key].type === 'organization')?.key;
}

/** "a company spokesperson", "a bank official": the business in focus, named by its noun. */
export function describedOrganization(context: Context, source: Span): number | undefined {
  const noun = source.text.toLowerCase().split(/\s+/).slice(0, -1).find((word) => BUSINESS_NOUNS.has(word));
  return noun === undefined ? undefined : organizationInFocus(context, source.start, noun)?.key;
}

/** "the spokesperson said" after "An Anthropic spokesperson said": the same organisation speaks. */
export function inheritedOrganization(phrase: string, previous: Quote | undefined): number | undefined {
  const head = phrase.toLowerCase().split(/\s+/).pop();
  const earlier = previous?.speaker;
  if (!earlier?.unnamed || earlier.organization === null || !head) return undefined;
  return earlier.name.toLowerCase().includes(head) ? earlier.organization : undefined;
}

/**
 * Where to read the sentence of a description after its quotation: the quotation's opening, as
 * the quotation may hold sentences of its own (""Our thoughts are with their families. Every one
 * of them …," the company said").
 */
export function descriptionSentenceAt(mention: Span, span: QuoteSpan): number {
  return Math.min(mention.start, span.open);
}

/** "The Syna trade union welcomes": a body the article calls by a noun no business goes by, right after its name. */
function isCalledNoBusiness(text: string, entity: LocalEntity): boolean {
  return entity.mentions.some((mention) => NO_BUSINESS_NOUN_AFTER.test(text.slice(mention.end, mention.end + 24)));
}

/** " trade union", " association": a noun right after a body's name that says it is no business. */
const NO_BUSINESS_NOUN_AFTER = /^\s+(?:trade\s+)?(?:union|association|federation|party|charity)\b/;

/**
 * The organisation "they", "it" or "the company" refers to: the previous speaker when that is
 * an organisation, else, of the last few organisations named, the one the article names most,
 * since a story about a company mentions rivals and partners in passing. The noun narrows the
 * choice: "the newspaper" is always a news outlet and "the firm" rarely one, and "the company"
 * is never a government body ("the Pentagon"). `bare` says nothing qualifies the noun ("the club", not "the
 * Irish club").
 */
export function organizationInFocus(context: Context, offset: number, noun = '', bare = false): LocalEntity | undefined {
  const { mentions, entities, previous } = context;
  const media = MEDIA_NOUNS.has(noun);
  const business = BUSINESS_NOUNS.has(noun);
  const governmentBody = GOVERNMENT_BODY_NOUNS.has(noun);
  // A firm the entity pass typed by its product ("the Glimmr app") is still a firm when it speaks ("Glimmr said").
  const isBody = (key: number) => entities[key].type === 'organization' || (business && entities[key].type === 'other' && speaksAsBody(context.text, entities[key]));
  const fits = (key: number) => isBody(key) && (isMedium(entities[key].name) || isDatelineAgency(context.text, entities[key])) === media
    && !(business && (isNeverBusiness(entities[key].name) || isCalledNoBusiness(context.text, entities[key]))) && !(governmentBody && isFirmByName(entities[key].name)) && (media || !isOnlyAudience(context.text, entities[key]));
  // "French stock market regulator AMF …. Vivendi has said …. The watchdog is said to believe": the
  // body the article introduced as the regulator, whoever spoke since (a story has few of those, but
  // "Rival local club Manchester City" is no more "the club" than the club the story is about).
  // "A group calling itself GhostLotus claimed the attack. "…," the group wrote": a body that named
  // itself with the noun is it too.
  const introduced = REGULATOR_NOUNS.has(noun) ? bodyIntroducedAs(context, offset, REGULATOR_NOUNS) ?? regulatorByName(context, offset)
    : noun === 'firm' ? advisersFirmBefore(context, offset) ?? bodyNamedAs(context, offset, noun)
      : noun !== '' ? bodyNamedAs(context, offset, noun) : undefined;
  if (introduced !== undefined && fits(introduced)) return entities[introduced];
  // "The Wexford Hurling Club … "…," the club said": the one body whose name holds the noun, when
  // nothing qualifies it ("The German exchange" is no London Stock Exchange).
  const namedWith = bare ? soleBodyNamedWith(context, noun, offset) : undefined;
  if (namedWith !== undefined && fits(namedWith)) return entities[namedWith];
  // "Canada's Competition Bureau said in a statement it had opened a review. "…," the agency said":
  // the body whose reported speech comes just before.
  const reporter = bodyReportingBefore(context, offset);
  // "Ofcom disputes that description. In a statement, the regulator said": a body opening the
  // sentence before, since the previous quotation, has taken the floor, unless another body
  // speaks in that sentence ("GMAC has been a strong contributor, but GM said").
  const opening = reporter === undefined ? bodyOpeningSentenceBefore(context, offset) : undefined;
  if (opening !== undefined && fits(opening)) return entities[opening];
  // "Rival developer Halstrom Peak Partners … said it was watching the market. "…," the company
  // said": a body reporting since the previous quotation has the floor over the one quoted before.
  if (reporter !== undefined && fits(reporter)) return entities[reporter];
  // "Vandersloot Chemie declared force majeure from its Botlek site, following what the company
  // described as": the body opening the description's own sentence, before any named since.
  const subject = bodyOpeningItsSentence(context, offset);
  if (subject !== undefined && fits(subject)) return entities[subject];
  // "the Bundesbank warned "…". Publishing its survey, the UNECE said …. "…," the organisation
  // said": a body that spoke since the previous quotation, in reported speech, has the floor.
  const since = bodySpeakingSince(context, offset);
  if (since !== undefined && fits(since)) return entities[since];
  // "A spokesman for Reporters Without Borders … "…," the organisation said": the body an unnamed source spoke for.
  // (Not where an unnamed source works: "Analysts at Barclays wrote … The company said" is no bank.)
  // ("Analysts at Skagerak Equity Research said …. "…," the Bergen-based broker wrote": unless the noun names that kind of workplace.)
  const worksThere = previous?.speaker?.unnamed === true && WORKPLACE_IN_NAME.test(previous.speaker.name) && !WORKPLACE_NOUNS.has(noun);
  const earlier = previous?.speaker?.entity ?? (worksThere ? undefined : previous?.speaker?.organization);
  if (earlier !== null && earlier !== undefined && fits(earlier)) return entities[earlier];
  // "Otago Fish and Game Council chief executive Tomasz Wielgosz called the vote "…". The
  // organisation said": the body of the person quoted last, named with their role, when no other
  // body has been named since.
  const employer = previous?.speaker?.mention && !namesBodyBetween(context, previous.end, offset) ? employerNamedWith(context, previous.speaker.mention) : undefined;
  if (employer !== undefined && fits(employer)) return entities[employer];
  if (reporter !== undefined && fits(reporter)) return entities[reporter];
  const closing = business ? firmClosingSentenceBefore(context, offset) : undefined;
  if (closing !== undefined && fits(closing)) return entities[closing];
  const recent = mentions.recentBefore(offset, ({ key }) => fits(key), RECENT_ORGANIZATIONS);
  let best: LocalEntity | undefined;
  for (const { key } of recent) {
    if (!best || entities[key].mentions.length > best.mentions.length) best = entities[key];
  }
  return best;
}

const RECENT_ORGANIZATIONS = 5;

/**
 * The organisation a person's role ties them to where the person is named: "Otago Fish and Game
 * Council chief executive Tomasz Wielgosz", "Ann Lee, chief executive of Lee Holdings".
 */
function employerNamedWith({ text, mentions, entities }: Context, person: Span): number | undefined {
  const isOrganization = (ref: MentionRef) => entities[ref.key].type === 'organization';
  const before = mentions.lastBefore(person.start, isOrganization, 1);
  if (before && ROLE_BETWEEN_BODY_AND_NAME.test(text.slice(before.end, person.start))) return before.key;
  const after = mentions.within(person.end, person.end + EMPLOYER_REACH).find(isOrganization);
  return after && ROLE_BETWEEN_NAME_AND_BODY.test(text.slice(person.end, after.start)) ? after.key : undefined;
}

/** Whether the article names an organisation between two offsets. */
function namesBodyBetween({ mentions, entities }: Context, from: number, to: number): boolean {
  return mentions.within(from, to).some((ref) => entities[ref.key].type === 'organization');
}

const EMPLOYER_REACH = 60;
const ROLE_BETWEEN_BODY_AND_NAME = /^(?:['’]s)?\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}$/u;
const ROLE_BETWEEN_NAME_AND_BODY = /^,\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:of|at)\s+(?:the\s+)?$/u;

/**
 * The organisation named last before `offset` with one of the nouns before its name ("regulator
 * AMF", "the watchdog Ofcom") or in an apposition after it ("Ofcom, the media regulator,").
 */
function bodyIntroducedAs({ text, mentions, entities }: Context, offset: number, nouns: ReadonlySet<string>): number | undefined {
  const introducedAs = (ref: MentionRef) => {
    const before = NOUN_BEFORE_NAME.exec(text.slice(Math.max(0, ref.start - 16), ref.start))?.[1];
    const after = appositiveNoun(text, ref.end);
    return (before !== undefined && nouns.has(before.toLowerCase())) || (after !== undefined && nouns.has(after));
  };
  return mentions.lastBefore(offset, (ref) => entities[ref.key].type === 'organization' && introducedAs(ref))?.key;
}

/** "the Gambling Regulatory Authority of Ireland", "the Alberta Energy Regulator": the body named last whose name says it regulates. */
function regulatorByName({ mentions, entities }: Context, offset: number): number | undefined {
  return mentions.lastBefore(offset, (ref) => entities[ref.key].type === 'organization' && REGULATOR_NAME.test(entities[ref.key].name))?.key;
}

const REGULATOR_NAME = /\bRegulat(?:or|ory)\b/;

/**
 * "Administrators from Caulfield Drummond Recovery were appointed on Tuesday. …, the firm said the
 * company had sold …": a firm whose people the article brought in since the previous quotation
 * (administrators, lawyers, auditors) is "the firm", not the company they work on.
 */
function advisersFirmBefore({ text, mentions, entities, previous }: Context, offset: number): number | undefined {
  const advisers = mentions.lastBefore(offset, (ref) => entities[ref.key].type === 'organization' && FIRM_STAFF_BEFORE_NAME.test(text.slice(Math.max(0, ref.start - 30), ref.start)));
  return advisers !== undefined && advisers.start > (previous?.end ?? 0) ? advisers.key : undefined;
}

/** The organisation named last before `offset` as "a `noun` calling itself", "known as", "called" or "named". */
export function bodyNamedAs({ text, mentions, entities, previous }: Context, offset: number, noun: string): number | undefined {
  // "Cardinal Ridge Health, a Nashville-based company that runs 11 small hospitals": so does an apposition that says what it is.
  // "the Brooklyn label Saltmeadow Records" is as much a label as "Bluefern Records, a tiny label
  // run out of a shop", and named later; "Rival local club Manchester City" is the other club.
  const namedBefore = (ref: MentionRef) => {
    const before = text.slice(Math.max(0, ref.start - 30), ref.start);
    const introducedAs = NOUN_BEFORE_NAME.exec(before)?.[1] ?? (FIRM_CALLINGS.has(noun) ? CALLING_BEFORE_NAME.exec(before)?.[1] : undefined);
    return introducedAs === noun && !/\brival\b/i.test(before);
  };
  // ("ReefSpring Systems, a Tampa-based supplier. … the company called": a firm's calling makes it a company.)
  const described = (ref: MentionRef) => {
    const appositive = appositiveNoun(text, ref.end);
    return appositive === noun || (appositive !== undefined && (noun === 'company' || noun === 'firm') && FIRM_CALLINGS.has(appositive));
  };
  const namedAs = (ref: MentionRef) => NAMED_AS_BEFORE.exec(text.slice(Math.max(0, ref.start - 60), ref.start))?.[1].toLowerCase() === noun
    || described(ref) || namedBefore(ref);
  // "In a statement, Vireo said … "…". The organization said": a body quoted last keeps the floor
  // from one introduced as an "organization" before that quotation.
  const quotedBody = previous?.speaker?.entity ?? null;
  const since = quotedBody !== null && entities[quotedBody].type === 'organization' && previous ? previous.end : 0;
  return mentions.lastBefore(offset, (ref) => ref.start >= since && entities[ref.key].type === 'organization' && namedAs(ref))?.key;
}

const NAMED_AS_BEFORE = /\b(?:[Aa]n?|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{L}+)\s+(?:calling\s+(?:itself|themselves)|known\s+as|called|named|dubbed)\s+$/u;

/** "the watchdog" and "the regulator" are one body. */
const REGULATOR_NOUNS: ReadonlySet<string> = new Set(['regulator', 'watchdog']);
const NOUN_BEFORE_NAME = /\b(\p{L}+)\s+(?:the\s+)?$/u;
/** "the main contractor, ": a firm's calling, then its name in apposition. */
const CALLING_BEFORE_NAME = /\b(\p{L}+),\s+$/u;

/**
 * "told BleepingComputer", "in a post on Instagram", "seen by The Tab": a body the article only writes as
 * whom someone told, where they posted or who saw a document, an outlet or a platform, is never
 * "the company" or "the group" that speaks.
 */
function isOnlyAudience(text: string, entity: LocalEntity): boolean {
  return entity.mentions.every((mention) => isAudienceAt(text, mention.start));
}

/** Whether the name at `start` is whom someone told or where they posted ("told Reuters", "on X"), or who saw a document ("seen by The Tab"). */
export function isAudienceAt(text: string, start: number): boolean {
  return AUDIENCE_BEFORE.test(text.slice(Math.max(0, start - AUDIENCE_REACH), start));
}

const AUDIENCE_REACH = 24;
// ("seen by Camping and Caravanning": the last word of a title that joins two.)
const AUDIENCE_BEFORE = /\b(?:told|tells|on|via|according\s+to|speaking\s+to|interview\s+with|(?:seen|approached|obtained|contacted)\s+by|shared\s+with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:and|&)\s+)?$/iu;

/**
 * Whether a verb of speech or a seat follows one of the entity's mentions, or a spokesperson speaks
 * for it: a name that speaks is no product.
 */
function speaksAsBody(text: string, entity: LocalEntity): boolean {
  return entity.mentions.some((mention) => SPEECH_AFTER_NAME.test(text.slice(mention.end, mention.end + 20))
    || BASED_AFTER_NAME.test(text.slice(mention.end, mention.end + 30)) || SPOKESPERSON_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start)));
}

/** "Glimmr said", "Paylume, which says it has 4.2 million customers". */
const SPEECH_AFTER_NAME = /^(?:,\s+which)?\s+(?:said|says|told|announced|added)\b/;
/** "A spokesperson for Paylume declined to comment": a product has no spokesperson, its maker does. */
const SPOKESPERSON_BEFORE = /\bspokes(?:person|man|woman)\s+for\s+$/i;
/** "Glimmr, which is based in San Mateo", "Tumpang, which is backed by … Halvard Capital": a product has no seat or backers, its maker does. */
const BASED_AFTER_NAME = /^,?\s+(?:which\s+)?(?:is|was)\s+(?:(?:based|headquartered)\s+in|(?:backed|owned|funded)\s+by)\b/;

/** "Vandersloot Chemie declared force majeure …, following what the company described as": the body whose name opens the sentence at `offset`. */
function bodyOpeningItsSentence({ text, mentions, entities }: Context, offset: number): number | undefined {
  const start = sentenceStart(text, offset);
  const [first] = mentions.within(start, offset);
  return first !== undefined && entities[first.key].type === 'organization' && startsSentence(text, first.start) ? first.key : undefined;
}

/**
 * The organisation whose name, or a description of which ("The council itself"), opens the sentence
 * before `offset`, if that sentence comes after the previous quotation. `titled` lets that sentence
 * hold a title nobody says, which is no quotation ("The network’s report, “Firing on Empty”, found
 * …. It called", where "it" can be nobody but a body).
 */
export function bodyOpeningSentenceBefore(context: Context, offset: number, titled = false): number | undefined {
  const { text, mentions, entities, previous } = context;
  // From the start of the sentence at `offset`, so that a quotation opening it ("“…,” the club said") is no bar.
  const start = sentenceStart(text, offset);
  const sentence = titled ? sentenceBeforeQuotingOrNot(text, start) : sentenceBefore(text, start);
  if (!sentence || sentence.from < (previous?.end ?? 0)) return undefined;
  // "The council itself is sticking to the numbers. In a statement, it said": the one body named with the noun.
  const words = text.slice(sentence.from, sentence.to);
  const described = (BODY_NOUN_OPENING.exec(words) ?? DESCRIBED_BODY_OPENING.exec(words))?.[1];
  if (described !== undefined && ORG_HEAD_WORDS.has(described) && !STATE_NOUNS.has(described)) return soleBodyNamedWith(context, described, offset);
  const [opening, second] = mentions.within(sentence.from, sentence.to);
  const first = opening !== undefined && second !== undefined && isPossessorOf(context, opening, second) ? second : opening;
  // ("By midafternoon, Gellner Ridge had withdrawn.": past a phrase setting the scene.)
  // ("Coldharbor’s prime contractor, Tessaly Systems, won", "Its owner, Immobilière Vaccarezza, has agreed": or past a possessor and description the body's apposition follows.)
  const opensSentence = first !== undefined && /^\s*(?:(?:But|And|Yet)\s+)?(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.-]*['’]s\s+(?:(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}+,\s+)?|(?:Its|Their)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}+,\s+)?$/u.test(text.slice(sentence.from, first.start).replace(INTRODUCTORY_PHRASE, ''));
  return opensSentence && entities[first.key].type === 'organization' ? first.key : undefined;
}

/**
 * "…among them the one managed by Flegrea Terminal spa. The company, which is not under
 * investigation, said": the firm, known by its legal form, whose name ends the sentence before, as
 * the next one takes it up. (Not any body: "…listed on the Hong Kong Stock Exchange. The company said".)
 */
function firmClosingSentenceBefore(context: Context, offset: number): number | undefined {
  const { text, mentions } = context;
  const sentence = sentenceBefore(text, sentenceStart(text, offset));
  const last = sentence && mentions.lastBefore(sentence.to, () => true, 1);
  if (!last || last.start < sentence.from) return undefined;
  // At most one word, the legal form the name left out, between the name and the full stop.
  const legalForm = text.slice(last.end, sentence.to).trim().replace(/[.!?]$/, '');
  return !/\s/.test(legalForm) && isFirmByName(`${context.entities[last.key].name} ${legalForm}`.trim()) ? last.key : undefined;
}

/**
 * Whether the sentence opens with `opening` as the possessor of `second`: "Russia's FSB Border
 * Service" (a country's body), "Coldharbor’s prime contractor, Tessaly Systems" (whoever's body an
 * apposition names).
 */
function isPossessorOf({ text, entities }: Context, opening: MentionRef, second: MentionRef): boolean {
  const between = text.slice(opening.end, second.start);
  return (entities[opening.key].type === 'place' && POSSESSIVE_THEN_SPACE.test(between)) || POSSESSIVE_DESCRIPTION_THEN_COMMA.test(between);
}

const POSSESSIVE_THEN_SPACE = /^['’]s?\s+$/;
const POSSESSIVE_DESCRIPTION_THEN_COMMA = /^['’]s?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}+,\s+$/u;
const BODY_NOUN_OPENING = /^\s*(?:(?:But|And|Yet)\s+)?The\s+(\p{Ll}+)\s/u;
/** ("The $3.2 billion-asset bank neither admitted nor denied the findings. In a statement Tuesday, it said": or the noun after what says its size or kind.) */
const DESCRIBED_BODY_OPENING = /^\s*(?:(?:But|And|Yet)\s+)?The\s+(?:[\p{Ll}\d$€£.,-]+\s+){1,2}(\p{Ll}+)\s+(?:\p{Ll}+ed|neither|has|had|was|is|did|does|will|would)\b/u;

/** Nouns for the state and its branches, which name themselves rather than the body that spoke last. */
/** The nouns of the parts of a state that take up whichever body has just spoken ("the department said"), named as they are or not. */
export const STATE_DEPARTMENTS: ReadonlySet<string> = new Set(['department', 'ministry']);
export const STATE_NOUNS: ReadonlySet<string> = new Set(['government', 'administration', 'ministry', 'department', 'parliament', 'congress', 'senate', 'police', 'court', 'army', 'navy']);

/** The organisation the previous quotation is attributed to, or whose reported speech comes just before `offset`. */
export function bodyThatJustSpoke(context: Context, offset: number): number | undefined {
  const previous = context.previous?.speaker?.entity;
  if (previous !== null && previous !== undefined && context.entities[previous].type === 'organization') return previous;
  return bodyReportingBefore(context, offset);
}

/** The body the previous quotation's spokesperson spoke for ("An HMRC spokesperson said"). */
export function bodySpokenForJustBefore({ previous, entities }: Context): number | undefined {
  const body = previous?.speaker?.organization;
  return body !== null && body !== undefined && entities[body].type === 'organization' ? body : undefined;
}

/**
 * The body "the `noun`" refers back to: the one that has just spoken, unless its name lacks the
 * noun and one other body's name holds it ("the board said" after the club spoke is the "Supporters'
 * Trust Board" named before).
 */
export function bodyCalled(context: Context, noun: string, offset: number): number | undefined {
  const namedWith = soleBodyNamedWith(context, noun, offset);
  // ("The works council rejects the company's figures. According to the council": an unnamed body of
  // the noun written since the last quotation is the one meant, not the firm that spoke before it.)
  const spoke = unnamedBodyWrittenSince(context, noun, offset) ? undefined : bodyThatJustSpoke(context, offset);
  // ("The Kushiro Development and Construction Department says …. The company said": a firm's noun never takes up a part of the state.)
  const justSpoke = spoke !== undefined && BUSINESS_NOUNS.has(noun) && isNeverBusiness(context.entities[spoke].name) ? undefined : spoke;
  if (justSpoke === undefined || namedWith === undefined) return justSpoke ?? namedWith;
  return nameHolds(context.entities[justSpoke], noun) ? justSpoke : namedWith;
}

/** Whether "the <word> <noun>", a body the analysis gives no name, is written between the previous quotation and `offset`. */
function unnamedBodyWrittenSince({ text, previous }: Context, noun: string, offset: number): boolean {
  return previous !== undefined && new RegExp(String.raw`\b[Tt]he\s+\p{Ll}[\p{Ll}-]*\s+${noun}\b`, 'u').test(text.slice(previous.end, offset));
}

/** The organisation named last between the previous quotation and `offset` as the subject of a verb of speech. */
function bodySpeakingSince({ text, mentions, entities, previous }: Context, offset: number): number | undefined {
  if (!previous) return undefined;
  return mentions.lastBefore(offset, (ref) => ref.start >= previous.end && entities[ref.key].type === 'organization'
    && SPEECH_VERB_AFTER.test(text.slice(ref.end, ref.end + 30)))?.key;
}

const SPEECH_VERB_AFTER = /^\s+(?:(?:has|had|also)\s+)?(?:said|says|warned|added|noted|forecast|predicted|reported)\b/;

/**
 * "the Unión Sindical de Tripulantes … the union said": the one organisation named before `offset`
 * whose name holds the noun, accents aside.
 */
export function soleBodyNamedWith({ entities, mentions }: Context, noun: string, offset: number): number | undefined {
  const named = entities.filter((entity) => entity.type === 'organization' && nameHolds(entity, noun));
  const before = named.filter((entity) => mentions.lastBefore(offset, (ref) => ref.key === entity.key) !== undefined);
  return before.length === 1 ? before[0].key : undefined;
}

/**
 * Whether the noun is a word of the entity's name, accents aside ("union" of "Unión Sindical de
 * Tripulantes"); a club's name may end in a word only clubs end in instead ("Kilcreevanty Gaels"),
 * and a union's in another word for a union.
 */
function nameHolds(entity: LocalEntity, noun: string): boolean {
  const words = withoutAccents(entity.name.toLowerCase()).split(/\s+/);
  const last = words[words.length - 1];
  // ("the studio" is "Ravensreach Studios": a firm's name may hold its noun in the plural.)
  return words.includes(noun) || last === `${noun}s` || (noun === 'club' && CLUB_ENDINGS.has(last)) || (noun === 'union' && UNION_ENDINGS.has(last));
}

/** How unions' names end besides "Union": "the Garnet Bay Police Patrolmen's Association … the union". */
const UNION_ENDINGS: ReadonlySet<string> = new Set(['association', 'federation', 'guild', 'brotherhood']);

/** The organisation named as the subject of the reported speech in the sentence before `offset`, since the previous quotation. */
function bodyReportingBefore({ text, mentions, entities, previous }: Context, offset: number): number | undefined {
  const reported = reportedSpeechBefore(text, offset, true);
  if (!reported || reported.phraseStart < (previous?.end ?? 0)) return undefined;
  const isBody = (ref: MentionRef) => entities[ref.key].type === 'organization';
  // "The circuit's organiser, Ironvale Arena Group, said": or the body its apposition is the name of.
  const { appositive } = reported;
  if (appositive) {
    const nameStart = appositive.phraseStart + appositive.phrase.length - appositive.phrase.trimStart().length;
    const [named] = mentions.within(nameStart, appositive.phraseStart + appositive.phrase.length);
    if (named && named.start === nameStart && isBody(named)) return named.key;
  }
  // ("Analysts at Barclays wrote": where people work reports nothing itself.)
  const end = reported.phraseStart + reported.phrase.length;
  return mentions.lastBefore(end, (ref) => ref.start >= reported.phraseStart && isBody(ref) && !WORKPLACE_BEFORE.test(text.slice(Math.max(0, ref.start - 5), ref.start)))?.key;
}

const WORKPLACE_BEFORE = /\b(?:at|with)\s$/;
const WORKPLACE_IN_NAME = /\s(?:at|with)\s/;
/** Nouns for the firms analysts work at: "the broker" after "Analysts at Skagerak" is Skagerak. */
const WORKPLACE_NOUNS: ReadonlySet<string> = new Set(['broker', 'brokerage', 'bank', 'consultancy']);

/**
 * A news medium: a known outlet, a station or channel by its name ("Radio 1", "Sky One TV"), or a
 * paper by its title's last word ("The Baltimore Sun", "Wigan Evening Post").
 */
function isMedium(name: string): boolean {
  return OUTLETS.has(name.toLowerCase()) || BROADCASTER_NAME.test(name) || NEWSPAPER_TITLE.test(name);
}

// ("Numismatic News first reported": a title ending in "News" is an outlet too.)
const BROADCASTER_NAME = /\b(?:Radio|TV|Television|Channel|FM)\b|\sNews$/;

/** "YEREVAN, MAY 16, ARMENPRESS. A plant …", "TASHKENT (Daryo) —": the agency a dateline credits is the outlet, not a company in the story. */
function isDatelineAgency(text: string, entity: LocalEntity): boolean {
  return entity.mentions.some((named) => named.start < DATELINE_REACH && AGENCY_IN_DATELINE_BEFORE.test(text.slice(Math.max(0, named.start - 40), named.start))
    && AGENCY_IN_DATELINE_AFTER.test(text.slice(named.end, named.end + 3)));
}

/** How far into an article its dateline may stand, after a headline and a byline. */
const DATELINE_REACH = 400;
const AGENCY_IN_DATELINE_BEFORE = /(?:^|\n)\p{Lu}[\p{Lu} .'-]+(?:,\s+\p{L}+\.?\s+\d{1,2}(?:,\s+\d{4})?,\s+|\s+\()$/u;
const AGENCY_IN_DATELINE_AFTER = /^(?:\.\s|\)\s*[-–—])/;
