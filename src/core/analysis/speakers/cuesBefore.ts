/**
 * Cues before a quotation: `Hegseth said: "…"` or `A senior Defense official said the meeting was
 * "…"`, whose subject speaks; what a verb of speech or finding gives at its cue (its subject, the
 * speaker named after it, the author of a writing), past asides ("she also said, according to one
 * of those employees, that"), passives, lead-ins with a colon and messages "reading" their words;
 * and the reported speech of the sentence before a quotation, whose speaker goes on.
 */
import { type CueMatch, findCues, FINDING_VERBS, JUDGEMENT_VERBS, OWN_VIEW_NOUNS } from '../cues';
import type { QuoteSpan } from '../quotes';
import { isWhitespaceCode } from './chars';
import { type Attribution, attributionTo, type Phrase } from './attributionTypes';
import { sentenceStart } from './sentenceBounds';
import { hasQuoteMark } from './namesInQuotationMarks';
import { DESCRIPTION_VERBS, QUOTED_AS, QUOTED_TITLE, SUBJECT_AND_APPOSITION, subjectBefore, WITH_SUBJECT } from './cueSubjects';
import { nameBeforeAffiliation, nameInAppositionAfter, ONLY_A_NAME, phraseAfter, PLACE_OF_WRITING } from './wordsAfterCue';
import { ROLE_WORDS } from '../../text/lexicon';

/** "described by Jobs as", "accused by MPs of", "praised by police for"; not "responded by accusing the prime minister of". */
const PASSIVE_BY = /^\s+by\s+(?![a-z]+ing\s)([^,.;:"“”]{2,60}?)\s+(?:as(?:\s+an?)?|of|for|(?:whether|if)\s[^"“”]*?)\s*$/;
/** "said ", "told ": a verb of speech right before a word, which makes that word no second verb. */
const SPEECH_VERB_BEFORE = /\b(?:said|says|told|added|wrote)\s+$/;
const SPEECH_VERB_REACH = 8;

