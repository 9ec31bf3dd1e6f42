import { KIN_NOUNS } from '../../text/lexicon';

/** "Her daughter, Niamh," or "his son Tomas": where a relative is introduced by name, and whose. */
export interface RelativeIntroduction {
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
export function relativeIntroductions(text: string): RelativeIntroduction[] {
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
export function isInverseKin(kin: string, introduced: string): boolean {
  return INVERSE_KIN.get(kin)?.includes(introduced) ?? false;
}
