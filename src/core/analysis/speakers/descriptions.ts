/**
 * Descriptions that take up a person: whom "said the 34-year-old", "the Italian", "the doctor" or
 * "the former chairman" means (the person the story is about, the subject of the sentence before,
 * the one of that age or nation, the holder of that office), and the first fitting person of the
 * sentence that names the most recent one.
 */
import type { LocalEntity, Span, Speaker } from '../model';
import type { QuoteSpan } from '../quotes';
import { opensSentence, sentenceStart } from './sentenceBounds';
import type { Attribution } from './attributionTypes';
import type { MentionRef } from './mentionIndex';
import type { Context } from './context';
import { sentenceBefore } from './sentences';
import { anaphor, restated, speaksAsWritten } from './restatedSpeakers';
import { doerNamedByVerb, holderOfRole, holdsOtherOffice, lawmakerOfState, soleOffice } from './officeHolders';
import { asksAnonymity, sourceIntroducedBefore, unnamedSubjectOfSentenceBefore } from './unnamedSources';
import { isByline, personOpeningSentenceBefore, personOpeningSentenceBeforeAside, runOpening } from './sentenceSubjects';
import { REPLY_CUES } from './exchanges';
import { DEMONYMS } from '../../text/lexicon';
import { isPossessiveAt } from '../../text/words';

