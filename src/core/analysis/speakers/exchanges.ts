/**
 * Exchanges and interviews: the turns of the speakers quoted in a row, a question and its answer
 * paragraph after paragraph with no verb of speech, a quotation answering the one addressed by
 * name ("…, Mr Pollitt."), an interview's answers ("Q: …¶A: …"), and a page of someone's quotes
 * ("David Blunkett in quotes").
 */
import type { LocalEntity, Span, Speaker } from '../model';
import type { QuoteSpan } from '../quotes';
import type { AttributedQuote, Context, Turn } from './context';
import { restated } from './restatedSpeakers';

/**
 * ""That's not an answer, Mr Pollitt." ¶ "It is the answer I am able to give, Senator."": in an
 * exchange paragraph by paragraph, the person the quotation before ends by addressing answers it.
 */
export function addressedBefore({ text, turns, entities, mentions }: Context, span: QuoteSpan): Speaker | null {
  const last = turns.at(-1)?.last;
  if (!last || !isNextParagraph(text, last.end, span.start)) return null;
  const surname = VOCATIVE_AT_END.exec(last.text)?.[1];
  const addressed = surname === undefined ? undefined : mentions.personBySurname(text, surname, last.start);
  if (!addressed || addressed.key === last.speaker.entity || entities[addressed.key].type !== 'person') return null;
  const entity = entities[addressed.key];
  const mention: Span = { start: addressed.start, end: addressed.end, text: text.slice(addressed.start, addressed.end) };
  return { name: entity.name, entity: entity.key, mention, unnamed: false, organization: null, method: 'continuation', cue: null };
}

/** A title and a surname closing a quotation, after a comma: "…, Mr Pollitt." */
const VOCATIVE_AT_END = /,\s+(?:Mr|Mrs|Ms|Miss|Dr|Senator|Minister|Professor|Judge)\.?\s+(\p{Lu}[\p{L}'’-]+)[.?!]?\s*$/u;

/**
 * A question and its answer, paragraph after paragraph, with no verb of speech: ""…?" she asked. ¶
 * "…," he replied. ¶ "What has changed, exactly?" ¶ "The amount we are investing."": in an exchange
 * between two people, a question after an answer is the questioner's again, and an answer after a
 * question is whoever answered before.
 */
export function nextTurnOfExchange({ text, turns, entities }: Context, span: QuoteSpan): Speaker | null {
  const last = turns.at(-1);
  const before = turns.at(-2);
  if (!last || !before) return null;
  const isPerson = (speaker: Speaker) => speaker.entity !== null && entities[speaker.entity].type === 'person';
  if (!isPerson(last.last.speaker) || !isNextParagraph(text, last.last.end, span.start)) return null;
  const asks = (quote: { text: string }) => /\?\s*$/.test(quote.text);
  if (asks(span)) {
    const askedAgain = isPerson(before.last.speaker) && asks(before.last) && !asks(last.last) && isNextParagraph(text, before.last.end, last.first.start);
    return askedAgain ? restated(before.last.speaker, 'continuation', null) : null;
  }
  // ""…, didn't you?" Teague-Abara asked. ¶ "…," Haldorsen answered. ¶ "Then show the jury …"": after
  // a question and its answer, each in its paragraph, the questioner speaks again.
  const answered = REPLY_CUES.has(last.last.speaker.cue ?? '') && isPerson(before.last.speaker) && asks(before.last)
    && before.last.speaker.entity !== last.last.speaker.entity && isNextParagraph(text, before.last.end, last.first.start);
  if (answered) return restated(before.last.speaker, 'continuation', null);
  // A question left open at its paragraph's end runs on into this one, with its speaker ("…so why not? ¶ "Where I'd disagree…").
  if (!asks(last.last) || !CLOSING_MARKS.has(text[last.last.end])) return null;
  // ""Every time one of these happens, the industry pays," Rathore-Bassett said. "Why would they?" ¶
  // "The only answer is …"": a question closing a paragraph the speaker opened with a statement asks no one.
  if (!asks(last.first) && !text.slice(last.first.end, last.last.start).includes('\n')) return null;
  // ""Did you tell him about the cat?" Lajos asks. ¶ "I told him about the cat."": an answer is the
  // last other person who spoke, even some paragraphs before, as one joining a conversation asks.
  const answerer = turns.findLast((turn) => turn !== last && isPerson(turn.last.speaker) && turn.last.speaker.entity !== last.last.speaker.entity);
  return answerer && !asks(answerer.last) && span.start - answerer.last.end < ANSWER_REACH ? restated(answerer.last.speaker, 'continuation', null) : null;
}

const ANSWER_REACH = 2000;
const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '”']);

