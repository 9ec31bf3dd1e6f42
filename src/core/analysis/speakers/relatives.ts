/**
 * Relatives who speak: "her husband says" after "Her husband, Tom Mensah,", whom "her" or "his"
 * stands for, and a relative who opens the sentence before or whose statement was read out.
 */
import { PRONOUNS } from '../cues';
import type { LocalEntity } from '../model';
import type { Context } from './context';
import { sentenceBefore } from './sentences';
import { genderOf, opposite } from './gender';
import { REPORTED_BY_PRONOUN } from './unnamedSources';
import { KIN_NOUNS } from '../../text/lexicon';

/** "Her daughter, Niamh," or "his son Tomas": where a relative is introduced by name, and whose. */
interface RelativeIntroduction {
  /** "daughter", "son". */
  readonly kin: string;
  /** "her", "his", "their": whose relative, to be read as the person it stands for; or the possessor named ("shulhach's"). */
  readonly possessive: string;
  /** Where the possessive starts. */
  readonly at: number;
  /** Where the relative's name starts. */
  readonly nameStart: number;
}

/**
 * "her brother, Emre", also "her tapper and older brother, Emre", "his seven-year-old daughter,
 * Sumaiya": another calling and an age may come between; "Shulhach's mother, Natallia Shulhach":
 * the possessor may be named.
 */
const INTRODUCTION = new RegExp(String.raw`\b(his|her|their|\p{L}[\p{L}'’-]*['’]s)\s+(?:\p{Ll}+\s+and\s+)?(?:(?:older|younger|elder|eldest|oldest|youngest|twin|big|little|late|[\p{Ll}\d]+-(?:year|month)-old)\s+)?(${[...KIN_NOUNS].join('|')})\b,?\s+(?=\p{Lu})`, 'giu');

/** Every relative the text introduces by name after a possessive. */
function relativeIntroductions(text: string): RelativeIntroduction[] {
  return [...text.matchAll(INTRODUCTION)].map((match) => ({
    kin: match[2].toLowerCase(), possessive: match[1].toLowerCase(), at: match.index, nameStart: match.index + match[0].length,
  }));
}

/** The relations that are the other side of one: a mother is whom a son or a daughter belongs to. */
const INVERSE_KIN: ReadonlyMap<string, readonly string[]> = new Map([
  ['mother', ['son', 'daughter']], ['father', ['son', 'daughter']], ['son', ['mother', 'father']], ['daughter', ['mother', 'father']],
  ['husband', ['wife']], ['wife', ['husband']], ['brother', ['brother', 'sister']], ['sister', ['brother', 'sister']],
  ['uncle', ['nephew', 'niece']], ['aunt', ['nephew', 'niece']], ['nephew', ['uncle', 'aunt']], ['niece', ['uncle', 'aunt']],
  ['grandmother', ['grandson', 'granddaughter']], ['grandfather', ['grandson', 'granddaughter']], ['grandson', ['grandmother', 'grandfather']], ['granddaughter', ['grandmother', 'grandfather']],
]);

/** Whether someone introduced as `introduced` makes whose relative they are the `kin` of them. */
function isInverseKin(kin: string, introduced: string): boolean {
  return INVERSE_KIN.get(kin)?.includes(introduced) ?? false;
}

/**
 * "“It is always busy,” her husband says", after "Her husband, Tom Mensah,"; "“I did not agree,”
 * her mother says", after "Her daughter, Niamh," when Niamh spoke last: a relative the article
 * introduced by name.
 */
