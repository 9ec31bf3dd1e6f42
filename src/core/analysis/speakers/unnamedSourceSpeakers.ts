/**
 * The speaker an unnamed source's phrase stands for: a police force or a court officer the article
 * names, the name a user goes by ("a user called nebula_tax"), the named person a description
 * takes up ("the Waterford man"), the source quoted or introduced before ("the Ofcom spokesman"),
 * or the phrase as written, with the organisation it speaks for.
 */
import { DOCUMENT_NOUNS, MEDIA_NOUNS } from '../cues';
import type { LocalEntity, Span, Speaker } from '../model';
import type { QuoteSpan } from '../quotes';
import { sentenceStart } from './sentenceBounds';
import type { Attribution } from './attributionTypes';
import { sameUnnamedSource } from '../sources';
import type { Context } from './context';
import { anaphor, restated } from './restatedSpeakers';
import { describedOrganization, inheritedOrganization, organizationOfModifier, spokespersonOrganization } from './organizationsInFocus';
import { holderOfRole, soleHolderOfRole } from './officeHolders';
import { bodyNamedByNoun } from './writings';
import { sourceIntroducedBefore, unnamedSourceSpan, unnamedSubjectOfSentenceBefore, withWholeName } from './unnamedSources';
import { NAME_GIVEN_AS } from './sentenceSubjects';
import { resolveDescription, subjectOfSentenceBefore } from './descriptions';
import { FUNCTION_WORDS } from '../../text/lexicon';
import { isDictionaryWord } from '../../text/englishWords';
import { isLetterAt } from '../../text/words';

export const AGED_DESCRIPTION = /^[Tt]he\s+\d{1,3}-year-old(?:\s+\p{Ll}[\p{L}-]*){1,3}$/u;

