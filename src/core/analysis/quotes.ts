/**
 * Finds quotations in straight and curly double quotes. Works paragraph by paragraph, so an
 * unbalanced mark can never swallow the rest of the article: an unclosed quotation ends with its
 * paragraph (the newspaper convention for quotes running over several paragraphs), and a stray
 * closing mark is ignored.
 */

export interface QuoteSpan {
  /** Start of the quoted words, after the opening mark. */
  start: number;
  /** End of the quoted words, before the closing mark (or the paragraph's end if unclosed). */
  end: number;
  text: string;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quotation runs to the end of its paragraph. */
  close: number | null;
}

const STRAIGHT = 0x22;
const LEFT_CURLY = 0x201c;
const RIGHT_CURLY = 0x201d;

export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  const marks = markOffsets(text);
  // Paragraph by paragraph, visiting only those with a mark.
  for (let first = 0; first < marks.length;) {
    const paragraphStart = text.lastIndexOf('\n', marks[first]) + 1;
    const newline = text.indexOf('\n', marks[first]);
    const paragraphEnd = newline < 0 ? text.length : newline;
    let last = first + 1;
    while (last < marks.length && marks[last] < paragraphEnd) last++;
    quotesInParagraph(text, paragraphStart, paragraphEnd, marks.slice(first, last), quotes);
    first = last;
  }
  return quotes;
}

/** The offsets of every quotation mark, in order: one `indexOf` walk per mark is far faster than testing each character. */
function markOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (const mark of MARKS) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) offsets.push(at);
  }
  return offsets.sort((a, b) => a - b);
}

const MARKS = [STRAIGHT, LEFT_CURLY, RIGHT_CURLY].map((code) => String.fromCharCode(code));

/** The quotations of the paragraph from `from` to `to`, given the offsets of its quotation marks. */
function quotesInParagraph(text: string, from: number, to: number, marks: number[], quotes: QuoteSpan[]): void {
  const inner = withoutWrapper(text, from, to, marks);
  let open: number | undefined;
  for (const mark of inner) {
    const opening = isOpening(text, mark, open !== undefined);
    if (open === undefined) {
      if (opening) open = mark;
    } else if (opening && reopensAfterSentence(text, mark)) {
      // Paragraphs run together: "…feeling. "I have to wait…" reopens without closing first.
      push(text, quotes, open, null, mark);
      open = mark;
    } else if (!opening || text.charCodeAt(mark) === STRAIGHT) {
      push(text, quotes, open, mark);
      open = undefined;
    }
  }
  if (open !== undefined) push(text, quotes, open, null, to);
}

/**
 * Some scraped articles wrap whole paragraphs in straight quotes that also contain real
 * quotations ("State of play: … said: "We are …" Defense officials say …"). When a paragraph
 * starts and ends with a straight mark and holds other marks, the outer pair is a wrapper.
 */
function withoutWrapper(text: string, from: number, to: number, marks: number[]): number[] {
  if (marks.length < 3) return marks;
  const first = marks[0];
  const last = marks[marks.length - 1];
  const startsParagraph = text.slice(from, first).trim() === '';
  const endsParagraph = text.slice(last + 1, to).trim() === '';
  if (!startsParagraph || !endsParagraph || text.charCodeAt(first) !== STRAIGHT || text.charCodeAt(last) !== STRAIGHT) return marks;
  // In a wrapper the second mark opens a quotation inside it (`said: "We…`); in an ordinary
  // paragraph of quotes it closes the first (`…issue," he added`) or reopens after a sentence.
  const second = marks[1];
  return isOpening(text, second, true) && !reopensAfterSentence(text, second) ? marks.slice(1, -1) : marks;
}

/**
 * A straight mark opens when it follows the start, a space, a bracket or a dash, or, outside a
 * quotation, when a sentence's end runs straight into its first word ("…the red carpet."It's
 * unlike…"); a curly mark says what it is.
 */
function isOpening(text: string, mark: number, insideQuote: boolean): boolean {
  const code = text.charCodeAt(mark);
  if (code === LEFT_CURLY) return true;
  if (code === RIGHT_CURLY) return false;
  const before = mark === 0 ? ' ' : text[mark - 1];
  const after = mark + 1 < text.length ? text[mark + 1] : ' ';
  if (/[\s([{\u2014\u2013/-]/.test(before) || mark === 0) return !(insideQuote && /[\s,.;:!?)]/.test(after));
  return !insideQuote && /[.!?:;]/.test(before) && /[\p{Lu}\d]/u.test(after);
}

/**
 * An opening mark right after a finished sentence, as when quoted paragraphs were joined into one
 * line; the sentence may end inside single quotes ("…the wall back?' "If they say…").
 */
function reopensAfterSentence(text: string, mark: number): boolean {
  return /[.!?…]['’]? $/.test(text.slice(Math.max(0, mark - 3), mark)) && /^[\p{Lu}\d'‘]/u.test(text.slice(mark + 1, mark + 2));
}

function push(text: string, quotes: QuoteSpan[], open: number, close: number | null, paragraphEnd = close ?? open): void {
  const start = open + 1;
  let end = close ?? paragraphEnd;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return;
  quotes.push({ start, end, text: text.slice(start, end), open, close });
}
