/**
 * The person who opens the sentence before a quotation, named since the previous one ("Cueto was
 * also puzzled as to why his try had been disallowed. "…," said the Sale player"), past a phrase
 * setting the scene, a title or an apposition; but not a reporter's byline, a name in a question
 * put to someone, nor the name an unnamed source gave ("who identified himself as"). Also where a
 * quotation that runs on over paragraphs opens.
 */
import { hasMoreWordsThan, sentenceStart } from './sentenceBounds';
import type { MentionRef } from './mentionIndex';
import type { Context } from './context';
import { INTRODUCTORY_PHRASE, sentenceBeforeQuotingOrNot } from './sentences';
import { ROLE_WORDS } from '../../text/lexicon';

/**
 * "Cueto was also puzzled as to why his try had been disallowed. "…," said the Sale player": the
 * person opening the sentence before, named since the previous quotation, is who the story turns to.
 */
export function personOpeningSentenceBefore({ text, mentions, entities, previous }: Context, offset: number): MentionRef | undefined {
  // ("Pape Samba Diop showed the reporter his pirogue, the "Jàmm Ji", …": a title nobody says is no quotation since.)
  const sentence = sentenceBeforeQuotingOrNot(text, offset);
  if (!sentence || sentence.from < (previous?.end ?? 0)) return undefined;
  // (Nor the writer the byline names: "By Anahit Voskanyan¶¶"The spring by the church used to fill a bucket"".)
  const people = mentions.within(sentence.from, sentence.to).filter((ref) => entities[ref.key].type === 'person' && !isInQuestionAsked(text, ref) && !isByline(text, ref));
  // "Nielsen had panicked that …, Greer said.": the one who says the sentence is its subject.
  const sayer = people.find((ref) => SAYS_SENTENCE.test(text.slice(ref.end, sentence.to)));
  if (sayer) return sayer;
  const [first] = people;
  if (!first) return undefined;
  // "Kane Sutcliffe … was again at the heart of it, and Brearley had no hesitation in singling him
  // out.": the subject of a last clause after ", and" acts last (not after "but": "Vermeulen had looked
  // the likelier winner, but Calloway responded" leaves the floor to the one it contrasts).
  const lastClauseSubject = people.findLast((ref) => ref !== first && CLAUSE_AND_BEFORE.test(text.slice(Math.max(sentence.from, ref.start - 8), ref.start))
    && CLAUSE_VERB_AFTER.test(text.slice(ref.end, ref.end + 12)));
  if (lastClauseSubject) return lastClauseSubject;
  const lead = text.slice(sentence.from, first.start);
  // ("Another driver, who only wanted to be identified as Azrul, was more cautious.": or the name an unnamed subject gave.)
  return !hasMoreWordsThan(lead.replace(INTRODUCTORY_PHRASE, ''), 3) || INVERTED_SUBJECT.test(lead) || isTitleBeforeName(lead) || IDENTIFIED_AS.exec(lead)?.[0].length === lead.length
    || isNamedInApposition(text, lead, first) ? first : undefined;
}

/**
 * "The head of cooperation at the EU Delegation to Moldova, Hanna Kowalczyk, said": the subject is
 * a role, then the name of whoever holds it, set off by commas, before the verb of speech, or
 * before a clause about the person and then the verb ("The hero of the evening, Gurbanow, who
 * scored his first goal, admitted").
 */
function isNamedInApposition(text: string, lead: string, name: MentionRef): boolean {
  const after = text.slice(name.end, name.end + 16);
  // ("In Bouar, the commander of the detachment, Captain Rodrigue Zoumaldé, said": past a phrase setting the scene.)
  return ROLE_LEAD.test(lead.replace(INTRODUCTORY_PHRASE, '')) && (/^,\s+(?:said|says|told|added|who)\b/.test(after) || (after.startsWith(',') && PAST_VERB_AFTER.test(after.slice(1))));
}

/**
 * ("Another resident, retired teacher Jaffar Ali Hubail, said": or one of a kind, and a title in lower case before the name;
 * "Another victim, Norwegian pensioner Per Aasland, lost": maybe after a nationality or a home town, before any past verb.)
 */
