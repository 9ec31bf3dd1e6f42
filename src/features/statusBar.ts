import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../core/analysis/model';
import { escapeMarkdown, plural } from '../core/cards/markdown';
import type { ArticleLibrary } from '../workspace/articleLibrary';
import { SHOW_VIEWS_COMMAND } from './viewsCommand';

/** The active article's numbers at a glance; clicking opens the Marginalia views. */
export function registerStatusBar(library: ArticleLibrary): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('marginalia.articleSummary', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Marginalia Article Summary';
  item.command = SHOW_VIEWS_COMMAND;
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    const analysis = document && library.isArticle(document) ? library.analysisOf(document.uri.toString()) : undefined;
    if (!analysis) {
      item.hide();
      return;
    }
    item.text = summaryText(analysis);
    item.tooltip = summaryTooltip(analysis);
    item.show();
  };
  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    library.onDidChange((docIds) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && docIds.has(active)) update();
    }),
  );
}

export function summaryText(analysis: DocumentAnalysis): string {
  const { named, unnamed } = analysis.sources;
  return `$(book) ${plural(analysis.entities.length, 'entity', 'entities')} · $(quote) ${plural(analysis.quotes.length, 'quote')} · `
    + `$(person) ${named} named / ${unnamed} unnamed · $(broadcast) ${plural(analysis.outlets.length, 'outlet')}`;
}

function summaryTooltip(analysis: DocumentAnalysis): vscode.MarkdownString {
  const outlets = analysis.outlets.length > 0 ? analysis.outlets.map(escapeMarkdown).join(', ') : 'none';
  return new vscode.MarkdownString([
    '**Marginalia** — this article',
    '',
    `- ${plural(analysis.entities.length, 'entity', 'entities')}`,
    `- ${plural(analysis.quotes.length, 'quotation')}`,
    `- sources: ${analysis.sources.named} named, ${analysis.sources.unnamed} unnamed`,
    `- outlets cited: ${outlets}`,
    '',
    'Click to open the Marginalia views.',
  ].join('\n'));
}
