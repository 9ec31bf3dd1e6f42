import * as assert from 'node:assert/strict';
import { canonicalForm } from '../../src/core/text/names';
import { firstPronounAfter } from '../../src/core/text/pronouns';
import { isAbbreviationStop, LowerCaseLookup, lowerCaseWordsBefore, scanWords, startsSentence, wordAfter, wordBefore } from '../../src/core/text/words';

const texts = (text: string) => scanWords(text).map((word) => word.text);

describe('text: word scanner', () => {
  it('keeps capitalised words, digit-first words and mixed-case brands, and skips lower-case words', () => {
    assert.deepEqual(
      texts('Elon Musk’s xAI signed a deal, while eBay sold 3G phones and the iPod outsold them.'),
      ['Elon', 'Musk’s', 'xAI', 'eBay', '3G', 'iPod'],
    );
  });

  it('keeps hyphens, apostrophes and ampersands inside a word, and dotted acronyms whole', () => {
    assert.deepEqual(
      texts("Jean-Claude Juncker met Conor O'Brien of AT&T in the U.S. on Friday."),
      ['Jean-Claude', 'Juncker', 'Conor', "O'Brien", 'AT&T', 'U.S.', 'Friday'],
    );
  });

  it('gives offsets that slice back to the word', () => {
    const text = 'Dario Amodei, Anthropic’s CEO — said “no”.';
    for (const word of scanWords(text)) assert.equal(text.slice(word.start, word.end), word.text);
  });

  it('marks the first word of a sentence, a line, a quotation or a label', () => {
    const text = 'The Pentagon said. "Anthropic is willing," he said.\nOfficials met Hegseth.\nWhy it matters: Claude is used.';
    const starts = scanWords(text).filter((word) => word.sentenceStart).map((word) => word.text);
    assert.deepEqual(starts, ['The', 'Anthropic', 'Officials', 'Why', 'Claude']);
    assert.equal(startsSentence(text, text.indexOf('Pentagon')), false);
  });

  it('opens a sentence after a quotation that closed its own ("“It is an ending.” Standing in front of the old forge"), not after one closed mid-sentence', () => {
    const text = 'THIERS. “It is an ending.” Standing in front of the old forge, he spoke. She called it “a beginning” Monday.';
    assert.equal(startsSentence(text, text.indexOf('Standing')), true);
    assert.equal(startsSentence(text, text.indexOf('Monday')), false);
  });

  it('ends no sentence at a time\'s "a.m." or "p.m." before a lower-case word, but does before a capital', () => {
    assert.equal(isAbbreviationStop('at around 2 a.m. but had thought nothing of it', 'at around 2 a.m'.length), true);
    assert.equal(isAbbreviationStop('It closed at 3 p.m. The doors stayed shut.', 'It closed at 3 p.m'.length), false);
  });

  it('tells a Title Case headline from a sentence-case headline and from a list of names', () => {
    const text = [
      'Hegseth Gives Anthropic CEO Until Friday To Back Down',
      'Scoop: Hegseth to meet Anthropic CEO as Pentagon threatens banishment',
      'Almunia, Lauren, Toure, Campbell, Cole, Pires, Flamini, Vieira, Clichy.',
    ].join('\n');
    const headline = scanWords(text).filter((word) => word.inTitleCaseLine).map((word) => word.text);
    assert.deepEqual(headline, ['Hegseth', 'Gives', 'Anthropic', 'CEO', 'Until', 'Friday', 'To', 'Back', 'Down']);
  });
});

