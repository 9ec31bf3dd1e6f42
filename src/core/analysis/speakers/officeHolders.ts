/**
 * Offices and their holders: who "the mayor", "the former chairman" or "the Indiana senator" is,
 * from the titles and roles the article gives its people (the sole holder of an office, else the
 * holder named last), which offices one person holds at a time, and the speaker a name stands
 * for, its holder when the name is an office's ("the DTC said").
 */
import type { LocalEntity, Span, Speaker } from '../model';
import { sentenceStart } from './sentenceBounds';
import type { Attribution } from './attributionTypes';
import type { MentionRef } from './mentionIndex';
import type { Context } from './context';
import { sentenceBefore } from './sentences';
import { AP_STATES } from '../../text/gazetteer';
import { ROLE_MODIFIERS, ROLE_WORDS } from '../../text/lexicon';
import { spelledTitleEnd } from '../../text/spelledTitles';

/**
 * The only person who holds the office a description names: "the mayor" → Ken Livingstone, mayor;
 * "the Foreign Secretary" → Jack Straw, but not Michael Ancram, shadow foreign secretary.
 */
export function soleHolderOfRole(entities: readonly LocalEntity[], description: string): LocalEntity | undefined {
  const holders = holdersOfRole(entities, description);
  return holders.length === 1 ? holders[0] : undefined;
}

/**
 * "The production is directed by Lejla Hadžiomerović …. "…," the director explained": a doer's noun
 * takes up the person the article said did the deed, when no one holds it as a title.
 */
export function doerNamedByVerb({ text, entities, mentions }: Context, mention: Span): LocalEntity | undefined {
  const noun = DOER_DESCRIPTION.exec(mention.text)?.[1].toLowerCase();
  const deed = noun === undefined ? undefined : DEEDS_OF_DOERS.get(noun);
  if (deed === undefined) return undefined;
  const doneBy = new RegExp(String.raw`\b${deed}\s+by\s+$`);
  const doer = mentions.lastBefore(mention.start, (ref) => entities[ref.key].type === 'person' && doneBy.test(text.slice(Math.max(0, ref.start - DEED_REACH), ref.start)));
  return doer && entities[doer.key];
}

const DOER_DESCRIPTION = /^[Tt]he\s+(\p{Ll}+)$/u;
/** Doers' nouns and the participles of their deeds: "directed by" makes "the director". */
const DEEDS_OF_DOERS: ReadonlyMap<string, string> = new Map([
  ['director', 'directed'], ['curator', 'curated'], ['conductor', 'conducted'], ['producer', 'produced'], ['designer', 'designed'],
  ['organiser', 'organi[sz]ed'], ['organizer', 'organi[sz]ed'], ['author', '(?:written|authored)'], ['founder', 'founded'], ['translator', 'translated'],
]);
const DEED_REACH = 24;

/** Who holds the office a description names: its only holder, or else the holder named last before `before`. */
export function holderOfRole(context: Context, description: string, before: number, fits: (key: number) => boolean = () => true): LocalEntity | undefined {
  const sole = soleHolderOfRole(context.entities, description);
  return sole && fits(sole.key) ? sole : latestHolderOfRole(context, description, before, fits);
}

/**
 * Of the people who hold the office a description names, the one named last before `before`:
 * "the senator said" after two senators is the one the story has just turned to.
 */
function latestHolderOfRole({ entities, mentions }: Context, description: string, before: number, fits: (key: number) => boolean = () => true): LocalEntity | undefined {
  const holders = new Set(holdersOfRole(entities, description).map((entity) => entity.key));
  const latest = holders.size > 1 ? mentions.lastBefore(before, (ref) => holders.has(ref.key) && fits(ref.key)) : undefined;
  return latest && entities[latest.key];
}

/**
 * "the Indiana senator", after "Senate Appropriations Chair Clifford Decker (R-Ind.)": the one
 * person whose party tag names the state the description gives.
 */
export function lawmakerOfState({ text, entities }: Context, description: string): LocalEntity | undefined {
  const state = STATE_LAWMAKER.exec(description)?.[1].toLowerCase();
  if (state === undefined) return undefined;
  const tagged = entities.filter((entity) => entity.type === 'person' && entity.mentions.some((mention) => stateOfPartyTag(text, mention.end) === state));
  return tagged.length === 1 ? tagged[0] : undefined;
}

/** "(R-Ind.)" → "indiana": the state of a party tag right after a name. */
function stateOfPartyTag(text: string, end: number): string | undefined {
  const abbreviation = PARTY_TAG.exec(text.slice(end, end + 16))?.[1];
  return abbreviation === undefined ? undefined : AP_STATES.get(abbreviation);
}

