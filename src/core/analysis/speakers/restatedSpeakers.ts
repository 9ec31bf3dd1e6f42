/**
 * A speaker found again: through words that refer back to a person or a body ("he", "the
 * company", "the 34-year-old"), or by another method than the one that first named them; or a
 * speaker with no name the article gives, kept as written ("the agencies").
 */
import type { AttributionMethod, LocalEntity, Span, Speaker } from '../model';
import type { Attribution } from './attributionTypes';

/** A speaker named through words that refer back to it: "he", "they", "the company", "the 34-year-old". */
export function anaphor(entity: LocalEntity, mention: Span, cue: string): Speaker {
  const method: AttributionMethod = 'pronoun';
  return { name: entity.name, entity: entity.key, mention, unnamed: false, organization: null, method, cue };
}

/**
 * The speaker again, found by another method or through other words. Written out property by
 * property because spreading speakers made at different places (`{ ...speaker }`) is slow in V8.
 */
export function restated(speaker: Speaker, method: AttributionMethod, cue: string | null, mention = speaker.mention): Speaker {
  return { name: speaker.name, entity: speaker.entity, mention, unnamed: speaker.unnamed, organization: speaker.organization, method, cue };
}

/**
 * A group described with no name the article gives it ("the agencies"), or a description with no
 * one in the article to stand for ("The Taoiseach", "The advert"): the words stand for the speaker.
 */
export function speaksAsWritten(mention: Span, attribution: Attribution): Speaker {
  return { name: mention.text, entity: null, mention, unnamed: true, organization: null, method: attribution.method, cue: attribution.cue };
}
