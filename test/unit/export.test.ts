import * as assert from 'node:assert/strict';
import { z } from 'zod';
import { analyzeDocument } from '../../src/core/analysis/analyze';
import { targetFor } from '../../src/core/annotations/anchoring';
import type { Annotation, AnnotationBody } from '../../src/core/annotations/schema';
import { collectForExport } from '../../src/core/export/collect';
import { csvCell, EXPORT_FORMATS, exportDocuments, JsonExportSchema } from '../../src/core/export/formats';
import { ExportRecordSchema } from '../../src/core/export/records';
import { readBrat } from '../support/brat';

const A = 'Defense Secretary Pete Hegseth met Anthropic CEO Dario Amodei.\n"We will not back down, not ever," Hegseth said. Gemini, a rival, was discussed.\nThe Defense\nProduction Act was cited.';
const B = 'Hegseth told Axios the talks failed. Palantir said nothing.';
const NOW = '2026-11-22T12:00:00.000Z';

function on(text: string, words: string, body: AnnotationBody, id: string): Annotation {
  const start = text.indexOf(words);
  return { id, target: targetFor(text, start, start + words.length, 'a.txt'), body, state: 'anchored', created: NOW, modified: NOW, author: 'ana' };
}

const documents = collectForExport([
  { path: 'a.txt', text: A, auto: analyzeDocument(A), annotations: [
    on(A, 'Gemini', { kind: 'reject', scope: 'here', name: 'Gemini' }, 'r1'),
    on(A, 'Dario Amodei', { kind: 'note', text: 'Confirm, "urgently"\nwith =SUM(1)', entity: 'Dario Amodei' }, 'n1'),
    on(A, 'Anthropic', { kind: 'entity', type: 'organization', name: 'Anthropic' }, 'e1'),
    on(A, 'Defense\nProduction Act', { kind: 'entity', type: 'other', name: 'Defense Production Act' }, 'e3'),
  ] },
  { path: 'b.txt', text: B, auto: analyzeDocument(B), annotations: [on(B, 'Palantir', { kind: 'entity', type: 'organization', name: 'Palantir Technologies' }, 'e2')] },
]);

