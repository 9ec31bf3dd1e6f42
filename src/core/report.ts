import type { DocumentAnalysis, Quote } from './analysis/model';
import type { CrossSourceIndex, IndexedEntity } from './index/crossSourceIndex';
import type { AnalysisReport, ReportDocument, ReportEntity, ReportQuote } from './schema/analysisReport';

/**
 * Builds the `marginalia analyze` JSON (AnalysisReportSchema) from an index holding the analysed
 * articles. Documents are listed in the order they were indexed, under their display paths (a
 * document without one is listed under its id). Entity ids are the index's workspace-wide ids, so
 * the same person carries the same id in every document and in the workspace table.
 */
export function buildAnalysisReport(index: CrossSourceIndex, displayPaths: ReadonlyMap<string, string>): AnalysisReport {
  const displayPathOf = (docId: string) => displayPaths.get(docId) ?? docId;
  const documents = index.documentIds().map((docId) => documentReport(index, docId, displayPathOf(docId)));
  const entities = index.entities().map((entity) => workspaceEntity(entity, displayPathOf)).sort(byDocumentCountThenName);
  return { version: 1, documents, entities };
}

function workspaceEntity(entity: IndexedEntity, displayPathOf: (docId: string) => string): ReportEntity {
  return {
    id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases, roles: entity.roles,
    documents: [...entity.documents.keys()].map(displayPathOf).sort(),
  };
}

/** The most widely reported entities first, so a reader sees what the articles share. */
function byDocumentCountThenName(a: ReportEntity, b: ReportEntity): number {
  return b.documents.length - a.documents.length || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

function documentReport(index: CrossSourceIndex, docId: string, displayPath: string): ReportDocument {
  const analysis = index.analysis(docId) as DocumentAnalysis; // listed by documentIds(), so present
  const idOf = (localKey: number) => workspaceId(index, docId, localKey);
  return {
    path: displayPath,
    entities: analysis.entities.map((entity) => ({
      id: idOf(entity.key), name: entity.name, type: entity.type, aliases: entity.aliases, roles: entity.roles, mentions: entity.mentions,
    })),
    quotes: analysis.quotes.map((quote) => reportQuote(quote, idOf)),
    outlets: analysis.outlets,
  };
}

function reportQuote(quote: Quote, idOf: (localKey: number) => string): ReportQuote {
  const { speaker } = quote;
  return {
    start: quote.start, end: quote.end, text: quote.text,
    speaker: speaker && {
      name: speaker.name,
      entity: speaker.entity === null ? null : idOf(speaker.entity),
      mention: speaker.mention,
    },
  };
}

/** Every local entity of an indexed document has a workspace id; a missing one is a bug in the index, not bad input. */
function workspaceId(index: CrossSourceIndex, docId: string, localKey: number): string {
  const id = index.entityId(docId, localKey);
  if (id === undefined) throw new Error(`the index has no workspace id for entity ${localKey} of ${docId}`);
  return id;
}