const TURNS_KEPT = 4;

/** Adds a quotation to the turn of its speaker, or opens the next turn, keeping the last few. */
export function takeTurn(turns: Turn[], quote: AttributedQuote): void {
  const latest = turns.at(-1);
  if (latest && latest.last.speaker.entity !== null && latest.last.speaker.entity === quote.speaker.entity) {
    latest.last = quote;
    return;
  }
  turns.push({ first: quote, last: quote });
  if (turns.length > TURNS_KEPT) turns.shift();
}

/** Whether `to` is in the paragraph right after the one `from` is in, with only a cue between ("," he replied.¶"). */
function isNextParagraph(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  const breaks = between.split(/\n\s*\n/).length - 1;
  return breaks === 1 && between.length < EXCHANGE_GAP;
}

const EXCHANGE_GAP = 120;

/**
 * "Q: When did you feel it turn?¶A: Vancouver. … I remember thinking, "OK, this might be the
 * end"": in an interview's answer, words quoted with no one else named as saying them are the
 * interviewee's.
 */
export function interviewee(context: Context, span: QuoteSpan): Speaker | null {
  const { text, entities } = context;
  // Most articles are no interview: the search back for the last question is made only in one.
  context.isInterview ??= text.includes('\nA: ');
  // The answer runs on over paragraphs until the next question.
  if (!context.isInterview || text.lastIndexOf('\nA: ', span.open) <= text.lastIndexOf('\nQ: ', span.open)) return null;
  const person = firstPersonNamed(entities);
  return person ? { name: person.name, entity: person.key, mention: null, unnamed: false, organization: null, method: 'continuation', cue: null } : null;
}

/**
 * "David Blunkett in quotes": a page of someone's sayings, headlined so, gives that person every
 * quotation nothing else attributes.
 */
export function subjectOfQuotesPage(context: Context): Speaker | null {
  const { text, entities } = context;
  const headlineEnd = text.indexOf('\n');
  if (headlineEnd < 0) return null;
  // (The person named first must be named in the headline.)
  context.quotesPageSubject ??= QUOTES_PAGE_HEADLINE.test(text.slice(0, headlineEnd)) ? firstPersonNamed(entities) ?? null : null;
  const person = context.quotesPageSubject;
  return person && person.mentions[0].start < headlineEnd ? { name: person.name, entity: person.key, mention: null, unnamed: false, organization: null, method: 'continuation', cue: null } : null;
}

const QUOTES_PAGE_HEADLINE = /^\s*\p{Lu}[^\n]*\s+in\s+quotes\s*$/iu;

/** The person the article names first, in its headline or its opening: whom an interview is with. */
function firstPersonNamed(entities: readonly LocalEntity[]): LocalEntity | undefined {
  let first: LocalEntity | undefined;
  for (const entity of entities) {
    if (entity.type === 'person' && (!first || entity.mentions[0].start < first.mentions[0].start)) first = entity;
  }
  return first;
}

/** Cues of an answer to a question. */
export const REPLY_CUES: ReadonlySet<string> = new Set(['replied', 'replies', 'answered', 'answers', 'responded', 'responds', 'retorted', 'retorts', 'countered', 'counters', 'shot back', 'fired back', 'hit back']);
