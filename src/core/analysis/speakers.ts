import { PRONOUNS } from './cues';
import type { LocalEntity, Quote, Speaker } from './model';
import type { QuoteSpan } from './quotes';
import { attributionsFor, labelAttribution } from './speakers/attributions';
import { reportedSpeechBefore } from './speakers/cuesBefore';
import { hasMoreWordsThan, opensSentence, sentenceStart } from './speakers/sentenceBounds';
import type { Attribution } from './speakers/attributionTypes';
import { MentionIndex } from './speakers/mentionIndex';
import type { AttributedQuote, Context } from './speakers/context';
import { genderOf } from './speakers/gender';
import { isLabel, isSingleName, isTitleCased } from './speakers/labels';
import { restated } from './speakers/restatedSpeakers';
import { ownerOfWordsAfter, personIntroducedAfter } from './speakers/antecedents';
import { addressedBefore, interviewee, nextTurnOfExchange, subjectOfQuotesPage, takeTurn } from './speakers/exchanges';
import { colonLeadIn, isBareLeadIn } from './speakers/leadIns';
import { resolveAttribution } from './speakers/resolution';
import { answerToQuestionBefore, CONTINUATION_REACH, isVagueAcrossParagraphs, personIntroducedBefore, personLabelled, personWhoseViewOpens, previousSpeakerThinking, statementIssuedBefore, subjectOfCopula, unnamedSourceIntroducedBefore } from './speakers/uncuedQuotations';

/**
 * Decides who said each quotation: a cue verb after it ("…," Hegseth said) or before it
 * (Hegseth said: "…"), "according to", a pronoun resolved to the right person ("…," he added),
 * an unnamed source kept as written ("a senior Defense official"), a label ("Kevin Keegan: "…""),
 * or, for a quotation with no cue of its own that opens a sentence, the speaker of the quotation
 * before it.
 */
export function attributeSpeakers(text: string, quotes: readonly QuoteSpan[], entities: readonly LocalEntity[]): Quote[] {
  // An article that quotes nobody needs no index of its names.
  if (quotes.length === 0) return [];
  const context: Context = { text, mentions: new MentionIndex(entities, quotes), entities, genders: new Map(), previous: undefined, turns: [], unnamedSources: [] };
  const found = quotes.map((span, index) => {
    const speaker = findSpeaker(context, quotes, index) ?? interviewee(context, span) ?? subjectOfQuotesPage(context);
    // "its quarterly "Statement on Monetary Policy"", "calls the feature "Look and Ask"": words in
    // Title Case inside a sentence are a title or a name, which nobody is quoted as saying; but
    // whoever the sentence attributes still holds the floor for the quotations after it.
    // So are such words opening a sentence that no cue attributes (""Night Harbour (Red Cranes)," one
    // of three large canvases she painted, had been estimated at …").
    const title = (speaker?.method === 'continuation' || !opensSentence(text, span)) && (isTitleCased(span.text) || isSingleName(span.text));
    const quote: Quote = { start: span.start, end: span.end, text: span.text, speaker: title ? null : speaker };
    if (speaker) {
      const attributed: AttributedQuote = { ...quote, speaker };
      context.previous = attributed;
      takeTurn(context.turns, attributed);
    }
    if (speaker?.unnamed && !/^the\s/i.test(speaker.name)) context.unnamedSources.push(speaker);
    if (speaker) learnGenderFromPronoun(context, speaker);
    return quote;
  });
  return withRepeatedWordsAttributed(text, found);
}

/**
 * "Health minister wrong to say waiting list has fallen "seven months in a row"", "The Claim:
 * "Since Canberra signed the UK deal, …"": words no cue attributes that the article quotes
 * elsewhere from someone are theirs. Only four words or more: a shorter phrase is more often a
 * term than somebody's words. A crosshead is read so whatever its length and whoever the
 * quotations before it gave it to: it heads the words it previews.
 */
