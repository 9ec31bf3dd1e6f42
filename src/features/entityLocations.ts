import * as vscode from 'vscode';
import type { Span } from '../core/analysis/model';
import type { IndexedEntity } from '../core/index/crossSourceIndex';
import type { ArticleLibrary } from '../workspace/articleLibrary';

/** The entity whose mention is at a position of an article, if any. */
export function entityUnder(library: ArticleLibrary, document: vscode.TextDocument, position: vscode.Position): IndexedEntity | undefined {
  if (!library.isArticle(document)) return undefined;
  return library.index.entityAt(document.uri.toString(), document.offsetAt(position))?.entity;
}

/**
 * A span of an indexed article as a Location. Positions come from the article's indexed text,
 * so articles that are not open need no document to be loaded.
 */
export function locationOf(library: ArticleLibrary, docId: string, span: Pick<Span, 'start' | 'end'>): vscode.Location | undefined {
  const uri = library.uriOf(docId);
  const text = library.textOf(docId);
  if (!uri || text === undefined) return undefined;
  const lines = lineStarts(library, docId, text);
  return new vscode.Location(uri, new vscode.Range(positionAt(lines, span.start), positionAt(lines, span.end)));
}

const lineStartCache = new WeakMap<object, number[]>();

function lineStarts(library: ArticleLibrary, docId: string, text: string): number[] {
  // Keyed on the analysis object, which is replaced whenever the text changes.
  const key = library.analysisOf(docId) ?? {};
  const cached = lineStartCache.get(key);
  if (cached) return cached;
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  lineStartCache.set(key, starts);
  return starts;
}

function positionAt(lineStartOffsets: number[], offset: number): vscode.Position {
  let low = 0;
  let high = lineStartOffsets.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStartOffsets[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return new vscode.Position(low, offset - lineStartOffsets[low]);
}
