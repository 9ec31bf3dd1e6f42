import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { anchor, targetFor, TextEdit } from '../../src/core/annotations/anchoring';
import type { Annotation } from '../../src/core/annotations/schema';
import { followEdits, mergeById, reanchor } from '../../src/core/annotations/tracking';

const ARTICLE = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', '001_cf0d6f1ff3d568a0.txt'), 'utf8');
const NOW = '2026-11-22T12:00:00.000Z';

function annotationOn(text: string, start: number, end: number, id = 'a1'): Annotation {
  return { id, target: targetFor(text, start, end, 'article.txt'), body: { kind: 'note', text: 'check this' }, state: 'anchored', created: NOW, modified: NOW, author: 'tester' };
}

function annotationOnWords(text: string, words: string): Annotation {
  const start = text.indexOf(words);
  return annotationOn(text, start, start + words.length);
}

/** Every annotation is kept, and each anchored one sits on text equal to its quote. */
function assertNoneLost(before: readonly Annotation[], after: readonly Annotation[], text: string): void {
  assert.equal(after.length, before.length);
  assert.deepEqual(after.map((a) => a.id), before.map((a) => a.id));
  for (const annotation of after) {
    if (annotation.state === 'orphan') continue;
    const [quote, position] = annotation.target.selector;
    assert.equal(text.slice(position.start, position.end), quote.exact);
  }
}

function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

describe('anchoring', () => {
  it('finds the words at their old position first', () => {
    const annotation = annotationOnWords(ARTICLE, 'Deputy Secretary Steve Feinberg');
    assert.equal(anchor(ARTICLE, annotation.target)?.method, 'position');
  });

  it('finds moved words by exact match, preferring the occurrence with the same context', () => {
    const text = 'Hegseth met Amodei. Later, Hegseth told Axios the talks failed.';
    const second = text.lastIndexOf('Hegseth');
    const annotation = annotationOn(text, second, second + 7);
    const rewritten = `BREAKING: ${text.replace('Later, ', 'Much later, ')}`;
    const found = anchor(rewritten, annotation.target);
    assert.equal(found?.method, 'exact');
    assert.equal(found?.start, rewritten.lastIndexOf('Hegseth'));
  });

  it('finds slightly reworded text by fuzzy match', () => {
    const annotation = annotationOnWords(ARTICLE, 'the Pentagon will either cut ties and declare Anthropic');
    const rewritten = ARTICLE.replace('the Pentagon will either cut ties and declare Anthropic', 'the Pentagon would either cut ties and declare Anthropic');
    const found = anchor(rewritten, annotation.target);
    assert.equal(found?.method, 'fuzzy');
    assert.match(rewritten.slice(found?.start, found?.end), /Pentagon would either cut ties and declare Anthropic/);
  });

  it('makes an orphan of an annotation whose words are gone, and keeps it', () => {
    const annotation = annotationOnWords(ARTICLE, 'Under Secretary for Acquisition and Sustainment Michael Duffy');
    const rewritten = ARTICLE.replace(/In the room:.*\n/, '');
    const [after] = reanchor([annotation], rewritten);
    assert.equal(after.state, 'orphan');
    assert.equal(after.target.selector[0].exact, annotation.target.selector[0].exact, 'the orphan keeps its quote');
  });

  it('moves annotations with editor edits, growing them when text is typed inside', () => {
    const text = 'Defense Secretary Pete Hegseth spoke.';
    const annotation = annotationOnWords(text, 'Pete Hegseth');
    const edits: TextEdit[] = [{ start: 0, end: 0, text: 'U.S. ' }, { start: 28, end: 28, text: 'B. ' }];
    const edited = edits.reduce(applyEdit, text);
    const [after] = followEdits([annotation], edits, edited);
    assert.equal(after.target.selector[0].exact, 'Pete B. Hegseth');
  });

  it('orphans an annotation whose words are deleted in the editor', () => {
    const text = 'Defense Secretary Pete Hegseth spoke.';
    const annotation = annotationOnWords(text, 'Pete Hegseth');
    const edit: TextEdit = { start: 10, end: 32, text: '' };
    const [after] = followEdits([annotation], [edit], applyEdit(text, edit));
    assert.equal(after.state, 'orphan');
  });

  it('never silently loses an annotation: 1,000 random edit sequences and external rewrites', () => {
    const base = ARTICLE.slice(0, 1500);
    const rangeArb = fc.tuple(fc.nat(base.length - 2), fc.integer({ min: 1, max: 60 })).map(([start, length]) => [start, Math.min(base.length, start + length)] as const);
    const editArb = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat(80), text: fc.string({ maxLength: 30 }) });
    fc.assert(fc.property(fc.array(rangeArb, { minLength: 1, maxLength: 8 }), fc.array(editArb, { maxLength: 15 }), fc.array(editArb, { maxLength: 5 }),
      (ranges, editorEdits, externalEdits) => {
        const annotations = ranges.map(([start, end], i) => annotationOn(base, start, end, `a${i}`));
        let text = base;
        const concrete: TextEdit[] = [];
        for (const random of editorEdits) {
          const start = Math.floor(random.at * text.length);
          const edit = { start, end: Math.min(text.length, start + random.length), text: random.text };
          concrete.push(edit);
          text = applyEdit(text, edit);
        }
        const followed = followEdits(annotations, concrete, text);
        assertNoneLost(annotations, followed, text);
        for (const random of externalEdits) {
          const start = Math.floor(random.at * text.length);
          text = applyEdit(text, { start, end: Math.min(text.length, start + random.length), text: random.text });
        }
        assertNoneLost(annotations, reanchor(followed, text), text);
      }), { numRuns: 1000 });
  });
});

describe('merging sidecars by annotation id', () => {
  const base = [annotationOnWords(ARTICLE, 'Pete Hegseth'), { ...annotationOnWords(ARTICLE, 'Palantir'), id: 'p' }];
  it('keeps additions from both sides and honours a deletion the other side did not touch', () => {
    const mine = [...base, { ...annotationOnWords(ARTICLE, 'Claude'), id: 'mine' }];
    const theirs = [base[0], { ...annotationOnWords(ARTICLE, 'Grok'), id: 'theirs' }];
    const { merged, conflicts } = mergeById(base, mine, theirs);
    assert.deepEqual(merged.map((a) => a.id).sort(), ['a1', 'mine', 'theirs']);
    assert.equal(conflicts, 0);
  });
  it('keeps both versions of an annotation changed on both sides', () => {
    const mine = [{ ...base[0], body: { kind: 'note' as const, text: 'mine' } }, base[1]];
    const theirs = [{ ...base[0], body: { kind: 'note' as const, text: 'theirs' } }, base[1]];
    const { merged, conflicts, conflicting } = mergeById(base, mine, theirs, () => 'copy');
    assert.equal(conflicts, 1);
    assert.deepEqual(conflicting, [{ id: 'a1', kind: 'changed-both', copyId: 'copy' }]);
    assert.deepEqual(merged.map((a) => [a.id, a.conflictOf, a.body.kind === 'note' && a.body.text]), [['a1', undefined, 'mine'], ['copy', 'a1', 'theirs'], ['p', undefined, 'check this']]);
  });
});
