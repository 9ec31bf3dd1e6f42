import { z } from 'zod';
import type { EntityType } from '../analysis/model';
import { codePointOffsets } from './codePoints';
import { ExportDocument, ExportRecord, ExportRecordSchema, recordsOf } from './records';

/**
 * The export formats. Each returns the files to write (name → content); the caller writes them
 * atomically. Single-file formats return one file named after the format.
 */
export const EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'w3c', 'brat'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportFiles = Map<string, string>;

export function exportDocuments(format: ExportFormat, documents: readonly ExportDocument[], generated = new Date().toISOString()): ExportFiles {
  switch (format) {
    case 'json': return new Map([['annotations.json', toJson(documents, generated)]]);
    case 'jsonl': return new Map([['annotations.jsonl', documents.flatMap(recordsOf).map((record) => JSON.stringify(record)).join('\n') + '\n']]);
    case 'csv': return toCsv(documents);
    case 'w3c': return new Map([['annotations.jsonld', toW3c(documents, generated)]]);
    case 'brat': return toBrat(documents);
  }
}

/** Single-file formats can be written to a named file or stdout; the others need a folder. */
export function isSingleFile(format: ExportFormat): boolean {
  return format === 'json' || format === 'jsonl' || format === 'w3c';
}

// JSON ---------------------------------------------------------------------------------------

export const JsonExportSchema = z.object({
  version: z.literal(1),
  generated: z.string(),
  documents: z.array(z.object({
    path: z.string(),
    outlets: z.array(z.string()),
    sources: z.object({ named: z.number(), unnamed: z.number() }),
    records: z.array(ExportRecordSchema),
  })),
});

function toJson(documents: readonly ExportDocument[], generated: string): string {
  const value = JsonExportSchema.parse({
    version: 1, generated,
    documents: documents.map((document) => ({ path: document.path, outlets: document.effective.outlets, sources: document.effective.sources, records: recordsOf(document) })),
  });
  return `${JSON.stringify(value, null, 2)}\n`;
}

// CSV ----------------------------------------------------------------------------------------

