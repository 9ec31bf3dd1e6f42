import * as assert from 'node:assert/strict';
import { findQuotes } from '../../src/core/analysis/quotes';

const texts = (text: string) => findQuotes(text).map((quote) => quote.text);

describe('quotation finder', () => {
  it('finds straight and curly quotations, marks excluded', () => {
    assert.deepEqual(texts('"We are having productive conversations," a spokesperson said. Michael told Defense Scoop: “It should be legal.”'),
      ['We are having productive conversations,', 'It should be legal.']);
  });

  it('finds partial quotations inside a sentence', () => {
    assert.deepEqual(texts('A senior Defense official said the meeting was "not warm and fuzzy at all."'), ['not warm and fuzzy at all.']);
  });

  it('keeps nested single quotes inside a double-quoted quotation', () => {
    assert.deepEqual(texts('"He told me \'no\' twice," she said.'), ["He told me 'no' twice,"]);
  });

  it('handles a quotation running over paragraphs, reopened at each paragraph', () => {
    const text = 'Mr Clarke said: "I will be asking Parliament to renew this legislation.\n"In the meantime, we will be studying the judgement carefully."';
    assert.deepEqual(texts(text), ['I will be asking Parliament to renew this legislation.', 'In the meantime, we will be studying the judgement carefully.']);
    assert.equal(findQuotes(text)[0].close, null);
  });

  it('reopens a quotation joined onto the line of one that ends inside single quotes', () => {
    const text = '"Referees ask the player \'do you want the wall back 9.15 metres?\' "If they say \'quick\', the referee moves away," Don said.';
    assert.deepEqual(texts(text), ["Referees ask the player 'do you want the wall back 9.15 metres?'", "If they say 'quick', the referee moves away,"]);
  });

  it('opens a quotation whose mark is written straight after the sentence before, with no space', () => {
    const text = 'The crowd screamed when he arrived on the red carpet."It\'s unlike anything I\'ve ever encountered," he told the BBC.';
    assert.deepEqual(texts(text), ["It's unlike anything I've ever encountered,"]);
  });

  it('never lets an unbalanced mark swallow the rest of the article', () => {
    const text = 'He said "this never closes\nA new paragraph says "hello" plainly.\nStray” mark here and "another."';
    assert.deepEqual(texts(text), ['this never closes', 'hello', 'another.']);
  });

  it('does not take apostrophes for quotation marks', () => {
    assert.deepEqual(texts("Anthropic’s model isn't used in the ’90s style, Hegseth's aides said."), []);
  });

  it('unwraps a paragraph wrapped in quotes that contains real quotations', () => {
    const text = '"State of play: An Anthropic spokesperson said: "We are having productive conversations, in good faith." Defense officials say talks stalled."';
    assert.deepEqual(texts(text), ['We are having productive conversations, in good faith.']);
  });
});
