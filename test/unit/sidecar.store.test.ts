import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { targetFor } from '../../src/core/annotations/anchoring';
import type { Annotation, AnnotationBody } from '../../src/core/annotations/schema';
import { sidecarPathOf } from '../../src/core/annotations/schema';
import { AtomicWriteOps, loadSidecarFile, nodeSidecarFileSystem, serializeSidecar, type SidecarFileSystem } from '../../src/core/annotations/sidecarFile';
import { SidecarStore } from '../../src/core/annotations/store';
import { temporaryFolder } from '../support/folders';

const TEXT = 'Anthropic CEO Dario Amodei met Defense Secretary Pete Hegseth on Tuesday. "We will not back down," Amodei said.';
const NOW = '2026-11-22T12:00:00.000Z';
const LATER = '2026-11-22T13:00:00.000Z';

function on(words: string, body: AnnotationBody, id: string): Annotation {
  const start = TEXT.indexOf(words);
  return { id, target: targetFor(TEXT, start, start + words.length, 'article.txt'), body, state: 'anchored', created: NOW, modified: NOW, author: 'ana' };
}

const hegsethBody = { kind: 'entity', type: 'person', name: 'Pete Hegseth', entityId: 'pete-hegseth' } as const;
const noteBody = { kind: 'note', text: 'Check the date of the meeting', entity: 'Dario Amodei' } as const;
const hegseth = on('Pete Hegseth', hegsethBody, 'hegseth');
const note = on('Dario Amodei', noteBody, 'note');

/** An article and its sidecar in a fresh folder. */
function articleWithSidecar(sidecarContent: string | undefined): { article: string; sidecar: string } {
  const folder = temporaryFolder('marginalia-store-');
  const article = path.join(folder, 'article.txt');
  fs.writeFileSync(article, TEXT);
  if (sidecarContent !== undefined) fs.writeFileSync(sidecarPathOf(article), sidecarContent);
  return { article, sidecar: sidecarPathOf(article) };
}

function saved(annotations: Annotation[]): string {
  return serializeSidecar({ version: 1, article: 'article.txt', annotations });
}

