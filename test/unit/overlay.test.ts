import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/analysis/analyze';
import { targetFor } from '../../src/core/annotations/anchoring';
import { applyAnnotations, entityNotes, workspaceRejections } from '../../src/core/annotations/overlay';
import type { Annotation, AnnotationBody } from '../../src/core/annotations/schema';

const TEXT = 'Anthropic CEO Dario Amodei met Palantir. "We will not back down," Dario said. Gemini was mentioned, and the Rubicon was crossed.';
const NOW = '2026-11-22T12:00:00.000Z';

function on(words: string, body: AnnotationBody, id = words): Annotation {
  const start = TEXT.indexOf(words);
  return { id, target: targetFor(TEXT, start, start + words.length, 'a.txt'), body, state: 'anchored', created: NOW, modified: NOW, author: 'ana' };
}

const analysis = analyzeDocument(TEXT);
const names = (result = analysis) => result.entities.map((entity) => entity.name);

describe('user annotations override the analysis', () => {
  it('an entity annotation adds a new entity with the given type', () => {
    const result = applyAnnotations(analysis, TEXT, [on('Rubicon', { kind: 'entity', type: 'place', name: 'Rubicon River' })], new Set());
    const river = result.entities.find((entity) => entity.name === 'Rubicon River');
    assert.equal(river?.type, 'place');
    assert.deepEqual(river?.mentions.map((mention) => mention.text), ['Rubicon']);
    assert.ok(!names(result).includes('Rubicon'), 'the detection it replaces is gone');
  });

  it('an entity annotation retypes an existing entity', () => {
    const result = applyAnnotations(analysis, TEXT, [on('Gemini', { kind: 'entity', type: 'other', name: 'Gemini' })], new Set());
    assert.equal(result.entities.find((entity) => entity.name === 'Gemini')?.type, 'other');
  });

  it('a rejection removes the detection here, and a workspace rejection removes the name everywhere', () => {
    const here = applyAnnotations(analysis, TEXT, [on('Palantir', { kind: 'reject', scope: 'here', name: 'Palantir' })], new Set());
    assert.ok(!names(here).includes('Palantir'));
    const everywhere = applyAnnotations(analysis, TEXT, [], new Set(workspaceRejections([on('Gemini', { kind: 'reject', scope: 'workspace', name: 'Gemini' })])));
    assert.ok(!names(everywhere).includes('Gemini'));
  });

  it('a speaker annotation sets the speaker of the quotation', () => {
    const result = applyAnnotations(analysis, TEXT, [on('We will not back down,', { kind: 'speaker', speaker: 'a Palantir spokesperson', unnamed: true })], new Set());
    assert.equal(result.quotes[0].speaker?.name, 'a Palantir spokesperson');
    assert.equal(result.quotes[0].speaker?.method, 'user');
    assert.equal(result.sources.unnamed, 1);
  });

  it('keeps speaker links right when entities are removed', () => {
    const result = applyAnnotations(analysis, TEXT, [on('Palantir', { kind: 'reject', scope: 'here', name: 'Palantir' })], new Set());
    const speaker = result.quotes[0].speaker;
    assert.equal(speaker?.entity === null || speaker?.entity === undefined ? undefined : result.entities[speaker.entity].name, 'Dario Amodei');
  });

  it('collects notes about entities by name', () => {
    const notes = entityNotes([on('Dario Amodei', { kind: 'note', text: 'Check the date of the meeting', entity: 'Dario Amodei' })]);
    assert.deepEqual(notes.get('dario amodei'), ['Check the date of the meeting']);
  });
});
