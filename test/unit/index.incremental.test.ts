import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzeDocument } from '../../src/core/analysis/analyze';
import type { DocumentAnalysis } from '../../src/core/analysis/model';
import { CrossSourceIndex } from '../../src/core/index/crossSourceIndex';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const samples = fs.readdirSync(SAMPLES).sort().map((name) => ({ id: name, text: fs.readFileSync(path.join(SAMPLES, name), 'utf8') }));

/** Short articles in news style whose entities link to each other in every way the index knows. */
const ARTICLES: Record<string, string> = {
  full: 'Defense Secretary Pete Hegseth met Anthropic CEO Dario Amodei at the Pentagon.',
  surname: 'Hegseth said the talks would continue. Amodei declined to comment.',
  rival: 'Daniela Amodei, the company president, also spoke to Axios.',
  acronym: 'The Department of Defense (DoD) awarded contracts to Palantir and OpenAI.',
  shortForm: 'DoD officials declined to comment, according to Reuters.',
  renamed: 'The Pentagon, which the administration has renamed the Department of War, said it would act.',
  war: 'A Department of War spokesperson said the review was over.',
  inverted: 'The Defense Department said Mr Hegseth would travel to Venezuela.',
};
const ANALYSES: Record<string, DocumentAnalysis> = Object.fromEntries(Object.entries(ARTICLES).map(([id, text]) => [id, analyzeDocument(text)]));

/** Which local entities share a workspace entity, independent of ids: sorted groups of "doc#localKey". */
function grouping(index: CrossSourceIndex): string[] {
  return index.entities()
    .map((entity) => [...entity.documents].map(([docId, entry]) => `${docId}#${entry.localKey}`).sort().join(' '))
    .sort();
}

function idOf(index: CrossSourceIndex, docId: string, alias: string): string | undefined {
  const local = index.analysis(docId)?.entities.find((entity) => entity.aliases.includes(alias));
  return local && index.entityId(docId, local.key);
}

describe('cross-source index: linking on the sample articles', () => {
  const index = new CrossSourceIndex();
  for (const { id, text } of samples) index.set(id, analyzeDocument(text));

  it('gives Hegseth one id in every article that names him', () => {
    const ids = samples.map(({ id }) => idOf(index, id, 'Hegseth') ?? idOf(index, id, 'Pete Hegseth')).filter((id) => id !== undefined);
    assert.deepEqual(ids, ['pete-hegseth', 'pete-hegseth', 'pete-hegseth', 'pete-hegseth']);
  });

  it('links "Defense Department" in one article with "Department of Defense (DoD)" in another', () => {
    const dod = index.entity('department-of-defense');
    assert.ok(dod);
    assert.deepEqual([...dod.documents.keys()].sort(), ['002_bcdb3845bf7e76b3.txt', '003_2a0c7b8ba0272705.txt']);
    assert.deepEqual(dod.aliases, ['Defense Department', 'Department of Defense', 'DoD']);
  });

  it('links "U.S." and "United States", and gives every entity exactly one id', () => {
    assert.equal(idOf(index, '003_2a0c7b8ba0272705.txt', 'U.S.'), 'united-states');
    const ids = index.entities().map((entity) => entity.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const { id } of samples) {
      for (const local of index.analysis(id)?.entities ?? []) {
        const entity = index.entity(index.entityId(id, local.key) ?? '');
        assert.ok(entity?.documents.has(id), `${local.name} in ${id} belongs to an entity that lists the article`);
      }
    }
  });
});

