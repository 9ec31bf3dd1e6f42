import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, countSources } from '../../src/core/analysis/analyze';
import type { DocumentAnalysis, Quote } from '../../src/core/analysis/model';

const REPO = path.resolve(__dirname, '..', '..');
const read = (relative: string) => fs.readFileSync(path.join(REPO, relative), 'utf8');

function quoteOf(analysis: DocumentAnalysis, words: string): Quote {
  const quote = analysis.quotes.find((candidate) => candidate.text.includes(words));
  assert.ok(quote, `a quotation containing "${words}"`);
  return quote;
}

const organizationOf = (analysis: DocumentAnalysis, quote: Quote) =>
  quote.speaker?.organization === null || quote.speaker?.organization === undefined ? null : analysis.entities[quote.speaker.organization].name;

describe('analyzeDocument end to end: sample 001 (Axios, Hegseth and Anthropic)', () => {
  const text = read('samples/001_cf0d6f1ff3d568a0.txt');
  const analysis = analyzeDocument(text);

  it('attributes the partial quote "not warm and fuzzy at all" to the senior Defense official, linked to the Pentagon', () => {
    const quote = quoteOf(analysis, 'not warm and fuzzy at all');
    assert.equal(quote.speaker?.name, 'A senior Defense official');
    assert.equal(quote.speaker?.unnamed, true);
    assert.equal(organizationOf(analysis, quote), 'Pentagon');
  });

  it('attributes "During the conversation, …" to the Anthropic spokesperson after it, and the next paragraph continues them', () => {
    const first = quoteOf(analysis, 'During the conversation');
    assert.equal(first.speaker?.name, 'an Anthropic spokesperson');
    assert.equal(first.speaker?.method, 'cue-after');
    assert.equal(organizationOf(analysis, first), 'Anthropic');
    const next = quoteOf(analysis, 'We continued good-faith conversations');
    assert.equal(next.speaker?.name, 'an Anthropic spokesperson');
    assert.equal(next.speaker?.method, 'continuation');
  });

  it('attributes the scare quote "supply chain risk" to Hegseth, and leaves "all lawful purposes" unattributed', () => {
    assert.equal(quoteOf(analysis, 'supply chain risk').speaker?.name, 'Pete Hegseth');
    assert.equal(quoteOf(analysis, 'all lawful purposes').speaker, null);
  });

  it('keeps "Another source" as written and cites Axios once', () => {
    assert.equal(quoteOf(analysis, 'cordial').speaker?.name, 'Another source');
    assert.deepEqual(analysis.outlets, ['Axios']);
  });

  it('counts one named speaker and four distinct unnamed sources', () => {
    assert.deepEqual(analysis.sources, { named: 1, unnamed: 4 });
  });

  it('reports every quotation with its exact words and offsets, marks excluded', () => {
    for (const quote of analysis.quotes) {
      assert.equal(text.slice(quote.start, quote.end), quote.text);
      assert.match(text[quote.start - 1], /["“]/);
    }
  });
});

describe('analyzeDocument end to end: sample 000 (paragraphs wrapped in quotes by a scraper)', () => {
  const analysis = analyzeDocument(read('samples/000_fa1d8570ce7fa1fb.txt'));

  it('finds the quotations inside a wrapped paragraph instead of the paragraph itself', () => {
    const quote = quoteOf(analysis, 'We are having productive conversations');
    assert.ok(!quote.text.includes('State of play'));
    assert.equal(quote.speaker?.name, 'An Anthropic spokesperson');
  });

  it('counts "An Anthropic spokesperson" and the later "the spokesperson" as one unnamed source, and the Pentagon that "has demanded" a term as named', () => {
    assert.deepEqual(analysis.sources, { named: 1, unnamed: 2 });
    assert.equal(quoteOf(analysis, 'all lawful uses').speaker?.entity !== null, true);
  });

  it('attributes "the spokesperson said" to the Anthropic spokesperson quoted before, and so to Anthropic', () => {
    const quote = quoteOf(analysis, 'is committed to using frontier AI');
    assert.equal(quote.speaker?.name, 'An Anthropic spokesperson');
    assert.equal(quote.speaker?.mention?.text, 'the spokesperson');
    assert.equal(organizationOf(analysis, quote), 'Anthropic');
  });
});

describe('analyzeDocument end to end: BBC articles', () => {
  it('follows Agassi through a description, pronouns and quotations joined into one paragraph', () => {
    const analysis = analyzeDocument(read('test/fixtures/bbc/sport-agassi-fear-for-melbourne.txt'));
    const described = quoteOf(analysis, 'My hip was cramping');
    assert.equal(described.speaker?.name, 'Andre Agassi');
    assert.equal(described.speaker?.mention?.text, 'the 34-year-old');
    assert.equal(quoteOf(analysis, 'The good news is').speaker?.mention?.text, 'he');
    const joined = quoteOf(analysis, 'I have to wait and see');
    assert.equal(joined.speaker?.name, 'Andre Agassi');
    assert.equal(joined.speaker?.method, 'continuation');
    assert.deepEqual(analysis.sources, { named: 1, unnamed: 0 });
  });

  it('attributes the firm\'s statement in the Shell article to Shell through "the firm"', () => {
    const analysis = analyzeDocument(read('test/fixtures/bbc/business-1m-payoff-for-former-shell-boss.txt'));
    const statement = quoteOf(analysis, 'by mutual agreement');
    assert.equal(statement.speaker?.name, 'Shell');
    assert.equal(statement.speaker?.mention?.text, 'the firm');
  });

  it('attributes each of Blair and Grieve\'s quotations in a political story', () => {
    const analysis = analyzeDocument(read('test/fixtures/bbc/politics-blair-s-hope-for-blunkett-return.txt'));
    assert.equal(quoteOf(analysis, 'without a stain on his character').speaker?.name, 'Tony Blair');
    assert.equal(quoteOf(analysis, 'I know David very well').speaker?.name, 'Tony Blair');
    assert.equal(quoteOf(analysis, 'scandalous').speaker?.name, 'Dominic Grieve');
    assert.equal(quoteOf(analysis, 'praetorian guard').speaker?.name, "Martin O'Neill");
  });
});

describe('source counts', () => {
  const sourcesOf = (text: string) => countSources(analyzeDocument(text).quotes);

  it('counts a named speaker once however the article refers to them', () => {
    assert.deepEqual(sourcesOf('Pete Hegseth arrived. "We will act," Hegseth said. "Not today," he added.'), { named: 1, unnamed: 0 });
  });

  it('counts "another" official as a second source and "the" official as the first one again', () => {
    const text = '"Not today," a Defense official said. "Maybe," another Defense official said. "Soon," the Defense official added.';
    assert.deepEqual(sourcesOf(text), { named: 0, unnamed: 2 });
  });

  it('does not merge a definite source with an earlier one of another noun', () => {
    const text = '"It was cordial," one source said. "It was tense," the spokesperson said.';
    assert.deepEqual(sourcesOf(text), { named: 0, unnamed: 2 });
  });
});