export function unnamedSource(context: Context, mention: Span, sourceNoun: number, namedOrganization: number | undefined, attribution: Attribution, span: QuoteSpan): Speaker | null {
  const force = policeForceNamed(context.entities, mention.text);
  if (force) return anaphor(force, mention, attribution.cue);
  const officer = officerNamedLater(context, mention);
  if (officer) return anaphor(officer, mention, attribution.cue);
  const source = unnamedSourceSpan(context, mention, sourceNoun);
  const handle = INDEFINITE_SOURCE.test(source.text) ? handleAfter(context, source.end, attribution) : null;
  if (handle) return handle;
  // "a reseller who goes by Kovyl wrote": the name the source goes by, inside its own phrase.
  // ("a headteacher from Stoke-on-Trent who gave her name only as Gill": also past where the source's own words end.)
  const goesBy = HANDLE_IN_NAME.exec(mention.text);
  if (goesBy) return handleAfter(context, mention.start + goesBy.index, attribution);
  const organization = source.organization ?? namedOrganization ?? inheritedOrganization(source.text, context.previous)
    ?? organizationOfModifier(context, source.text) ?? describedOrganization(context, source) ?? spokespersonOrganization(context, source) ?? null;
  const written: Span = { start: source.start, end: source.end, text: source.text };
  const speaker: Speaker = { name: written.text, entity: null, mention: written, unnamed: true, organization, method: attribution.method, cue: attribution.cue };
  if (!/^(?:the|that|those)\s/i.test(written.text)) return speaker;
  // ("The inspector general's office already found problems …, concluding": a body the article named, cut from its clause.)
  const modified = bodyNamedWithModifier(context, written) ?? (written.end < mention.end ? bodyNamedByNoun(context, written.text.toLowerCase().split(/\s+/), written.start) : undefined);
  if (modified) return anaphor(modified, mention, attribution.cue);
  // ""…," the same source continues": the one quoted just before, whatever its noun.
  if (SAME_SOURCE.test(written.text) && context.previous?.speaker?.unnamed === true) return restated(context.previous.speaker, attribution.method, attribution.cue, written);
  // "The Ofcom spokesman said", after "…," a spokesman for Ofcom said: the source quoted last of that kind,
  // or else introduced last in reported speech ("A senior INDECI official, who …, said two …").
  // ("A source at the regional command was less confident. "…," the source admitted": the one opening the sentence right before.)
  const opening = mention.start > span.open ? unnamedSubjectOfSentenceBefore(context, span.open) : undefined;
  if (opening && sameUnnamedSource({ ...speaker, name: opening.text }, speaker)) return { ...speaker, name: opening.text };
  const earlier = context.unnamedSources.findLast((quoted) => sameUnnamedSource(quoted, speaker));
  const introduced = withWholeName(context, sourceIntroducedBefore(context, written.text, written.start));
  // The one introduced last: "…," an SEC spokesperson said. … a company spokesperson said. "…," the spokesperson said.
  if (introduced && (!earlier?.mention || introduced.start > earlier.mention.start)) {
    // "A researcher who goes by Paperwasp … "…," the researcher wrote": the name it goes by.
    const handle = HANDLE_IN_NAME.exec(introduced.text)?.[1];
    if (handle) return { name: handle, entity: null, mention: written, unnamed: true, organization, method: attribution.method, cue: attribution.cue };
    return { name: introduced.text, entity: null, mention: written, unnamed: true, organization, method: attribution.method, cue: attribution.cue };
  }
  if (earlier) return restated(earlier, attribution.method, attribution.cue, written);
  // "the provincial executive member said", after "said provincial executive member Hylke Wijnstra":
  // the very words written as a title right before a person's name are that person.
  const titled = personTitledAs(context, written);
  if (titled) return anaphor(titled, mention, attribution.cue);
  // "the union leader said", after "Uwe Brenninger, head of the works council, told …": a definite
  // description no unnamed source was introduced for describes someone named.
  // ("the 31-year-old nurse told DW", after "When Jana Rietdorf went into labor": an age describes someone named.)
  if (DESCRIBES_NAMED.test(written.text) || DESCRIBES_PERSON.test(written.text) || DESCRIBES_PARTY_MEMBER.test(written.text) || AGED_DESCRIPTION.test(written.text)) return resolveDescription(context, mention, attribution, span);
  // "…," the official said, after "Valeriu Chiriac initially said he had no connection": an official
  // no unnamed one was introduced for is the person the sentence before opens with, and else someone
  // unnamed (as after "A Ruelas campaign official countered that", where the name only qualifies an official).
  const official = DESCRIBES_OFFICIAL.test(written.text) ? subjectOfSentenceBefore(context, mention, span) : undefined;
  if (official && !OFFICIAL_NOUN.test(context.text.slice(sentenceStart(context.text, official.start), span.open))) return anaphor(context.entities[official.key], mention, attribution.cue);
  const quotedJustBefore = DESCRIBES_OFFICIAL.test(written.text) && !official ? namedPersonQuotedJustBefore(context, mention) : undefined;
  if (quotedJustBefore) return anaphor(quotedJustBefore, mention, attribution.cue);
  // ""…," the fisherman said", after "Kamal Seytmuratov, 63, fished in the Aral Sea as a young man": so is
  // someone's calling, when no source of it was introduced.
  const calling = isCalling(written.text) ? subjectOfSentenceBefore(context, mention, span) : undefined;
  if (calling && context.entities[calling.key].type === 'person') return anaphor(context.entities[calling.key], mention, attribution.cue);
  // "said the spokesperson", after "Sabitri Gurung, spokesperson for the District Police Office": only
  // a person named with the role, as a spokesperson is most often no one named.
  // ("the delegate told reporters", after "the Meme Divisional Delegate of Secondary Education, Besong Marie-Claire Ojong": so with a delegate.)
  const holder = OFTEN_UNNAMED_ROLE.test(written.text) ? holderOfRole(context, written.text, written.start) : undefined;
  return holder ? anaphor(holder, mention, attribution.cue) : speaker;
}

/** The last person named right after the words of a definite description, as their title: "provincial executive member Hylke Wijnstra". */
function personTitledAs({ text, mentions, entities }: Context, description: Span): LocalEntity | undefined {
  const words = TITLE_WORDS_OF_DESCRIPTION.exec(description.text)?.[1];
  if (words === undefined) return undefined;
  const title = `${words} `;
  const titled = mentions.lastBefore(description.start, (ref) => entities[ref.key].type === 'person' && ref.start > title.length
    && text.slice(ref.start - title.length, ref.start).toLowerCase() === title && !isLetterAt(text, ref.start - title.length - 1));
  return titled && entities[titled.key];
}

