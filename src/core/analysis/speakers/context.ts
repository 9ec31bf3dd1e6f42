/**
 * What every step of the attribution of one article shares: the article's text, its names, the
 * genders read so far, the turns of the quotations attributed before, and the unnamed sources
 * already introduced.
 */
import type { LocalEntity, Quote, Speaker } from '../model';
import type { MentionIndex } from './mentionIndex';

/** What every step of the attribution of one article needs: the text, its names and the last attributed quotation. */
export interface Context {
  readonly text: string;
  readonly mentions: MentionIndex;
  readonly entities: readonly LocalEntity[];
  /** Gender of each person, read once ("undefined" when neither an honorific nor the given name tells). */
  readonly genders: Map<number, 'male' | 'female' | undefined>;
  /** The article's "said he" and "said she", read when a person's gender is first asked. */
  selfReports?: readonly SelfReport[];
  /** The people whose name of two words or more ends in each surname, gathered when a person's gender is first asked. */
  peopleBySurname?: ReadonlyMap<string, readonly number[]>;
  previous: Quote | undefined;
  /** The last few turns of attributed quotations, the latest last, which an exchange's next turn goes back to. */
  readonly turns: Turn[];
  /** The unnamed sources introduced so far ("a spokesman for Ofcom"), whom "the Ofcom spokesman" takes up. */
  readonly unnamedSources: Speaker[];
  /** Whether the article is set as questions and answers ("Q: …¶A: …"), read when first needed. */
  isInterview?: boolean;
  /** Whose sayings a page headlined "<name> in quotes" gathers, once looked for (null: no such page). */
  quotesPageSubject?: LocalEntity | null;
}

/** Quotations one speaker gives in a row. */
export interface Turn {
  first: AttributedQuote;
  last: AttributedQuote;
}

export type AttributedQuote = Quote & { speaker: Speaker };

/** A "said he" or "said she", with where the name of whoever said it may end. */
export interface SelfReport {
  /** Before the verb ("Size| said he"), or before a "who" clause ("Lee Gilmore|, who …, said she"). */
  readonly nameEnds: readonly number[];
  readonly verb: number;
  readonly gender: 'male' | 'female';
}