const STATE_LAWMAKER = /^[Tt]he\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:senator|congressman|congresswoman|representative|lawmaker|legislator|Democrat|Republican)$/u;
const PARTY_TAG = /^\s*\([DRI]-([A-Z][A-Za-z.]*)\)/;

/** Offices one person holds at a time, which someone with another title does not hold too. */
const SOLE_OFFICES: ReadonlySet<string> = new Set(['premier', 'governor', 'mayor', 'president', 'prime minister', 'chancellor', 'taoiseach', 'first minister', 'chief minister']);

/** "the former chairman" → "chairman": an office someone held, which no one titled otherwise in the story holds. */
function formerOffice(description: string): string | undefined {
  const office = FORMER_OFFICE.exec(description)?.[1].toLowerCase();
  return office !== undefined && ROLE_WORDS.has(office) ? office : undefined;
}

const FORMER_OFFICE = /^[Tt]he\s+former\s+(\p{L}+)$/u;

/** The sole office a description names ("The premier" → "premier"), if it names one. */
export function soleOffice(description: string): string | undefined {
  const office = officeOf(description);
  return SOLE_OFFICES.has(office) ? office : undefined;
}

/** The office a description names, without its article: "The premier" → "premier". */
/** Whether the sentence before the one holding `offset` opens with someone indefinite ("One insulation subcontractor, …"). */
export function followsIndefiniteSubject(text: string, offset: number): boolean {
  const sentence = sentenceBefore(text, sentenceStart(text, offset));
  return sentence !== undefined && INDEFINITE_SUBJECT.test(text.slice(sentence.from, sentence.to));
}