/** "the board member", "the provincial executive member": two to four lower-case words after "the". */
const TITLE_WORDS_OF_DESCRIPTION = /^[Tt]he\s+((?:\p{Ll}[\p{Ll}-]*\s){1,3}\p{Ll}+)$/u;

/**
 * "the federal ministry said", after "the federal Ministry of Finance in Baghdad": the body of that
 * kind the article named with the same word before it, though it names another ministry too.
 */
function bodyNamedWithModifier({ text, mentions, entities }: Context, written: Span): LocalEntity | undefined {
  const description = MODIFIED_BODY.exec(written.text);
  if (!description) return undefined;
  const [, modifier, noun] = description;
  const opening = `the ${modifier} `;
  const named = mentions.lastBefore(written.start, (ref) => entities[ref.key].type === 'organization' && entities[ref.key].name.toLowerCase().includes(noun)
    && text.slice(Math.max(0, ref.start - opening.length), ref.start).toLowerCase() === opening);
  return named && entities[named.key];
}

const MODIFIED_BODY = /^the\s+(\p{Ll}+)\s+(ministry|department|agency|government|council|authority|court)$/iu;

/**
 * "wrote a user called nebula_tax", "a commenter going by Ferro_Lux": a source known by the name
 * it goes by is that name, a person's ("a man named Tom Hale") or a screen name.
 */
function handleAfter({ text, mentions, entities }: Context, sourceEnd: number, attribution: Attribution): Speaker | null {
  const called = GOES_BY.exec(text.slice(sourceEnd, sourceEnd + 60));
  if (!called) return null;
  const start = sourceEnd + called[0].length - called[1].length;
  const mention: Span = { start, end: start + called[1].length, text: called[1] };
  const found = mentions.startingAt(start);
  // A name the entities end before the screen name ends is no one's name.
  const named = found && found.end >= mention.end ? found : undefined;
  // "a neighbour called police", "a witness called 911": "called" is also a verb, so a common word is no name.
  const lower = mention.text.toLowerCase();
  if (!named && !/[\d_@]/.test(mention.text) && (FUNCTION_WORDS.has(lower) || isDictionaryWord(lower))) return null;
  if (named) {
    const entity = entities[named.key];
    return { name: entity.name, entity: entity.key, mention: { start, end: named.end, text: text.slice(start, named.end) }, unnamed: false, organization: null, method: attribution.method, cue: attribution.cue };
  }
  return { name: mention.text, entity: null, mention, unnamed: true, organization: null, method: attribution.method, cue: attribution.cue };
}

export const HANDLE_IN_NAME = new RegExp(String.raw`\s(?:called|named|(?:who\s+goes|going)\s+by|${NAME_GIVEN_AS})\s+(@?[\p{L}\p{N}_.-]*[\p{L}\p{N}_])$`, 'u');

/** "a user", "one longtime subscriber": a source the article introduces, which a name may follow. */
const INDEFINITE_SOURCE = /^(?:an?|one|another)\s+(?:\S+\s+)?\S+$/i;

// ("wrote another forum member, marguerite.b": a handle by its look may stand in apposition.)
const GOES_BY = new RegExp(String.raw`^(?:,?\s+(?:called|named|(?:who\s+goes|going)\s+by(?:\s+the\s+(?:name|handle|username))?|(?:who\s+)?${NAME_GIVEN_AS}|(?:who\s+posts|posting)\s+as|(?:who\s+appears\s+[^,.;:"“”]{0,30}?\s)?under\s+the\s+(?:username|handle))\s+|,\s+(?=@|u\/|\p{Ll}[\p{L}\p{N}]*[._][\p{L}\p{N}]))((?:@|u\/)?[\p{L}\p{N}_.-]*[\p{L}\p{N}_])`, 'u');

const OFTEN_UNNAMED_ROLE = /^[Tt]he\s+(?:spokes(?:man|woman|person)|(?:\p{Ll}+\s+){0,2}delegate)$/u;

/** "the Waterford man", "the 34-year-old woman": a person described, named before unless a source was introduced so. */
const DESCRIBES_PERSON = /^[Tt]he\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}(?:man|woman)$/u;

