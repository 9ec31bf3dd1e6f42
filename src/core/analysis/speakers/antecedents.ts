/**
 * Whom a pronoun or a quotation with no cue of its own takes up: the person introduced in the
 * paragraph before ("Her neighbour, Darsini (47), …"), described there ("The 31-year-old was
 * third"), asked a question or answering one, who reported the previous quotation, whose words a
 * quotation is said to be after it ("Those are the words of Joanne Rourke"), the subject of "as
 * she puts it", or the person the article names most often.
 */
import { CUE_VERBS, PRONOUNS } from '../cues';
import type { LocalEntity, Span, Speaker } from '../model';
import type { QuoteSpan } from '../quotes';
import { VIEW_NOUNS } from './attributions';
import { sentenceStart } from './sentenceBounds';
import type { Attribution } from './attributionTypes';
import type { MentionRef } from './mentionIndex';
import type { AttributedQuote, Context } from './context';
import { opensItsSentence, sentenceBefore, sentenceBeforeQuotingOrNot, sentenceEndAfter } from './sentences';
import { soleHolderOfRole, speakerNamedAt } from './officeHolders';
import { personOpeningSentenceBefore } from './sentenceSubjects';
import { ofNationDescribed, personOfAge, personOfNation } from './descriptions';
import { REPLY_CUES } from './exchanges';
import { isNamedAfterPreposition } from './pronounCandidates';
import { DEMONYMS } from '../../text/lexicon';
import { isPossessiveAt, isUpperAt } from '../../text/words';

/**
 * "Her neighbour, Darsini (47), who sells fried snacks, could not open her stall that day.¶“If the
 * rob comes, nobody buys,” she said.": a person introduced as the subject opening the paragraph
 * right before, with no quotation in it, is whom a quotation opening the next paragraph and
 * attributed with a pronoun goes on with.
 */
