import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/analysis/analyze';
import type { Quote } from '../../src/core/analysis/model';

function quoteOf(text: string, words: string): Quote {
  const quote = analyzeDocument(text).quotes.find((candidate) => candidate.text.includes(words));
  assert.ok(quote, `a quotation containing "${words}"`);
  return quote;
}

describe('speaker attribution', () => {
  it('uses a cue verb after the quotation', () => {
    const speaker = quoteOf('Defense Secretary Pete Hegseth arrived. "We will not back down," Hegseth said.', 'back down').speaker;
    assert.equal(speaker?.name, 'Pete Hegseth');
    assert.equal(speaker?.mention?.text, 'Hegseth');
    assert.equal(speaker?.method, 'cue-after');
  });

  it('uses a cue verb and a colon before the quotation', () => {
    const speaker = quoteOf('Home Secretary Charles Clarke spoke. Mr Clarke said: "I will be asking Parliament to renew this legislation."', 'renew').speaker;
    assert.equal(speaker?.name, 'Charles Clarke');
    assert.equal(speaker?.method, 'cue-before');
  });

  it('keeps an unnamed source as written, and the outlet after "told" is not the speaker', () => {
    const speaker = quoteOf('Anthropic met the Pentagon. "The problem for these guys is they are that good," a Defense official told Axios ahead of the meeting.', 'that good').speaker;
    assert.equal(speaker?.name, 'a Defense official');
    assert.equal(speaker?.unnamed, true);
    assert.equal(speaker?.entity, null);
  });

  it('links an unnamed spokesperson to the organisation', () => {
    const text = 'Anthropic held talks. "During the conversation, Dario expressed appreciation," an Anthropic spokesperson said.';
    const analysis = analyzeDocument(text);
    const speaker = analysis.quotes[0].speaker;
    assert.equal(speaker?.name, 'an Anthropic spokesperson');
    assert.equal(speaker && speaker.organization !== null ? analysis.entities[speaker.organization].name : null, 'Anthropic');
  });

  it('keeps a qualifier that belongs to an unnamed source', () => {
    const speaker = quoteOf('Claude leads. One source familiar with the discussions said that Gemini was "a potential replacement."', 'replacement').speaker;
    assert.equal(speaker?.name, 'One source familiar with the discussions');
  });

  it('resolves "he" to the right person', () => {
    const text = 'Mary Robinson spoke to reporters. Home Secretary Charles Clarke disagreed. "We will study the judgement," he added.';
    const speaker = quoteOf(text, 'study the judgement').speaker;
    assert.equal(speaker?.name, 'Charles Clarke');
    assert.equal(speaker?.method, 'pronoun');
    assert.equal(speaker?.mention?.text, 'he');
  });

  it('resolves "she" past a man named more recently', () => {
    const text = 'Mary Robinson said the ruling was important. Charles Clarke was in office. "It would be very troubling," she said.';
    assert.equal(quoteOf(text, 'troubling').speaker?.name, 'Mary Robinson');
  });

  it('continues the last speaker for a quotation with no cue that opens a paragraph', () => {
    const text = 'Anthropic spoke.\n- "During the conversation, Dario thanked the Secretary," an Anthropic spokesperson said.\n- "We continued good-faith conversations about our usage policy."';
    const speaker = quoteOf(text, 'good-faith').speaker;
    assert.equal(speaker?.name, 'an Anthropic spokesperson');
    assert.equal(speaker?.method, 'continuation');
  });

  it('uses "according to"', () => {
    const speaker = quoteOf('Officials were "deeply concerned", according to a senior administration official.', 'deeply concerned').speaker;
    assert.equal(speaker?.name, 'a senior administration official');
    assert.equal(speaker?.method, 'according-to');
  });

  it('attributes both halves of a quotation split by its attribution', () => {
    const text = 'Mr Clarke was asked. "We will act," Mr Clarke said, "but not today."';
    const quotes = analyzeDocument(text).quotes;
    assert.deepEqual(quotes.map((quote) => quote.speaker?.name), ['Clarke', 'Clarke']);
  });

  it('leaves a scare quote with no speaker unattributed', () => {
    assert.equal(quoteOf('The Pentagon may declare the company a "supply chain risk" within days.', 'supply chain').speaker, null);
  });
});
