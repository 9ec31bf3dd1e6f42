import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { targetFor } from '../../src/core/annotations/anchoring';
import { sidecarJsonSchema } from '../../src/core/annotations/jsonSchema';
import { Sidecar, sidecarPathOf } from '../../src/core/annotations/schema';
import fc from 'fast-check';
import { jsonErrorPosition } from '../../src/core/annotations/jsonErrorPosition';
import { AtomicWriteOps, loadSidecarFile, parseSidecar, serializeSidecar, writeFileAtomic } from '../../src/core/annotations/sidecarFile';
import { temporaryFolder } from '../support/folders';

const TEXT = 'Defense Secretary Pete Hegseth gave Anthropic CEO Dario Amodei until Friday.';
const NOW = '2026-11-22T12:00:00.000Z';

function sidecar(): Sidecar {
  const start = TEXT.indexOf('Dario Amodei');
  const hegseth = TEXT.indexOf('Pete Hegseth');
  return {
    version: 1, article: 'article.txt',
    annotations: [
      { id: 'b', target: targetFor(TEXT, start, start + 12, 'article.txt'), body: { kind: 'note', text: 'Confirm the deadline', entity: 'Dario Amodei' }, state: 'anchored', created: NOW, modified: NOW, author: 'ana' },
      { id: 'a', target: targetFor(TEXT, hegseth, hegseth + 12, 'article.txt'), body: { kind: 'entity', type: 'person', name: 'Pete Hegseth' }, state: 'anchored', created: NOW, modified: NOW, author: 'ana' },
    ],
  };
}

