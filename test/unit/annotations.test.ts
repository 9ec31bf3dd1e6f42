import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/analysis/analyze';
import { targetFor } from '../../src/core/annotations/anchoring';
import { applyAnnotations, notesFor, workspaceRejections } from '../../src/core/annotations/overlay';
import type { Annotation, AnnotationBody, Sidecar } from '../../src/core/annotations/schema';
import { mergeById, mergeSidecars } from '../../src/core/annotations/tracking';

const TEXT = 'Jordan said the talks in Amman had stalled. King Abdullah of Jordan met Michael Jordan, who said: "Basketball is a global game." Jordan later left.';
const NOW = '2026-11-22T12:00:00.000Z';
const LATER = '2026-11-22T13:00:00.000Z';

function on(words: string, body: AnnotationBody, id: string, occurrence = 0): Annotation {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = TEXT.indexOf(words, start + 1);
  return { id, target: targetFor(TEXT, start, start + words.length, 'a.txt'), body, state: 'anchored', created: NOW, modified: NOW, author: 'ana' };
}

const analysis = analyzeDocument(TEXT);
const mentionsOf = (result: typeof analysis, name: string) => result.entities.find((entity) => entity.name === name)?.mentions.map((mention) => mention.start) ?? [];

describe('annotations: notes', () => {
  it('lists every note with the entity it is about, orphans included', () => {
    const about = on('Michael Jordan', { kind: 'note', text: 'Retired in 2003', entity: 'Michael Jordan', entityId: 'michael-jordan' }, 'n1');
    const loose = { ...on('talks in Amman', { kind: 'note', text: 'Which talks?' }, 'n2'), state: 'orphan' as const };
    const notEntity = on('Amman', { kind: 'entity', type: 'place', name: 'Amman' }, 'e1');
    assert.deepEqual(notesFor([about, loose, notEntity]), [
      { annotationId: 'n1', text: 'Retired in 2003', quote: 'Michael Jordan', author: 'ana', modified: NOW, entityName: 'Michael Jordan', entityId: 'michael-jordan' },
      { annotationId: 'n2', text: 'Which talks?', quote: 'talks in Amman', author: 'ana', modified: NOW },
    ]);
  });
});

describe('annotations: rejections by type', () => {
  it('a workspace rejection with a type removes only that reading of the name', () => {
    const before = analysis.entities.filter((entity) => /Jordan/.test(entity.name)).map((entity) => [entity.name, entity.type]);
    assert.ok(before.length > 0, 'the analysis finds a Jordan');
    const rejectPerson = on('Jordan', { kind: 'reject', scope: 'workspace', name: 'Jordan', type: 'person' }, 'r1');
    const keys = workspaceRejections([rejectPerson]);
    assert.deepEqual(keys, ['jordan#person']);
    const result = applyAnnotations(analysis, TEXT, [], new Set(keys));
    for (const entity of result.entities) {
      const rejected = entity.type === 'person' && entity.mentions.some((mention) => mention.text === 'Jordan');
      assert.ok(!rejected, `${entity.name} keeps a "Jordan" mention as a person`);
    }
    const place = analysis.entities.find((entity) => entity.name === 'Jordan' && entity.type === 'place');
    if (place) assert.deepEqual(mentionsOf(result, 'Jordan'), place.mentions.map((mention) => mention.start), 'the country stays');
  });

  it('a rejection here with another type leaves the detection alone', () => {
    const amman = analysis.entities.find((entity) => entity.name === 'Amman');
    assert.equal(amman?.type, 'place');
    const wrongType = applyAnnotations(analysis, TEXT, [on('Amman', { kind: 'reject', scope: 'here', name: 'Amman', type: 'person' }, 'r2')], new Set());
    assert.deepEqual(mentionsOf(wrongType, 'Amman'), mentionsOf(analysis, 'Amman'));
    const rightType = applyAnnotations(analysis, TEXT, [on('Amman', { kind: 'reject', scope: 'here', name: 'Amman', type: 'place' }, 'r3')], new Set());
    assert.deepEqual(mentionsOf(rightType, 'Amman'), []);
  });

  it('an alias moves the alias’s mentions under the named entity', () => {
    const result = applyAnnotations(analysis, TEXT, [on('Jordan', { kind: 'alias', alias: 'Jordan', entity: 'Michael Jordan' }, 'a1', 3)], new Set());
    const michael = result.entities.find((entity) => entity.name === 'Michael Jordan');
    assert.ok(michael?.mentions.some((mention) => mention.start === TEXT.lastIndexOf('Jordan')), JSON.stringify(result.entities.map((e) => [e.name, e.mentions])));
  });
});

describe('annotations: three-way merge', () => {
  const note = on('Michael Jordan', { kind: 'note', text: 'Retired in 2003' }, 'n1');
  const moved: Annotation = { ...note, target: { ...note.target, selector: [note.target.selector[0], { ...note.target.selector[1], start: note.target.selector[1].start + 8, end: note.target.selector[1].end + 8 }] }, modified: LATER };

  it('combines changes to different parts of one annotation: moved here, reworded there', () => {
    const reworded: Annotation = { ...note, body: { kind: 'note', text: 'Retired for good in 2003' }, modified: LATER };
    const { merged, conflicting } = mergeById([note], [moved], [reworded]);
    assert.deepEqual(conflicting, []);
    assert.equal(merged.length, 1);
    assert.deepEqual(merged[0].target, moved.target);
    assert.deepEqual(merged[0].body, reworded.body);
    assert.equal(merged[0].modified, LATER);
  });

  it('keeps what one side changed when the other side deleted it, and says so', () => {
    const { merged, conflicting } = mergeById([note], [], [moved]);
    assert.deepEqual(merged, [moved]);
    assert.deepEqual(conflicting, [{ id: 'n1', kind: 'deleted-and-changed' }]);
  });

  it('does not take the same annotation with its keys in another order for a change', () => {
    const reordered = JSON.parse(JSON.stringify({ author: note.author, body: note.body, id: note.id, created: note.created, modified: note.modified, state: note.state, target: note.target })) as Annotation;
    const { merged, conflicting } = mergeById([note], [reordered], []);
    assert.deepEqual([merged, conflicting], [[], []], 'deleted on disk, unchanged here: the deletion wins');
  });

  it('merges whole sidecars and keeps the saving side’s header', () => {
    const sidecar = (annotations: Annotation[]): Sidecar => ({ version: 1, article: 'a.txt', annotations });
    const added = on('Amman', { kind: 'entity', type: 'place', name: 'Amman' }, 'e1');
    const { sidecar: merged, conflicts } = mergeSidecars(sidecar([note]), sidecar([note, added]), undefined);
    assert.deepEqual(merged.annotations.map((annotation) => annotation.id), ['e1']);
    assert.deepEqual(conflicts, []);
    assert.equal(merged.article, 'a.txt');
  });
});
