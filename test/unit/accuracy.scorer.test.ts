import * as assert from 'node:assert/strict';
import type { DocumentAnalysis, EntityType, LocalEntity, Quote, Speaker } from '../../src/core/analysis/model';
import { checkGold, Gold, goldMentions } from '../support/gold';
import { f1, scoreEntities, scoreSpeakers } from '../support/scorer';

/**
 * The scorer itself, on hand-built analyses of one news paragraph, so that the accuracy figures
 * mean what test/support/scorer.ts says they mean.
 */
const TEXT = 'Tony Blair told the BBC: "We will win." A Labour spokesman said the party was "confident". Mr Blair added: "The fight goes on."';

function spanOf(words: string, occurrence = 1): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i < occurrence; i++) start = TEXT.indexOf(words, start + 1);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length, text: words };
}

function entity(key: number, name: string, type: EntityType, mentions: Array<[string, number?]>): LocalEntity {
  return { key, name, type, aliases: [...new Set(mentions.map(([words]) => words))], roles: [], mentions: mentions.map(([words, occurrence]) => spanOf(words, occurrence)), equivalents: [] };
}

function quote(words: string, speaker: Partial<Speaker> & { name: string } | null): Quote {
  const span = spanOf(words);
  return {
    ...span,
    speaker: speaker && { entity: null, mention: null, unnamed: false, organization: null, method: 'cue-before', cue: 'said', ...speaker },
  };
}

function analysis(entities: LocalEntity[], quotes: Quote[]): DocumentAnalysis {
  return { entities, quotes, outlets: [], sources: { named: 0, unnamed: 0 } };
}

const GOLD: Gold = {
  article: 'inline',
  entities: [
    { name: 'Tony Blair', type: 'person', forms: ['Tony Blair', 'Blair'] },
    { name: 'BBC', type: 'organization', forms: ['BBC'] },
    { name: 'Labour', type: 'organization', forms: ['Labour'] },
  ],
  quotes: [
    { text: 'We will win.', speaker: 'Tony Blair' },
    { text: 'confident', speaker: 'A Labour spokesman|the spokesman' },
    { text: 'The fight goes on.', speaker: 'Tony Blair' },
  ],
};

const BLAIR = entity(0, 'Tony Blair', 'person', [['Tony Blair'], ['Blair', 2]]);
const BBC = entity(1, 'BBC', 'organization', [['BBC']]);
const LABOUR = entity(2, 'Labour', 'organization', [['Labour']]);