describe('sidecar store', () => {
  it('loads, changes synchronously, and saves a sidecar that loads back', async () => {
    const { article, sidecar } = articleWithSidecar(saved([hegseth]));
    const store = new SidecarStore(nodeSidecarFileSystem());
    assert.deepEqual(await store.load(article), { ok: true, conflicts: [] });
    assert.ok(store.update(article, (current) => [...current, note]));
    assert.ok(store.isDirty(article));
    assert.deepEqual(await store.save(article), { status: 'saved', conflicts: [] });
    assert.equal(fs.readFileSync(sidecar, 'utf8'), saved([hegseth, note]));
    assert.deepEqual(await store.save(article), { status: 'unchanged' });
  });

  it('creates the sidecar on first save of an article that had none', async () => {
    const { article, sidecar } = articleWithSidecar(undefined);
    const store = new SidecarStore(nodeSidecarFileSystem());
    assert.ok((await store.load(article)).ok);
    assert.deepEqual(await store.save(article), { status: 'unchanged' }, 'no annotations, no file');
    assert.ok(!fs.existsSync(sidecar));
    store.update(article, () => [hegseth]);
    await store.save(article);
    assert.equal(fs.readFileSync(sidecar, 'utf8'), saved([hegseth]));
  });

  for (const [problem, content] of [
    ['unparseable', `${saved([hegseth]).slice(0, 200)}\n<<<<<<< HEAD\n`],
    ['invalid', saved([hegseth]).replace('"person"', '"persn"')],
    ['future-version', saved([hegseth]).replace('"version": 1', '"version": 2')],
  ] as const) {
    it(`keeps a ${problem} sidecar byte-identical and the article read-only, even when asked to save`, async () => {
      const { article, sidecar } = articleWithSidecar(content);
      const store = new SidecarStore(nodeSidecarFileSystem());
      const loaded = await store.load(article);
      assert.ok(!loaded.ok);
      assert.equal(loaded.problem, problem);
      assert.match(loaded.message, /article\.txt\.annotations\.json/);
      assert.equal(store.problemOf(article)?.problem, problem);
      assert.equal(store.update(article, (current) => [...current, note]), false, 'changes are refused');
      store.reanchor(article, `Updated: ${TEXT}`);
      const result = await store.save(article);
      assert.equal(result.status, 'read-only');
      assert.equal(fs.readFileSync(sidecar, 'utf8'), content);
      assert.deepEqual(fs.readdirSync(path.dirname(sidecar)).sort(), ['article.txt', 'article.txt.annotations.json'], 'no temporary file either');
    });
  }

  it('becomes writable again once the sidecar is fixed and reloaded', async () => {
    const { article, sidecar } = articleWithSidecar('{ "version": 1, ');
    const store = new SidecarStore(nodeSidecarFileSystem());
    assert.ok(!(await store.load(article)).ok);
    fs.writeFileSync(sidecar, saved([hegseth]));
    assert.ok((await store.load(article)).ok);
    assert.equal(store.problemOf(article), undefined);
    assert.ok(store.update(article, (current) => [...current, note]));
    assert.equal((await store.save(article)).status, 'saved');
  });

  it('does not overwrite a sidecar broken on disk after it was loaded', async () => {
    const { article, sidecar } = articleWithSidecar(saved([hegseth]));
    const store = new SidecarStore(nodeSidecarFileSystem());
    await store.load(article);
    store.update(article, (current) => [...current, note]);
    fs.writeFileSync(sidecar, '{ "version": 1, "article": ');
    assert.equal((await store.save(article)).status, 'read-only');
    assert.equal(fs.readFileSync(sidecar, 'utf8'), '{ "version": 1, "article": ');
    assert.equal(store.annotationsOf(article).length, 2, 'the unsaved annotation is kept in memory');
  });

  it('leaves the old sidecar valid when the process dies between the temporary write and the rename', async () => {
    const { article, sidecar } = articleWithSidecar(saved([hegseth]));
    const crashing: AtomicWriteOps = {
      writeFile: async (file, content) => fs.writeFileSync(file, content),
      rename: async () => { throw new Error('simulated crash before rename'); },
      unlink: async (file) => fs.unlinkSync(file),
    };
    const store = new SidecarStore(nodeSidecarFileSystem(crashing));
    await store.load(article);
    store.update(article, (current) => [...current, note]);
    await assert.rejects(store.save(article), /simulated crash/);
    assert.equal(fs.readFileSync(sidecar, 'utf8'), saved([hegseth]));
    const reloaded = await loadSidecarFile(sidecar);
    assert.ok(reloaded.ok && reloaded.sidecar?.annotations.length === 1);
    assert.ok(store.isDirty(article), 'the change is still waiting to be saved');
  });

  it('merges a change made on disk with its own before saving, and reports a conflict', async () => {
    const { article, sidecar } = articleWithSidecar(saved([hegseth, note]));
    const store = new SidecarStore(nodeSidecarFileSystem());
    await store.load(article);
    const speaker = on('We will not back down,', { kind: 'speaker', speaker: 'Dario Amodei', unnamed: false }, 'speaker');
    store.update(article, (current) => [...current.map((a) => a.id === 'note' ? { ...a, body: { ...noteBody, text: 'Meeting was on Tuesday' }, modified: LATER } : a), speaker]);
    // Meanwhile a colleague's commit arrives: the note reworded, Hegseth retyped, an alias added.
    const alias = on('Amodei', { kind: 'alias', alias: 'Amodei', entity: 'Dario Amodei' }, 'alias');
    const theirNote = { ...note, body: { ...noteBody, text: 'Confirmed by Axios' }, modified: LATER };
    fs.writeFileSync(sidecar, saved([{ ...hegseth, body: { ...hegsethBody, name: 'Peter Hegseth' } }, theirNote, alias]));
    const result = await store.save(article);
    assert.equal(result.status, 'saved');
    const conflicts = result.status === 'saved' ? result.conflicts : [];
    assert.equal(conflicts.length, 1);
    assert.equal(conflicts[0].id, 'note');
    const onDisk = await loadSidecarFile(sidecar);
    assert.ok(onDisk.ok);
    const byText = (onDisk.sidecar?.annotations ?? []).map((a) => [a.body.kind, a.body.kind === 'note' ? a.body.text : a.body.kind === 'entity' ? a.body.name : a.id, a.conflictOf]);
    assert.deepEqual(byText.sort(), [
      ['alias', 'alias', undefined],
      ['entity', 'Peter Hegseth', undefined],
      ['note', 'Confirmed by Axios', 'note'],
      ['note', 'Meeting was on Tuesday', undefined],
      ['speaker', 'speaker', undefined],
    ]);
  });

  it('moves annotations with typing and keeps the ones whose words are deleted as orphans', async () => {
    const { article } = articleWithSidecar(saved([hegseth, note]));
    const store = new SidecarStore(nodeSidecarFileSystem());
    await store.load(article);
    const dario = TEXT.indexOf('Dario Amodei');
    const edited = TEXT.replace('Dario Amodei', 'Dario');
    store.followEdits(article, [{ start: dario + 'Dario'.length, end: dario + 'Dario Amodei'.length, text: '' }], edited);
    const [movedHegseth, shrunkNote] = [...store.annotationsOf(article)].sort((a, b) => a.id.localeCompare(b.id));
    assert.equal(edited.slice(movedHegseth.target.selector[1].start, movedHegseth.target.selector[1].end), 'Pete Hegseth');
    assert.equal(shrunkNote.target.selector[0].exact, 'Dario');
    store.followEdits(article, [{ start: dario, end: dario + 'Dario'.length, text: '' }], edited.replace('Dario', ''));
    assert.deepEqual(store.orphansOf(article).map((a) => [a.id, a.target.selector[0].exact]), [['note', 'Dario']]);
  });

  it('keeps an annotation saved while an earlier reload of the sidecar was still reading the old file', async () => {
    const files = new Map<string, Uint8Array>();
    let releaseRead: (() => void) | undefined;
    let holdNextRead = false;
    // A reload triggered by a file watcher reads the file, then is held up (a busy machine) while
    // the user's new note is saved; its bytes are from before that save.
    const slowDisk: SidecarFileSystem = {
      async read(file) {
        const bytes = files.get(file);
        if (holdNextRead) {
          holdNextRead = false;
          await new Promise<void>((resolve) => { releaseRead = resolve; });
        }
        return bytes;
      },
      async writeAtomic(file, bytes) {
        files.set(file, bytes);
      },
    };
    const article = '/articles/article.txt';
    files.set(sidecarPathOf(article), new TextEncoder().encode(saved([hegseth])));
    const store = new SidecarStore(slowDisk);
    await store.load(article);
    holdNextRead = true;
    const reload = store.load(article);
    store.update(article, (current) => [...current, note]);
    const saving = store.save(article);
    await new Promise((resolve) => setImmediate(resolve));
    releaseRead?.();
    await Promise.all([reload, saving]);
    assert.deepEqual(store.annotationsOf(article).map((a) => a.id).sort(), ['hegseth', 'note']);
    const onDisk = new TextDecoder().decode(files.get(sidecarPathOf(article)));
    assert.match(onDisk, /"id": "note"/);
  });
});
