import type { DocumentAnalysis } from '../analysis/model';
import { applyAnnotations, workspaceRejections } from '../annotations/overlay';
import type { Annotation } from '../annotations/schema';
import { reanchor } from '../annotations/tracking';
import { CrossSourceIndex } from '../index/crossSourceIndex';
import type { ExportDocument } from './records';

/** An article as it is on disk: its text and its sidecar's annotations. */
export interface SavedArticle {
  path: string;
  text: string;
  /** The sidecar's annotations, as saved (they are re-anchored on the current text here, never written back). */
  annotations: readonly Annotation[];
}

export interface ArticleForExport extends SavedArticle {
  /** The automatic analysis of `text`, before annotations. */
  auto: DocumentAnalysis;
}

/** Applies the annotations of analysed articles for export, with workspace-wide entity ids. */
export function collectForExport(articles: readonly ArticleForExport[]): ExportDocument[] {
  const prepared = articles.map((article) => ({ ...article, annotations: reanchor(article.annotations, article.text) }));
  const rejected = new Set(prepared.flatMap((article) => workspaceRejections(article.annotations)));
  const index = new CrossSourceIndex();
  const documents = prepared.map((article) => ({ ...article, effective: applyAnnotations(article.auto, article.text, article.annotations, rejected) }));
  for (const document of documents) index.set(document.path, document.effective);
  return documents.map((document) => ({ ...document, entityId: (localKey: number) => index.entityId(document.path, localKey) ?? '' }));
}