describe('annotation sidecars', () => {
  it('lives next to the article, under the article’s full name', () => {
    assert.equal(sidecarPathOf('/news/article.txt'), '/news/article.txt.annotations.json');
  });

  it('serialises stably: sorted by position, fixed key order, pretty-printed, final newline', () => {
    const text = serializeSidecar(sidecar());
    assert.ok(text.endsWith('}\n'));
    const parsed = JSON.parse(text) as Sidecar;
    assert.deepEqual(parsed.annotations.map((annotation) => annotation.id), ['a', 'b']);
    assert.deepEqual(Object.keys(parsed), ['$schema', 'version', 'article', 'annotations']);
    assert.equal(serializeSidecar(parsed), text, 'a round trip changes nothing');
  });

  it('loads what it saved', async () => {
    const file = path.join(temporaryFolder(), 'article.txt.annotations.json');
    await writeFileAtomic(file, serializeSidecar(sidecar()));
    const loaded = await loadSidecarFile(file);
    assert.ok(loaded.ok);
    assert.equal(loaded.sidecar?.annotations.length, 2);
  });

  it('treats a missing sidecar as no annotations', async () => {
    const loaded = await loadSidecarFile(path.join(temporaryFolder(), 'none.txt.annotations.json'));
    assert.deepEqual(loaded, { ok: true, sidecar: undefined });
  });

  for (const [problem, content] of [
    ['unparseable', '{ "version": 1, "annotations": [ '],
    ['invalid', JSON.stringify({ version: 1, article: 'a.txt', annotations: [{ id: 'x', body: { kind: 'note' } }] })],
    ['future-version', JSON.stringify({ version: 2, article: 'a.txt', annotations: [], newField: true })],
  ] as const) {
    it(`reports a ${problem} sidecar with a clear message naming the file, and leaves it byte-identical`, async () => {
      const file = path.join(temporaryFolder(), 'article.txt.annotations.json');
      fs.writeFileSync(file, content);
      const loaded = await loadSidecarFile(file);
      assert.equal(loaded.ok, false);
      if (!loaded.ok) {
        assert.equal(loaded.problem, problem);
        assert.match(loaded.message, /article\.txt\.annotations\.json/);
      }
      assert.equal(fs.readFileSync(file, 'utf8'), content);
    });
  }

  it('gives the line and column of a JSON syntax error', () => {
    const content = '{\n  "version": 1,\n  "annotations": [ {"id": "a"}, ]\n}\n';
    const result = parseSidecar('article.txt.annotations.json', content);
    assert.ok(!result.ok);
    assert.equal(result.problem, 'unparseable');
    assert.match(result.message, /article\.txt\.annotations\.json is not valid JSON: .* at line 3, column 33/);
  });

  it('points at the end of a file cut short, such as a half-written merge', () => {
    const result = parseSidecar('a.json', '{\n  "version": 1,\n  "annotations": [');
    assert.ok(!result.ok && /line 3, column 19/.test(result.message), JSON.stringify(result));
  });

  it('reads a sidecar saved with a byte-order mark, and refuses one that is not UTF-8', async () => {
    const folder = temporaryFolder();
    const withBom = path.join(folder, 'bom.txt.annotations.json');
    fs.writeFileSync(withBom, `\uFEFF${serializeSidecar(sidecar())}`);
    assert.ok((await loadSidecarFile(withBom)).ok);
    const latin1 = path.join(folder, 'latin1.txt.annotations.json');
    fs.writeFileSync(latin1, Buffer.from(serializeSidecar(sidecar()).replace('Confirm', 'Confirm caf\u00e9'), 'latin1'));
    const result = await loadSidecarFile(latin1);
    assert.ok(!result.ok && result.problem === 'unparseable' && /not UTF-8/.test(result.message), JSON.stringify(result));
  });

  it('writes keys in the schema’s order whatever order the annotation was built in', () => {
    const [first, second] = sidecar().annotations;
    const shuffled = { author: first.author, modified: first.modified, created: first.created, state: first.state, body: { entity: 'Dario Amodei', text: 'Confirm the deadline', kind: 'note' as const }, target: first.target, id: first.id };
    assert.equal(serializeSidecar({ version: 1, article: 'article.txt', annotations: [second, shuffled] }), serializeSidecar(sidecar()));
  });

  it('refuses to write an annotation that would not load back', () => {
    const broken = { ...sidecar(), annotations: [{ ...sidecar().annotations[0], created: 'yesterday' }] };
    assert.throws(() => serializeSidecar(broken), /created/);
  });

  it('names the invalid field in the message', () => {
    const result = parseSidecar('a.json', JSON.stringify({ version: 1, article: 'a.txt', annotations: [{ id: 'x' }] }));
    assert.ok(!result.ok && /annotations\.0\.target/.test(result.message), JSON.stringify(result));
  });

  it('leaves the old sidecar whole when a crash happens between the temporary write and the rename', async () => {
    const folder = temporaryFolder();
    const file = path.join(folder, 'article.txt.annotations.json');
    const original = serializeSidecar(sidecar());
    fs.writeFileSync(file, original);
    const crashing: AtomicWriteOps = {
      writeFile: async (temporary, content) => fs.writeFileSync(temporary, content),
      rename: async () => { throw new Error('simulated crash before rename'); },
      unlink: async (temporary) => fs.unlinkSync(temporary),
    };
    await assert.rejects(writeFileAtomic(file, '{"torn": ', crashing), /simulated crash/);
    assert.equal(fs.readFileSync(file, 'utf8'), original);
    assert.ok((await loadSidecarFile(file)).ok);
    assert.deepEqual(fs.readdirSync(folder), ['article.txt.annotations.json'], 'no temporary file is left behind');
  });
});

describe('JSON syntax error positions', () => {
  it('agrees with JSON.parse on which texts are JSON, and points inside the text', () => {
    const damaged = fc.tuple(fc.json(), fc.nat(), fc.nat(3), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\\', '\n', '0'))
      .map(([json, at, cut, insert]) => { const i = at % (json.length + 1); return json.slice(0, i) + insert + json.slice(i + cut); });
    fc.assert(fc.property(fc.oneof(fc.json(), damaged), (text) => {
      let valid = true;
      try { JSON.parse(text); } catch { valid = false; }
      const position = jsonErrorPosition(text);
      assert.equal(position === undefined, valid, text);
      if (position) assert.ok(position.offset <= text.length);
    }), { numRuns: 2000 });
  });
});

describe('sidecar JSON Schema', () => {
  it('shipped in schemas/ is up to date with the zod definition (run `npm run schemas`)', () => {
    const shipped = fs.readFileSync(path.join(__dirname, '..', '..', 'schemas', 'sidecar-v1.schema.json'), 'utf8');
    assert.equal(shipped, sidecarJsonSchema());
  });
});