// ("the South African", "the New Zealander": a compass point or "New" may open the nationality.)
export const NATIONALITY_DESCRIPTION = /^[Tt]he\s+(?:[\p{Ll}\d][\p{L}\d'’-]*\s+){0,2}(?:(?:North|South|East|West|New)\s+)?(\p{Lu}\p{Ll}+)$/u;

/** "the star of Rain Man and Tootsie", "the founder of Microsoft", "the director behind JFK": a person known for what follows "of" or "behind". */
export const KNOWN_FOR = /^[Tt]he\s+(?:\p{Ll}[\p{L}\d'’-]*\s+){0,2}(?:(?:star|director|creator|author|writer|singer|frontman|founder|co-founder|winner|veteran|captain|boss)\s+of|(?:man|woman|director|creator|writer|brains|team|mind)\s+behind)\s+\p{Lu}/u;

/** What someone known for something is known for: " of Microsoft", " behind JFK, Platoon and …". */
const KNOWN_FOR_WORK = /\s+(?:of|behind)\s+\p{Lu}.*$/su;

export const SOURCE_TAKEN_UP_REACH = 300;

/**
 * The first fitting person of the sentence that names the most recent one: "Larne boss Jimmy
 * McGeough has yet to confirm that Weir is on his way. "…," he said" is McGeough speaking, as
 * the subject of a sentence, not a person it mentions, is who a following "he" usually is.
 */
export function subjectOfSentence({ text, mentions }: Context, recent: MentionRef, fits: (key: number) => boolean): MentionRef {
  // "Others targeted include Oliver Letwin and Theresa May, Lib Dem elections chief Lord Rennard
  // said.": a name right before the verb that ends the sentence is its speaker, after all it reports.
  // "…, which Quintanilla-Marsh said she now regretted.": whoever speaks last in it, too.
  if (SPEAKS_RIGHT_AFTER.test(text.slice(recent.end, recent.end + 12))) return recent;
  const start = sentenceStart(text, recent.start);
  const sentence = mentions.within(start, recent.end);
  // "Wenger's Bayern counterpart Felix Magath was …", "Cosby's lawyer, Walter M Phillips Jr, said":
  // a person named in the possessive qualifies the subject and is not it. Nor is one named in an
  // aside ("Ireland, despite having Gordon D'Arcy still out injured, have been boosted by …").
  return sentence.find((ref) => fits(ref.key) && !isPossessiveAt(text, ref.end) && !ASIDE_BEFORE_NAME.test(text.slice(start, ref.start))) ?? recent;
}

/** "the doctor added", after "said Dr. Fatoumata Traoré, the centre's chief medical officer": the one person the article titles Dr. */
export function soleDoctor({ text, mentions, entities }: Context, mention: Span): LocalEntity | undefined {
  if (!/^the doctor$/i.test(mention.text)) return undefined;
  const doctors = new Set(mentions.sorted.filter((ref) => ref.start < mention.start && entities[ref.key].type === 'person' && DOCTOR_BEFORE.test(text.slice(Math.max(0, ref.start - 4), ref.start))).map((ref) => ref.key));
  return doctors.size === 1 ? entities[[...doctors][0]] : undefined;
}

const DOCTOR_BEFORE = /\bDr\.?\s$/;
export const ANOTHER_DOCTOR = /\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:\p{Ll}+\s+)?doctor\b/u;

/** Whether "the lawyer" takes up "his lawyer" or "her lawyer" written before it with no name after. */
function isUnnamedPossessedBefore(text: string, mention: Span): boolean {
  const noun = /^[Tt]he\s+(\p{Ll}+)$/u.exec(mention.text)?.[1];
  if (noun === undefined) return false;
  const window = text.slice(Math.max(0, mention.start - POSSESSED_REACH), mention.start);
  return new RegExp(String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+${noun}\b(?!,?\s+\p{Lu})`, 'u').test(window);
}

const POSSESSED_REACH = 600;

const ASIDE_BEFORE_NAME = /,\s*(?:despite|although|though|while|whilst|without|unlike)\b[^,]*$/i;

/** A verb of speech right after a name: ending the sentence ("Lord Rennard said.") or reporting more ("Quintanilla-Marsh said she"). */
const SPEAKS_RIGHT_AFTER = /^\s+(?:(?:said|says)\s*\.|(?:said|says|told)\s)/;

/**
 * "said the 34-year-old": a description, unlike a pronoun, points at the person the story is
 * about: the one person the article gives that role ("the mayor" when only Ken Livingstone is
 * called mayor; "the senator" for "Sen. Marcus Tull"), or of several the one named last, else the
 * previous speaker, else the most mentioned person so far.
 */
export function resolveDescription(context: Context, mention: Span, attribution: Attribution, span: QuoteSpan): Speaker | null {
  const { entities, mentions, previous } = context;
  // "One senior industry figure, who did not wish to be named, was blunter. "…," the executive
  // said": the unnamed person opening the sentence right before, whatever the noun.
  const unnamedOpening = mention.start > span.open && /^[Tt]he\s+\p{Ll}/u.test(mention.text) ? unnamedSubjectOfSentenceBefore(context, span.open) : undefined;
  // ("A former nursing assistant confirmed this in the witness box. "…," the 34-year-old testified":
  // so is the one an age describes that the article gave no one it named.)
  const unnamedOfAge = unnamedOpening ?? (mention.start > span.open && AGE_DESCRIPTION.test(mention.text) && !personOfAge(context, mention)
    ? unnamedSubjectOfSentenceBefore(context, span.open, undefined, true) : undefined);
  if (unnamedOfAge) return speaksAsWritten(unnamedOfAge, attribution);
  // ("A 51-year-old carpenter from Hasselager was on Thursday sentenced …. the 51-year-old said:": or one the
  // article introduced by that age and never named, as written.)
  if (AGE_DESCRIPTION.test(mention.text) && introducedUnnamedByAge(context, mention)) return speaksAsWritten(mention, attribution);
  const lawmaker = lawmakerOfState(context, mention.text);
  if (lawmaker) return anaphor(lawmaker, mention, attribution.cue);
  // "the director behind JFK" holds the office of "the director".
  const office = KNOWN_FOR.test(mention.text) ? mention.text.replace(KNOWN_FOR_WORK, '') : mention.text;
  const holder = holderOfRole(context, office, mention.start) ?? personOfAge(context, mention) ?? personOfNation(context, mention) ?? doerNamedByVerb(context, mention) ?? defendant(context, mention);
  // "the lawmaker said", after "One senior lawmaker, who spoke on condition of anonymity, said": that
  // source, unless the one who holds the office is named since ("Rep. Dana Holt, a lawmaker").
  const introduced = sourceIntroducedBefore(context, mention.text, mention.start);
  // "The underbidder, a New Jersey collector who asked that his name not be used, said": a source
  // of its own, not someone named before.
  if (!holder && !introduced && /^[Tt]he\s/.test(mention.text) && asksAnonymity(context.text, mention.end)) return speaksAsWritten(mention, attribution);
  const holderSince = holder && introduced && mentions.lastBefore(mention.start, (ref) => ref.key === holder.key && ref.start > introduced.start);
  if (holder && (!introduced || holderSince)) return anaphor(holder, mention, attribution.cue);
  // "“Order! Order!” cried the Speaker": the chair of the House, whom a sketch need not name, is no one quoted before.
  if (/^[Tt]he Speaker$/.test(mention.text)) return speaksAsWritten(mention, attribution);
  if (introduced) return { name: introduced.text, entity: null, mention, unnamed: true, organization: null, method: attribution.method, cue: attribution.cue };
  // "His lawyer, whose name Belsat is not disclosing, argued …. "…," the lawyer said": someone's
  // lawyer the article never names is no one it named.
  if (!holder && isUnnamedPossessedBefore(context.text, mention)) return speaksAsWritten(mention, attribution);
  // "One senior member of the squad, who asked not to be named, told Row360 …. "…," the athlete said": a
  // description right after an unnamed source's words takes that source up, whatever its noun.
  // (Not once a person is named since: "Kemi Adeyemi-Ross, who lives with her two children, said …. "…," the mother of two said".)
  const personSince = () => mentions.lastBefore(Math.min(span.open, mention.start), (ref) => entities[ref.key].type === 'person' && ref.start > (previous?.end ?? 0)) !== undefined;
  if (previous?.speaker?.unnamed === true && PERSON_INTRODUCED.test(previous.speaker.name) && /^[Tt]he\s+\p{Ll}/u.test(mention.text) && mention.start - previous.end < SOURCE_TAKEN_UP_REACH
    && !personSince()) {
    return restated(previous.speaker, attribution.method, attribution.cue, mention);
  }
  // "the 56-year-old Serbian said", after "Raalhu's Ghanaian striker Ebenezer Ankrah-Tetteh": a
  // nationality rules out whoever the article gave another.
  const fits = ofNationDescribed(context, mention.text);
  const subject = subjectOfSentenceBefore(context, mention, span);
  if (subject && fits(subject.key)) return anaphor(entities[subject.key], mention, attribution.cue);
  const previousKey = previous?.speaker?.entity;
  // "Opposition Leader Denroy Chalwell told the House … The premier … responded": an office one person
  // holds, named by no one in the story, is not whoever spoke last under another title.
  if (previousKey !== null && previousKey !== undefined && holdsOtherOffice(entities[previousKey], office)) return speaksAsWritten(mention, attribution);
  // ("… the premier added": and the same description goes on with the one it named as written.)
  if (previous?.speaker?.unnamed === true && previous.speaker.name.toLowerCase() === mention.text.toLowerCase() && soleOffice(office) !== undefined) {
    return restated(previous.speaker, attribution.method, attribution.cue, mention);
  }
  // ""Which of those did you take responsibility for?" … "Every one of them," the nominee replied":
  // whoever replies to a question is not who asked it.
  const replies = REPLY_CUES.has(attribution.cue ?? '') && previous !== undefined && /\?\s*$/.test(previous.text);
  if (!replies && previousKey !== null && previousKey !== undefined && entities[previousKey].type === 'person' && fits(previousKey)) return anaphor(entities[previousKey], mention, attribution.cue);
  const counts = new Map<number, number>();
  for (const ref of mentions.sorted) {
    if (ref.start >= span.open) break;
    if (entities[ref.key].type === 'person' && !(replies && ref.key === previousKey) && fits(ref.key) && !isByline(context.text, ref)) counts.set(ref.key, (counts.get(ref.key) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort(([, a], [, b]) => b - a);
  return best ? anaphor(entities[best[0]], mention, attribution.cue) : null;
}

/**
 * "Kavish Doorgakant, 54, was found guilty of swindling …. the accused had claimed": the accused or
 * the defendant is the one person the article says was sentenced, convicted, charged or found guilty.
 */
function defendant({ text, mentions, entities }: Context, mention: Span): LocalEntity | undefined {
  if (!DEFENDANT.test(mention.text)) return undefined;
  const tried = new Set<number>();
  for (const ref of mentions.sorted) {
    if (ref.start >= mention.start) break;
    if (entities[ref.key].type !== 'person') continue;
    if (TRIED_BEFORE_NAME.test(text.slice(Math.max(0, ref.start - TRIED_REACH), ref.start)) || TRIED_AFTER_NAME.test(text.slice(ref.end, ref.end + TRIED_REACH))) tried.add(ref.key);
  }
  const [only] = tried;
  return tried.size === 1 ? entities[only] : undefined;
}

const DEFENDANT = /^[Tt]he\s+(?:accused|defendant)$/;
const TRIED_REACH = 60;
/** "sentenced Rose-Hill jeweller ", "jailed ": a verb of a court's decision, then a few words before the name. */
const TRIED_BEFORE_NAME = /\b(?:sentenced|jailed|convicted|charged|fined)\s+(?:[\p{L}-]+\s+){0,3}$/u;
/** ", 54, was found guilty", " pleaded guilty": what a court decided of the name, or how its bearer pleaded. */
const TRIED_AFTER_NAME = /^,?(?:\s+\d{1,3},)?\s+(?:(?:was|has\s+been|had\s+been|is|were)\s+(?:found\s+guilty|convicted|charged|sentenced|jailed|fined)|(?:has\s+)?(?:pleaded|pleads)\s+(?:not\s+)?guilty|denies|denied)\b/u;

/**
 * Whom a description takes up from the sentence before: the person opening the sentence before
 * the quotation's, or before the description's when it opens a sentence of its own ("Mr Blair
 * was asked if … The prime minister told MPs: "…"").
 */
export function subjectOfSentenceBefore(context: Context, mention: Span, span: QuoteSpan): MentionRef | undefined {
  // ("Devereaux was less guarded. Asked how he felt, the 30-year-old grinned:": an age may also follow a phrase opening the sentence.)
  const lead = context.text.slice(sentenceStart(context.text, mention.start), mention.start);
  // ("In an interview with Hraparak last week, the businessman insisted": or any description after such a phrase.)
  const opensOwnSentence = /^[\s"“]*$/.test(lead) || OPENING_PHRASE_ONLY.test(lead);
  // (A quotation over paragraphs, attributed at its last, follows what comes before its first.)
  const opening = opensSentence(context.text, span) ? runOpening(context.text, span.open) : opensOwnSentence ? mention.start : undefined;
  return opening === undefined ? undefined
    : personOpeningSentenceBefore(context, opening) ?? personOpeningSentenceBeforeAside(context, opening) ?? nationalOpeningSentenceBefore(context, opening);
}

/**
 * "Among the others, Huseynli is top seeded. The Azeri won in Tashkent and said he has no problem
 * with Beridze. "…," the 25-year-old told Report.az": a nationality opening the sentence before is
 * its subject, the one person the article named of that nation, not a name the sentence mentions.
 */
function nationalOpeningSentenceBefore(context: Context, offset: number): MentionRef | undefined {
  const sentence = sentenceBefore(context.text, offset);
  const subject = sentence && sentence.from >= (context.previous?.end ?? 0) ? NATIONAL_SUBJECT.exec(context.text.slice(sentence.from, sentence.to)) : null;
  if (!sentence || !subject) return undefined;
  const start = sentence.from + subject[0].length - subject[1].length;
  const person = personOfNation(context, { start, end: start + subject[1].length, text: subject[1] });
  return person ? { start, end: start + subject[1].length, key: person.key } : undefined;
}

/** "The Azeri won": "the" and a capitalised word opening a sentence, a verb after. */
const NATIONAL_SUBJECT = /^\s*([Tt]he\s+\p{Lu}\p{Ll}+)(?=\s+\p{Ll})/u;

/** An unnamed person introduced by one of a kind ("One senior member of the squad", "A rival buyer"), not a body's voice ("A spokesperson", "a Facebook group"). */
const PERSON_INTRODUCED = /^(?:[Oo]ne|[Aa]n?|[Aa]nother)\s(?![^,]*\b(?:spokes\w*|group|jury|panel|committee|board|statement|report|post|page|account|official|source)\b)/u;

/** "the 34-year-old": an age that describes a person, the age captured. */
const AGE_DESCRIPTION = /^[Tt]he\s+(\d{1,3})-year-old$/;
/** One phrase and its comma, all that stands before a description in its sentence ("Asked how he felt, "). */
const OPENING_PHRASE_ONLY = /^[\s"“]*[^,;:"“”]{1,60},\s*$/;

/**
 * "the 16-year-old", after "Maya Tran, a 16-year-old junior at Okemos High School", "Rusdin, 61," or
 * "16-year-old Maya Tran": the one person given that age before.
 */
export function personOfAge({ entities, text }: Context, mention: Span): LocalEntity | undefined {
  const age = AGE_DESCRIPTION.exec(mention.text)?.[1];
  if (age === undefined) return undefined;
  const givesAge = (end: number) => text.startsWith(`, ${age},`, end) || text.startsWith(`, a ${age}-year-old`, end) || text.startsWith(`, an ${age}-year-old`, end);
  // ("Among the first to move in was 91-year-old Walter Higgs": or before the name.)
  const givenAgeBefore = (start: number) => text.startsWith(`${age}-year-old `, start - age.length - 10);
  const ofAge = entities.filter((entity) => entity.type === 'person' && entity.mentions.some((named) => named.end < mention.start && (givesAge(named.end) || givenAgeBefore(named.start))));
  return ofAge.length === 1 ? ofAge[0] : undefined;
}

/** Whether the article introduced someone by the description's age and no noun of a name ("A 51-year-old carpenter from …"), and named no one that age. */
function introducedUnnamedByAge(context: Context, mention: Span): boolean {
  const age = AGE_DESCRIPTION.exec(mention.text)?.[1];
  return age !== undefined && !personOfAge(context, mention) && new RegExp(String.raw`\b[Aa]n?\s+${age}-year-old\s+\p{Ll}+\b(?!\s+\p{Lu})`, 'u').test(context.text.slice(0, mention.start));
}

/**
 * "the Italian", after "Italy's Davide Santangelo" or "Davide Santangelo (Italy)": the one person
 * named as of the country whose people the description names. (The country is known by the
 * demonym's first letters, as "Italy" is by "Italian", "Spain" by "Spaniard".)
 */
export function personOfNation({ entities, text }: Context, mention: Span): LocalEntity | undefined {
  const demonym = NATIONAL_DESCRIPTION.exec(mention.text)?.[1];
  if (demonym === undefined || !DEMONYMS.has(demonym.toLowerCase())) return undefined;
  const stem = demonym.slice(0, 4);
  const countrysBefore = new RegExp(String.raw`${stem}\p{L}*['’]s?\s+$`, 'u');
  const countryInBracketsAfter = new RegExp(String.raw`^\s+\(${stem}`, 'u');
  const ofNation = (named: { start: number; end: number }) => countrysBefore.test(text.slice(Math.max(0, named.start - 20), named.start))
    || countryInBracketsAfter.test(text.slice(named.end, named.end + 12));
  const ofIt = entities.filter((entity) => entity.type === 'person' && entity.mentions.some((named) => named.end < mention.start && ofNation(named)));
  return ofIt.length === 1 ? ofIt[0] : undefined;
}

/**
 * Whether a person may be the one a description ending in a nationality means ("the 56-year-old
 * Serbian"): anyone, unless the article put another nationality before their name ("Raalhu's
 * Ghanaian striker Ebenezer Ankrah-Tetteh").
 */
export function ofNationDescribed({ entities, text }: Context, description: string): (key: number) => boolean {
  const demonym = NATIONALITY_DESCRIPTION.exec(description)?.[1].toLowerCase();
  if (demonym === undefined || !DEMONYMS.has(demonym)) return () => true;
  const otherNationBefore = (named: { start: number }) => {
    const word = NATION_BEFORE_NAME.exec(text.slice(Math.max(0, named.start - 60), named.start))?.[1].toLowerCase();
    return word !== undefined && word !== demonym && DEMONYMS.has(word);
  };
  return (key) => !entities[key].mentions.some(otherNationBefore);
}

/** "Ghanaian striker ", "Ghanaian ": a capitalised word and up to two lower-case ones right before a name. */
const NATION_BEFORE_NAME = /(\p{Lu}\p{Ll}+)\s+(?:\p{Ll}+\s+){0,2}$/u;

/** "the Italian", "the Spaniard": a person described by nationality alone. */
const NATIONAL_DESCRIPTION = /^[Tt]he\s+(\p{Lu}\p{Ll}+)$/u;
