/**
 * Which of the people named before "he" or "she" the pronoun can stand for: not someone only
 * talked about (after a preposition, as the agent of a passive, in a relative clause on the
 * subject, among examples, as the object of a quoted sentence), but one who reports, reacts or
 * opens the sentence, or the subject of the sentence before.
 */
import { CUE_VERBS, PRONOUNS } from '../cues';
import type { LocalEntity, Span, Speaker } from '../model';
import type { QuoteSpan } from '../quotes';
import { hasMoreWordsThan, sentenceStart } from './sentenceBounds';
import type { MentionRef } from './mentionIndex';
import type { Context } from './context';
import { speaksNext } from './sentences';
import { genderOf, opposite } from './gender';
import { PAST_TENSE } from './unnamedSources';
import { isInQuestionAsked } from './sentenceSubjects';
import { subjectOfSentence } from './descriptions';

/** Whether the words name the person by given name alone: "Olof" of Olof Mellberg. */
export function namesByGivenName(words: string, person: LocalEntity): boolean {
  const given = person.name.split(' ')[0].replace(/[^\p{L}'’-]/gu, '');
  // Most quotations never write the name: a plain search spares them compiling a pattern.
  return person.name.includes(' ') && words.includes(given) && new RegExp(`\\b${given}\\b(?!\\s+\\p{Lu})`, 'u').test(words);
}

/**
 * "Now he fears it could derail the club's hopes after eight players, including captain Jason
 * Robinson and fly-half Charlie Hodgson, were away": a person named among examples set off by
 * "including" or "such as" is talked about, and takes the floor from no one (but "among them Jan
 * Frick" introduces one of them).
 */
export function isNamedAmongExamples(text: string, person: MentionRef): boolean {
  return EXAMPLES_BEFORE_NAME.test(text.slice(sentenceStart(text, person.start), person.start));
}

const EXAMPLES_BEFORE_NAME = /,\s+(?:including|such\s+as)\s+[^,;:.!?"“”]*$/;

/**
 * "He said that any evidence would be looked into and Mr Houston may be interviewed. He added:
 * "…"": a person named in what the same pronoun is reported as saying is talked about by the one
 * the pronoun already means ("He joins Norwich, but Stuart is confident" is about Stuart).
 */
export function opensWithPronoun(text: string, person: MentionRef, kind: 'male' | 'female'): boolean {
  const sentence = sentenceStart(text, person.start);
  // ("Asked about the company's offer, she recalled that Orsucci had used": past a participle's phrase.)
  const start = sentence + (PARTICIPLE_PHRASE_OPENING.exec(text.slice(sentence, person.start))?.[0].length ?? 0);
  const opening = /^\s*(?:(?:and|but)\s+)?(he|she)\s+(?:also\s+)?([a-z]+)\b/i.exec(text.slice(start, Math.min(person.start, start + 28)));
  if (opening === null || PRONOUNS.get(opening[1].toLowerCase()) !== kind) return false;
  // "She was asked whether leaving Mbatha out had been an error": the question put to her is hers to answer.
  // "He pointed to a 2021 study led by a former colleague, Dr Oskar Feldmann, which …": any verb of
  // the pronoun's in the past tense, when no other clause opens before the name, keeps the name its object.
  const rest = text.slice(start + opening[0].length - opening[2].length, person.start);
  // ("She will then link up with Daniela Hantuchova": so is one of a verb after a modal.)
  return CUE_VERBS.has(opening[2]) || ASKED.test(rest) || ((PAST_TENSE.test(opening[2]) || MODALS.has(opening[2])) && !NEW_CLAUSE_BEFORE_NAME.test(rest));
}

const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall']);

/**
 * "Jean-Marc Vernadet, he points out, had already announced a new line. “…,” he warned": a name
 * that an aside of the same pronoun reports on, right after it, is talked about, as in "He said Vernadet had".
 */
export function isReportedInAside(text: string, person: MentionRef, kind: 'male' | 'female', pronoun: Span, span: QuoteSpan): boolean {
  const aside = REPORTING_ASIDE.exec(text.slice(person.end, person.end + REPORTING_ASIDE_REACH));
  if (aside === null || PRONOUNS.get(aside[1].toLowerCase()) !== kind || !CUE_VERBS.has(aside[2].toLowerCase())) return false;
  // The aside's own pronoun reports the words of its sentence ("Dr Falquet, she says, has been “very correct”"),
  // not a quotation standing after it: "Nuala, she remembers, did not offer sympathy. “…”" is Nuala's.
  const asideEnd = person.end + aside[0].length;
  return pronoun.start > asideEnd || sentenceStart(text, span.open) <= asideEnd;
}

/** ", he points out,", ", she says,": a pronoun and its verb of speech between commas. */
const REPORTING_ASIDE = /^,\s+(he|she)\s+(?:also\s+)?([a-z]+(?:\s+out)?),\s/i;
const REPORTING_ASIDE_REACH = 32;

/** "Asked about the company's offer, ": a phrase of a participle in "-ed" that opens a sentence, before its subject. */
const PARTICIPLE_PHRASE_OPENING = /^\s*\p{Lu}\p{Ll}+ed\b[^.;:!?"“”,]{0,80},\s+/u;

/**
 * "Pressed on the talks by the session's moderator, Nandita Kapoor-Sethi, …, he declined": a
 * person named in a phrase opening the sentence, before a comma and the pronoun that is its
 * main clause's subject, is not whom the pronoun stands for.
 */
export function isInPhraseBeforePronoun(text: string, person: MentionRef, kind: 'male' | 'female'): boolean {
  const start = sentenceStart(text, person.start);
  // ("At Eastbrook, Principal Marcus Ijeoma-Vance said that …, he started": a name before its verb
  // of speech is the main clause's subject, past the phrase.)
  // ("Asked about Mr. Harikumar’s allegation, he said": a title's full stop ends no phrase.)
  // (Most sentences open with no such word: it is looked for before the titles' stops are taken out of the whole phrase.)
  const phrase = text.slice(start, person.start);
  if (!OPENING_PHRASE_WORD.test(phrase) || !OPENING_PHRASE.test(phrase.replace(TITLE_STOP, '$1')) || speaksNext(text, person.end)) return false;
  const pronoun = PRONOUN_SUBJECT_AFTER_PHRASE.exec(text.slice(person.end, person.end + PHRASE_REACH))?.[1];
  return pronoun !== undefined && PRONOUNS.get(pronoun.toLowerCase()) === kind;
}

/** "Mr.", "Dr.": a title's full stop, kept with its title. */
const TITLE_STOP = /\b(Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Rev|St)\./g;

/** A sentence opening with a participle or a preposition ("Pressed on …", "Asked about …", "After talks with …"). */
const OPENING_PHRASE_WORD = /^\s*(?:\p{Lu}\p{Ll}+(?:ed|ing)|After|Before|During|In|At|On|With|Despite|Unlike|Like)\b/u;
export const OPENING_PHRASE = new RegExp(String.raw`${OPENING_PHRASE_WORD.source}[^.;:!?"“”]*$`, 'u');
/** The rest of the opening phrase, then ", he" or ", she" and a verb. */
const PRONOUN_SUBJECT_AFTER_PHRASE = /^[^.;:!?"“”]*?,\s+(he|she)\s+(?:also\s+|then\s+)?[a-z]+\b/i;
const PHRASE_REACH = 160;

/** The fitting person who is the subject of the sentence before the one `person` is named in. */
export function antecedentBefore(context: Context, person: MentionRef, fits: (key: number) => boolean): MentionRef | undefined {
  const earlier = context.mentions.lastBefore(sentenceStart(context.text, person.start), (ref) => fits(ref.key));
  return earlier && subjectOfSentence(context, earlier, fits);
}

/** A clause of its own opening before a name: "He joins Norwich, but Stuart is confident". */
const NEW_CLAUSE_BEFORE_NAME = /;|,\s*(?:but|and|while|whereas|although|though|as|so)\b/i;

const ASKED = /^(?:was|is|were)\s+(?:asked|pressed|questioned|quizzed)\b/;

/**
 * "If Labour voters "stayed at home" they could see Michael Howard "coming in the back door", he
 * added": a person named inside the quotation's own sentence, past its opening words, is talked
 * about, and does not take the floor from the previous speaker.
 */
export function isObjectOfQuotedSentence(text: string, person: MentionRef, span: QuoteSpan): boolean {
  const sentence = sentenceStart(text, span.open);
  return person.start > sentence && hasMoreWordsThan(text.slice(sentence, person.start), 3);
}

export const AFTER_PREPOSITION = /\b(?<![Aa]ccording\s)(?:to|toward|towards|for|with|about|against|from|by|of|at)\s+$/;

/** A person named right after a preposition is talked about; but not after "according to", which names a source. */
export function isAfterPreposition(text: string, ref: MentionRef): boolean {
  return AFTER_PREPOSITION.test(text.slice(Math.max(0, ref.start - 14), ref.start)) && !isAgentOfPassive(text, ref)
    && !RELATIVE_CLAUSE_ENDING_SENTENCE.test(text.slice(ref.end, ref.end + RELATIVE_CLAUSE_REACH));
}

export function isAgentOfPassive(text: string, ref: MentionRef): boolean {
  return PASSIVE_AGENT.test(text.slice(Math.max(0, ref.start - 60), ref.start));
}

export const ADDING_CUES: ReadonlySet<string> = new Set(['added', 'adds', 'adding']);

/**
 * "That view was rejected by Priya Raghunathan-Cole", "was formally opened last Friday by", "The
 * 999 call was made by mum-of-two Shelley Gorman": the agent of a passive verb is who acts.
 */
const PASSIVE_AGENT = /\b(?:was|were|been|is|are)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+(?:ed|en)|made|held|led|sent|built|paid|found|brought|bought|sold|won|kept|caught)\s+(?:[\p{L}\d]+\s+){0,3}by\s+(?:\p{Ll}+(?:-\p{Ll}+)*\s+)?$/u;

/**
 * Whether a preposition governs the name, past the lower-case words of a title: "by shadow
 * chancellor Oliver Letwin"; or the question someone was asked does ("Asked whether Moraru could
 * win the title, she added"): either way the person is talked about.
 */
export function isNamedAfterPreposition(text: string, ref: MentionRef): boolean {
  if (isInQuestionAsked(text, ref)) return true;
  // "That is little comfort to Ms. Quinlivan, who has moved to a high-street bank.": a relative
  // clause about the person, ending the sentence, makes them its topic.
  if (RELATIVE_CLAUSE_ENDING_SENTENCE.test(text.slice(ref.end, ref.end + RELATIVE_CLAUSE_REACH))) return false;
  // Within the paragraph: a headline's "with Real display" governs nothing in the paragraph after it.
  const from = Math.max(0, ref.start - 40, text.lastIndexOf('\n', ref.start - 1) + 1);
  const before = text.slice(from, ref.start);
  return PREPOSITION_BEFORE_NAME.test(before) || (before.endsWith(' as ') && COSTUME_AS_BEFORE.test(before));
}

/** "she was cosplaying as Vesna": the character someone is dressed as is talked about. */
const COSTUME_AS_BEFORE = /\b(?:dressed|cosplaying|disguised|posing|cast)\s+as\s+$/;

/**
 * "The minister, who took over the portfolio from Kostas Leventis in June, said": a person named in
 * a relative clause on the sentence's subject, a description, is talked about; the subject speaks.
 */
export function isInRelativeClauseOnSubject(text: string, ref: MentionRef): boolean {
  const opening = text.slice(sentenceStart(text, ref.start), ref.start);
  return RELATIVE_CLAUSE_ON_DESCRIPTION.test(opening) && VERB_AFTER_CLAUSE.test(text.slice(ref.end, ref.end + RELATIVE_CLAUSE_REACH));
}

const RELATIVE_CLAUSE_ON_DESCRIPTION = /^\s*The\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+,\s+(?:who|whose)\s[^,;:"“”]*$/u;
const VERB_AFTER_CLAUSE = /^[^,;:"“”.!?]*,\s+\p{Ll}/u;

// ("The tomb stands on farmland worked by Magnus Flett, whose family have farmed on Rousay for five generations.": "whose" too.)
const RELATIVE_CLAUSE_ENDING_SENTENCE = /^,\s+who(?:se)?\s[^,;:"“”.!?]*[.!?]/;
const RELATIVE_CLAUSE_REACH = 200;

/**
 * Not "according to", which names a source, nor "won by", whose winner a report turns to, nor the
 * agent of a passive ("That view was rejected by Priya Raghunathan-Cole"), who acts. A title
 * may stand between, with an acronym in it ("by UK finance minister"), and so may the club, party
 * or body the person belongs to ("a challenge with Roma's Olivier Dacourt", "Asked by the Labour MP
 * Naomi Adebayo-Lund").
 */
const PREPOSITION_BEFORE_NAME = /\b(?<![Aa]ccording\s)(?:to|toward|towards|with|about|against|(?<!\b(?:won|claimed|clinched)\s|\b(?:was|were|been|is|are)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\s)by|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:['’]s)?\s+)?(?:(?:\p{Ll}[\p{Ll}-]*|\p{Lu}{2,4})\s+){0,3}(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Sen|Rep|Gov|Prof|Cllr|Rev)\.?\s+)?$/u;
export const DEFINITE_SOURCE = /^\s*the\s+\p{Ll}+\s*$/iu;

/**
 * "She recalled being told … that women's cricket was "…" by an administrator she declined to
 * name. "…," she said": the source spoke inside what a pronoun of the same kind reported, so that
 * pronoun's owner, not the source, is who goes on.
 */
export function isReportedBy(context: Context, source: Speaker, kind: 'male' | 'female'): boolean {
  const { text, mentions, entities } = context;
  const mention = source.mention;
  if (!mention) return false;
  const from = sentenceStart(text, mention.start);
  const opening = /^\s*(he|she)\s+\p{Ll}/iu.exec(text.slice(from, mention.start));
  if (opening !== null) return PRONOUNS.get(opening[1].toLowerCase()) === kind;
  // ("Tomás Villanueva-Reyes, a retired schoolteacher, said he moved his savings after a sales
  // representative told him …": or by a person who fits, whose speech the sentence reports.)
  const [reporter] = mentions.within(from, mention.start);
  return reporter !== undefined && entities[reporter.key].type === 'person' && genderOf(context, entities[reporter.key]) !== opposite(kind)
    && REPORTER_VERB_AFTER.test(text.slice(reporter.end, mention.start));
}

const REPORTER_VERB_AFTER = /^(?:,[^.;"“”]{1,100}?,)?\s+(?:said|says|told)\s/;

/**
 * Whether the name ending at `end` reacts to what was said before, as one taking the floor does:
 * "Justice Strand-Mercer seized on that point", "Carraway wasn't convinced", "Ms Obi was less
 * sanguine", "Solheim-Avraham declined to say whether", "Koskinen credited Brask’s crew".
 */
export function reactsNext(text: string, end: number): boolean {
  return REACTS_AFTER.test(text.slice(end, end + REACTS_REACH));
}

/** Room for a relative clause between the name and how it reacts. */
const REACTS_REACH = 160;

// ("Cavallari, who sits on the association’s board, is less diplomatic than Magri": past a relative clause, any comparison of how one takes it.)
const REACTS_AFTER = /^(?:,\s+who\s[^,.;:"“”]{1,80},)?,?\s+(?:(?:declined|refused)\s+to|(?:was|is)\s+(?:less|more)\s+\p{Ll}+\s+than\b|(?:seized|pounced)\s+on|pushed\s+back|hit\s+back|fired\s+back|shot\s+back|took\s+issue|credited|praised|thanked|blamed|paid\s+tribute|cut\s+in|chimed\s+in|interjected|interrupted|countered|disagreed|(?:was|is|were|are)(?:n['’]t|\s+not)?\s+(?:(?:less|more|far|much|also|clearly|visibly)\s+)?(?:convinced|unconvinced|persuaded|unpersuaded|impressed|unimpressed|unmoved|sanguine|sceptical|skeptical|blunter|scathing|dismissive|defiant))\b/u;
