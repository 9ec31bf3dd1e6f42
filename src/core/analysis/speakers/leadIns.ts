/**
 * Lead-ins: a clause and a colon that lead into a quotation ("Anthropic co-founder Jack Clark was
 * conciliatory: "…"", "He was blunt: "…""), and whose they are: the subject of the lead-in, an
 * unnamed source that "put it more bluntly", a person's own words ("His most famous line: "…""),
 * or a few words naming no one.
 */
import { ANONYMITY_REASON, CUE_VERBS, PRONOUNS } from '../cues';
import type { QuoteSpan } from '../quotes';
import { ASSERTION_NOUNS, leadInColonEnd } from './cuesBefore';
import { hasMoreWordsThan, opensSentence, sentenceStart } from './sentenceBounds';
import type { Attribution } from './attributionTypes';
import type { MentionRef } from './mentionIndex';
import type { Context } from './context';
import { isPossessiveAt } from '../../text/words';

/** A source's noun, with up to three words before it and maybe why it is unnamed: "… senior official who was not authorized to speak publicly". */
const SOURCE_NOUN_AND_REASON = String.raw`\s+(?:\p{L}+\s+){0,3}?\p{Ll}+(?:\s+who\s+(?:${ANONYMITY_REASON.source})[^,:;"“”]*?)?`;

// The source may give its reason for anonymity before its verb ("A senior official who was not
// authorized to speak publicly put it more bluntly:"), and a feature tells it in the present tense.
// ("Asked about the lawsuit, the mayor simply shrugged:": a gesture may lead in as well.)
const UNNAMED_SUBJECT = new RegExp(String.raw`^\s*((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)${SOURCE_NOUN_AND_REASON})`
  + String.raw`\s+(?:(?:simply|just|only|\p{Ll}+ly)\s+)?(?:put|puts|was|is|were|are|had|has|went|goes|sounded|sounds|struck|strikes|took|takes|shrugged|shrugs|smiled|smiles|laughed|laughs|sighed|sighs)\b`, 'u');

// ("One boater who did not want to be named went further, describing": or taking a stance before a participle.)
export const UNNAMED_SOURCE_GOING_FURTHER = new RegExp(String.raw`^\s*((?:[Aa]n?|[Oo]ne|[Aa]nother)${SOURCE_NOUN_AND_REASON})`
  + String.raw`\s+(?:(?:went|goes|go)\s+(?:further|farther|on)|(?:dis)?agree[sd]?|(?:was|were|is|are)\s+(?:more|less)\s+\p{Ll}+)\s*$`, 'u');