describe('text: context around a name', () => {
  const text = 'The AI firm Anthropic’s spokesperson said its model, Claude, was used by chief spokesperson Sean Parnell.';

  it('reads the word before a name and whether a comma separates them', () => {
    assert.deepEqual(wordBefore(text, text.indexOf('Anthropic')), { word: 'firm', comma: false });
    assert.deepEqual(wordBefore(text, text.indexOf('Claude')), { word: 'model', comma: true });
    assert.equal(wordBefore(text, 0), undefined);
  });

  it('reads the word after a name, past a possessive', () => {
    assert.equal(wordAfter(text, text.indexOf('Anthropic') + 'Anthropic'.length), 'spokesperson');
    assert.equal(wordAfter(text, text.indexOf('Claude') + 'Claude'.length), undefined, 'a comma is not a space');
  });

  it('collects the lower-case words of a title written before a name, stopping at anything else', () => {
    assert.deepEqual(lowerCaseWordsBefore(text, text.indexOf('Sean'), 3), ['by', 'chief', 'spokesperson']);
    const quoted = 'He said “top official Ann Lee” had left.';
    assert.deepEqual(lowerCaseWordsBefore(quoted, quoted.indexOf('Ann'), 3), ['official'], 'an opening quotation mark ends the phrase');
  });

  it('answers whether the article writes a word in lower case anywhere', () => {
    const article = 'Officials met on Tuesday. The officials said the Defense Production Act applies.';
    const lookup = new LowerCaseLookup(article);
    assert.equal(lookup.has('officials'), true);
    assert.equal(lookup.has('defense'), false);
    assert.equal(lookup.has('applie'), false, 'a part of a word is not the word');
  });

  it('answers the same after switching to a full scan for long documents', () => {
    const article = `${'The officials met. '.repeat(50)}Lower words: ${Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ')}.`;
    const lookup = new LowerCaseLookup(article);
    for (let i = 0; i < 60; i++) assert.equal(lookup.has(`w${i}`), true);
    assert.equal(lookup.has('officials'), true);
    assert.equal(lookup.has('pentagon'), false);
  });
});

describe('text: full stops of abbreviations', () => {
  const stopAfter = (text: string, before: string) => isAbbreviationStop(text, text.indexOf(before) + before.length);

  it('reads titles, honorifics and initials as abbreviations', () => {
    assert.ok(stopAfter('"No," said Sen. Chuck Schumer.', 'Sen'));
    assert.ok(stopAfter('Lt. Gen. Mark Smith spoke.', 'Lt'));
    assert.ok(stopAfter('George W. Bush said so.', 'W'));
    assert.ok(stopAfter('The U.S. District Court ruled.', 'U.S'));
    assert.ok(!stopAfter('He said no. Then he left.', 'no'));
    assert.ok(!stopAfter('It came from Gen. Z voters.', 'voters'));
  });

  it('ends the sentence at an initial followed by a new one', () => {
    assert.ok(!stopAfter('They made Malcolm X. Attallah Shabazz, his daughter, spoke.', 'Malcolm X'));
    assert.ok(!stopAfter('Sales fell in the U.S. The company blamed the weather.', 'U.S'));
  });

  it('reads a firm\'s abbreviated suffix as no sentence end before a lower-case word, but as one before a new sentence', () => {
    assert.ok(stopAfter('Brendan Loughlin of Fenwick Marlowe & Co. was more forgiving.', 'Co'));
    assert.ok(!stopAfter('He joined Fenwick Marlowe & Co. The firm grew.', 'Co'));
  });
});

describe('text: name forms', () => {
  it('writes "X Department" and "X Ministry" as "Department of X", and leaves other names alone', () => {
    assert.equal(canonicalForm('defense department'), 'department of defense');
    assert.equal(canonicalForm('defence ministry'), 'ministry of defence');
    assert.equal(canonicalForm('department of defense'), 'department of defense');
    assert.equal(canonicalForm('home office'), 'home office');
    assert.equal(canonicalForm('us state department'), 'us state department', 'only two-word names are turned round');
  });

  it('reads a site by its name without its web domain: "amazon.com" is "amazon"', () => {
    assert.equal(canonicalForm('amazon.com'), 'amazon');
    assert.equal(canonicalForm('jolt.co.uk'), 'jolt');
    assert.equal(canonicalForm('u.s.'), 'united states');
  });

  it('gives the short forms of a few countries and bodies their full name', () => {
    assert.equal(canonicalForm('u.s.'), 'united states');
    assert.equal(canonicalForm('america'), 'united states');
    assert.equal(canonicalForm('britain'), 'united kingdom');
    assert.equal(canonicalForm('dod'), 'department of defense');
    assert.equal(canonicalForm('who'), 'who', 'a short form that is also a word is left alone');
  });
});

describe('text: the pronoun after a name', () => {
  it('reads the first "he", "she" or "its" after a name, but none inside a quotation, which is its speaker\'s words about others', () => {
    const knows = 'Dervla O\'Keeffe is standing in a corridor, and she knows their names.';
    assert.equal(firstPronounAfter(knows, knows.indexOf(' is')), 'female');
    const winces = 'Asked about that night, Dervla winces. “He doesn\'t need his mother fixing things for him,” she says.';
    assert.equal(firstPronounAfter(winces, winces.indexOf(' winces')), undefined);
  });
});