describe('the accuracy scorer', () => {
  it('finds gold mentions from the forms, longest first, whole words only', () => {
    const mentions = goldMentions(TEXT, GOLD).map(({ start, end, entity: index }) => `${TEXT.slice(start, end)}:${index}`);
    assert.deepEqual(mentions, ['Tony Blair:0', 'BBC:1', 'Labour:2', 'Blair:0']);
  });

  it('gives a perfect analysis F1 1 for entities and speakers', () => {
    const perfect = analysis([BLAIR, BBC, LABOUR], [
      quote('We will win.', { name: 'Tony Blair', entity: 0 }),
      quote('confident', { name: 'A Labour spokesman', unnamed: true }),
      quote('The fight goes on.', { name: 'Tony Blair', entity: 0 }),
    ]);
    assert.equal(f1(scoreEntities(perfect, GOLD, TEXT, true)), 1);
    assert.deepEqual(scoreSpeakers(perfect, GOLD, TEXT), { truePositives: 3, falsePositives: 0, falseNegatives: 0 });
  });

  it('counts an entity split in two as one true and one false positive', () => {
    const split = analysis([entity(0, 'Tony Blair', 'person', [['Tony Blair']]), entity(1, 'Blair', 'person', [['Blair', 2]]), BBC, LABOUR], []);
    assert.deepEqual(scoreEntities(split, GOLD, TEXT, false), { truePositives: 3, falsePositives: 1, falseNegatives: 0 });
  });

  it('pairs by overlapping mentions when the names differ, and needs the type only for the typed score', () => {
    const misread = analysis([BLAIR, entity(1, 'the BBC', 'place', [['BBC']]), entity(2, 'Labour spokesman', 'organization', [['Labour spokesman']])], []);
    assert.deepEqual(scoreEntities(misread, GOLD, TEXT, false), { truePositives: 3, falsePositives: 0, falseNegatives: 0 });
    assert.deepEqual(scoreEntities(misread, GOLD, TEXT, true), { truePositives: 2, falsePositives: 1, falseNegatives: 1 });
  });

  it('counts a missed entity and an invented one', () => {
    const invented = analysis([BLAIR, entity(1, 'Mr', 'person', [['Mr']])], []);
    assert.deepEqual(scoreEntities(invented, GOLD, TEXT, false), { truePositives: 1, falsePositives: 1, falseNegatives: 2 });
  });

  it('accepts a speaker by any name of the gold entity, and an unnamed source modulo case and article', () => {
    const byAlias = analysis([entity(0, 'Blair', 'person', [['Blair', 2]])], [
      quote('We will win.', { name: 'Blair', entity: 0 }),
      quote('confident', { name: 'the Spokesman', unnamed: true }),
      quote('The fight goes on.', { name: 'Blair', entity: 0 }),
    ]);
    assert.deepEqual(scoreSpeakers(byAlias, GOLD, TEXT), { truePositives: 3, falsePositives: 0, falseNegatives: 0 });
  });

  it('accepts an unnamed source without the anonymity reason, aside or apposition a gold file writes after a comma', () => {
    const reasonGiven: Gold = { ...GOLD, quotes: GOLD.quotes.map((gold) => gold.text === 'confident' ? { ...gold, speaker: 'A Labour spokesman, who asked not to be named because talks continue' } : gold) };
    const spokesman = analysis([BLAIR], [quote('confident', { name: 'A Labour spokesman', unnamed: true })]);
    assert.deepEqual(scoreSpeakers(spokesman, reasonGiven, TEXT), { truePositives: 1, falsePositives: 0, falseNegatives: 2 });
    const anotherSource = analysis([BLAIR], [quote('confident', { name: 'A Labour', unnamed: true })]);
    assert.deepEqual(scoreSpeakers(anotherSource, reasonGiven, TEXT), { truePositives: 0, falsePositives: 1, falseNegatives: 3 });
    // An apposition that says more about the source is such an aside too: "one reader, a retired teacher from Manchester".
    const described: Gold = { ...GOLD, quotes: GOLD.quotes.map((gold) => gold.text === 'confident' ? { ...gold, speaker: 'one reader, a retired teacher from Manchester' } : gold) };
    assert.deepEqual(scoreSpeakers(analysis([BLAIR], [quote('confident', { name: 'one reader', unnamed: true })]), described, TEXT), { truePositives: 1, falsePositives: 0, falseNegatives: 2 });
  });

  it('accepts an unnamed source with or without the words saying why it goes unnamed, on either side', () => {
    const withReason = (speaker: string): Gold => ({ ...GOLD, quotes: GOLD.quotes.map((gold) => gold.text === 'confident' ? { ...gold, speaker } : gold) });
    const bySource = (name: string) => analysis([BLAIR], [quote('confident', { name, unnamed: true })]);
    const right = { truePositives: 1, falsePositives: 0, falseNegatives: 2 };
    assert.deepEqual(scoreSpeakers(bySource('A Labour spokesman'), withReason('A Labour spokesman who was not authorised to speak publicly'), TEXT), right);
    assert.deepEqual(scoreSpeakers(bySource('A Labour spokesman who asked not to be named because talks continue'), withReason('A Labour spokesman'), TEXT), right);
    assert.deepEqual(scoreSpeakers(bySource('A Labour spokesman who spoke on condition of anonymity'), withReason('A Labour spokesman who requested anonymity'), TEXT), right);
    assert.deepEqual(scoreSpeakers(bySource('A Labour spokesman who spoke to the Guardian on condition of anonymity'), withReason('A Labour spokesman'), TEXT), right);
    assert.deepEqual(scoreSpeakers(bySource('A Labour spokesman who preferred to keep his name confidential for fear of reprisals'), withReason('A Labour spokesman'), TEXT), right);
    assert.deepEqual(scoreSpeakers(bySource('A Labour spokesman who preferred not to give his name'), withReason('A Labour spokesman'), TEXT), right);
    assert.deepEqual(scoreSpeakers(bySource('A Labour spokesman who did not give his full name'), withReason('A Labour spokesman'), TEXT), right);
    assert.deepEqual(scoreSpeakers(bySource('A Labour spokesman who asked that his name not be used because he still works there'), withReason('A Labour spokesman'), TEXT), right);
    assert.deepEqual(scoreSpeakers(bySource('A Labour spokesman who was in the room'), withReason('A Labour spokesman'), TEXT), { truePositives: 0, falsePositives: 1, falseNegatives: 3 });
  });

  it('counts a wrong speaker as a false positive and a false negative, and a missing one as a false negative', () => {
    const wrong = analysis([BLAIR, BBC], [
      quote('We will win.', { name: 'BBC', entity: 1 }),
      quote('confident', null),
      quote('The fight goes on.', { name: 'Tony Blair', entity: 0 }),
    ]);
    assert.deepEqual(scoreSpeakers(wrong, GOLD, TEXT), { truePositives: 1, falsePositives: 1, falseNegatives: 2 });
  });

  it('counts a speaker given to words that are not a gold quotation as a false positive', () => {
    const extra = analysis([BLAIR], [
      quote('We will win.', { name: 'Tony Blair', entity: 0 }),
      quote('the party was', { name: 'A Labour spokesman', unnamed: true }),
    ]);
    assert.deepEqual(scoreSpeakers(extra, GOLD, TEXT), { truePositives: 1, falsePositives: 1, falseNegatives: 2 });
  });

  it('pairs each gold quotation with one predicted quotation only', () => {
    const twice = analysis([BLAIR], [
      quote('We will', { name: 'Tony Blair', entity: 0 }),
      quote('will win.', { name: 'Tony Blair', entity: 0 }),
    ]);
    assert.deepEqual(scoreSpeakers(twice, GOLD, TEXT), { truePositives: 1, falsePositives: 1, falseNegatives: 2 });
  });

  it('reports gold that does not fit its article: forms not written as whole words, missing or ambiguous quotations', () => {
    const broken: Gold = {
      article: 'inline',
      entities: [{ name: 'Gordon Brown', type: 'person', forms: ['Brown'] }, { name: 'Tony Blair', type: 'person', forms: ['Blai'] }],
      quotes: [{ text: 'We shall win', speaker: 'Tony Blair' }, { text: 'Blair', speaker: null }, { text: 'Blair', occurrence: 3, speaker: null }],
    };
    assert.deepEqual(checkGold({ file: 'inline', gold: broken, text: TEXT }), [
      'form "Brown" of Gordon Brown is not in the article',
      'form "Blai" of Tony Blair is not in the article',
      'quotation "We shall win" is not in the article',
      'quotation "Blair" occurs 2 times: give its occurrence',
      'quotation "Blair" is not in the article 3 times',
    ]);
  });
});
