import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuotes, type QuoteSpan } from '../../src/core/analysis/quotes';

const MARKS = new Set(['"', '“', '”']);

/** Every span names its own words, between a real opening mark and its closing mark (or the paragraph's end). */
function assertWellFormed(text: string, quotes: QuoteSpan[]): void {
  let previousEnd = -1;
  for (const quote of quotes) {
    assert.ok(quote.open >= 0 && quote.open < quote.start && quote.start < quote.end && quote.end <= text.length);
    assert.equal(text.slice(quote.start, quote.end), quote.text);
    assert.ok(MARKS.has(text[quote.open]), `opening mark at ${quote.open}`);
    if (quote.close !== null) {
      assert.ok(quote.close >= quote.end && MARKS.has(text[quote.close]), `closing mark at ${quote.close}`);
    }
    assert.ok(!text.slice(quote.start, quote.end).includes('\n'), 'a quotation never crosses a paragraph');
    assert.ok(quote.open >= previousEnd, 'quotations are in order and do not overlap');
    previousEnd = quote.end;
  }
}

const prose = fc.array(fc.constantFrom('"', '“', '”', "'", '’', '‘', ' ', ' ', ' ', '.', ',', ':', 'said', 'He', 'the', 'don', 't', 's', '90s',
  'Anthropic', 'שלום', '😀', '\u200f', '(', '—'), { maxLength: 60 }).map((parts) => parts.join(''));

describe('quotation finder: properties', () => {
  it('gives well-formed spans on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => assertWellFormed(text, findQuotes(text))), { numRuns: 1000 });
  });

  it('gives well-formed spans on quote-heavy prose with RTL text and emoji', () => {
    fc.assert(fc.property(fc.array(prose, { maxLength: 8 }).map((lines) => lines.join('\n')), (text) => assertWellFormed(text, findQuotes(text))), { numRuns: 1000 });
  });

  it('never takes apostrophes or single quotes for quotation marks', () => {
    const noDoubleMarks = fc.array(fc.constantFrom("'", '’', '‘', ' ', 'don', 't', 'Anthropic', 's', '90s', 'no', '.'), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(fc.property(noDoubleMarks, (text) => assert.deepEqual(findQuotes(text), [])), { numRuns: 500 });
  });

  it('keeps an unbalanced mark inside its paragraph: each paragraph reads the same alone as in the article', () => {
    fc.assert(fc.property(fc.array(prose, { minLength: 1, maxLength: 6 }), (paragraphs) => {
      const text = paragraphs.join('\n');
      let offset = 0;
      const alone = paragraphs.flatMap((paragraph) => {
        const shift = offset;
        offset += paragraph.length + 1;
        return findQuotes(paragraph).map((quote) => ({ ...quote, start: quote.start + shift, end: quote.end + shift, open: quote.open + shift, close: quote.close === null ? null : quote.close + shift }));
      });
      assert.deepEqual(findQuotes(text), alone);
    }), { numRuns: 500 });
  });

  it('reads a 5 MB single line of unbalanced quotations', () => {
    const sentence = 'Hegseth told Axios "we will not back down, and Anthropic’s CEO said “no” again. ';
    const repeats = Math.ceil(5_000_000 / sentence.length);
    const text = sentence.repeat(repeats);
    const quotes = findQuotes(text);
    assertWellFormed(text, quotes);
    // Each sentence's straight mark opens a quotation that its curly closing mark ends.
    assert.equal(quotes.length, repeats);
  });
});

describe('quotation finder: constructions', () => {
  it('gives both halves of a quotation split by its attribution', () => {
    assert.deepEqual(findQuotes('"We will act," Mr Clarke said, "but not today."').map((quote) => quote.text), ['We will act,', 'but not today.']);
  });

  it('reopens quoted paragraphs that a feed joined into one line', () => {
    const text = 'McClaren said: "Stewart has tweaked a hamstring, which is a blow for us. We will assess it in the morning. "But I\'m delighted with the match result."';
    const quotes = findQuotes(text);
    assert.deepEqual(quotes.map((quote) => quote.text), ['Stewart has tweaked a hamstring, which is a blow for us. We will assess it in the morning.', "But I'm delighted with the match result."]);
    assert.equal(quotes[0].close, null);
  });

  it('reads a straight mark after a bracket or a dash as opening', () => {
    assert.deepEqual(findQuotes('Franz Ferdinand - "perhaps the two most important bands since the millennium" - were signed to indies ("small labels").').map((quote) => quote.text),
      ['perhaps the two most important bands since the millennium', 'small labels']);
  });
});
