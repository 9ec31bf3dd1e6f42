import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument } from '../../src/core/analysis/analyze';
import type { DocumentAnalysis, Span } from '../../src/core/analysis/model';

/** Every offset the analysis reports lies inside the text and names exactly the text it claims. */
function assertWellFormed(text: string, analysis: DocumentAnalysis): void {
  const check = (span: Span) => {
    assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `span ${span.start}-${span.end} within ${text.length}`);
    assert.equal(text.slice(span.start, span.end), span.text);
  };
  for (const entity of analysis.entities) entity.mentions.forEach(check);
  for (const quote of analysis.quotes) {
    check(quote);
    if (quote.speaker?.mention) check(quote.speaker.mention);
    if (quote.speaker?.entity !== null && quote.speaker?.entity !== undefined) assert.ok(analysis.entities[quote.speaker.entity]);
  }
}

const newsAlphabet = fc.constantFrom('"', '“', '”', "'", '’', ' ', ' ', '\n', '.', ',', ':', '-', '(', ')', 'said', 'told', 'he', 'she',
  'Hegseth', 'Mr', 'Pete', 'Anthropic', 'CEO', 'Defense', 'Secretary', 'of', 'the', 'a', 'official', 'DoD', 'Axios', 'according to',
  'Ministry', 'Department', 'and the', 'Environment', 'Council', 'Provincia', 'autonoma', 'di', 'Button', 'was',
  'שלום', 'مرحبا', '😀', '👩‍👩‍👧', '\u0000', '\r', '\t', 'ﬁ', 'İ', 'ß');

describe('analysis robustness', () => {
  it('never throws and always yields in-range offsets on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => assertWellFormed(text, analyzeDocument(text))), { numRuns: 500 });
  });

  it('handles news-like token soup: unbalanced quotes, RTL text, emoji', () => {
    fc.assert(fc.property(fc.array(newsAlphabet, { maxLength: 300 }).map((parts) => parts.join(' ')), (text) => assertWellFormed(text, analyzeDocument(text))), { numRuns: 500 });
  });

  it('handles random bytes decoded as UTF-8', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      const text = new TextDecoder().decode(bytes);
      assertWellFormed(text, analyzeDocument(text));
    }), { numRuns: 300 });
  });

  it('analyses a 5 MB single-line article with unbalanced quotes', () => {
    const sentence = 'Defense Secretary Pete Hegseth told Axios "we will not back down, and Anthropic’s CEO Dario Amodei said “no” again. ';
    const text = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
    const analysis = analyzeDocument(text);
    assertWellFormed(text, analysis);
    assert.ok(analysis.entities.some((entity) => entity.name === 'Pete Hegseth'));
  });

  it('reads very long runs of capitalised words in linear time', () => {
    // Each of these once cost the length of the run at every word: a run ending in a party, a run
    // of function words before a known name, and a run joined by "and" and "of"; and a dash before
    // a capitalised word once searched back through the whole line for a dateline.
    for (const text of ['Xyzzy '.repeat(200_000) + 'Democrat.', 'The '.repeat(200_000) + 'Pentagon said.', 'Department of Xyzzy and '.repeat(50_000) + 'Pensions.', 'Xyzzy — '.repeat(200_000)]) {
      assertWellFormed(text, analyzeDocument(text));
    }
  });

  it('analyses a 2 MB single line of quotations after colons without a comma, in linear time', () => {
    // Each quotation's colon lead-in once searched back for a comma through the whole text.
    const sentence = 'Smith was blunt: "No way" and then ';
    const text = sentence.repeat(Math.ceil(2_000_000 / sentence.length));
    const analysis = analyzeDocument(text);
    assertWellFormed(text, analysis);
    assert.equal(analysis.quotes.length, Math.ceil(2_000_000 / sentence.length));
  });

  it('analyses a ministry or a department named alone before "and the" ("Officials from the Ministry and the Environment Agency met")', () => {
    const text = 'Officials from the Ministry and the Environment Agency met on Monday. The Department and the Regions disagreed.';
    assertWellFormed(text, analyzeDocument(text));
  });
});
