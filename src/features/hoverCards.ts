import * as vscode from 'vscode';
import { CardContext, renderEntityCard, renderQuoteCard } from '../core/cards/cards';
import type { Span } from '../core/analysis/model';
import type { IndexedEntity } from '../core/index/crossSourceIndex';
import type { ArticleLibrary } from '../workspace/articleLibrary';
import { ANY_DOCUMENT, readSettings } from '../workspace/settings';
import { OPEN_LOCATION_COMMAND, openLocationLink } from './openLocation';

/**
 * Hover cards on entity names and quotations, answered from the cross-source index. The card's
 * markdown escapes all article text, and only Marginalia's own navigation command may run from it.
 */
export function registerHoverCards(library: ArticleLibrary, notesFor: (entity: IndexedEntity) => readonly string[]): vscode.Disposable {
  return vscode.languages.registerHoverProvider(ANY_DOCUMENT, {
    provideHover(document, position) {
      const settings = readSettings();
      if (!settings.hoverEnabled || !library.isArticle(document)) return undefined;
      const docId = document.uri.toString();
      const offset = document.offsetAt(position);
      const context: CardContext = {
        limits: { maxSources: settings.maxSources, maxQuotes: settings.maxQuotes },
        link: openLocationLink,
        textOf: (id) => library.textOf(id),
        labelOf: (id) => library.labelOf(id),
      };
      const hit = library.index.entityAt(docId, offset);
      if (hit) {
        const markdown = renderEntityCard({ entity: hit.entity, docId, notes: notesFor(hit.entity) }, context);
        return new vscode.Hover(trusted(markdown), spanRange(document, hit.mention));
      }
      const quote = library.index.quoteAt(docId, offset);
      if (!quote) return undefined;
      const speakerKey = quote.speaker?.entity;
      const speakerId = speakerKey === null || speakerKey === undefined ? undefined : library.index.entityId(docId, speakerKey);
      const speakerEntity = speakerId === undefined ? undefined : library.index.entity(speakerId);
      return new vscode.Hover(trusted(renderQuoteCard({ quote, docId, speakerEntity }, context)), spanRange(document, quote));
    },
  });
}

function trusted(markdown: string): vscode.MarkdownString {
  const result = new vscode.MarkdownString(markdown);
  // Never `isTrusted: true`: only the navigation command may run from a card, and no HTML renders.
  result.isTrusted = { enabledCommands: [OPEN_LOCATION_COMMAND] };
  result.supportHtml = false;
  result.supportThemeIcons = false;
  return result;
}

function spanRange(document: vscode.TextDocument, span: Pick<Span, 'start' | 'end'>): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}