/** After a cue: a name or a description, then the comma that closes the parenthesis. */
const PARENTHESIS_AFTER = /^\s+(?:\p{Lu}|(?:the|a|an|one)\s)[^,.;:"“”]{0,80},/u;
/** After a cue: a name, maybe titled, that ends the sentence ("the children will stay inside, says headteacher Ewa Solich."). */
const NAME_ENDING_SENTENCE_AFTER = /^\s+(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\.(?:\s|$)/u;

/** "Dr Anjali Mehra-Lau, an assistant professor,": a subject with a noun phrase or a name in apposition; not "Ultimately, there will be,". */
function endsWithApposition(before: string): boolean {
  const framed = SUBJECT_AND_APPOSITION.exec(before);
  if (!framed) return false;
  // ("The company's head of fish health, Dr Morven Selkirk,": or a role, then the name of whoever holds it.)
  // ("Joanne Pickersgill, sales director at Moorside Nurseries,": or a name, then the title it holds.)
  return APPOSITION_OPENING.test(framed[2]) || (DETERMINER_OPENING.test(framed[1]) && ONLY_A_NAME.test(framed[2])) || (ONLY_A_NAME.test(framed[1]) && opensWithTitle(framed[2]));
}

/** "sales director at Moorside Nurseries", "chief executive of …": a title in lower case in the first words. */
function opensWithTitle(words: string): boolean {
  const opening = LOWER_CASE_OPENING.exec(words)?.[0].split(/\s+/) ?? [];
  return opening.some((word) => ROLE_WORDS.has(word));
}

const LOWER_CASE_OPENING = /^\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}/u;

const DETERMINER_OPENING = /^\s*(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s/;

const APPOSITION_OPENING = /^(?:an?|the|its|his|her|their|\d)\b/i;

/**
 * `Hegseth said: "…"` / `A senior Defense official said the meeting was "…"`: the cues of the
 * sentence before the quotation, nearest first (the caller takes the first that names someone).
 */
const WRITING_SUBJECT = /^\s*(?:(?:but|and)\s+)?(?:the|a|an|this|its|their)\s+(?:\p{L}+\s+){0,2}(?:report|study|survey|inquiry|review|research|audit|poll)\b/iu;

const QUOTATION_MARK = /["“”]/;

/**
 * "She also said, according to one of those employees, that …": a source set off after a verb of
 * speech vouches for the report; the verb's subject is the speaker.
 */
function vouchesForSpeech(window: string, cue: CueMatch): boolean {
  return cue.cue === 'according to' && SPEECH_THEN_COMMA.test(window.slice(Math.max(0, cue.index - 16), cue.index));
}

const SPEECH_THEN_COMMA = /\b(?:said|says|added|adds|wrote|writes|told\s+\S+)\s*,\s*$/;

/** Where the closed quotations of `window` open and close, as pairs of offsets of their marks. */
function quotedStretches(window: string): Array<[number, number]> {
  const stretches: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < window.length; i++) {
    const code = window.charCodeAt(i);
    if (code === 0x201c || (code === 34 && open < 0)) open = i;
    else if ((code === 0x201d || code === 34) && open >= 0) {
      stretches.push([open, i]);
      open = -1;
    }
  }
  return stretches;
}

export function attributionsBefore(text: string, span: QuoteSpan): Attribution[] {
  const found: Attribution[] = [];
  const end = leadInColonEnd(text, span.open);
  const from = sentenceStart(text, end);
  const window = text.slice(from, end);
  // What was ruled out ("He ruled out free personal care …, saying") gives no participle its subject.
  // A verb inside an earlier quotation of the sentence is someone's words, no cue: "said it "rejects the
  // central findings of the report" and that the assessment "…"".
  const quoted = QUOTATION_MARK.test(window) ? quotedStretches(window) : [];
  const isQuoted = (cue: CueMatch) => quoted.some(([open, close]) => cue.index > open && cue.index < close);
  // ("The report by the State Auditor's Office examined 31 orders. It found "…"": "it" is the writing that opened the sentence before.)
  const writingFound = (cue: CueMatch) => FINDING_VERBS.has(cue.cue) && IT_SUBJECT.test(window.slice(0, cue.index))
    && WRITING_SUBJECT.test(text.slice(sentenceStart(text, Math.max(0, from - 2)), from));
  // ("A spokesman for the insurer said claims were arriving "…"": a cue right after "said" is a noun.)
  const nounAfterVerb = (cue: CueMatch) => SPEECH_VERB_BEFORE.test(window.slice(Math.max(0, cue.index - SPEECH_VERB_REACH), cue.index));
  const cues = findCues(window).filter((cue) => (reportsFinding(window, cue) || writingFound(cue)) && !isQuoted(cue) && !vouchesForSpeech(window, cue) && !nounAfterVerb(cue));
  // "had been sent a message by a pal reading: "…"": the writing's author, whatever verb the sentence has.
  // ("a text message Whitlock sent to the building's property manager in August that reads, in part:": or who sent it.)
  // (Both patterns end with the verb that gives the words: most sentences have none of them.)
  const givesWords = window.includes('read') || window.includes('saying') || window.includes('warning') || window.includes('stating');
  const sender = givesWords ? MESSAGE_FROM_READING.exec(window) ?? MESSAGE_SENT_READING.exec(window) : null;
  const author = sender?.indices?.[1];
  if (sender && author) found.push(attributionTo({ phrase: sender[1], phraseStart: from + author[0] }, 'reading', 'cue-before'));
  // "Quote from the Prosecutor General's Office: "…"": Ukrainska Pravda's label names whose words follow.
  const labelled = window.startsWith('Quote from ') ? QUOTE_FROM_LABEL.exec(window) : null;
  const labelledSource = labelled?.indices?.[1];
  if (labelled && labelledSource) found.push(attributionTo({ phrase: labelled[1], phraseStart: from + labelledSource[0] }, 'quote from', 'cue-before'));
  // "Kommersant reported, citing two people close to the company, that Volgagazinvest was "…"": the
  // words are the cited source's, the outlet only reports them.
  // (Not in a clause of its own after it: "…, that inventories had swelled, and several outlets repeated claims of "…"".)
  const cited = REPORTED_CITING.exec(window);
  const source = cited && !COORDINATE_CLAUSE.test(window.slice(cited.index + cited[0].length)) ? cited.indices?.[1] : undefined;
  if (cited && source) found.push(attributionTo({ phrase: cited[1], phraseStart: from + source[0] }, 'citing', 'cue-before'));
  // "He said Mr Blair had spoken with "such sincerity", adding: "…"": a participle shares the
  // subject of the verb before it, so that verb's attribution serves when there is one; but not
  // after "with" ("Berlin welcomed the decision, with finance minister Hans Eichel saying …").
  // Nor after a participle opening the sentence ("Pressed for a restart price, Vidyasagar-Blake declined, saying").
  // ("…, and quoted a police spokesperson as saying": nor one whom "quoted … as" gives a subject.)
  const ownSubject = (cue: CueMatch, index: number) => index === 0 || !cue.cue.endsWith('ing') || WITH_SUBJECT.test(window.slice(Math.max(0, cue.index - 80), cue.index))
    || QUOTED_AS.test(window.slice(Math.max(0, cue.index - 120), cue.index))
    || (index === 1 && /(?:ed|ing)$/.test(cues[0].cue) && /^\s*$/.test(window.slice(0, cues[0].index)));
  // "Ms Hassan, who he described as a prominent activist, and that he was "willing…"": a relative
  // clause's description, finished before the quotation, is not what the quotation's words are.
  const describesQuotation = (cue: CueMatch) => !DESCRIPTION_VERBS.has(cue.cue) || !RELATIVE_BEFORE_CUE.test(window.slice(Math.max(0, cue.index - 30), cue.index))
    || !FINISHED_DESCRIPTION.test(window.slice(cue.index + cue.length));
  // "Martin Halvorsen said in a statement that the company expects to resume "limited
  // production"": a verb of stance inside what someone said is theirs to report, not a cue.
  // (Not past a quotation the clause ends with: "X insists that the changes will "…", a claim Świątek dismissed as".)
  // (Not one with a subject of its own after a noun: "…, a development O'Halloran-Diop dismissed as".)
  const reportedStance = (cue: CueMatch, index: number) => JUDGEMENT_VERBS.has(cue.cue)
    && !NOUN_THEN_OWN_SUBJECT.test(window.slice(Math.max(0, cue.index - 60), cue.index))
    && cues.slice(0, index).some((earlier) => !JUDGEMENT_VERBS.has(earlier.cue) && THAT_CLAUSE.test(window.slice(earlier.index + earlier.length, cue.index))
      && !CLOSED_QUOTATION_THEN_COMMA.test(window.slice(earlier.index + earlier.length, cue.index)));
  // "Flightdeck Union Ireland … said in a statement that it had warned management that pilots would
  // leave "…"": a pronoun restating the subject of the verb before is that verb's speaker, already attributed for it.
  // "A spokesman said it was wholly wrong to say that …": an infinitive inside the clause of the verb
  // before has no subject of its own to give.
  const sincePrevious = (cue: CueMatch, index: number) => (index > 0 ? window.slice(cues[index - 1].index + cues[index - 1].length, cue.index) : '');
  const dependsOnPrevious = (cue: CueMatch, index: number) => index > 0 && (RESTATED_SUBJECT.test(sincePrevious(cue, index)) || INFINITIVE_TO.test(sincePrevious(cue, index)));
  // "A source … acknowledged to Montevideo Portal that talks continued "until ten minutes before the
  // vote"": going on, inside what a verb before reports, is what happened, not anyone speaking on.
  const goesOnInClause = (cue: CueMatch, index: number) => CONTINUING_CUES.has(cue.cue) && /\bthat\s/.test(sincePrevious(cue, index));
  // "The company is now negotiating additional financing, he said, and expects the building to be
  // completed "…"": a verb after a parenthetical "he said" goes on with what he reports.
  const goesOnAfterAside = (cue: CueMatch, index: number) => index > 0 && PRONOUN_ASIDE_BEFORE.test(window.slice(0, cues[index - 1].index)) && AND_AFTER_ASIDE.test(sincePrevious(cue, index));
  // "Sources … confirmed that the yard has asked to extend its concession and said the request would
  // be processed "…"": a verb joined by "and" after what a verb of speech reports shares its subject.
  const joinsReportingVerb = (cue: CueMatch, index: number) => index > 0 && REPORTED_CLAUSE_THEN_AND.test(sincePrevious(cue, index));
  for (const cue of cues.filter((cue, index) => ownSubject(cue, index) && !reportedStance(cue, index) && !dependsOnPrevious(cue, index) && !goesOnInClause(cue, index) && !goesOnAfterAside(cue, index) && !joinsReportingVerb(cue, index))
    .filter(describesQuotation).reverse()) {
    // "A scheme has been branded a "disgraceful waste" by MPs": a passive names its speaker after
    // the quotation, and its subject is what is described, never the speaker.
    if (isPassive(window, cue)) {
      const agent = agentAfter(text, span);
      if (agent) found.push(attributionTo(agent, cue.cue, 'cue-before'));
      continue;
    }
    found.push(...attributionsAtCue(window, from, cue));
  }
  // "Her suggestion that it had been "worn for a generation or more" is supported by", "Raghavan's
  // claim that the site was "a royal burial" drew criticism": whose claim opens the sentence says its words.
  const claim = window.includes('that') ? OWNED_CLAIM_OPENING.exec(window) : null;
  const owner = claim?.indices?.[1];
  if (claim && owner) found.push(attributionTo({ phrase: claim[1], phraseStart: from + owner[0] }, 'claim', 'cue-before'));
  return found;
}

/** " that the yard has asked to extend its concession and ": a reported clause, then "and" before the next verb. */
const REPORTED_CLAUSE_THEN_AND = /^\s+that\s[^;:.!?]{4,200}?,?\s+and\s+$/;

/** ", he " before "said": a reporting clause set off inside the sentence it reports. */
const PRONOUN_ASIDE_BEFORE = /\S,\s+(?:he|she|they)\s+$/;
const AND_AFTER_ASIDE = /^,\s+and\s+(?:\p{Ll}+\s+){0,6}$/u;

/** Nouns for what someone asserts, whose owner's words they hold: "Her suggestion", "Raghavan's claim". */
export const ASSERTION_NOUNS = 'claim|suggestion|assertion|insistence|contention|argument|belief';
const CLAIM_NOUNS = `${ASSERTION_NOUNS}|warning|prediction|observation|complaint`;
const OWNED_CLAIM_OPENING = new RegExp(String.raw`^\s*(?:(?:But|And|Yet)\s+)?((?:His|Her|Their)\s+(?:\p{Ll}+\s+)?(?:${CLAIM_NOUNS})|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?=['’]s?\s+(?:\p{Ll}+\s+)?(?:${CLAIM_NOUNS})\s))[^"“”.;:!?]*?\s+that\s[^"“”]*$`, 'du');

/**
 * Whether a cue reports what is said: any verb of speech; a finding only with "that" ("found that
 * …") or as a writing's ("The report, which followed a year-long inquiry, found the death rate
 * "amounts to…""), not what was found ("police found a "suspicious" package") or ruled on ("the
 * Supreme Court has ruled against the interests of the people he represents").
 */
function reportsFinding(window: string, cue: CueMatch): boolean {
  return !FINDING_VERBS.has(cue.cue) || THAT_AFTER_FINDING.test(window.slice(cue.index + cue.length)) || WRITING_SUBJECT.test(window.slice(0, cue.index))
    // ("Renee Obuya reported "uncontrolled water inflow at Bents 14 and 15"": what is reported right
    // after the verb is words, unless someone else's speech reports the report: "a spokesperson said
    // members had reported "a steady drip"".)
    || (cue.cue === 'reported' && /^\s*$/.test(window.slice(cue.index + cue.length)) && !SPEECH_BEFORE_REPORT.test(window.slice(0, cue.index)));
}

/** ", and " or ", but ": a clause of its own. */
const COORDINATE_CLAUSE = /,\s+(?:and|but)\s/;
/** ", reported on Friday, citing an unnamed official in the Presidential Palace, that": an outlet's report, then its source. */
const REPORTED_CITING = /\breported(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?,\s+citing\s+([^,.;:"“”]{3,90}),\s+that\s/du;
/** "It " or "It also " opening a sentence, before a verb of finding. */
const IT_SUBJECT = /^\s*It\s+(?:also\s+)?$/;
const SPEECH_BEFORE_REPORT = /\b(?:said|says|told)\b/;
const INFINITIVE_TO = /\sto\s+$/;
const CLOSED_QUOTATION_THEN_COMMA = /["”],/;
const RESTATED_SUBJECT = /^(?:\s+(?:in|on)\s+(?:a|an|the|its|his|her|their)\s+\p{Ll}+)?(?:\s+(?:me|us|reporters|journalists))?\s+(?:that\s+)?(?:it|he|she|they)\s+(?:(?:had|has|have|would|will)\s+)?$/u;
/** Verbs of going on, which inside a reported clause tell what happened ("talks continued"). */
const CONTINUING_CUES: ReadonlySet<string> = new Set(['continued', 'continues', 'went on', 'goes on']);
/** "that" opening what a verb reports, past where it was said: "in a statement that", "in a post on X that", "on Facebook that". */
// ("told the newspaper ABC Color that the chamber estimated": past whom the words were told.)
const THAT_CLAUSE = /^(?:\s+(?:in|on)\s+(?:(?:a|an|the|its|his|her|their)\s+\p{Ll}+|\p{Lu}[\p{L}-]*)(?:\s+on\s+\p{Lu}[\p{L}-]*)?|\s+(?:the\s+\p{Ll}+\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}|\s+(?:reporters|journalists|him|her|them|us|me))?\s+that\s/u;
/** "who he described", "whom Mr Blair called": the subject of a relative clause, then the cue. */
const RELATIVE_BEFORE_CUE = /\b(?:who|whom|which)\s+(?:he|she|they|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+$/u;
/** "as a prominent anti-war activist," : the description after "as", ended by a comma or a semicolon. */
const FINISHED_DESCRIPTION = /^[^"“”]*?\bas\s+[^,;"“”]+[,;]/;

/** "a message by a pal reading:", "a text from his brother that read", "a letter from Comhairle nan Eilean Siar, which read": a writing, its author (past the particles inside a name), then its words. */
const MESSAGE_FROM_READING = /\b(?:message|text|note|letter|e-?mail|card|reply|comment|DM)s?\s+(?:sent\s+)?(?:from|by)\s+((?:an?|one|his|her|their|the)\s+[^,.;:"“”]{1,50}?|\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|de|del|du|na|nan)\s+)?\p{Lu}[\p{L}'’-]*){0,3}),?\s+(?:reading|(?:that|which)\s+read|saying|warning|stating)(?:\s+that\s[^.;:"“”]{1,120})?\s*:?\s*$/du;

/** "Quote from the Prosecutor General's Office:": a label opening its sentence, whose words follow. */
const QUOTE_FROM_LABEL = /^Quote\s+from\s+([^:"“”]{2,80}?):\s*$/du;

const MESSAGE_SENT_READING = /\b(?:message|text|note|letter|e-?mail|card|reply|DM)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:had\s+)?sent\s+[^.;:"“”]{0,80}?\s+(?:that|which)\s+read[s]?,?(?:\s+in\s+part)?,?\s*:?\s*$/du;

/**
 * Where the words leading into a quotation end: right before its mark, or, for a quotation set as
 * its own paragraph after a paragraph ending in a colon ("She said:¶¶"We have…"), after that colon.
 */
export function leadInColonEnd(text: string, open: number): number {
  let i = open - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i--;
  if (text[i] !== '\n') return open;
  while (i >= 0 && isWhitespaceCode(text.charCodeAt(i))) i--;
  return text[i] === ':' ? i + 1 : open;
}

const FORM_OF_BE_BEFORE = /\b(?:been|was|were|is|are|be|being)\s+(?:(?:\p{Ll}+ly|now|also|still|often|always|never|then|later|once|sometimes|usually)\s+)?$/u;

/**
 * Whether the cue is a participle after a form of "be" ("has been branded", "was described"),
 * with no agent before the quotation ("described by Jobs as", which `attributionsAtCue` reads);
 * or "accused of" with no "be" ("Three residents accused of producing a podcast"), as the active
 * verb takes its object before "of".
 */
function isPassive(window: string, cue: CueMatch): boolean {
  const after = window.slice(cue.index + cue.length);
  if (cue.cue === 'accused' && /^\s+of\b/.test(after)) return true;
  return (cue.cue.endsWith('ed') || cue.cue === 'told') && FORM_OF_BE_BEFORE.test(window.slice(Math.max(0, cue.index - 30), cue.index))
    && !/\sby\s/.test(after);
}

/** `"…" by MPs`: the agent right after a closed quotation. */
function agentAfter(text: string, span: QuoteSpan): Phrase | undefined {
  if (span.close === null) return undefined;
  AGENT_AFTER.lastIndex = span.close + 1;
  const agent = AGENT_AFTER.exec(text);
  return agent ? { phrase: agent[1], phraseStart: agent.index + agent[0].length - agent[1].length } : undefined;
}

const AGENT_AFTER = /\s+by\s+([^,.;:!?"“”()]{2,60}?)(?=\s+(?:who|which|that|after|when|over|for|in|on|at)\b|[,.;:!?"“”()]|$)/y;

/**
 * "A spokesman for the English National Ballet told BBC News that … He said …": the attribution
 * of reported speech in the sentence before the one at `offset`, when that sentence quotes nobody.
 */
export function reportedSpeechBefore(text: string, offset: number, acrossParagraphs = false): Attribution | undefined {
  const current = sentenceStart(text, offset);
  // The sentence before may end the paragraph before, when the caller reads that far back.
  let back = current;
  while (acrossParagraphs && back > 0 && isWhitespaceCode(text.charCodeAt(back - 1))) back--;
  if (back <= 1) return undefined;
  const from = sentenceStart(text, back - 1);
  return hasQuoteMark(text, from, current) ? undefined : firstCueAttribution(text, from, current);
}

/**
 * The attribution of the first verb of speech in the sentence holding `offset`, before it, when no
 * quotation stands there: "A former scale operator …, told Law360 that … settings, which he said"
 * reports the operator's speech before "he".
 */
export function reportedSpeechOpening(text: string, offset: number): Attribution | undefined {
  const from = sentenceStart(text, offset);
  return hasQuoteMark(text, from, offset) ? undefined : firstCueAttribution(text, from, offset);
}

/** "When asked by the AZ, ", "Asked about the plan, ": a clause of being asked, before the sentence's subject. */
const FRONTED_ASKED = /^\s*(?:When\s+|If\s+)?[Aa]sked\b[^,.;:"“”]*,\s/;

/** The most likely attribution of the first verb of speech between `from` and `to`. */
function firstCueAttribution(text: string, from: number, to: number): Attribution | undefined {
  const window = text.slice(from, to);
  // Cue by cue, as the first usually serves and a sentence may hold many; one in a clause before
  // the subject ("When asked by the AZ, a spokesman … rejected the criticism") gives way to the first past its comma.
  let next = 0;
  for (let [cue] = findCues(window, 0, 1); cue; [cue] = findCues(window, next, 1)) {
    next = cue.index + cue.length;
    if (!reportsFinding(window, cue)) continue;
    const attribution = attributionsAtCue(window, from, cue).next().value;
    const fronted = attribution ? undefined : FRONTED_ASKED.exec(window);
    if (!fronted || cue.index >= fronted[0].length) return attribution;
    next = fronted[0].length;
  }
  return undefined;
}

/**
 * The last character of `words` before its trailing spaces, past one comma after a quotation mark
 * (`"…," said`): its code and index. A scan from the end, as the words may be long.
 */
function lastMark(words: string): { code: number; index: number } {
  let index = words.length - 1;
  while (index >= 0 && isWhitespaceCode(words.charCodeAt(index))) index--;
  const code = words.charCodeAt(index);
  const beforeComma = words.charCodeAt(index - 1);
  if (code === 44 && (beforeComma === 0x22 || beforeComma === 0x201d)) return { code: beforeComma, index: index - 1 };
  return { code, index };
}

/** A writing, then the participle that describes it: "a statement| posted to X", "a video| shared on TikTok". */
const PUBLISHING_PARTICIPLES: ReadonlySet<string> = new Set(['posted', 'published', 'released', 'issued', 'shared', 'circulated', 'tweeted']);
const WRITING_BEFORE = /\b(?:statement|post|message|letter|video|note|memo|email|release|document|report)s?\s+$/i;

const OWN_VIEW_AFTER = new RegExp(String.raw`^\s+(his|her|their)\s+(?:${OWN_VIEW_NOUNS})\b`, 'i');
const OWN_WORDS_AFTER = /^\s+(his|her|their)\s+(?:own\s+)?words\b/i;

const WRITTEN_BY_APPOSITION = /^,\s+(?:written|compiled|edited)\s+by\s+(\p{Lu}[^,]*?),/du;

const WRITING_PREPARED_BY = /^(?:an?|the)\s+(?:\p{Ll}+\s+){0,2}(?:summary|report|analysis|assessment|document|study|review|memo|paper|presentation|briefing)(?:\s+of\s+[^,]{1,40}?)?\s+(?:prepared|compiled|drawn\s+up|written|produced|commissioned)\s+by\s+((?:the\s+)?\p{Lu}[^,]*?)(?=\s+and\s+\p{Ll}|$)/du;

/**
 * The attributions a cue verb may give, most likely first: its subject, or the speaker named after
 * it when the verb follows a quotation or opens a parenthesis.
 */
function* attributionsAtCue(window: string, from: number, match: CueMatch): Generator<Attribution> {
  const { cue } = match;
  if (cue === 'according to') {
    // "In her view, the prison policy remains "reactive"": whose view, by the possessive alone, when
    // it opens the sentence (not "who didn't want to be named because, in her view, …": an aside).
    // ("The result, in his words, is a market where "…"": whose words they are, also inside a sentence
    // no verb of speech opened; after one, "The Prefect welcomed a project which, in his words, responds
    // to "…"", the verb's subject is whose they are.)
    const after = window.slice(match.index + match.length, match.index + match.length + 30);
    const ownWords = OWN_WORDS_AFTER.exec(after);
    const owner = OWN_VIEW_AFTER.exec(after) ?? ownWords;
    if (owner) {
      const ownWordsAside = ownWords !== null && findCues(window.slice(sentenceStart(window, match.index), match.index)).length === 0;
      if (window.startsWith('In', match.index) || ownWordsAside) yield { phrase: owner[1], phraseStart: from + match.index + match.length + owner[0].indexOf(owner[1]), cue, method: 'according-to' };
      return;
    }
    const phrase = phraseAfter(window, match.index + match.length, window.length);
    // "According to a summary of the pilot prepared by the Certification Committee and shared with
    // The ATA Chronicle": the writing's author speaks.
    const author = phrase && WRITING_PREPARED_BY.exec(phrase.phrase);
    if (phrase && author?.indices) {
      yield { phrase: author[1], phraseStart: from + phrase.phraseStart + author.indices[1][0], cue, method: 'according-to' };
      return;
    }
    // ("According to the catalogue, written by Morandi, the practice "…"": or its writer, in apposition.)
    const writer = phrase && WRITTEN_BY_APPOSITION.exec(window.slice(phrase.phraseStart + phrase.phrase.length));
    if (phrase && writer?.indices) {
      yield { phrase: writer[1], phraseStart: from + phrase.phraseStart + phrase.phrase.length + writer.indices[1][0], cue, method: 'according-to' };
      return;
    }
    // ("According to the court's press service, Mirzaahmedov was convicted": the main clause follows, which is no apposition.)
    let appositive = phrase && nameInAppositionAfter(window, phrase, window.length);
    if (appositive && !ONLY_A_NAME.test(appositive.phrase)) appositive = undefined;
    if (phrase) yield { phrase: phrase.phrase, phraseStart: from + phrase.phraseStart, cue, method: 'according-to', appositive: appositive && { phrase: appositive.phrase, phraseStart: from + appositive.phraseStart } };
    return;
  }
  const before = window.slice(0, match.index);
  // "The House Freedom Caucus said in a statement posted to X that": a participle on a writing
  // describes it; the verb of the sentence comes before.
  // ("However, the report warned:" is the writing's own verb.)
  if (PUBLISHING_PARTICIPLES.has(cue) && WRITING_BEFORE.test(before) && /^\s+(?:to|on|in|by|at|via|from|online)\b/.test(window.slice(match.index + match.length))) return;
  // ""Most firms have secured their gateway," said Mr Warner, "but …"": a verb right after a
  // quotation names its speaker after it, for both halves of the interrupted quotation; so does a
  // parenthesis ("The ministers' comments, said Junya Tanase of JPMorgan, were "too weak""), but
  // not the verb of a subject and its apposition ("Dr Anjali Mehra-Lau, an assistant professor,
  // said the combination of names, phone numbers and … was "…"").
  const last = lastMark(before);
  const afterQuotation = last.code === 0x22 || last.code === 0x201d;
  const after = window.slice(match.index + match.length);
  const parenthesis = !afterQuotation && (cue === 'said' || cue === 'says') && last.code === 44 && /\p{Ll}/u.test(before[last.index - 1] ?? '')
    && ((PARENTHESIS_AFTER.test(after) && !endsWithApposition(before)) || NAME_ENDING_SENTENCE_AFTER.test(after));
  if (afterQuotation || parenthesis) {
    const phrase = phraseAfter(window, match.index + match.length, window.length);
    // ("…," warned that the cash reserve": "that" opens what was said, no inverted subject.)
    if (phrase && !PLACE_OF_WRITING.test(phrase.phrase) && !/^that\s/.test(phrase.phrase)) yield { phrase: nameBeforeAffiliation(phrase.phrase), phraseStart: from + phrase.phraseStart, cue, method: 'cue-after' };
    // "Alain Terzian, president of the Academie des Arts, said the changes in eligibility rules,
    // which …": what looks like a parenthesis may be the verb of the subject before it; and so may
    // a verb after a quotation that closes a relative clause ("Theo Brannock, who led a session
    // titled "Your Phone, Your Memory," said that …", "The residents' platform Tenerife Sostenible,
    // which organised protests under the slogan "…", said").
    // So may one after a quoted title in the subject's apposition ("The report, titled "Promises in Concrete", warned").
    if (afterQuotation && !/\s(?:who(?:se)?|which)\s/.test(before) && !QUOTED_TITLE_ENDING.test(before)) return;
  }
  // "a sapphire described by Sharon as "one of the only …"": a passive names its speaker after "by".
  const passive = PASSIVE_BY.exec(window.slice(match.index + match.length));
  if (passive) {
    yield { phrase: passive[1], phraseStart: from + match.index + match.length + passive[0].indexOf(passive[1]), cue, method: 'cue-before' };
    return;
  }
  // "Efforts … hit another wall after Prime Minister-designate Samir Daouk left Baabda Palace …,
  // telling reporters": a participle after a clause of time shares that clause's named subject.
  const timeClause = cue.endsWith('ing') ? NAMED_SUBJECT_OF_TIME_CLAUSE.exec(before) : null;
  if (timeClause?.indices) {
    yield attributionTo({ phrase: timeClause[1], phraseStart: from + timeClause.indices[1][0] }, cue, 'cue-before');
    return;
  }
  // "Chairman of the Environmental Audit Committee Peter Ainsworth MP, said:": a stray comma between
  // a titled name opening the sentence and its verb.
  const subject = subjectBefore(STRAY_COMMA_AFTER_TITLED_NAME.test(before) && !cue.endsWith('ing') ? before.replace(/,\s*$/, ' ') : before, from, cue);
  if (subject) yield attributionTo(subject, cue, 'cue-before');
}

/** "after Prime Minister-designate Samir Daouk left Baabda Palace without a lineup, ": a clause of time, its subject a name, and its comma. */
const NAMED_SUBJECT_OF_TIME_CLAUSE = /\b(?:after|when|as|before|once)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’.-]*)\s+\p{Ll}+[^,;:"“”]*,\s*$/du;

const STRAY_COMMA_AFTER_TITLED_NAME = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|for|and))*\s+\p{Lu}[\p{L}'’-]*,\s*$/u;
const QUOTED_TITLE_ENDING = new RegExp(String.raw`\b${QUOTED_TITLE}`);

/** "a development O'Halloran-Diop": a noun, then a name that is the subject of the verb after it. */
const NOUN_THEN_OWN_SUBJECT = /,\s+(?:an?|the)\s+(?:\p{Ll}+\s+)?\p{Ll}+\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+$/u;

/**
 * "found that", "reported last week that", "reported on Wednesday evening that", "reported in
 * September that", "reported on 3 March that": "that" after the verb, past a few words of when.
 */
// ("She found it was "more likely than not"": or a clause of its own, "that" left out.)
const THAT_AFTER_FINDING = /^(?:(?:\s+(?:\p{Ll}+|\p{Lu}\p{Ll}+day|\d{1,4}|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber)){0,4}\s+that\b|\s+(?:it|he|she|they|this)\s+(?:was|were|is|are|had|has|would|could|should)\b)/u;