// ("A trader in the commune of Nzinda, who preferred to remain anonymous, sees things differently:": maybe with where they are.)
// ("A farmer from a neighbouring hamlet, who": or from a place it describes.)
const UNNAMED_SUBJECT_BEFORE_RELATIVE = /^\s*((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:\p{L}+\s+){0,3}?\p{Ll}+(?:\s+(?:in|from|at)\s+(?:(?:the\s+\p{Ll}+\s+of\s+)?\p{Lu}[\p{L}'’-]*|(?:an?|the)\s+\p{Ll}+(?:\s+\p{Ll}+)?))?),\s+who\s/u;

/**
 * "Anthropic co-founder Jack Clark was conciliatory: "…"", "He was blunt: "…"": a clause that a
 * colon ends introduces the quotation, and its subject, a person named before a lower-case verb or
 * a pronoun opening the clause, speaks.
 */
export function colonLeadIn({ text, mentions, entities }: Context, span: QuoteSpan): Attribution | undefined {
  const colon = leadInColon(text, span.open);
  if (colon === undefined) return undefined;
  const from = sentenceStart(text, colon);
  // Searched within the sentence only: a scan back to the last comma of a long text would cost its
  // length. A dash closes an aside as a comma does ("In November — weeks before — Raghunathan was blunter:").
  // ("She was confident, to put it mildly:": an aside on how it was said ends no clause.)
  const sentence = text.slice(from, colon).replace(MANNER_ASIDE, '');
  const clauseStart = from + Math.max(sentence.lastIndexOf(','), sentence.lastIndexOf('—'), sentence.lastIndexOf(' – '), sentence.lastIndexOf(' - ')) + 1;
  // "…, and he shows it to me on his phone:": the pronoun may follow the conjunction that opens the clause.
  // ("Asked how he felt, the 30-year-old grinned:": so may an age that describes the person.)
  const reference = LEAD_IN_PRONOUN.exec(text.slice(clauseStart, colon)) ?? AGE_DESCRIPTION_OPENING.exec(text.slice(clauseStart, colon));
  if (reference) return { phrase: reference[1], phraseStart: clauseStart + reference[0].length - reference[1].length, cue: ':', method: 'cue-before' };
  // "His most famous line came at Lord's in 1981:": words of someone's own, named by the possessive.
  const ownWords = OWN_WORDS_OPENING.exec(text.slice(clauseStart, colon));
  if (ownWords) return { phrase: ownWords[1], phraseStart: clauseStart + ownWords[0].indexOf(ownWords[1]), cue: ':', method: 'cue-before' };
  // "The other official put it more gently:": an unnamed source opening the clause before its verb.
  const source = UNNAMED_SUBJECT.exec(text.slice(clauseStart, colon));
  if (source) return { phrase: source[1], phraseStart: clauseStart + source[0].indexOf(source[1]), cue: ':', method: 'cue-before' };
  const isPerson = (ref: MentionRef) => entities[ref.key].type === 'person';
  // "Fjeldstad, who runs engineering, put it more simply:": a last clause opening with its verb has
  // the sentence's subject, named before the comma that opens the apposition or relative clause;
  // so has "A member of the jury, who spoke on condition of anonymity, put it more simply:".
  const opensWithVerb = /^\s+\p{Ll}/u.test(text.slice(clauseStart, clauseStart + 3));
  const opening = opensWithVerb ? mentions.within(from, clauseStart).find(isPerson) : undefined;
  // The person opens the sentence or a clause after an opening one ("When I ask whether …, Adeyemi-Clarke turns").
  const openingClause = opening ? from + text.slice(from, opening.start).lastIndexOf(',') + 1 : from;
  if (opening && opensLeadIn(text, opening, clauseStart) && !hasMoreWordsThan(text.slice(openingClause, opening.start), 3)) {
    return { phrase: text.slice(from, opening.end), phraseStart: from, cue: ':', method: 'cue-before' };
  }
  const sourceOpening = opensWithVerb ? UNNAMED_SUBJECT_BEFORE_RELATIVE.exec(text.slice(from, clauseStart)) : null;
  if (sourceOpening) return { phrase: sourceOpening[1], phraseStart: from + sourceOpening[0].indexOf(sourceOpening[1]), cue: ':', method: 'cue-before' };
  const subject = mentions.within(clauseStart, colon).find(isPerson);
  // The subject opens the clause, a title at most before it, and a verb follows it: not "a poster
  // showing Mr Howard and Oliver Letwin with a blackboard reading:".
  if (!subject || hasMoreWordsThan(text.slice(clauseStart, subject.start), 3)) return undefined;
  if (!/^\s+(?!(?:and|or|with)\b)\p{Ll}/u.test(text.slice(subject.end, subject.end + 8))) return undefined;
  return { phrase: text.slice(clauseStart, subject.end), phraseStart: clauseStart, cue: ':', method: 'cue-before' };
}

/**
 * A few words and a colon before the quotation, naming no one and holding no verb of speech: "Then,
 * unprompted:", "Later, with a shrug:"; or a verb of speech with no subject after a conjunction, which
 * shares the last one's: "And continued:", "But told BBC News:".
 */
export function isBareLeadIn({ text, mentions, entities }: Context, span: QuoteSpan): boolean {
  const colon = leadInColon(text, span.open);
  // ("Quote: "…"": a label that leaves the quotation opening its sentence leads nothing in.)
  if (colon === undefined || opensSentence(text, span)) return false;
  const from = sentenceStart(text, colon);
  const words = text.slice(from, colon).split(/[\s,]+/).filter((word) => word !== '');
  if (words.length === 0 || words.length > MAX_BARE_LEAD_IN_WORDS) return false;
  const named = mentions.within(from, colon);
  if (SUBJECTLESS_OPENINGS.has(words[0]) && CUE_VERBS.has(words[1] ?? '')) return named.every((ref) => entities[ref.key].type !== 'person');
  return named.length === 0 && words.every((word) => !PRONOUNS.has(word.toLowerCase()) && !CUE_VERBS.has(word.toLowerCase()));
}

const SUBJECTLESS_OPENINGS: ReadonlySet<string> = new Set(['And', 'But', 'Then']);

const MAX_BARE_LEAD_IN_WORDS = 4;

/**
 * The offset of the colon that ends the words leading into the quotation opening at `open`, if a
 * colon ends them. The lead-in may end the paragraph before a quotation set as its own
 * ("Raghunathan was blunter:¶¶"…").
 */
export function leadInColon(text: string, open: number): number | undefined {
  let colon = leadInColonEnd(text, open) - 1;
  while (colon > 0 && (text[colon] === ' ' || text[colon] === '\t')) colon--;
  return text[colon] === ':' ? colon : undefined;
}

const MANNER_ASIDE = /,\s*(?:to\s+(?:put\s+it\s+\p{Ll}+|say\s+the\s+least)|frankly|bluntly|candidly)\s*$/u;
// ("In a post on her social media pages she went further:": past where the words were said.)
const LEAD_IN_PRONOUN = /^\s*(?:(?:and|but|then|so)\s+)?(?:(?:in|on)\s+(?:a|an|the|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:post|statement|interview|message|letter|speech|video|tweet|email|note|podcast|broadcast|blog|column)\b[^,:;"“”]{0,60}?\s+)?(he|she)\b/iu;
export const AGE_DESCRIPTION_OPENING = /^\s*([Tt]he\s+\d{1,3}-year-old)(?=\s+\p{Ll})/u;
/** "His most famous line", "Her parting words", "His view of the deal was more cautious": a person's own words, or view, by a possessive pronoun. */
export const OWN_WORDS_OPENING = new RegExp(String.raw`^\s*((?:His|Her)\s+(?:\p{Ll}+\s+){0,3}(?:line|words|remark|quip|catchphrase|motto|refrain|mantra|reply|response|answer|verdict|advice|sign-off|view|views|take|assessment|reaction|message|outlook|opinion|explanation|prediction|warning|plea|conclusion|${ASSERTION_NOUNS}))\b`, 'u');

/**
 * Whether the person opening the sentence is the subject of the lead-in's last clause: set off by
 * the comma of an apposition ("Fjeldstad, who runs engineering, put it:"), the owner of the words
 * ("Van der Berghe's verdict, in an email to the team, was brisk:"), or the subject of a verb the
 * clause's "and" takes up ("Adeyemi-Clarke turns to his co-host, delighted, and asks her:").
 */
function opensLeadIn(text: string, person: MentionRef, clauseStart: number): boolean {
  if (text[person.end] === ',') return true;
  if (isPossessiveAt(text, person.end)) return WORDS_NOUN_AFTER_POSSESSIVE.test(text.slice(person.end, person.end + 20));
  return /^\s+\p{Ll}/u.test(text.slice(person.end, person.end + 3)) && /^\s+and\s+\p{Ll}+s\b/u.test(text.slice(clauseStart, clauseStart + 30));
}

const WORDS_NOUN_AFTER_POSSESSIVE = /^['’]s\s+(?:verdict|reply|response|answer|message|advice|instructions?|warning|explanation|assessment|reaction|summary|retort|view|take)\b/;