describe('cross-source index: links made and undone by other articles', () => {
  it('links "Department of War" to the Pentagon only while an article equates them', () => {
    const index = new CrossSourceIndex();
    for (const id of ['full', 'war', 'renamed']) index.set(id, ANALYSES[id]);
    assert.equal(idOf(index, 'war', 'Department of War'), idOf(index, 'full', 'Pentagon'));
    index.remove('renamed');
    assert.notEqual(idOf(index, 'war', 'Department of War'), idOf(index, 'full', 'Pentagon'));
  });

  it('links a bare surname through the one full name, and unlinks it when a second person shares it', () => {
    const index = new CrossSourceIndex();
    for (const id of ['full', 'surname']) index.set(id, ANALYSES[id]);
    assert.equal(idOf(index, 'surname', 'Amodei'), 'dario-amodei');
    assert.equal(idOf(index, 'surname', 'Hegseth'), 'pete-hegseth');
    index.set('rival', ANALYSES.rival);
    assert.equal(idOf(index, 'surname', 'Amodei'), 'amodei');
    assert.equal(idOf(index, 'surname', 'Hegseth'), 'pete-hegseth', 'the other link is untouched');
    index.remove('full');
    assert.equal(index.entity('pete-hegseth'), undefined, 'the full name went with its article');
    assert.ok(index.entity('hegseth')?.documents.has('surname'));
  });

  it('never lets a person\'s surname take in a place of the same name', () => {
    const index = new CrossSourceIndex();
    index.set('person', analyzeDocument('Film director John Houston said the script was ready. Houston added that filming would start soon.'));
    index.set('city', analyzeDocument('The storm hit Houston on Monday, and flights from Houston were cancelled.'));
    index.set('again', analyzeDocument('Rain also fell in Houston.'));
    assert.equal(idOf(index, 'person', 'Houston'), 'john-houston');
    assert.equal(idOf(index, 'city', 'Houston'), 'houston');
    assert.equal(idOf(index, 'again', 'Houston'), 'houston', 'the city is one place across articles');
  });

  it('attributes quotations to the linked entity, per article', () => {
    const index = new CrossSourceIndex();
    index.set('full', ANALYSES.full);
    index.set('quote', analyzeDocument('"We will not back down," Hegseth said on Friday.'));
    const hegseth = index.entity('pete-hegseth');
    assert.equal(hegseth?.documents.get('quote')?.quotes[0]?.text, 'We will not back down,');
    assert.deepEqual(hegseth?.documents.get('full')?.quotes, []);
  });
});

