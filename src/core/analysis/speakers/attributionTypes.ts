/**
 * What an attribution is: the words around a cue that should name the speaker of a quotation
 * ("Hegseth" of "…," Hegseth said), where they start, the cue itself and an apposition that may
 * name the speaker too; and the attribution of a cue to its subject.
 */
import type { AttributionMethod } from '../model';

/** Words in the text that may name a speaker, with their offset. */
export interface Phrase {
  phrase: string;
  phraseStart: number;
}

/** A cue and the words around it that should name the speaker of a quotation. */
export interface Attribution extends Phrase {
  /** An apposition between subject and verb ("Brian Carpenter, the new chair of the IETF, said"): a second place to look for the speaker. */
  appositive?: Phrase;
  /** The cue verb or phrase, lower-cased, or ":" for a label ("Manchester City boss Kevin Keegan: "…""). */
  cue: string;
  method: AttributionMethod;
}

/** The attribution of a cue to its subject, written out because spreading the subject (`{ ...subject }`) is slow in V8. */
export function attributionTo(subject: Phrase & { appositive?: Phrase }, cue: string, method: AttributionMethod): Attribution {
  return { phrase: subject.phrase, phraseStart: subject.phraseStart, appositive: subject.appositive, cue, method };
}
