import type { DocumentAnalysis } from './analysis/model';
import type { CrossSourceIndex } from './index/crossSourceIndex';
import type { AnalysisReport, ReportDocument } from './schema/analysisReport';

/** Builds the `marginalia analyze` JSON from an index holding the analysed articles; documents are listed under their display paths. */
export function buildAnalysisReport(index: CrossSourceIndex, displayPaths: ReadonlyMap<string, string>): AnalysisReport {
  const documents = index.documentIds().map((docId) => documentReport(index, docId, displayPaths.get(docId) ?? docId));
  const entities = index.entities()
    .map((entity) => ({
      id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases, roles: entity.roles,
      documents: [...entity.documents.keys()].map((docId) => displayPaths.get(docId) ?? docId).sort(),
    }))
    .sort((a, b) => b.documents.length - a.documents.length || a.name.localeCompare(b.name));
  return { version: 1, documents, entities };
}

function documentReport(index: CrossSourceIndex, docId: string, displayPath: string): ReportDocument {
  const analysis = index.analysis(docId) as DocumentAnalysis;
  const idOf = (localKey: number) => index.entityId(docId, localKey) ?? null;
  return {
    path: displayPath,
    entities: analysis.entities.map((entity) => ({
      id: idOf(entity.key) ?? '', name: entity.name, type: entity.type, aliases: entity.aliases, roles: entity.roles, mentions: entity.mentions,
    })),
    quotes: analysis.quotes.map((quote) => ({
      start: quote.start, end: quote.end, text: quote.text,
      speaker: quote.speaker && {
        name: quote.speaker.name,
        entity: quote.speaker.entity === null ? null : idOf(quote.speaker.entity),
        mention: quote.speaker.mention,
      },
    })),
    outlets: analysis.outlets,
  };
}