const INDEFINITE_SUBJECT = /^[\s"“”]*(?:One|An?|Another)\s/;

/** "its chief executive", "their coach": a body's office, by its possessive pronoun and at most three words. */
export const OWN_OFFICE = /^(?:[Ii]ts|[Tt]heir)(?:\s+\p{Ll}[\p{Ll}-]*){1,3}$/u;
/** "'s technical manager": a body's possessive, then an office in lower case. */
export const OFFICE_OF_BODY = /^['’]s\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})$/u;

function officeOf(description: string): string {
  return description.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
}

/** Whether a person is titled, in the story, with roles that are not the sole office a description names. */
export function holdsOtherOffice(entity: LocalEntity, description: string): boolean {
  const office = soleOffice(description) ?? formerOffice(description);
  return office !== undefined && entity.roles.length > 0 && !entity.roles.some((role) => role.toLowerCase().includes(office) || (office === 'mayor' && HEADS_MUNICIPALITY.test(role)));
}

/** "president of the Câmara Municipal do Maio": who heads a town's council is its mayor. */
const HEADS_MUNICIPALITY = /^(?:president|head|chair(?:man|woman|person)?)\s+of\s+the\s+.*\b(?:municipal(?:ity)?|council|câmara|commune|town\s+hall|city\s+hall)\b/iu;

/** The people whose roles are the office a description names. */
function holdersOfRole(entities: readonly LocalEntity[], description: string): LocalEntity[] {
  const office = officeOf(description);
  const holds = (role: string) => {
    const lower = role.toLowerCase();
    // "the prosecutor" is an "Assistant U.S. Attorney" or a "district attorney", not a defence attorney.
    if (office === 'prosecutor') return PROSECUTOR_ROLE.test(lower) && !/\bdefen[cs]e\b/.test(lower);
    // ("the prefect" is no "sub-prefect", nor "the president" a "vice-president".)
    if (!office.includes(' ')) return lower.replace(LESSER_RANK, '').split(/[\s-]+/).some((word) => word === office || TITLE_ABBREVIATIONS.get(word)?.includes(office)) && !namesOtherOffice(lower, office);
    // "the station manager", after "station manager Jonas Vestergaard" gave the title as "manager":
    // what the description adds to a one-word title says where it is held, not another rank.
    if (!lower.includes(' ') && office.endsWith(` ${lower}`)) return office.slice(0, -lower.length).trim().split(/\s+/).every((word) => !ROLE_MODIFIERS.has(word) && !ROLE_WORDS.has(word));
    // "the ANGE president", after "Ousmane Tidjani Abderamane, president of ANGE": the title and the body it is of, the other way round.
    if (isTitleOfBody(lower, office)) return true;
    // "the technical manager", after "Rachel Okonjo, Technical Manager at Calderbrook Animal Health": the title, less the body it is held at.
    if (lower.replace(BODY_AFTER_TITLE, '') === office) return true;
    // "friend of the Tory leader" describes someone else by the office.
    const before = lower.slice(0, lower.length - office.length);
    return lower.endsWith(office) && !/\b(?:of|to|for)\s/.test(before) && !namesOtherOffice(lower, office);
  };
  return entities.filter((entity) => entity.type === 'person' && entity.roles.some(holds));
}

const BODY_AFTER_TITLE = /\s+(?:at|of|for|with)\s.*$/;

/** "sub-prefect", "vice-president", "ex-chairman": a title a hyphened prefix makes another office. */
const LESSER_RANK = /\b(?:sub|vice|deputy|under|ex)-[\p{L}-]+/gu;

/** Whether `role` is "president of ange" or "president of the ange" for the office "ange president". */
function isTitleOfBody(role: string, office: string): boolean {
  const space = office.lastIndexOf(' ');
  const title = office.slice(space + 1);
  const body = office.slice(0, space);
  return ROLE_WORDS.has(title) && (role === `${title} of ${body}` || role === `${title} of the ${body}`);
}

const PROSECUTOR_ROLE = /\b(?:prosecutor|prosecuting|(?:u\.?s\.?|district|state['’]s|county|crown)\s+attorney|attorney\s+general)\b/;

/** What a title before a name is called in a description: "Sen." is "the senator", "Rep." "the congresswoman", "Mrs Justice" "the judge". */
const TITLE_ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['sen.', ['senator']], ['sen', ['senator']],
  ['rep.', ['representative', 'congressman', 'congresswoman', 'congressmember']], ['rep', ['representative', 'congressman', 'congresswoman', 'congressmember']],
  ['gov.', ['governor']], ['gov', ['governor']], ['prof.', ['professor']], ['prof', ['professor']],
  ['gen.', ['general']], ['gen', ['general']], ['supt', ['superintendent']], ['det', ['detective']], ['insp', ['inspector']], ['sgt', ['sergeant']],
  ['justice', ['judge']], ['ald.', ['alderman', 'alderwoman', 'alderperson']], ['ald', ['alderman', 'alderwoman', 'alderperson']], ['cllr', ['councillor']],
]);

/**
 * Whether a role is another office than the one a description names, by a word the description
 * lacks: a shadow chancellor is not "the chancellor", nor a vice president "the president".
 */
function namesOtherOffice(role: string, office: string): boolean {
  const officeWords = office.split(/[\s-]+/);
  return role.split(/[\s-]+/).some((word) => OTHER_OFFICE.has(word) && !officeWords.includes(word));
}

const OTHER_OFFICE: ReadonlySet<string> = new Set(['shadow', 'vice', 'deputy', 'assistant', 'former', 'ex', 'general']);

/** The entity a name in the attribution's words refers to, as the speaker, with that name as the mention. */
export function speakerNamedAt({ text, entities }: Context, ref: MentionRef, attribution: Pick<Attribution, 'method' | 'cue'>): Speaker {
  const entity = officeHolder(text, entities, entities[ref.key]) ?? entities[ref.key];
  return {
    name: entity.name, entity: entity.key, mention: { start: ref.start, end: ref.end, text: text.slice(ref.start, ref.end) },
    unnamed: false, organization: null, method: attribution.method, cue: attribution.cue,
  };
}

/**
 * "the DTC said", after "a Deputy Traffic Commissioner (DTC)" and "DTC Helen Marwick": an office the
 * article names as a body, held by the one person given its title, is that person.
 */
function officeHolder(text: string, entities: readonly LocalEntity[], office: LocalEntity): LocalEntity | undefined {
  if (office.type !== 'organization') return undefined;
  if (!ROLE_WORDS.has(office.name.slice(office.name.lastIndexOf(' ') + 1).toLowerCase())) return holderNamedAfterLetters(text, entities, office);
  const titles = new Set([office.name, ...office.aliases, ...office.equivalents]);
  const holders = entities.filter((entity) => entity.type === 'person' && entity.roles.some((role) => titles.has(role)));
  return holders.length === 1 ? holders[0] : undefined;
}

/**
 * "the TC replied", after "Traffic commissioner (TC) for the East of England Helena Marchbank found":
 * letters the article spelled out as a title are the one person it named right after them.
 */
function holderNamedAfterLetters(text: string, entities: readonly LocalEntity[], office: LocalEntity): LocalEntity | undefined {
  const after = spelledTitleEnd(text, office.name);
  if (after === undefined) return undefined;
  const named = entities.filter((entity) => entity.type === 'person' && entity.mentions.some((mention) => mention.start > after && mention.start - after < HOLDER_REACH));
  return named.length === 1 ? named[0] : undefined;
}

const HOLDER_REACH = 60;