export function relativeSpeaking(context: Context, lowerWords: readonly string[], before: number): LocalEntity | undefined {
  // ("the student's mother", after "Shulhach's mother, Natallia Shulhach,": or of someone described.)
  const described = lowerWords.length === 3 && lowerWords[0] === 'the' && /['’]s$/.test(lowerWords[1]);
  const kin = described ? lowerWords[2] : lowerWords[1];
  if (!(described || (lowerWords.length === 2 && RELATIVE_POSSESSIVES.has(lowerWords[0]))) || !KIN_NOUNS.has(kin)) return undefined;
  const { mentions, entities, previous } = context;
  const personAt = (start: number) => {
    const ref = mentions.startingAt(start);
    return ref && entities[ref.key].type === 'person' ? ref.key : undefined;
  };
  const introductions = relativeIntroductions(context.text.slice(0, before));
  const named = [...new Set(introductions.filter((introduction) => introduction.kin === kin)
    .map((introduction) => personAt(introduction.nameStart)).filter((key): key is number => key !== undefined))];
  // One relative of that kind, or none: two daughters leave "her daughter" open.
  if (named.length > 0) return named.length === 1 ? entities[named[0]] : undefined;
  const previousKey = previous?.speaker?.entity;
  if (described || previousKey === null || previousKey === undefined) return undefined;
  const ofPrevious = introductions.find((introduction) => isInverseKin(kin, introduction.kin) && personAt(introduction.nameStart) === previousKey);
  return ofPrevious && possessorOf(context, ofPrevious, previousKey);
}

const RELATIVE_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/**
 * Whom "her" or "his" of "Her daughter, Niamh," stands for: the person of that gender named last
 * before, else the last one who may be ("Ribble Crust", a bakery typed a person, is no woman).
 */
function possessorOf(context: Context, introduction: RelativeIntroduction, relative: number): LocalEntity | undefined {
  const { mentions, entities } = context;
  // ("Chóez’s granddaughter, Génesis Chóez": or the one the possessive names.)
  const named = /['’]s$/.test(introduction.possessive) ? mentions.startingAt(introduction.at) : undefined;
  if (named) return named.key !== relative && entities[named.key].type === 'person' ? entities[named.key] : undefined;
  const kind = introduction.possessive === 'his' ? 'male' : introduction.possessive === 'her' ? 'female' : undefined;
  if (kind === undefined) return undefined;
  const personOf = (fits: (gender: 'male' | 'female' | undefined) => boolean) => mentions.lastBefore(introduction.at,
    ({ key }) => key !== relative && entities[key].type === 'person' && fits(genderOf(context, entities[key])));
  const ref = personOf((gender) => gender === kind) ?? personOf((gender) => gender !== opposite(kind));
  return ref && entities[ref.key];
}

/**
 * "A statement from the girl's mother was read to the committee. "…," she said": the unnamed
 * relative whose writing the sentence before introduced, of the kind the pronoun fits.
 */
export function relativeWritingBefore(text: string, quoteOpen: number, kind: 'male' | 'female'): string | undefined {
  const sentence = sentenceBefore(text, quoteOpen);
  if (!sentence || !/^[\s"“”]*$/.test(text.slice(sentence.to, quoteOpen))) return undefined;
  const writing = RELATIVE_WRITING_OPENING.exec(text.slice(sentence.from, sentence.to));
  return writing && KIN_GENDER.get(writing[2]) === kind ? writing[1] : undefined;
}

const KIN_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['husband', 'male'], ['son', 'male'], ['father', 'male'], ['brother', 'male'], ['wife', 'female'], ['daughter', 'female'], ['mother', 'female'], ['sister', 'female'],
  ['grandfather', 'male'], ['grandson', 'male'], ['grandmother', 'female'], ['granddaughter', 'female'],
]);
/** The relatives whose noun says which pronoun they are. */
const GENDERED_KIN = [...KIN_GENDER.keys()].join('|');

const RELATIVE_WRITING_OPENING = new RegExp(String.raw`^\s*(?:An?|The)\s+(?:\p{Ll}+\s+)?(?:statement|letter|message|note)\s+(?:from|by)\s+(the\s+\p{Ll}+['’]s\s+(${GENDERED_KIN}))\s+(?:was|were|is)\s+read\b`, 'u');

/**
 * "Lucía Arrieta is in outpatient therapy. Her husband keeps a note taped to the fridge. "…," he
 * said": a relative opening the sentence before, of the kind the pronoun fits, is the relative
 * the article named, or the one who introduced the person the possessive stands for as their own
 * ("Arrieta … found his wife, Lucía").
 */
export function relativeOpeningSentenceBefore(context: Context, quoteOpen: number, kind: 'male' | 'female'): LocalEntity | undefined {
  const { text, mentions, entities } = context;
  // Most pronouns have no "Her" or "His" near before them: a look for the words spares finding the sentence.
  const near = text.slice(Math.max(0, quoteOpen - RELATIVE_OPENING_REACH), quoteOpen);
  if (!near.includes('Her ') && !near.includes('His ')) return undefined;
  const sentence = sentenceBefore(text, quoteOpen);
  if (!sentence || !/^[\s"“”]*$/.test(text.slice(sentence.to, quoteOpen))) return undefined;
  const words = text.slice(sentence.from, sentence.to);
  const opening = RELATIVE_OPENING.exec(words);
  // ("Her mother never pushed her, she says. "…," she recalled": a sentence its pronoun reports is the reporter's, not the relative's.)
  if (!opening || KIN_GENDER.get(opening[2]) !== kind || PRONOUNS.get(REPORTED_BY_PRONOUN.exec(words)?.[1] ?? '') === kind) return undefined;
  const [possessive, kin] = [opening[1].toLowerCase(), opening[2]];
  const named = relativeSpeaking(context, [possessive, kin], sentence.from);
  if (named) return named;
  const ownerGender = possessive === 'her' ? 'female' : 'male';
  const owner = mentions.lastBefore(sentence.from, ({ key }) => entities[key].type === 'person' && genderOf(context, entities[key]) === ownerGender);
  if (!owner) return undefined;
  const introduction = relativeIntroductions(text.slice(0, sentence.from)).find((candidate) => isInverseKin(kin, candidate.kin) && mentions.startingAt(candidate.nameStart)?.key === owner.key);
  return introduction && possessorOf(context, introduction, owner.key);
}

const RELATIVE_OPENING_REACH = 400;
const RELATIVE_OPENING = new RegExp(String.raw`^\s*(Her|His)\s+(${GENDERED_KIN})\s+\p{Ll}`, 'u');
