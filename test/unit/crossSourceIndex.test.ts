import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../../src/core/analysis/analyze';
import { CrossSourceIndex } from '../../src/core/index/crossSourceIndex';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const sample = (name: string) => fs.readFileSync(path.join(SAMPLES, name), 'utf8');

function indexOf(docs: Record<string, string>): CrossSourceIndex {
  const index = new CrossSourceIndex();
  for (const [id, text] of Object.entries(docs)) index.set(id, analyzeDocument(text));
  return index;
}

function idOfName(index: CrossSourceIndex, docId: string, name: string): string | undefined {
  const local = index.analysis(docId)?.entities.find((entity) => entity.aliases.includes(name));
  return local && index.entityId(docId, local.key);
}

describe('cross-source index', () => {
  it('gives Hegseth one id in every sample article, whatever form the name takes', () => {
    const index = indexOf(Object.fromEntries(fs.readdirSync(SAMPLES).map((name) => [name, sample(name)])));
    const ids = ['000_fa1d8570ce7fa1fb.txt', '001_cf0d6f1ff3d568a0.txt', '002_bcdb3845bf7e76b3.txt', '003_2a0c7b8ba0272705.txt']
      .map((docId) => idOfName(index, docId, 'Hegseth') ?? idOfName(index, docId, 'Pete Hegseth'));
    assert.deepEqual(ids, ['pete-hegseth', 'pete-hegseth', 'pete-hegseth', 'pete-hegseth']);
    const hegseth = index.entity('pete-hegseth');
    assert.equal(hegseth?.name, 'Pete Hegseth');
    assert.equal(hegseth?.type, 'person');
    assert.ok(hegseth?.roles.includes('Defense Secretary') && hegseth.roles.includes('Secretary of Defense'));
  });

  it('links a bare surname to the one full name elsewhere, but not when two people share it', () => {
    const index = indexOf({ a: 'Mr Amodei spoke on Friday.', b: 'Anthropic CEO Dario Amodei met officials.' });
    assert.equal(idOfName(index, 'a', 'Amodei'), 'dario-amodei');
    index.set('c', analyzeDocument('Daniela Amodei, the company president, also spoke.'));
    assert.equal(idOfName(index, 'a', 'Amodei'), 'amodei', 'an ambiguous surname stays on its own');
    index.remove('c');
    assert.equal(idOfName(index, 'a', 'Amodei'), 'dario-amodei', 'removing a document restores the link');
  });

  it('links an acronym another article defines', () => {
    const index = indexOf({ a: 'The Department of Defense (DoD) awarded contracts.', b: 'DoD officials declined to comment.' });
    assert.equal(idOfName(index, 'b', 'DoD'), idOfName(index, 'a', 'Department of Defense'));
    assert.equal(index.entity(idOfName(index, 'a', 'Department of Defense') ?? '')?.documents.size, 2);
  });

  it('updates one document without disturbing the others, and gives the same ids in any order', () => {
    const docs = { a: 'Defense Secretary Pete Hegseth met Dario Amodei.', b: 'Hegseth spoke to Axios.', c: 'Anthropic and OpenAI signed deals.' };
    const forward = indexOf(docs);
    const backward = indexOf(Object.fromEntries(Object.entries(docs).reverse()));
    assert.deepEqual(forward.entities().map((entity) => entity.id).sort(), backward.entities().map((entity) => entity.id).sort());
    forward.set('c', analyzeDocument('Only Palantir is mentioned now.'));
    assert.equal(forward.entity('anthropic'), undefined);
    assert.ok(forward.entity('palantir'));
    assert.equal(forward.entity('pete-hegseth')?.documents.size, 2);
    forward.remove('a');
    assert.deepEqual([...(forward.entity('hegseth')?.documents.keys() ?? [])], ['b']);
  });

  it('finds the entity and the quotation under an offset, and the quotes attributed to an entity', () => {
    const text = 'Defense Secretary Pete Hegseth arrived. "We will not back down," Hegseth said.';
    const index = indexOf({ a: text });
    const hit = index.entityAt('a', text.indexOf('Hegseth said') + 2);
    assert.equal(hit?.entity.name, 'Pete Hegseth');
    assert.equal(hit?.mention.text, 'Hegseth');
    assert.equal(index.entityAt('a', text.indexOf('arrived')), undefined);
    assert.equal(index.quoteAt('a', text.indexOf('not back'))?.text, 'We will not back down,');
    assert.equal(hit?.entity.documents.get('a')?.quotes.length, 1);
  });

  it('lists the documents of an entity one article alone names as a Map would', () => {
    const index = indexOf({ a: 'Defense Secretary Pete Hegseth arrived.', b: 'Pete Hegseth left.', c: 'Anthropic CEO Dario Amodei met officials.' });
    const shared = index.entity('pete-hegseth')?.documents;
    const single = index.entity('dario-amodei')?.documents;
    assert.ok(shared && single);
    assert.equal(single.size, 1);
    assert.equal(single.has('c'), true);
    assert.equal(single.has('a'), false);
    assert.equal(single.get('a'), undefined);
    assert.equal(single.get('c')?.mentions[0].text, 'Dario Amodei');
    assert.deepEqual([...single.keys()], ['c']);
    assert.deepEqual([...single.values()], [single.get('c')]);
    assert.deepEqual([...single], [...single.entries()]);
    assert.deepEqual([...single].map(([docId, entry]) => [docId, entry.localKey]), [['c', single.get('c')?.localKey]]);
    const visited: string[] = [];
    single.forEach((entry, docId, map) => visited.push(`${docId}:${entry === map.get(docId)}`));
    assert.deepEqual(visited, ['c:true']);
    assert.deepEqual([...shared.keys()], ['a', 'b']);
  });

  it('searches entities by name or alias prefix', () => {
    const index = indexOf({ a: 'Anthropic CEO Dario Amodei met Defense Secretary Pete Hegseth.' });
    assert.deepEqual(index.search('amo').map((entity) => entity.name), ['Dario Amodei']);
    assert.deepEqual(index.search('heg').map((entity) => entity.name), ['Pete Hegseth']);
  });
});