/** A definite description in lower case whose noun is one of a person's but not a source's own ("spokesman", "official"). */
const DESCRIBES_NAMED = /^[Tt]he\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:leader|chairman|chairwoman|executive|director|manager|adviser|lawyer|campaigner|activist|economist|analyst|banker|strategist|broker|consultant|engineer|researcher|scientist|expert|officer|driver|worker|farmer|pilot|soldier|miner|tenant|survivor|teacher)$/u;
/** "the official", "the EU official"; not "the senior official", whose rank marks someone unnamed. */
/**
 * "…," Hamid told reporters. ¶ Asked whether …, the official said: the person quoted in the sentence
 * just before, when no official comes up since. (After "One senior civil servant … said …. ¶" the
 * official is that source instead.)
 */
function namedPersonQuotedJustBefore({ previous, entities, text }: Context, mention: Span): LocalEntity | undefined {
  const key = previous?.speaker?.entity;
  if (previous === undefined || key === null || key === undefined || entities[key].type !== 'person') return undefined;
  const between = text.slice(previous.end, sentenceStart(text, mention.start)).replace(/^["”’]+/, '');
  const restOfQuotesSentence = between.trim() === '' || (!/^\s*\n/.test(between) && !/[.!?]["”’]?\s+\p{Lu}/u.test(between.trim()));
  return restOfQuotesSentence && !OFFICIAL_NOUN.test(text.slice(previous.end, mention.start)) ? entities[key] : undefined;
}

const DESCRIBES_OFFICIAL = /^[Tt]he\s+(?:(?:\p{Lu}[\p{L}-]*|elected)\s+)?official$/u;
const OFFICIAL_NOUN = /\bofficials?\b/;
/** "the fisherman", "the retired farmer": a calling, by its ending, with a word to qualify it at most; not a writing ("the letter"), a member or a spokesman. */
function isCalling(description: string): boolean {
  const noun = DESCRIBES_CALLING.exec(description)?.[1];
  return noun !== undefined && !DOCUMENT_NOUNS.has(noun) && !MEDIA_NOUNS.has(noun) && !NOT_CALLINGS.test(noun);
}

const DESCRIBES_CALLING = /^[Tt]he\s+(?:\p{Ll}+\s+)?(\p{Ll}{3,}(?:man|woman|er|or|ist))$/u;
const NOT_CALLINGS = /^(?:member|(?:spokes|chair)(?:man|woman))$/;
/** "the Fine Gael minister", "the Labour MP": an elected office with the party that holds it. */
const DESCRIBES_PARTY_MEMBER = /^[Tt]he\s+(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:minister|senator|MP|TD|MSP|MEP|congressman|congresswoman|lawmaker|legislator|councillor|mayor)$/u;

const SAME_SOURCE = /^the\s+same\s/i;

/**
 * "A coroner has warned that more patients will die …. the area coroner for the Black Country,
 * Oluwaseun Badmus, said": an officer of a court a story opens with unnamed is the one holder of
 * that office it names after.
 */
function officerNamedLater({ entities }: Context, mention: Span): LocalEntity | undefined {
  const office = COURT_OFFICER.exec(mention.text)?.[1];
  const holder = office === undefined ? undefined : soleHolderOfRole(entities, office);
  return holder && holder.mentions[0].start > mention.end ? holder : undefined;
}

const COURT_OFFICER = /^[Aa]\s+(coroner|judge|magistrate)$/;

/** "Police said", "the police said": the one police force the article names, when it names one. */
function policeForceNamed(entities: readonly LocalEntity[], phrase: string): LocalEntity | undefined {
  if (!BARE_POLICE.test(phrase)) return undefined;
  const forces = entities.filter((entity) => entity.type === 'organization' && POLICE_IN_NAME.test(entity.name));
  return forces.length === 1 ? forces[0] : undefined;
}

/** "police", "the police", and a writing of theirs ("the police statement"), which speaks for the force. */
const BARE_POLICE = /^(?:(?:the\s+)?police|(?:the|an?)\s+police\s+(?:statement|report|release|notice|bulletin))$/i;
const POLICE_IN_NAME = /\bPolice\b/;