describe('cross-source index: incremental updates', () => {
  const ids = Object.keys(ARTICLES);
  const operation = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), id: fc.constantFrom(...ids) }),
    fc.record({ kind: fc.constant('remove' as const), id: fc.constantFrom(...ids) }),
  );

  /** Applies one set or remove to the index and to the list of articles it should hold. */
  function apply(index: CrossSourceIndex, present: Set<string>, { kind, id }: { kind: 'set' | 'remove'; id: string }): void {
    if (kind === 'set') {
      index.set(id, ANALYSES[id]);
      present.add(id);
    } else {
      index.remove(id);
      present.delete(id);
    }
  }

  function assertSameAsFresh(index: CrossSourceIndex, present: Set<string>): void {
    const fresh = new CrossSourceIndex();
    for (const id of [...present].sort()) fresh.set(id, ANALYSES[id]);
    assert.deepEqual(grouping(index), grouping(fresh));
    assert.deepEqual(index.documentIds().sort(), [...present].sort());
    for (const entity of index.entities()) assert.deepEqual(entity, fresh.entity(entity.id) ?? index.entity(entity.id));
  }

  it('after any sequence of sets and removes, holds exactly what a fresh index of the remaining articles holds', () => {
    fc.assert(fc.property(fc.array(operation, { maxLength: 30 }), (operations) => {
      const index = new CrossSourceIndex();
      const present = new Set<string>();
      for (const step of operations) {
        apply(index, present, step);
        index.entities(); // read between changes, so that stale cached entities would show
      }
      assertSameAsFresh(index, present);
    }), { numRuns: 300 });
  });

  it('holds the same when read only now and then, one entity or the whole table', () => {
    // What is built before a change decides what the change must forget.
    const read = fc.constantFrom('nothing' as const, 'one entity' as const, 'the table' as const);
    fc.assert(fc.property(fc.array(fc.tuple(operation, read), { maxLength: 30 }), (steps) => {
      const index = new CrossSourceIndex();
      const present = new Set<string>();
      for (const [step, reading] of steps) {
        apply(index, present, step);
        if (reading === 'one entity') index.entity(index.entityId(step.id, 0) ?? '');
        else if (reading === 'the table') index.entities();
      }
      assertSameAsFresh(index, present);
    }), { numRuns: 300 });
  });

  it('answers an entity look-up like a fresh index after a change two links away from the entity', () => {
    // Alpha absorbs Beta, so Gamma, which Beta offers, stands alone. Once Delta offers Beta too,
    // Beta belongs to neither and Gamma joins Beta: Gamma heads no group any more.
    const offering = (name: string, equivalents: string[] = []): DocumentAnalysis => ({
      entities: [{ key: 0, name, type: 'organization', aliases: [name], roles: [], mentions: [{ start: 0, end: name.length, text: name }], equivalents }],
      quotes: [], outlets: [], sources: { named: 0, unnamed: 0 },
    });
    const docs: Array<[string, DocumentAnalysis]> = [['a', offering('Alpha', ['Beta'])], ['b', offering('Beta', ['Gamma'])], ['c', offering('Gamma')]];
    const index = new CrossSourceIndex();
    for (const [id, analysis] of docs) index.set(id, analysis);
    assert.ok(index.entity('gamma'));
    index.set('d', offering('Delta', ['Beta']));
    const fresh = new CrossSourceIndex();
    for (const [id, analysis] of [...docs, ['d', offering('Delta', ['Beta'])] as [string, DocumentAnalysis]]) fresh.set(id, analysis);
    assert.equal(fresh.entity('gamma'), undefined);
    assert.equal(index.entity('gamma'), undefined);
    assert.deepEqual(index.entity('beta'), fresh.entity('beta'));
  });

  it('replacing one article leaves the entities of the others as they were', () => {
    const index = new CrossSourceIndex();
    for (const id of ids) index.set(id, ANALYSES[id]);
    const palantirBefore = index.entity('palantir');
    index.set('surname', analyzeDocument('Hegseth said nothing more.'));
    assert.equal(index.entity('palantir'), palantirBefore, 'an untouched entity is the same object, not rebuilt');
    assert.ok(index.entity('pete-hegseth')?.documents.has('surname'));
    assert.equal(idOf(index, 'surname', 'Amodei'), undefined);
  });
});

describe('cross-source index: look-ups by offset', () => {
  const text = samples[0].text;
  const index = new CrossSourceIndex();
  index.set('a', analyzeDocument(text));
  const analysis = index.analysis('a') as DocumentAnalysis;

  it('finds the entity of every mention at its first, middle and last character, and nothing just after', () => {
    for (const local of analysis.entities) {
      for (const mention of local.mentions) {
        for (const offset of [mention.start, (mention.start + mention.end) >> 1, mention.end - 1]) {
          const hit = index.entityAt('a', offset);
          assert.equal(hit?.mention.start, mention.start);
          assert.equal(hit?.entity.id, index.entityId('a', local.key));
        }
        const after = index.entityAt('a', mention.end);
        assert.ok(!after || after.mention.start === mention.end, 'the offset after a mention belongs to no mention or the next one');
      }
    }
    assert.equal(index.entityAt('a', -1), undefined);
    assert.equal(index.entityAt('a', text.length + 10), undefined);
    assert.equal(index.entityAt('missing', 0), undefined);
  });

  it('finds the quotation under an offset, its marks included', () => {
    for (const quote of analysis.quotes) {
      assert.equal(index.quoteAt('a', quote.start), quote);
      assert.equal(index.quoteAt('a', quote.end - 1), quote);
      assert.equal(index.quoteAt('a', quote.start - 1), quote, 'the opening mark');
    }
    const outside = text.indexOf('Briefly');
    assert.equal(index.quoteAt('a', outside), undefined);
  });
});
