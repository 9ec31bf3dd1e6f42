import * as vscode from 'vscode';
import type { EntityType } from '../core/analysis/model';
import { truncate } from '../core/cards/markdown';
import type { ArticleLibrary } from '../workspace/articleLibrary';
import { ANY_DOCUMENT } from '../workspace/settings';

const SYMBOL_KIND: Record<EntityType, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Module,
  place: vscode.SymbolKind.Namespace,
  other: vscode.SymbolKind.Constant,
};

/** The Outline of an article: its entities (with their mentions) and its quotations. */
export function registerDocumentSymbols(library: ArticleLibrary): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(ANY_DOCUMENT, {
    provideDocumentSymbols(document) {
      const analysis = library.isArticle(document) ? library.analysisOf(document.uri.toString()) : undefined;
      if (!analysis) return undefined;
      const range = (start: number, end: number) => new vscode.Range(document.positionAt(start), document.positionAt(end));
      const entities = analysis.entities.filter((entity) => entity.mentions.length > 0).map((entity) => {
        const first = entity.mentions[0];
        const last = entity.mentions[entity.mentions.length - 1];
        const symbol = new vscode.DocumentSymbol(entity.name, `${entity.type} · ${entity.mentions.length}×`, SYMBOL_KIND[entity.type],
          range(first.start, last.end), range(first.start, first.end));
        symbol.children = entity.mentions.map((mention) =>
          new vscode.DocumentSymbol(mention.text, '', SYMBOL_KIND[entity.type], range(mention.start, mention.end), range(mention.start, mention.end)));
        return symbol;
      });
      const quotes = analysis.quotes.map((quote) => new vscode.DocumentSymbol(
        `“${truncate(quote.text.replace(/\s+/g, ' '), 60)}”`, quote.speaker?.name ?? 'no speaker', vscode.SymbolKind.String,
        range(quote.start, quote.end), range(quote.start, quote.end)));
      return [...entities, ...quotes];
    },
  });
}