/** A small RFC 4180 reader for the tests. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (char === '"') quoted = false; else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { row.push(cell); cell = ''; } else if (char === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += char;
  }
  return rows;
}

const W3cSchema = z.object({
  '@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
  type: z.literal('AnnotationCollection'),
  total: z.number(),
  first: z.object({ type: z.literal('AnnotationPage'), items: z.array(z.object({
    id: z.string().min(1), type: z.literal('Annotation'), motivation: z.string(),
    body: z.array(z.object({ type: z.literal('TextualBody'), value: z.string() })).min(1),
    target: z.object({ source: z.string(), selector: z.tuple([
      z.object({ type: z.literal('TextQuoteSelector'), exact: z.string() }),
      z.object({ type: z.literal('TextPositionSelector'), start: z.number(), end: z.number() })]) }),
  })) }),
});

describe('exports', () => {
  it('JSON parses back, with provenance, and rejected detections are not entities', () => {
    const json = JsonExportSchema.parse(JSON.parse(exportDocuments('json', documents).get('annotations.json') ?? ''));
    const records = json.documents[0].records;
    assert.ok(!records.some((record) => record.kind === 'entity' && record.text === 'Gemini'));
    assert.ok(records.some((record) => record.kind === 'rejection' && record.text === 'Gemini' && record.provenance === 'rejected'));
    assert.ok(records.some((record) => record.kind === 'entity' && record.text === 'Anthropic' && record.provenance === 'accepted'));
    assert.ok(records.some((record) => record.kind === 'entity' && record.text === 'Hegseth' && record.provenance === 'auto'));
    assert.ok(json.documents[1].records.some((record) => record.entity?.name === 'Palantir Technologies' && record.provenance === 'user'));
    const hegsethIds = new Set(json.documents.flatMap((document) => document.records).filter((record) => record.text.endsWith('Hegseth')).map((record) => record.entity?.id));
    assert.deepEqual([...hegsethIds], ['pete-hegseth'], 'entity ids are workspace-wide');
  });

  it('JSONL has one valid record per line', () => {
    const lines = (exportDocuments('jsonl', documents).get('annotations.jsonl') ?? '').trimEnd().split('\n');
    assert.ok(lines.length > 10);
    for (const line of lines) ExportRecordSchema.parse(JSON.parse(line));
  });

  it('CSV writes a quotes table and an entities table that parse back, and defuses formulas', () => {
    const files = exportDocuments('csv', documents);
    const quotes = parseCsv(files.get('quotes.csv') ?? '');
    assert.deepEqual(quotes[0], ['article', 'speaker', 'speaker_entity', 'unnamed', 'quote', 'start', 'end', 'provenance']);
    const quote = quotes.find((row) => row[4].startsWith('We will not back down'));
    assert.equal(quote?.[1], 'Pete Hegseth');
    assert.equal(quote?.[6], String(A.indexOf('," Hegseth') + 1));
    assert.equal(parseCsv(`${csvCell('two\nlines, "quoted"')}\r\n`)[0][0], 'two\nlines, "quoted"', 'newlines, commas and quotes survive');
    const entities = parseCsv(files.get('entities.csv') ?? '');
    assert.deepEqual(entities[0], ['article', 'id', 'name', 'type', 'aliases', 'roles', 'mentions', 'spans', 'provenance']);
    const hegseth = entities.find((row) => row[0] === 'a.txt' && row[2] === 'Pete Hegseth');
    assert.deepEqual(hegseth && [hegseth[1], hegseth[3], hegseth[6]], ['pete-hegseth', 'person', '2']);
    assert.match(hegseth?.[4] ?? '', /Hegseth/);
    assert.match(hegseth?.[5] ?? '', /Defense Secretary/);
    assert.equal(entities.find((row) => row[2] === 'Anthropic')?.[8], 'accepted');
    assert.ok(!entities.some((row) => row[2] === 'Gemini'), 'a rejected detection is not an entity');
    assert.equal(csvCell('=SUM(A1)'), "'=SUM(A1)");
  });

  it('W3C Web Annotation export is an AnnotationCollection with the model’s required fields', () => {
    const collection = W3cSchema.parse(JSON.parse(exportDocuments('w3c', documents).get('annotations.jsonld') ?? ''));
    assert.equal(collection.total, collection.first.items.length);
    const note = collection.first.items.find((item) => item.motivation === 'commenting');
    assert.match(note?.body[0].value ?? '', /Confirm/);
    assert.equal(note?.target.selector[0].exact, 'Dario Amodei');
  });

  it('brat standoff round-trips: every span’s text is the article’s text at its offsets', () => {
    const files = exportDocuments('brat', documents);
    assert.ok(files.has('annotation.conf'));
    for (const name of ['a', 'b']) {
      const text = files.get(`${name}.txt`) ?? '';
      const brat = readBrat(files.get(`${name}.ann`) ?? '');
      assert.ok(brat.textBounds.length > 0);
      for (const bound of brat.textBounds) {
        assert.equal(bound.fragments.map(([start, end]) => text.slice(start, end)).join(' '), bound.text, `${bound.id} ${bound.type}`);
        for (const [start, end] of bound.fragments) assert.ok(!text.slice(start, end).includes('\n'), 'fragments never cross a line');
      }
      const ids = new Set(brat.textBounds.map((bound) => bound.id));
      for (const relation of brat.relations) assert.ok(ids.has(relation.arg1) && ids.has(relation.arg2));
    }
    const a = readBrat(files.get('a.ann') ?? '');
    const said = a.relations.find((relation) => relation.type === 'Speaker');
    const boundOf = (id: string | undefined) => a.textBounds.find((bound) => bound.id === id);
    assert.equal(boundOf(said?.arg1)?.type, 'Quotation');
    assert.match(boundOf(said?.arg1)?.text ?? '', /^We will not back down/);
    assert.deepEqual([boundOf(said?.arg2)?.type, boundOf(said?.arg2)?.text], ['Person', 'Hegseth'], 'the speaker is the entity’s own T line');
    assert.ok(a.textBounds.some((bound) => bound.type === 'Other' && bound.text === 'Defense Production Act' && bound.fragments.length === 2), 'a span over two lines is two fragments');
    const note = a.notes.find((candidate) => /Confirm/.test(candidate.text));
    assert.equal(boundOf(note?.target)?.text, 'Dario Amodei', 'the note hangs on the entity it is about');
    assert.ok(!a.textBounds.some((bound) => bound.text === 'Gemini'), 'a rejected detection is not exported');
  });

  it('every format exports an empty workspace', () => {
    for (const format of EXPORT_FORMATS) assert.ok(exportDocuments(format, []).size > 0, format);
  });
});