const ROLE_LEAD = /^\s*(?:[Tt]he|An?|Another|One)\s[^,;:"“”]{1,80},\s+(?:\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3}$/u;

/**
 * "Abdolreza Bahmanpour … told Tasnim that …. Iran has been under US sanctions for years. "…,"
 * the lawmaker said": a sentence of background that names no one lies between the person who
 * opened the one before it and the quotation.
 */
const CLAUSE_AND_BEFORE = /,\s+and\s+$/;
const CLAUSE_VERB_AFTER = /^\s+(?:had|has|was|is|\p{Ll}+ed)\b/u;

export function personOpeningSentenceBeforeAside(context: Context, offset: number): MentionRef | undefined {
  const { text, mentions, entities, previous } = context;
  // (Its words in quotation marks, "maximum pressure", are nobody's: it names no one.)
  const aside = sentenceBeforeQuotingOrNot(text, offset);
  if (!aside || aside.from < (previous?.end ?? 0) || mentions.within(aside.from, aside.to).some((ref) => entities[ref.key].type === 'person')) return undefined;
  return personOpeningSentenceBefore(context, aside.from);
}

/** "Minister of State with responsibility for the OPW Darragh Loughnane visited": a long title opening the sentence, the name's own. */
function isTitleBeforeName(lead: string): boolean {
  const title = TITLE_OPENING.exec(lead);
  return title !== null && ROLE_WORDS.has(title[1].toLowerCase()) && !hasMoreWordsThan(lead, MAX_TITLE_WORDS);
}

const TITLE_OPENING = /^\s*(\p{Lu}\p{Ll}+)\s[^,;:"“”]*$/u;
const MAX_TITLE_WORDS = 10;

/**
 * "Among those collecting results on Thursday morning was Priya Chauhan": a sentence that puts
 * its subject last, after "was", brings that person into focus as much as one opening with them.
 */
const INVERTED_SUBJECT = /^[^,;:"“”]{0,100}\s(?:was|were)\s+$/;

const SAYS_SENTENCE = /^\s+(?:said|says|added)\.\s*$/;

/**
 * The opening mark of the first paragraph of a quotation that runs on into the paragraph opening
 * at `open`: each paragraph before that opens with a mark and leaves its quotation unclosed.
 */
export function runOpening(text: string, open: number): number {
  let opening = open;
  for (;;) {
    const paragraphStart = text.lastIndexOf('\n', opening - 1) + 1;
    const previousEnd = text.slice(0, paragraphStart).trimEnd().length;
    const previousStart = text.lastIndexOf('\n', previousEnd - 1) + 1;
    const previous = text.slice(previousStart, previousEnd);
    const first = previous.search(/\S/);
    if (paragraphStart === 0 || !/^\s*$/.test(text.slice(paragraphStart, opening)) || !/["“]/.test(previous.charAt(first)) || !leavesQuotationOpen(previous)) return opening;
    opening = previousStart + first;
  }
}

/** Whether a paragraph's last quotation mark opens one: an odd count of straight marks, or a curly opening mark last. */
function leavesQuotationOpen(paragraph: string): boolean {
  const lastCurly = Math.max(paragraph.lastIndexOf('“'), paragraph.lastIndexOf('”'));
  return lastCurly >= 0 ? paragraph.charAt(lastCurly) === '“' : (paragraph.match(/"/g) ?? []).length % 2 === 1;
}

/** "gave her name only as Gill", "gave his first name as Mo", "gave only her first name, Lucía": the name a source goes by, however partial. */
export const NAME_GIVEN_AS = String.raw`gave\s+(?:only\s+)?(?:her|his|their)\s+(?:first\s+)?name(?:\s+(?:only\s+)?as|,)`;

/** An unnamed source that gives a name: "who identified himself as", "who only gave her name as", "who only wanted to be identified as". */
// ("Another father, who works in construction and gave only his first name, Petru,": past a first verb joined by "and".)
export const IDENTIFIED_AS = new RegExp(String.raw`^[^.!?,;:"“”]*?(?:,\s*)?\bwho\s+(?:[^.!?,;:"“”]{1,60}?\s+and\s+)?(?:only\s+)?(?:(?:(?:identified|introduced|named)\s+(?:himself|herself|themselves)|(?:wanted|asked|agreed|chose|preferred|wished)\s+to\s+be\s+(?:identified|named|called|known)(?:\s+only)?)\s+as|${NAME_GIVEN_AS})\s`);
/** A verb in the past tense right after a name: regular, or one of the irregular verbs of news ("sent", "gave", "told"). */
export const PAST_VERB_AFTER = /^\s+(?:\p{Ll}+ed|sent|gave|made|took|told|wrote|won|lost|met|led|held|left|paid|put|set|brought|bought|sought|spoke|struck|threw|drew|hit|cut|kept|began|became|came|went|saw|ran|found|got|sold|stood|swore|chose|broke|rose|fell|shook|withdrew|overtook|upheld)\s/u;

/** Whether the name is in an opening clause of the question put to the sentence's subject ("Asked whether Moraru could …,"). */
export function isInQuestionAsked(text: string, ref: MentionRef): boolean {
  // Most names have no "asked" before them: a look for the word spares finding the sentence's start.
  return text.slice(Math.max(0, ref.start - QUESTION_REACH), ref.start).includes('sked ')
    && QUESTION_ASKED_OPENING.test(text.slice(sentenceStart(text, ref.start), ref.start));
}

const QUESTION_REACH = 160;

/** An opening clause of the question put to the subject, still open: "Asked whether", "When asked if". */
const QUESTION_ASKED_OPENING = /^\s*(?:When\s+)?[Aa]sked\s+(?:whether|if|about|how|why|what|when)\b[^,.;:"“”]*$/;

/** "By Clémence Yakité" on a line of its own: the reporter who wrote the article, whom no description in it means. */
export function isByline(text: string, ref: { start: number; end: number }): boolean {
  return BYLINE_BEFORE.test(text.slice(Math.max(0, ref.start - 8), ref.start)) && BYLINE_AFTER.test(text.slice(ref.end, ref.end + 40));
}

// ("Author: Doina Vrânceanu", as some outlets credit their reporters.)
const BYLINE_BEFORE = /(?:^|\n)(?:By|Author:)\s$/;
const BYLINE_AFTER = /^(?:[,\s][^\n.!?"“”]{0,30})?(?:\n|$)/;
