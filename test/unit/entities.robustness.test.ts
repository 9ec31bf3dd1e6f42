import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractEntities } from '../../src/core/analysis/entities';

/**
 * Entity recognition runs on whatever the editor opens: it must never throw, and every mention
 * must be the exact text at its offsets, mentions of different entities never overlapping.
 */
function assertWellFormed(text: string): void {
  const entities = extractEntities(text);
  const spans: Array<{ start: number; end: number }> = [];
  entities.forEach((entity, index) => {
    assert.equal(entity.key, index);
    assert.ok(entity.name.length > 0);
    assert.ok(entity.aliases.length > 0 && entity.mentions.length > 0);
    for (const [i, mention] of entity.mentions.entries()) {
      assert.ok(mention.start >= 0 && mention.start < mention.end && mention.end <= text.length, `span ${mention.start}-${mention.end} within ${text.length}`);
      assert.equal(text.slice(mention.start, mention.end), mention.text);
      if (i > 0) assert.ok(entity.mentions[i - 1].start <= mention.start, 'mentions in text order');
      spans.push(mention);
    }
  });
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].end <= spans[i].start, `mentions ${spans[i - 1].start}-${spans[i - 1].end} and ${spans[i].start}-${spans[i].end} overlap`);
}

const newsTokens = fc.constantFrom('"', '“', '”', "'", '’', '’s', ' ', ' ', '\n', '.', ',', ':', '-', '(', ')', 'said', 'he', 'she', 'of', 'the', 'and', 'for',
  'Hegseth', 'Mr', 'Mr.', 'Pete', 'Anthropic', 'CEO', 'Defense', 'Secretary', 'Department', 'DoD', 'U.S.', 'xAI', 'Jean-Claude', "O'Brien", 'Act', 'Euro 2004',
  'Why it matters:', '(now', 'formerly the', 'which was renamed', 'Gives', 'Until', 'Friday',
  'שלום', 'مرحبا', '😀', '👩‍👩‍👧', '\u0000', '\r', '\t', 'ﬁ', 'İ', 'ß', '\u200f', '\ud800');

describe('entities: robustness on arbitrary text', () => {
  it('never throws and reports exact, non-overlapping mentions on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 500 }), assertWellFormed), { numRuns: 500 });
  });

  it('handles news-like token soup: titles, acronyms, unbalanced quotes, RTL, emoji and lone surrogates', () => {
    fc.assert(fc.property(fc.array(newsTokens, { maxLength: 300 }).map((parts) => parts.join(' ')), assertWellFormed), { numRuns: 500 });
  });

  it('handles random bytes decoded as UTF-8', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => assertWellFormed(new TextDecoder().decode(bytes))), { numRuns: 300 });
  });

  it('handles a 5 MB single-line article', () => {
    const sentence = 'Defense Secretary Pete Hegseth told Axios "we will not back down," and Anthropic’s CEO Dario Amodei said “no” again (DoD). ';
    const text = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
    assertWellFormed(text);
    assert.ok(extractEntities(text).some((entity) => entity.name === 'Pete Hegseth'));
  });

  it('handles degenerate input built to defeat a scanner: one endless name, connector chains, dotted acronyms, a huge Title Case line', () => {
    assertWellFormed('Aaa '.repeat(200_000));
    assertWellFormed('Department of '.repeat(100_000));
    assertWellFormed('A.'.repeat(200_000));
    assertWellFormed(`${'Gives Until Friday Back Down '.repeat(40_000)}\nThe body gives nothing back.`);
    assertWellFormed("O'-'".repeat(100_000));
    assertWellFormed(`Anthropic${', which the administration renamed the'.repeat(20_000)} Department of War`);
  });
});