function withRepeatedWordsAttributed(text: string, quotes: Quote[]): Quote[] {
  const crossheads = new Set(quotes.filter((quote) => isCrosshead(text, quote)));
  const repeats = (quote: Quote) => crossheads.has(quote) || (quote.speaker === null && hasMoreWordsThan(quote.text, REPEATED_WORDS - 1) && !isTitleCased(quote.text));
  // Most articles attribute every quotation of four words or more, and need no comparison.
  if (!quotes.some(repeats)) return quotes;
  const spoken = quotes.filter((quote): quote is AttributedQuote => quote.speaker !== null);
  const spokenWords = spoken.map((quote) => ` ${comparableWords(quote.text)} `);
  return quotes.map((quote) => {
    if (!repeats(quote)) return quote;
    const words = ` ${comparableWords(quote.text)} `;
    const quoting = (other: AttributedQuote, index: number) => spokenWords[index].includes(words) && (!crossheads.has(quote) || other.start > quote.end);
    const speakers = spoken.filter(quoting).map((other) => other.speaker);
    const [speaker] = speakers;
    // (The crosshead's words are those of the first quotation below it that says them.)
    const agreed = speaker !== undefined && (crossheads.has(quote) || speakers.every((other) => other.name === speaker.name));
    return agreed ? { ...quote, speaker: { ...speaker, method: 'repeated', cue: null } } : quote;
  });
}

/**
 * ""Part of everyday life"", "Mayor: "Unacceptable"" on a line of their own: a crosshead, a few
 * words quoted from the section below it, with no full stop and nothing around them but,
 * perhaps, a label.
 */
function isCrosshead(text: string, quote: Quote): boolean {
  if (/[.?!,;:…]$/.test(quote.text)) return false;
  // (After the closing mark, only the line's end.)
  const lineEnd = text.indexOf('\n', quote.end);
  if (text.slice(quote.end + 1, lineEnd < 0 ? text.length : lineEnd).trim() !== '') return false;
  const lineStart = text.lastIndexOf('\n', quote.start - 1) + 1;
  return CROSSHEAD_LABEL.test(text.slice(lineStart, quote.start - 1));
}

