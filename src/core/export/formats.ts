import { z } from 'zod';
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
    case 'csv': return toCsv(documents.flatMap(recordsOf));
    case 'w3c': return new Map([['annotations.jsonld', toW3c(documents.flatMap(recordsOf), generated)]]);
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

function toCsv(records: readonly ExportRecord[]): ExportFiles {
  const quotes = records.filter((record) => record.kind === 'quote');
  const entities = records.filter((record) => record.kind === 'entity');
  return new Map([
    ['quotes.csv', csvTable(['article', 'speaker', 'speaker_entity', 'unnamed', 'quote', 'start', 'end', 'provenance'],
      quotes.map((record) => [record.article, record.speaker?.name ?? '', record.speaker?.entity ?? '', record.speaker ? String(record.speaker.unnamed) : '', record.text, record.start, record.end, record.provenance]))],
    ['entities.csv', csvTable(['article', 'entity_id', 'name', 'type', 'mention', 'start', 'end', 'provenance'],
      entities.map((record) => [record.article, record.entity?.id, record.entity?.name, record.entity?.type, record.text, record.start, record.end, record.provenance]))],
  ]);
}

// W3C Web Annotation -------------------------------------------------------------------------

const MOTIVATION: Record<ExportRecord['kind'], string> = { entity: 'identifying', quote: 'identifying', note: 'commenting', rejection: 'moderating', alias: 'linking' };

function toW3c(records: readonly ExportRecord[], generated: string): string {
  const items = records.map((record, index) => ({
    id: `urn:marginalia:${record.annotation?.id ?? `${record.article}#${record.kind}-${record.start}-${record.end}-${index}`}`,
    type: 'Annotation',
    motivation: MOTIVATION[record.kind],
    created: record.annotation?.created ?? generated,
    ...(record.annotation ? { modified: record.annotation.modified, creator: { type: 'Person', name: record.annotation.author } } : { creator: { type: 'Software', name: 'Marginalia' } }),
    body: w3cBody(record),
    target: {
      source: record.article,
      selector: [
        { type: 'TextQuoteSelector', exact: record.text },
        { type: 'TextPositionSelector', start: record.start, end: record.end },
      ],
    },
  }));
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

const BRAT_TYPES: Record<string, string> = { person: 'Person', organization: 'Organization', place: 'Place', other: 'Other' };

/** One `.ann` per article (with its `.txt`, which brat needs beside it), and `annotation.conf`. */
function toBrat(documents: readonly ExportDocument[]): ExportFiles {
  const files: ExportFiles = new Map();
  for (const document of documents) {
    const base = document.path.replace(/\.[^./]+$/, '');
    files.set(`${base}.txt`, document.text);
    files.set(`${base}.ann`, bratAnn(document));
  }
  files.set('annotation.conf', '[entities]\nPerson\nOrganization\nPlace\nOther\nQuotation\nSpeaker\n\n[relations]\nSaidBy\tArg1:Quotation, Arg2:Speaker|Person|Organization\n\n[events]\n\n[attributes]\n');
  return files;
}

function bratAnn(document: ExportDocument): string {
  const lines: string[] = [];
  let t = 0;
  let r = 0;
  let n = 0;
  const textBound = (type: string, start: number, end: number) => {
    const id = `T${++t}`;
    lines.push(`${id}\t${type} ${fragments(document.text, start, end)}\t${document.text.slice(start, end).replace(/[\r\n]+/g, ' ')}`);
    return id;
  };
  for (const record of recordsOf(document)) {
    if (record.kind === 'entity' && record.entity) textBound(BRAT_TYPES[record.entity.type], record.start, record.end);
    else if (record.kind === 'quote') {
      const quote = textBound('Quotation', record.start, record.end);
      const mention = record.speaker?.mention;
      if (mention && mention.end > mention.start) lines.push(`R${++r}\tSaidBy Arg1:${quote} Arg2:${textBound('Speaker', mention.start, mention.end)}`);
    } else if (record.kind === 'note' && record.end > record.start) {
      lines.push(`#${++n}\tAnnotatorNotes ${textBound('Other', record.start, record.end)}\t${(record.note ?? '').replace(/[\r\n\t]+/g, ' ')}`);
    }
  }
  return lines.join('\n') + (lines.length > 0 ? '\n' : '');
}

/** brat spans cannot cross a line break: a span over several lines becomes "start end;start end" fragments. */
function fragments(text: string, start: number, end: number): string {
  const parts: string[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (text[i] === '\n' || text[i] === '\r') {
      if (i > from) parts.push(`${from} ${i}`);
      from = i + 1;
    }
  }
  if (end > from) parts.push(`${from} ${end}`);
  return parts.join(';');
}
