/**
 * Speakers of quotations with no cue of their own: the person a label or a lead-in names ("Manchester
 * City boss Kevin Keegan: "…""), or a headline's title; the subject of a sentence saying how they felt
 * ("Mr Brown was "delighted""), the previous speaker's view ("He expected prices to rise "modestly""),
 * the person "for" whom something is what it is, whoever issued the statement a colon leads into, the
 * answer to a question put to someone, and the person or unnamed source the sentence before introduces.
 */
import { findCues, PRONOUNS } from '../cues';
import type { LocalEntity, Span, Speaker } from '../model';
import type { QuoteSpan } from '../quotes';
import { hasMoreWordsThan, sentenceStart } from './sentenceBounds';
import type { Attribution } from './attributionTypes';
import type { MentionRef } from './mentionIndex';
import type { Context } from './context';
import { endsParagraphBefore, sentenceBefore, speaksNext } from './sentences';
import { genderOf, opposite } from './gender';
import { anaphor, restated } from './restatedSpeakers';
import { soleHolderOfRole, speakerNamedAt } from './officeHolders';
import { PERSON_SOURCE } from './personNouns';
import { unnamedSubjectOfSentenceBefore } from './unnamedSources';
import { isByline, isInQuestionAsked, personOpeningSentenceBefore } from './sentenceSubjects';
import { personOfAge } from './descriptions';
import { mostNamedPerson } from './antecedents';
import { AGE_DESCRIPTION_OPENING, leadInColon } from './leadIns';
import { officeOpeningSentenceBefore } from './titlesAndOffices';
import { resolvePhrase } from './resolution';
import { ROLE_WORDS } from '../../text/lexicon';
import { isPossessiveAt } from '../../text/words';

/** How far back a quotation with no cue may still continue the previous speaker. */
export const CONTINUATION_REACH = 1500;

/**
 * "However, a Big Brother spokeswoman was "satisfied" that …", "Mr Brown was "delighted"": a
 * sentence with no verb of speech that says how its subject, a person or a source, felt, in their
 * words. Only a subject that ends where the verb begins ("Blair's speech was "weak"" quotes a critic).
 */
export function subjectOfCopula(context: Context, span: QuoteSpan): Speaker | null {
  const from = sentenceStart(context.text, span.open);
  const window = context.text.slice(from, span.open);
  const copula = COPULA_BEFORE_QUOTE.exec(window);
  if (!copula || findCues(window).length > 0) return null;
  const phrase = { phrase: copula[1], phraseStart: from + copula.index + copula[0].indexOf(copula[1]) };
  if (hasMoreWordsThan(phrase.phrase, 6) || PRONOUNS.has(phrase.phrase.trim().toLowerCase())) return null;
  const speaker = resolvePhrase(context, phrase, { ...phrase, cue: 'was', method: 'cue-before' }, span);
  const mention = speaker?.mention;
  // The whole subject names the speaker: not "A bandmate informed the crowd Skinner was "…"".
  const isSubject = mention !== null && mention !== undefined && mention.end === phrase.phraseStart + phrase.phrase.trimEnd().length
    && !hasMoreWordsThan(context.text.slice(phrase.phraseStart, mention.start), 2) && !isPossessiveAt(context.text, mention.end);
  // A description ("The Tory proposals") is no name of its speaker.
  const named = speaker !== null && speaker.method !== 'pronoun' && (speaker.unnamed || (speaker.entity !== null && context.entities[speaker.entity].type === 'person'));
  return named && isSubject ? speaker : null;
}