/**
 * RFC 4180 cells. A cell that starts with = + - @ is prefixed with an apostrophe, so a
 * spreadsheet shows article text instead of running it as a formula.
 */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvTable(header: string[], rows: Array<Array<string | number | null | undefined>>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Two tables: one row per quotation, and one row per entity of each article (rejected ones are not entities). */
function toCsv(documents: readonly ExportDocument[]): ExportFiles {
  const records = documents.flatMap(recordsOf);
  const quotes = records.filter((record) => record.kind === 'quote');
  return new Map([
    ['quotes.csv', csvTable(['article', 'speaker', 'speaker_entity', 'unnamed', 'quote', 'start', 'end', 'provenance'],
      quotes.map((record) => [record.article, record.speaker?.name ?? '', record.speaker?.entity ?? '', record.speaker ? String(record.speaker.unnamed) : '', record.text, record.start, record.end, record.provenance]))],
    ['entities.csv', csvTable(['article', 'id', 'name', 'type', 'aliases', 'roles', 'mentions', 'spans', 'provenance'],
      documents.flatMap((document) => entityRows(document, records.filter((record) => record.article === document.path && record.kind === 'entity'))))],
  ]);
}

/** Aliases and roles are joined with "; "; spans are "start-end" offsets joined the same way. */
function entityRows(document: ExportDocument, mentionRecords: readonly ExportRecord[]): Array<Array<string | number>> {
  return document.effective.entities.map((entity) => {
    const provenances = new Set(mentionRecords.filter((record) => record.entity?.name === entity.name).map((record) => record.provenance));
    const provenance = provenances.has('user') ? 'user' : provenances.has('accepted') ? 'accepted' : 'auto';
    return [document.path, document.entityId(entity.key), entity.name, entity.type, entity.aliases.join('; '), entity.roles.join('; '),
      entity.mentions.length, entity.mentions.map((mention) => `${mention.start}-${mention.end}`).join('; '), provenance];
  });
}

// W3C Web Annotation -------------------------------------------------------------------------

const MOTIVATION: Record<ExportRecord['kind'], string> = { entity: 'identifying', quote: 'identifying', note: 'commenting', rejection: 'moderating', alias: 'linking' };

/** Context kept around the quote in W3C selectors, as in the sidecar. */
const W3C_CONTEXT = 32;

function toW3c(documents: readonly ExportDocument[], generated: string): string {
  const items = documents.flatMap((document) => {
    const toCodePoint = codePointOffsets(document.text);
    return recordsOf(document).map((record, index) => ({
      id: `urn:marginalia:${record.annotation?.id ?? `${record.article}#${record.kind}-${record.start}-${record.end}-${index}`}`,
      type: 'Annotation',
      motivation: MOTIVATION[record.kind],
      created: record.annotation?.created ?? generated,
      ...(record.annotation ? { modified: record.annotation.modified, creator: { type: 'Person', name: record.annotation.author } } : { creator: { type: 'Software', name: 'Marginalia' } }),
      body: w3cBody(record),
      target: {
        source: record.article,
        selector: [
          { type: 'TextQuoteSelector', exact: record.text, prefix: document.text.slice(Math.max(0, record.start - W3C_CONTEXT), record.start), suffix: document.text.slice(record.end, record.end + W3C_CONTEXT) },
          { type: 'TextPositionSelector', start: toCodePoint(record.start), end: toCodePoint(record.end) },
        ],
      },
    }));
  });
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'Marginalia annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

function w3cBody(record: ExportRecord): Array<Record<string, string>> {
  const provenance = { type: 'TextualBody', purpose: 'tagging', value: `provenance:${record.provenance}` };
  switch (record.kind) {
    case 'entity': return [{ type: 'TextualBody', purpose: 'identifying', value: record.entity?.name ?? record.text }, { type: 'TextualBody', purpose: 'classifying', value: record.entity?.type ?? 'other' }, provenance];
    case 'quote': return [{ type: 'TextualBody', purpose: 'classifying', value: 'quotation' }, ...(record.speaker ? [{ type: 'TextualBody', purpose: 'identifying', value: `speaker:${record.speaker.name}` }] : []), provenance];
    default: return [{ type: 'TextualBody', purpose: record.kind === 'note' ? 'commenting' : 'moderating', value: record.note ?? '' }, provenance];
  }
}

// brat standoff ------------------------------------------------------------------------------

const BRAT_TYPES: Record<EntityType, string> = { person: 'Person', organization: 'Organization', place: 'Place', other: 'Other' };

/**
 * The annotation types the `.ann` files use. "Speaker" marks the words a quotation is attributed to
 * when they are not an entity's name ("he", "a senior official"); "Note" the words a note is on
 * when they are not an entity's name.
 */
const BRAT_CONF = `[entities]
Person
Organization
Place
Other
Quotation
Speaker
Note

[relations]
Speaker\tArg1:Quotation, Arg2:Person|Organization|Place|Other|Speaker

[events]

[attributes]
`;

/** One `.ann` per article (with its `.txt`, which brat needs beside it), and `annotation.conf`. */
function toBrat(documents: readonly ExportDocument[]): ExportFiles {
  const files: ExportFiles = new Map();
  const bases = bratBaseNames(documents.map((document) => document.path));
  documents.forEach((document, index) => {
    files.set(`${bases[index]}.txt`, document.text);
    files.set(`${bases[index]}.ann`, bratAnn(document));
  });
  files.set('annotation.conf', BRAT_CONF);
  return files;
}

/**
 * brat pairs `name.txt` with `name.ann`, so the article's extension is dropped; when that would
 * make two articles share a name (`a.txt` and `a.md`), the extension is kept in the name instead.
 */
function bratBaseNames(paths: readonly string[]): string[] {
  const withoutExtension = paths.map((file) => file.replace(/\.[^./]+$/, ''));
  return withoutExtension.map((base, index) =>
    withoutExtension.indexOf(base) === withoutExtension.lastIndexOf(base) ? base : paths[index].replace(/\.([^./]+)$/, '_$1'));
}

/** Writes T (text-bound), R (relation) and # (note) lines; entity spans are reused by relations and notes. */
function bratAnn(document: ExportDocument): string {
  const lines: string[] = [];
  const spanIds = new Map<string, string>();
  const toCodePoint = codePointOffsets(document.text);
  /** The id of a span's T line, written on first use; undefined for a span of nothing but line breaks, which brat cannot hold. */
  const textBound = (type: string, start: number, end: number): string | undefined => {
    const existing = spanIds.get(`${start}:${end}`);
    const fragments = bratFragments(document.text, start, end, toCodePoint);
    if (existing || !fragments) return existing;
    const id = `T${spanIds.size + 1}`;
    spanIds.set(`${start}:${end}`, id);
    lines.push(`${id}\t${type} ${fragments}\t${document.text.slice(start, end).replace(/[\r\n]+/g, ' ')}`);
    return id;
  };
  // An orphan's offsets no longer point at its words, and brat checks spans against the text.
  const records = recordsOf(document).filter((record) => record.annotation?.state !== 'orphan');
  for (const record of records) {
    if (record.kind === 'entity' && record.entity) textBound(BRAT_TYPES[record.entity.type], record.start, record.end);
  }
  let relations = 0;
  let notes = 0;
  for (const record of records) {
    if (record.kind === 'quote') {
      const quote = textBound('Quotation', record.start, record.end);
      const mention = record.speaker?.mention;
      const speaker = mention && textBound('Speaker', mention.start, mention.end);
      if (quote && speaker) lines.push(`R${++relations}\tSpeaker Arg1:${quote} Arg2:${speaker}`);
    } else if (record.kind === 'note') {
      const span = textBound('Note', record.start, record.end);
      if (span) lines.push(`#${++notes}\tAnnotatorNotes ${span}\t${(record.note ?? '').replace(/[\r\n\t]+/g, ' ')}`);
    }
  }
  return lines.join('\n') + (lines.length > 0 ? '\n' : '');
}

/**
 * brat spans cannot cross a line break: a span over several lines becomes "start end;start end"
 * fragments, one per line, in code points.
 */
function bratFragments(text: string, start: number, end: number, toCodePoint: (offset: number) => number): string {
  const parts: string[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n' || text[i] === '\r') {
      if (i > from) parts.push(`${toCodePoint(from)} ${toCodePoint(i)}`);
      from = i + 1;
    }
  }
  return parts.join(';');
}