/** Nothing, or a few words and a colon: "Mayor: ", "Hunters in Qaanaaq: ". */
const CROSSHEAD_LABEL = /^(?:\p{Lu}[^\n:"“”.!?]{0,40}:\s)?$/u;

const REPEATED_WORDS = 4;

/** The words of a quotation, lower-cased, with one kind of apostrophe and no punctuation around them, for comparing. */
function comparableWords(text: string): string {
  return text.toLowerCase().replace(/’/g, "'").split(/[^\p{L}\p{N}']+/u).filter((word) => word !== '').join(' ');
}

/**
 * "Special Seats MP Devotha Lukumay-Ferreira accused the ministry …. "…," she said. ¶ Responding,
 * he said": a person whose gender nothing told is the gender of the pronoun that spoke as them, so
 * a later "he" goes to someone else.
 */
function learnGenderFromPronoun(context: Context, speaker: Speaker): void {
  if (speaker.method !== 'pronoun' || speaker.entity === null || speaker.mention === null) return;
  const kind = PRONOUNS.get(speaker.mention.text.toLowerCase());
  const entity = context.entities[speaker.entity];
  if ((kind === 'male' || kind === 'female') && entity.type === 'person' && genderOf(context, entity) === undefined) context.genders.set(entity.key, kind);
}

function findSpeaker(context: Context, quotes: readonly QuoteSpan[], index: number): Speaker | null {
  const span = quotes[index];
  if (isLabel(context.text, quotes, index)) return null;
  // Calvin “Cal” Whitaker: a nickname inside a name is part of the name.
  if (context.mentions.lastBefore(span.open, (ref) => ref.end > span.open, 1)) return null;
  const own = attributedAs(context, quotes, index, () => true);
  if (own) return own;
  // "…the elderly.¶"The number of elderly users will increase," he said": a quotation that runs on
  // into the next paragraph is attributed where it ends.
  const next = quotes[index + 1];
  if (next && runsOnInto(context.text, span, next)) {
    const runOn = attributedAtRunOnEnd(context, quotes, index + 1);
    if (runOn) return runOn;
  }
  // "His party "instinctively" understood the "new liberal Britain" …, he said": the attribution
  // after the last quotation of a sentence covers every quotation in it.
  if (next && sharesSentence(context.text, span, next)) {
    const shared = attributedAs(context, quotes, index + 1, (attribution) => attribution.method === 'cue-after');
    if (shared) return shared;
  }
  // "Manchester City boss Kevin Keegan: "…"", else a clause the colon ends ("He was blunt: "…"").
  const labelled = personLabelled(context, labelAttribution(context.text, span), span) ?? personLabelled(context, colonLeadIn(context, span), span);
  if (labelled) return labelled;
  const viewHolder = personWhoseViewOpens(context, span);
  if (viewHolder) return viewHolder;
  const issued = statementIssuedBefore(context, span);
  if (issued) return issued;
  const answer = answerToQuestionBefore(context, span);
  if (answer) return answer;
  const owner = ownerOfWordsAfter(context, span) ?? personIntroducedAfter(context, span);
  if (owner) return owner;
  const previous = context.previous;
  // "“…,” Sjöholm says. Then, with a shrug: “…”": a lead-in that names no one gives the floor back.
  if (previous?.speaker && span.start - previous.end < CONTINUATION_REACH && isBareLeadIn(context, span)) return restated(previous.speaker, 'continuation', null);
  if (!opensSentence(context.text, span)) return subjectOfCopula(context, span) ?? previousSpeakerThinking(context, span);
  // "Shadow sports minister Lord Moynihan said the policy would … "We aim to …"": a quotation
  // opening the sentence, or the paragraph, after someone's reported speech goes on with it.
  // An answer to a question, or a question after an answer, in an exchange paragraph by paragraph.
  const turn = addressedBefore(context, span) ?? nextTurnOfExchange(context, span);
  if (turn) return turn;
  const reported = reportedSpeechBefore(context.text, span.open, true);
  const reporter = reported && reported.phraseStart >= (previous?.end ?? 0) && !isVagueAcrossParagraphs(context.text, reported, span) ? resolveAttribution(context, reported, span) : null;
  if (reporter) return reporter;
  const introduced = personIntroducedBefore(context, span) ?? unnamedSourceIntroducedBefore(context, span);
  if (introduced) return introduced;
  if (previous?.speaker && previous.end < span.start && span.start - previous.end < CONTINUATION_REACH) {
    return restated(previous.speaker, 'continuation', null);
  }
  // "…a few months ago. "Now it's basically bring it on!" said the giant winger": with nothing
  // before it to go on, a quotation reopened in its paragraph is attributed where it goes on.
  return next && reopensInParagraph(context.text, span, next) ? attributedAs(context, quotes, index + 1, () => true) : null;
}

/** An unclosed quotation that the next one reopens in the same paragraph, after a sentence. */
function reopensInParagraph(text: string, span: QuoteSpan, next: QuoteSpan): boolean {
  return span.close === null && /^ *$/.test(text.slice(span.end, next.open));
}

/** Two quotations of one sentence with words between them, not two quotations set side by side. */
function sharesSentence(text: string, span: QuoteSpan, next: QuoteSpan): boolean {
  return span.close !== null && /\p{L}/u.test(text.slice(span.close, next.open)) && sentenceStart(text, next.open) <= span.open;
}

/** The speaker of the first of a quotation's own attributions that `accepts` and that resolves to someone. */
function attributedAs(context: Context, quotes: readonly QuoteSpan[], index: number, accepts: (attribution: Attribution) => boolean): Speaker | null {
  for (const attribution of attributionsFor(context.text, quotes, index)) {
    if (!accepts(attribution)) continue;
    const speaker = resolveAttribution(context, attribution, quotes[index]);
    if (speaker) return speaker;
  }
  return null;
}

/**
 * The speaker of a quotation that runs on over paragraphs from `from`: the first of its paragraphs
 * that attributes itself ("“…¶“…¶“…,” she told Alwihda Info"), else whoever owns the words after its
 * last ("…clean.¶“The problem is the cost. …”¶That is how Lukas Hasler … sums up the situation").
 */
function attributedAtRunOnEnd(context: Context, quotes: readonly QuoteSpan[], from: number): Speaker | null {
  let last = from;
  for (;;) {
    const own = attributedAs(context, quotes, last, () => true);
    if (own) return own;
    const after = quotes[last + 1];
    if (!after || !runsOnInto(context.text, quotes[last], after)) return ownerOfWordsAfter(context, quotes[last]);
    last++;
  }
}

/** An unclosed quotation whose paragraph the next quotation follows, opening the next paragraph. */
function runsOnInto(text: string, span: QuoteSpan, next: QuoteSpan): boolean {
  return span.close === null && /^\s*\n\s*$/.test(text.slice(span.end, next.open));
}