const COPULA_BEFORE_QUOTE = /(?:^|,\s+|\b(?:but|and|however)\s+)((?:[^,"“”]{1,60}?))\s+(?:was|were|is|are|felt|feels|remains|remained)\s+(?:(?:very|still|now|not|also|clearly)\s+)?$/i;

/**
 * "“…,” Arakawa said. He expected retail shrimp prices to rise "modestly"": words quoted in a
 * sentence where "he" or "she", the person quoted just before, thinks, expects or recommends
 * something are that person's view in their words.
 */
export function previousSpeakerThinking(context: Context, span: QuoteSpan): Speaker | null {
  const { text, previous } = context;
  const speaker = previous?.speaker;
  const from = sentenceStart(text, span.open);
  const pronoun = PRONOUN_THINKING.exec(text.slice(from, span.open))?.[1].toLowerCase();
  if (!speaker || speaker.entity === null || pronoun === undefined || previous.end > from || from - previous.end > CONTINUATION_REACH) return null;
  const person = context.entities[speaker.entity];
  // (Not a noun phrase in quotation marks after its article: "She avoids the “disruption”".)
  if (person.type !== 'person' || genderOf(context, person) !== PRONOUNS.get(pronoun) || ARTICLE_BEFORE.test(text.slice(span.open - 5, span.open))) return null;
  return restated(speaker, 'continuation', null);
}

const PRONOUN_THINKING = /^\s*(He|She)\s+(?:(?:also|still|does|did)(?:,\s*however,)?\s+)*(?:think|thinks|thought|expects|expected|recommends|recommended|hopes|hoped|fears|feared|considers|considered|regards|regarded|wants|wanted|prefers|preferred)\b/u;
const ARTICLE_BEFORE = /\b(?:the|a|an)\s$/;

/**
 * "For the Minister of Territorial Administration, Hissein Béchir Kodi, the reform is "the most
 * important since 1996"": a sentence opening "For" a person, then saying what something is, gives
 * that person's view.
 */
export function personWhoseViewOpens(context: Context, span: QuoteSpan): Speaker | null {
  const { text, mentions, entities } = context;
  const start = sentenceStart(text, span.open);
  const words = text.slice(start, span.open);
  // (Not "her side's early-season "crisis", as one tabloid back page put it": the words must end the sentence.)
  const endsSentence = span.close !== null && (/[.!?]$/.test(span.text) || /^[.!?]/.test(text.slice(span.close + 1, span.close + 2)));
  if (!endsSentence || !VIEW_OF_OPENING.test(words)) return null;
  // The person ends the phrase at its first comma, or at its second after a title ("For the Minister …, Hissein Béchir Kodi,").
  const first = words.indexOf(',');
  for (const comma of [first, words.indexOf(',', first + 1)]) {
    // ("For the residents’ movement Albufeira Viva, on the other hand, the freeze is": or a body's.)
    const holder = comma > 0 ? mentions.lastBefore(start + comma, (ref) => ref.end === start + comma && (entities[ref.key].type === 'person' || entities[ref.key].type === 'organization')) : undefined;
    if (holder) return speakerNamedAt(context, holder, { method: 'according-to', cue: 'according to' });
  }
  return null;
}

const VIEW_OF_OPENING = /^For\s+[^;:"“”]{2,160}?,\s+[^"“”;:]*?\b(?:is|was|are|were|remains|remained|has\s+been|had\s+been|will\s+be|would\s+be)\s+[^"“”;:]*$/u;

/**
 * "…who they say they are when they are online.¶"The end solution is…"": a plural pronoun in the
 * paragraph before is too loose a subject to carry a quotation over the paragraph break.
 */
export function isVagueAcrossParagraphs(text: string, reported: Attribution, span: QuoteSpan): boolean {
  return reported.phrase.toLowerCase() === 'they' && text.lastIndexOf('\n', span.open) > reported.phraseStart;
}

const MEMBER_OF = /\bmember\s+of\b/i;

/** The person a label or a lead-in names, if it names one. */
export function personLabelled(context: Context, label: Attribution | undefined, span: QuoteSpan): Speaker | null {
  const speaker = label && resolvePhrase(context, label, label, span);
  // "A member of the jury, who …, put it more simply:": a member of any body is a person.
  const isPersonSource = speaker?.unnamed === true && (PERSON_SOURCE.test(speaker.name) || MEMBER_OF.test(speaker.name));
  if (speaker && (isPersonSource || (speaker.entity !== null && context.entities[speaker.entity].type === 'person'))) return speaker;
  return label ? subjectOfHeadlineTitle(context, label) : null;
}

/**
 * "Garnet Bay's new police chief: "I'm not here to be liked"": a title before the headline's colon,
 * or the standfirst's, names the person the story is about, the one it names most.
 */
function subjectOfHeadlineTitle(context: Context, label: Attribution): Speaker | null {
  if (!isInHeadlineOrStandfirst(context.text, label.phraseStart)) return null;
  const words = label.phrase.toLowerCase().split(/\s+/);
  const role = words[words.length - 1];
  if (!ROLE_WORDS.has(role)) return null;
  const { entities } = context;
  // ("Judge: "He made a painful wait longer"": or the one person the story gives that title.)
  const subject = soleHolderOfRole(entities, role) ?? mostNamedPerson(entities, (key) => entities[key].type === 'person');
  const mention = { start: label.phraseStart, end: label.phraseStart + label.phrase.length, text: label.phrase };
  return subject ? anaphor(subject, mention, label.cue) : null;
}

/** Whether `offset` is in the headline, or opens the line of the paragraph right after it (a standfirst: "Judge: "…""). */
function isInHeadlineOrStandfirst(text: string, offset: number): boolean {
  const lineEnd = text.indexOf('\n');
  if (lineEnd < 0 || offset < lineEnd) return true;
  const paragraphsBefore = text.slice(0, offset).split(PARAGRAPH_BREAK).length - 1;
  return paragraphsBefore === 1 && text.charAt(offset - 1) === '\n';
}

const PARAGRAPH_BREAK = /\n\s*\n/;

/**
 * "Cueto was also puzzled as to why his try had been disallowed. "I don't think I could have been
 * offside"": in a new paragraph, a quotation with no cue that follows a sentence naming one person
 * is that person's, not the previous paragraph's speaker's.
 */
export function personIntroducedBefore(context: Context, span: QuoteSpan): Speaker | null {
  const { text, mentions, entities, previous } = context;
  const sentence = sentenceBefore(text, span.open);
  if (!sentence) return null;
  // The sentence opens the quotation's paragraph, or ends the paragraph that leads into it ("In his
  // closing statement, Vandermolen returned to pocketbook issues.¶¶"Kansas families…").
  // (The quotation's own sentence may open with a label: "Quote: "…"".)
  const paragraph = endsParagraphBefore(text, sentence.from, sentence.to) ? text.lastIndexOf('\n', sentence.from) : text.lastIndexOf('\n', span.open);
  if (paragraph >= sentence.from || (previous !== undefined && previous.end > paragraph)) return null;
  // Not a person named in the question someone was asked ("Asked about Adeyemi-Vogel's suggestion …, he laughed.").
  const people = mentions.within(sentence.from, sentence.to).filter((ref) => entities[ref.key].type === 'person' && !isInQuestionAsked(text, ref) && !isByline(text, ref));
  // The subject opening the sentence, or else the one person it names if the article has them
  // speak somewhere (not a person it is only about: "replacing the injured Colin Charvis").
  // A sentence opening with "she" or "he" is about the previous speaker, whoever else it names,
  // unless the sentence before turned to someone new ("I put this to Solberg. She laughs. "…"").
  const pronoun = /^\s*(he|she|they)\b/i.exec(text.slice(sentence.from, sentence.from + 12));
  if (pronoun) return personTurnedTo(context, sentence.from, pronoun[1].toLowerCase());
  const person = personOpeningSentenceBefore(context, span.open)
    ?? (people.length > 0 && people.every((ref) => ref.key === people[0].key) && speaksInArticle(text, entities[people[0].key]) ? people[0] : undefined);
  if (person) return restated(anaphor(entities[person.key], refSpan(text, person), ''), 'continuation', null);
  // ("In a letter delivered to every household, the mayor appealed for calm.¶¶"Dear neighbours, …"": or the office that opens it.)
  const office = officeOpeningSentenceBefore(context, span.open);
  if (office) return restated(anaphor(office.holder, office.office, ''), 'continuation', null);
  // ("Asked what she would say to those who doubted her, the 27-year-old laughed.¶¶"…"": or the one person of that age.)
  const clauseStart = sentence.from + text.slice(sentence.from, sentence.to).lastIndexOf(',') + 1;
  const aged = AGE_DESCRIPTION_OPENING.exec(text.slice(clauseStart, sentence.to));
  const agedMention = aged ? { start: clauseStart + aged[0].length - aged[1].length, end: clauseStart + aged[0].length, text: aged[1] } : undefined;
  const ofAge = agedMention && personOfAge(context, agedMention);
  return agedMention && ofAge ? restated(anaphor(ofAge, agedMention, ''), 'continuation', null) : null;
}

/**
 * "One Locmaria resident, who asked not to be named, saw things differently. "…"": an unnamed
 * person opening the sentence right before a quotation with no verb of its own, since the last
 * one, is who says it.
 */
export function unnamedSourceIntroducedBefore(context: Context, span: QuoteSpan): Speaker | null {
  const source = unnamedSubjectOfSentenceBefore(context, span.open);
  if (!source || source.start < (context.previous?.end ?? 0)) return null;
  return { name: source.text, entity: null, mention: source, unnamed: true, organization: null, method: 'continuation', cue: null };
}

/**
 * "Asked whether the chain would be sold on, al-Qaisi was blunt. "We don't do three-year flips."":
 * words quoted right after a sentence on how someone met a question put to them are their answer.
 */
export function answerToQuestionBefore(context: Context, span: QuoteSpan): Speaker | null {
  const { text, previous } = context;
  const sentence = sentenceBefore(text, span.open);
  if (!sentence || sentence.from < (previous?.end ?? 0)) return null;
  const answerer = ANSWERER_AFTER_QUESTION.exec(text.slice(sentence.from, sentence.to));
  if (!answerer) return null;
  const phrase = { phrase: answerer[1], phraseStart: sentence.from + answerer.index + answerer[0].length - answerer[1].length };
  const speaker = resolvePhrase(context, phrase, { ...phrase, cue: 'asked', method: 'cue-before' }, span);
  return speaker && !speaker.unnamed && speaker.entity !== null && context.entities[speaker.entity].type === 'person' ? restated(speaker, 'continuation', null) : null;
}

/** "Asked whether …, she", "Asked about the deal, Mr Oduya": the subject after the question, before its lower-case verb. */
const ANSWERER_AFTER_QUESTION = /^\s*Asked\s[^"“”]*?,\s+((?:he|she)|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:(?:al|el|van|von|de|der|da|di|du|le|la)[\s-]+)*\p{Lu}[\p{L}'’-]*)(?=\s+\p{Ll})/u;

/**
 * The one person the sentence before `offset` names, since the previous quotation, who can be the
 * pronoun opening the sentence at `offset` and is not the previous speaker.
 */
function personTurnedTo(context: Context, offset: number, pronoun: string): Speaker | null {
  const { text, mentions, entities, previous } = context;
  const kind = PRONOUNS.get(pronoun);
  const sentence = sentenceBefore(text, offset);
  if (!sentence || (kind !== 'male' && kind !== 'female') || sentence.from < (previous?.end ?? 0)) return null;
  const people = mentions.within(sentence.from, sentence.to).filter((ref) => entities[ref.key].type === 'person');
  const [person] = people;
  if (!person) return otherGenderTurnedTo(context, offset, kind);
  if (people.some((ref) => ref.key !== person.key) || person.key === previous?.speaker?.entity) return null;
  return genderOf(context, entities[person.key]) === kind ? restated(anaphor(entities[person.key], refSpan(text, person), ''), 'continuation', null) : null;
}

/**
 * "“…,” he says. ¶ I put this to her. She laughs. ¶ “He's not wrong.”": after a man's words, a
 * "she" the sentences since name no one for is the woman named last.
 */
function otherGenderTurnedTo(context: Context, offset: number, kind: 'male' | 'female'): Speaker | null {
  const { text, mentions, entities, previous } = context;
  const previousKey = previous?.speaker?.entity;
  if (previousKey === null || previousKey === undefined || genderOf(context, entities[previousKey]) !== opposite(kind)) return null;
  const person = mentions.lastBefore(offset, (ref) => ref.key !== previousKey && entities[ref.key].type === 'person' && genderOf(context, entities[ref.key]) === kind);
  return person ? restated(anaphor(entities[person.key], refSpan(text, person), ''), 'continuation', null) : null;
}

function refSpan(text: string, ref: MentionRef): Span {
  return { start: ref.start, end: ref.end, text: text.slice(ref.start, ref.end) };
}

/** Whether the article has the person speak anywhere: "Cueto said", "said Cueto". */
function speaksInArticle(text: string, person: LocalEntity): boolean {
  return person.mentions.some((mention) => speaksNext(text, mention.end) || /\b(?:said|says|added|told)\s+$/.test(text.slice(Math.max(0, mention.start - 8), mention.start)));
}

/**
 * "The British Boxing Board of Control has just issued the following statement:¶"…"", "The board
 * issued the following statement at 11am:": whoever issues the statement a colon leads into, a
 * body as well as a person, wrote its words.
 */
export function statementIssuedBefore(context: Context, span: QuoteSpan): Speaker | null {
  const colon = leadInColon(context.text, span.open);
  if (colon === undefined) return null;
  const from = sentenceStart(context.text, colon);
  const issuer = STATEMENT_ISSUED.exec(context.text.slice(from, colon));
  if (!issuer) return null;
  const subject: Attribution = { phrase: issuer[1], phraseStart: from + issuer[0].indexOf(issuer[1]), cue: ':', method: 'cue-before' };
  return resolvePhrase(context, subject, subject, span);
}

const STATEMENT_ISSUED = /^\s*([^,]+?)\s+(?:has\s+|have\s+|had\s+)?(?:just\s+|also\s+|later\s+|then\s+)?(?:issued|released|published|put\s+out|posted|shared)\s+(?:the\s+following|a|an|this|its|their)\s+(?:\p{Ll}+\s+)?(?:statement|message|note|update|response|reply)(?:\s+(?:at|on|in|late|early|this|last)\s+[^,:;"“”]{1,30})?\s*$/u;