export function introducesParagraphBefore(text: string, subject: MentionRef, span: QuoteSpan, pronoun: Span): boolean {
  if (pronoun.start < span.end) return false;
  const paragraph = text.lastIndexOf('\n', subject.start) + 1;
  if (paragraph === 0 || !RELATIVE_DESCRIPTION_OPENING.test(text.slice(paragraph, subject.start))) return false;
  const between = text.slice(subject.end, span.open);
  return PARAGRAPH_BREAK_ENDING.test(between) && !/[\n"“”]/.test(between.trimEnd());
}

/** Nothing before a paragraph's subject, or a relative's description set beside it: "Her neighbour, ". */
const RELATIVE_DESCRIPTION_OPENING = /^[ \t]*(?:(?:Her|His|Their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+)?$/u;
/** A line break, then only white space, before the quotation: it opens the next paragraph. */
const PARAGRAPH_BREAK_ENDING = /\n\s*$/;

/**
 * "Second and third went to Pete Lanyon of Plymouth, who timed two cocks …": a person named after a
 * preposition whom a "who" clause goes on to describe is the one the story turns to, and takes the floor.
 */
export const WHO_CLAUSE_AFTER_NAME = /^(?:\s+of\s+\p{Lu}[\p{L}'’-]*)?,\s+who\s/u;
export const NAME_WHO_CLAUSE_REACH = 40;

/**
 * "He noted that Lestiani had described the decision as "sequencing". "…," he added": when the
 * previous quotation is someone's inside what a pronoun reported, the same pronoun after it is
 * the reporter, the one who spoke before them, not the one reported.
 */
export function reporterOfPreviousQuotation(context: Context, kind: 'male' | 'female', mention: Span, fits: (key: number) => boolean): LocalEntity | undefined {
  const { text, previous, turns, entities } = context;
  const reported = previous?.speaker?.mention;
  // The one reported is named ("that Lestiani had described"), not the reporter's own pronoun ("He added that he had been open").
  if (!reported || PRONOUNS.has(reported.text.toLowerCase()) || mention.start < previous.end || turns.length < 2) return undefined;
  const from = sentenceStart(text, reported.start);
  const opening = REPORTING_PRONOUN_OPENING.exec(text.slice(from, reported.start));
  if (!opening || PRONOUNS.get(opening[1].toLowerCase()) !== kind || !CUE_VERBS.has(opening[2])) return undefined;
  // The pronoun follows in the sentence after the one that reported.
  if (sentenceStart(text, Math.min(mention.start, context.text.length - 1)) > sentenceEndAfter(text, previous.end) + 1) return undefined;
  const before = turns.at(-2)?.last.speaker.entity;
  return before !== null && before !== undefined && before !== previous.speaker?.entity && fits(before) ? entities[before] : undefined;
}

/** "He noted that", "She pointed out that": a pronoun and a verb of speech opening a sentence, before what it reports. */
const REPORTING_PRONOUN_OPENING = /^\s*(He|She)\s+(?:also\s+)?(\p{Ll}+)(?:\s+out)?\s+that\s/u;

/** Whether the rest of the person's sentence has a main clause whose subject is `kind`'s pronoun: "…with Amari on the red carpet, she laughed off". */
export function isTakenUpInSentence(text: string, person: MentionRef, kind: 'male' | 'female'): boolean {
  const rest = /^[^.!?"“”]*/.exec(text.slice(person.end, person.end + TAKEN_UP_REACH))?.[0] ?? '';
  const pronoun = /,\s+(he|she)\s+\p{Ll}/u.exec(rest)?.[1];
  return pronoun !== undefined && PRONOUNS.get(pronoun) === kind;
}

const TAKEN_UP_REACH = 160;

/**
 * "“I watched my son die on a football pitch.”¶Those are the words of Joanne Rourke, whose …",
 * "That is how underground fitter Shane Costigan, 44, described Tuesday morning": the person the
 * sentence after says spoke, past a description in lower case before the name.
 */
export function ownerOfWordsAfter(context: Context, span: QuoteSpan): Speaker | null {
  const words = WORDS_OF_AFTER.exec(context.text.slice(span.end, span.end + WORDS_OF_REACH));
  if (!words) return ownerSayingItAfter(context, span);
  const start = span.end + words[0].length;
  const described = DESCRIPTION_BEFORE_NAME.exec(context.text.slice(start, start + DESCRIPTION_REACH))?.[0].length ?? 0;
  // ("That was how Waco Mayor Linda Castellanos put it": past a capitalised title and the place it is of.)
  const titled = TITLE_BEFORE_NAME.exec(context.text.slice(start + described, start + described + DESCRIPTION_REACH))?.[0].length ?? 0;
  const isPerson = (ref: MentionRef | undefined): ref is MentionRef => ref !== undefined && context.entities[ref.key].type === 'person';
  const person = [start + described, start + described + titled].map((at) => context.mentions.startingAt(at)).find(isPerson);
  return person ? speakerNamedAt(context, person, { method: 'cue-after', cue: 'words of' }) : null;
}

/** "Waco Mayor ", "Finance Minister ": a place's or a portfolio's name and a capitalised title. */
const TITLE_BEFORE_NAME = /^(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Mayor|Minister|Secretary|Governor|President|Senator|Councillor|Commissioner|Chief|Director|Chair)\s+/u;

/**
 * "“My grandfather had 400 sheep …”¶Efisio Ladu, 29, from Fonni, says it without anger": the
 * person opening the next paragraph who "says it" owns the quotation standing alone before.
 */
function ownerSayingItAfter(context: Context, span: QuoteSpan): Speaker | null {
  const paragraphBreak = PARAGRAPH_BREAK_AFTER.exec(context.text.slice(span.end, span.end + 8));
  if (!paragraphBreak) return null;
  const named = context.mentions.startingAt(span.end + paragraphBreak[0].length);
  if (!named || context.entities[named.key].type !== 'person') return null;
  const cue = SAYS_IT_AFTER_NAME.exec(context.text.slice(named.end, named.end + SAYS_IT_REACH));
  return cue ? speakerNamedAt(context, named, { method: 'cue-after', cue: cue[1] }) : null;
}

/**
 * "“The big kiln has done 900 firings. I know its moods.” Tamsin Wyre has been the studio’s
 * technician since 2011": a paragraph that opens with whole sentences quoted, then introduces a
 * person the article has not named before, opens with that person's words, as a profile does.
 */
export function personIntroducedAfter(context: Context, span: QuoteSpan): Speaker | null {
  const { text, mentions, entities } = context;
  if (!/[.!?]$/.test(span.text.trim()) || !PARAGRAPH_OPENING.test(text.slice(Math.max(0, span.open - 40), span.open))) return null;
  const gap = GAP_BEFORE_INTRODUCTION.exec(text.slice(span.end, span.end + GAP_REACH));
  // The person named right after the quotation, or past a phrase opening its sentence.
  const named = gap ? [gap[1], gap[0]].map((skipped) => mentions.startingAt(span.end + skipped.length)).find((ref) => ref !== undefined && entities[ref.key].type === 'person') : undefined;
  if (!named || entities[named.key].mentions.some((earlier) => earlier.start < span.open)) return null;
  return INTRODUCING_VERB_AFTER.test(text.slice(named.end, named.end + 80)) ? speakerNamedAt(context, named, { method: 'cue-after', cue: '' }) : null;
}

/** A paragraph's start, maybe past a dateline: "THIERS. ", "Sanremo – ". */
const PARAGRAPH_OPENING = /(?:^|\n)[ \t]*(?:\p{Lu}[\p{Lu}\p{Ll}’'-]*(?:\s+\p{Lu}[\p{Lu}\p{Ll}’'-]*){0,3}(?:\.|\s+[–—-])[ \t]+)?$/u;
/** The end of the quotation, then maybe a phrase opening the next sentence ("On Sunday morning, "). */
const GAP_BEFORE_INTRODUCTION = /^([”"’]?[ \t]+)(?:\p{Lu}[^,.;:!?"“”\n]{1,60},[ \t]+)?/u;
const GAP_REACH = 70;
/** ", 58, has been", " runs", ", staff representative at the firm, summed up": the verb of a sentence that goes on to say who the person is. */
const INTRODUCING_VERB_AFTER = /^(?:,[^,.;:"“”\n]{1,50},)?\s+(?:has|had|is|was|\p{Ll}+s|\p{Ll}+ed)\s/u;

const PARAGRAPH_BREAK_AFTER = /^[”"’.,!?]*[ \t]*\n\s*/;
/** ", 29, from Fonni, says it": the name's apposition, then "says it", "said so" or "says this". */
// Not "says it will …", where "it" opens what is said.
const SAYS_IT_AFTER_NAME = /^(?:,[^,.;:"“”\n]{1,40}){0,3},?\s+(says|said)\s+(?:it|this|so)(?=[.,;:!]|\s+(?:without|with|quietly|plainly|simply|bluntly|flatly|calmly|softly|again|slowly|as|while|before|after)\b)/;
const SAYS_IT_REACH = 140;

// ("“Nobody wants to be the last ship in the queue.” The remark comes from Arda Yıldız": or where the words came from.)
const WORDS_OF_AFTER = new RegExp(String.raw`^[”"’'.,!?]*\s*(?:(?:Those|These|They)\s+(?:are|were)\s+the\s+words\s+of|The\s+words\s+(?:are|were)\s+those\s+of|(?:(?:That|This)\s+(?:is|was)|That['’]s)\s+(?:how|the\s+(?:${VIEW_NOUNS})\s+of)|That\s+was(?=\s+[A-Z])|So\s+(?:said|says)|(?:The|Those|These)\s+(?:remark|comment|words|warning|caution|assessment|verdict|observation|admission|complaint|plea|account)\s+(?:comes|came)\s+from)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?`);
const WORDS_OF_REACH = 60;
/** "underground fitter ", "Peakstone's estates manager, ": lower-case words of a description before a name. */
const DESCRIPTION_BEFORE_NAME = /^(?:\p{Lu}[\p{L}-]*['’]s\s+(?=\p{Ll}))?(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:\p{Ll}[\p{Ll}-]*,\s+)?/u;
const DESCRIPTION_REACH = 40;

/**
 * "Jo Pavey will miss the race. The 31-year-old was third behind Hayley Yelling … "…," she said":
 * the sentence before the quotation opens with a description of a person as its subject (an age
 * or a nationality), so the pronoun is whoever the description stands for, the person opening the
 * sentence before it; not a name the sentence only mentions.
 */
export function personDescribedBefore(context: Context, quoteOpen: number, fits: (key: number) => boolean): LocalEntity | undefined {
  const { text, mentions, entities } = context;
  const sentence = sentenceBefore(text, quoteOpen);
  if (!sentence || !/^[\s"“”]*$/.test(text.slice(sentence.to, quoteOpen))) return undefined;
  // "Asked whether a second ship could follow, the 51-year-old was noncommittal. "…," he said": the
  // one whose age the article gave ("Loddo, 51,"), past a phrase opening the sentence.
  const aged = AGE_SUBJECT_AFTER_PHRASE.exec(text.slice(sentence.from, sentence.to));
  const ofAge = aged ? personOfAge(context, { start: sentence.from + aged[1].length, end: sentence.from + aged[0].length, text: aged[2] }) : undefined;
  if (ofAge && fits(ofAge.key)) return ofAge;
  // ("But Mmolawa has not gone quietly. Speaking to WeekendPost, the 41-year-old claimed that club chairman
  // Kgomotso Seleka had interfered": an age the article never gave is the person opening the sentence before.)
  const agedReferent = aged && !ofAge && !mentions.within(sentence.from, sentence.from + aged[0].length).some((ref) => entities[ref.key].type === 'person') ? personOpeningSentenceBefore(context, sentence.from) : undefined;
  if (agedReferent && fits(agedReferent.key)) return entities[agedReferent.key];
  // "The magistrate also rejected the defence’s argument that Doorgakant had …. "…," she noted": a
  // title opening the sentence before, which one person of the article holds, is its subject.
  const titled = TITLE_SUBJECT.exec(text.slice(sentence.from, sentence.to));
  const holder = titled ? soleHolderOfRole(entities, titled[1]) : undefined;
  if (holder && fits(holder.key)) return holder;
  const opening = DESCRIPTION_SUBJECT.exec(text.slice(sentence.from, sentence.to));
  if (!opening || !(opening[1] === undefined || DEMONYMS.has(opening[1].toLowerCase()))) return undefined;
  if (mentions.within(sentence.from, sentence.from + opening[0].length).length > 0) return undefined;
  const referent = personOpeningSentenceBefore(context, sentence.from);
  if (referent && fits(referent.key)) return entities[referent.key];
  // ("The Australian has suffered a host of injury problems …. "…," he said", after a doctor's
  // words: or the one the article gave that nation, else the person the story is most about who may be of it.)
  // (Not "The Ukrainian specialist refused": a calling after the nation describes whoever was just quoted.)
  if (opening[1] === undefined || !BARE_NATION_SUBJECT.test(opening[0])) return undefined;
  const description = { start: sentence.from, end: sentence.from + opening[0].length, text: `the ${opening[1]}` };
  const national = personOfNation(context, description);
  if (national) return fits(national.key) ? national : undefined;
  const ofNation = ofNationDescribed(context, description.text);
  return mostNamedPerson(entities, (key) => fits(key) && ofNation(key));
}

/**
 * "Vahtra struck a similar note. Unlike Aavik, who framed it as a diplomatic matter, he described it
 * as a test. "…," he added": the person a sentence sets apart from its "he" ("Unlike Aavik", "Like
 * Aavik") is someone else, so the pronoun means the last other person who fits.
 */
export function personBesideContrast(context: Context, quoteOpen: number, kind: 'male' | 'female', fits: (key: number) => boolean): LocalEntity | undefined {
  const { text, mentions, entities } = context;
  const sentence = sentenceBefore(text, quoteOpen);
  if (!sentence || !/^[\s"“”]*$/.test(text.slice(sentence.to, quoteOpen))) return undefined;
  const contrast = CONTRAST_OPENING.exec(text.slice(sentence.from, sentence.to));
  if (!contrast || PRONOUNS.get(contrast[1].toLowerCase()) !== kind) return undefined;
  const [setApart] = mentions.within(sentence.from, sentence.from + contrast[0].length);
  if (!setApart) return undefined;
  const other = mentions.lastBefore(sentence.from, (ref) => fits(ref.key) && ref.key !== setApart.key);
  return other ? entities[other.key] : undefined;
}

const CONTRAST_OPENING = /^\s*(?:Unlike|Like)\s+[^;:"“”]*?,\s+(he|she)\s/;

/** "The Brazilian confirmed", "The 41-year-old has": a nationality or an age, maybe a noun, then a verb. */
const AGE_SUBJECT_AFTER_PHRASE = /^(\s*[^,;:"“”]{1,80},\s*)([Tt]he\s+\d{1,3}-year-old)(?=\s+\p{Ll})/u;
const BARE_NATION_SUBJECT = /^\s*The\s+\p{Lu}\p{Ll}+\s+(?:(?:has|had|is|was)\s+)?\p{Ll}+\s$/u;
/** "The magistrate also rejected": a title in lower case opening a sentence as its subject, then its verb. */
const TITLE_SUBJECT = /^\s*The\s+(\p{Ll}+)\s+(?:also\s+|then\s+|later\s+)?\p{Ll}+(?:ed|s)\s/u;
const DESCRIPTION_SUBJECT = /^\s*The\s+(?:(\p{Lu}\p{Ll}+)|\d{1,3}-year-old)(?:\s+\p{Ll}+)?\s+(?:has|had|is|was|\p{Ll}+ed)\s/u;

/**
 * "Leonie Brandt-Osei, 29, …, walks behind, carrying the second bag and, as she puts it, "…"": the
 * pronoun of an aside is the person opening its sentence.
 */
export function subjectOfAsPutIt({ text, mentions, entities }: Context, pronoun: Span, fits: (key: number) => boolean): LocalEntity | undefined {
  if (!/\bas\s$/i.test(text.slice(Math.max(0, pronoun.start - 3), pronoun.start)) || !PUTS_IT_AFTER.test(text.slice(pronoun.end, pronoun.end + 10))) return undefined;
  const [opener] = mentions.within(sentenceStart(text, pronoun.start), pronoun.start);
  return opener && fits(opener.key) && opensItsSentence(text, opener) ? entities[opener.key] : undefined;
}

const PUTS_IT_AFTER = /^\s+puts?\s+it\b/;

export const DATED_WORDS_AFTER = /^\s+(?:(?:told|said|recalled|wrote|remembered|reflected)\b[^.;:"“”]{0,60}?\bin\s+(?:an?\s+|the\s+)?(?:19|20)\d\d\b|once\s+(?:said|told|wrote|put|remarked|joked|quipped|observed)\b)/;

/**
 * "“He had them in his head …,” said his longtime colleague Julian Mortlake. …¶He retired in
 * 1997, … he admitted": whose own quoted words talk of a "he" spoke of someone else, the subject
 * of an obituary or a profile; a "he" in a later paragraph goes back to that subject, the person
 * the article names most, when the one last named is only the one who spoke of them.
 */
export function subjectSpokenOf(context: Context, person: MentionRef, mention: Span, kind: 'male' | 'female', fits: (key: number) => boolean): LocalEntity | undefined {
  const turn = context.turns.findLast((candidate) => candidate.last.speaker.entity === person.key);
  const spokeAs = (quote: AttributedQuote | undefined) => quote?.speaker.mention?.start === person.start;
  if (!turn || !(spokeAs(turn.first) || spokeAs(turn.last)) || !THIRD_PERSON_OF[kind].test(`${turn.first.text} ${turn.last.text}`)) return undefined;
  if (!/\n\s*\n/.test(context.text.slice(turn.last.end, mention.start))) return undefined;
  const subject = mostNamedPerson(context.entities, fits);
  return subject && subject.key !== person.key ? subject : undefined;
}

/** A third person of either gender in someone's own words: "He had them in his head". */
const THIRD_PERSON_OF = { male: /\b(?:[Hh]e|[Hh]is|[Hh]im)\b/u, female: /\b(?:[Ss]he|[Hh]er|[Hh]ers)\b/u } as const;

/** The person the article names most often, if one fits: the subject of an obituary or a profile. */
/** Whether the sentence before `offset` opens by taking the story back to its scene, before its pronoun: "Back in Caldmore, however, she". */
export function backToTheScene(text: string, offset: number): boolean {
  const sentence = sentenceBefore(text, offset);
  return sentence !== undefined && BACK_TO_SCENE.test(text.slice(sentence.from, sentence.to));
}

/** "Back in Caldmore, however, she": a place the story returns to, opening the sentence before its pronoun. */
const BACK_TO_SCENE = /^\s*Back\s+(?:in|at|on)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*,\s+(?:however,\s+|though,\s+)?(?:he|she)\s/u;

export function mostNamedPerson(entities: readonly LocalEntity[], fits: (key: number) => boolean): LocalEntity | undefined {
  let most: LocalEntity | undefined;
  for (const entity of entities) {
    if (fits(entity.key) && (!most || entity.mentions.length > most.mentions.length)) most = entity;
  }
  return most;
}

/**
 * "X told reporters the withdrawal was "a technical matter". Asked about those comments, she
 * said": whoever is asked about the previous speaker's words is someone else, the last person
 * before who fits.
 */
export function respondentToPreviousSpeaker({ text, mentions, previous, entities }: Context, pronoun: Span, fits: (key: number) => boolean): LocalEntity | undefined {
  const previousKey = previous?.speaker?.entity;
  if (previousKey === null || previousKey === undefined || !ASKED_ABOUT_WORDS.test(text.slice(sentenceStart(text, pronoun.start), pronoun.start))) return undefined;
  const other = mentions.lastBefore(pronoun.start, (ref) => ref.key !== previousKey && fits(ref.key) && !isPossessiveAt(text, ref.end) && !isNamedAfterPreposition(text, ref));
  return other && entities[other.key];
}

/**
 * "Ryan then asked Tobin whether the plan could be phased in. ¶ "…," she replied": whoever
 * replies to a question the sentence before puts to someone is the one it was put to.
 */
export function personAskedBefore({ text, mentions, entities }: Context, before: number, attribution: Attribution, fits: (key: number) => boolean): LocalEntity | undefined {
  // ("Hoeft asked Mehlhaff whether a stipend would keep more volunteers. "…," she said": a plain "said" answers too.)
  if (!REPLY_CUES.has(attribution.cue ?? '') && !ANSWERING_CUES.has(attribution.cue ?? '')) return undefined;
  const sentence = sentenceBeforeQuotingOrNot(text, before);
  if (!sentence || !/^[\s"“”]*$/.test(text.slice(sentence.to, before))) return undefined;
  const asked = ASKED_PERSON.exec(text.slice(sentence.from, sentence.to));
  const person = asked ? mentions.startingAt(sentence.from + asked.index + asked[0].length) : undefined;
  return person && fits(person.key) ? entities[person.key] : undefined;
}

/** The person whose name opens a quotation as the subject of a verb after it ("Sietse thinks I am a dinosaur"), if any. */
export function personOpeningQuotation({ text, entities }: Context, span: QuoteSpan): number | undefined {
  if (!isUpperAt(text, span.start)) return undefined;
  const subject = entities.find((entity) => entity.type === 'person' && entity.mentions.some((mention) => mention.start === span.start));
  const end = subject?.mentions.find((mention) => mention.start === span.start)?.end ?? 0;
  return subject && VERB_AFTER_SUBJECT.test(text.slice(end, end + 16)) ? subject.key : undefined;
}

/** " thinks", " was": a lower-case verb in the third person after a subject. */
const VERB_AFTER_SUBJECT = /^ (?:\p{Ll}+s|was|has|had|is|will|would|can|could|did|does|never|always)\b/u;

/**
 * "Dr Amblecote said. … ¶ In discussion, Mr Desmond Fairclough (Harrogate) asked whether the
 * composition could be inferred. "…," he replied": a reply to a question the sentence before has
 * someone ask, of no one it names, is the previous speaker's, whom the question was put to, not the asker's.
 */
export function previousSpeakerAskedBefore({ text, mentions, previous, entities }: Context, before: number, attribution: Attribution, fits: (key: number) => boolean): LocalEntity | undefined {
  const key = previous?.speaker?.entity;
  if (!previous || !REPLY_CUES.has(attribution.cue ?? '') || key === null || key === undefined || !fits(key)) return undefined;
  const sentence = sentenceBeforeQuotingOrNot(text, before);
  if (!sentence || sentence.from < previous.end || !/^[\s"“”]*$/.test(text.slice(sentence.to, before))) return undefined;
  const asked = QUESTION_ASKED.exec(text.slice(sentence.from, sentence.to));
  if (!asked) return undefined;
  const asker = mentions.lastBefore(sentence.from + asked.index, (ref) => ref.start >= sentence.from && fits(ref.key));
  return asker && asker.key !== key ? entities[key] : undefined;
}

/** A question put with no one named to put it to: "asked whether", "asked if". */
const QUESTION_ASKED = /\basked\s+(?:whether|if|what|why|how|when)\b/;

/** "asked " or "pressed " before the one a question is put to, "whether" or "if" after them ("pressed Wendt on whether"). */
const ASKED_PERSON = /\b(?:asked|pressed)\s+(?=(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:on\s+)?(?:whether|if|about|what|why|how|when|where|who)\b)/u;
const ANSWERING_CUES: ReadonlySet<string> = new Set(['said', 'says']);

const ASKED_ABOUT_WORDS = /^\s*(?:When\s+)?[Aa]sked\s+(?:about|of)\s+(?:those|these|the|his|her|their)\s+(?:\p{Ll}+\s+)?(?:comments|remarks|claims|criticism|accusations?|words)\b[^.!?]*,\s*$/u;
