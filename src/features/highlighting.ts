import * as vscode from 'vscode';
import type { DocumentAnalysis, EntityType } from '../core/analysis/model';
import type { ArticleLibrary } from '../workspace/articleLibrary';
import { affectsMarginalia, HIGHLIGHT_KINDS, HighlightKind, readSettings } from '../workspace/settings';

/**
 * Colours entity names, quotations and speaker mentions in visible articles. Colours are theme
 * colours contributed in package.json (`marginalia.*Background` / `*Border`), so themes and
 * users can override them; every kind also marks the overview ruler.
 */
export function registerHighlighting(library: ArticleLibrary): vscode.Disposable {
  const decorations = new Map(HIGHLIGHT_KINDS.map((kind) => [kind, createDecoration(kind)]));
  const refresh = (editor: vscode.TextEditor) => decorate(editor, library, decorations);
  const refreshAll = () => vscode.window.visibleTextEditors.forEach(refresh);

  return vscode.Disposable.from(
    ...decorations.values(),
    library.onDidChange((docIds) => vscode.window.visibleTextEditors
      .filter((editor) => docIds.has(editor.document.uri.toString()))
      .forEach(refresh)),
    vscode.window.onDidChangeVisibleTextEditors(refreshAll),
    vscode.workspace.onDidChangeConfiguration((event) => { if (affectsMarginalia(event, 'highlight')) refreshAll(); }),
  );
}

function createDecoration(kind: HighlightKind): vscode.TextEditorDecorationType {
  const border = new vscode.ThemeColor(`marginalia.${kind}Border`);
  const ruler = { overviewRulerColor: border, overviewRulerLane: vscode.OverviewRulerLane.Right };
  switch (kind) {
    case 'quote':
      return vscode.window.createTextEditorDecorationType({
        ...ruler, overviewRulerLane: vscode.OverviewRulerLane.Left,
        backgroundColor: new vscode.ThemeColor('marginalia.quoteBackground'), fontStyle: 'italic',
      });
    case 'speaker':
      return vscode.window.createTextEditorDecorationType({
        ...ruler, overviewRulerLane: vscode.OverviewRulerLane.Center,
        borderStyle: 'none none solid none', borderWidth: '0 0 2px 0', borderColor: border,
      });
    default:
      return vscode.window.createTextEditorDecorationType({
        ...ruler,
        backgroundColor: new vscode.ThemeColor(`marginalia.${kind}Background`),
        borderStyle: 'none none solid none', borderWidth: '0 0 1px 0', borderColor: border, borderRadius: '2px',
      });
  }
}

function decorate(editor: vscode.TextEditor, library: ArticleLibrary, decorations: Map<HighlightKind, vscode.TextEditorDecorationType>): void {
  const document = editor.document;
  const analysis = library.isArticle(document) ? library.analysisOf(document.uri.toString()) : undefined;
  // Offsets from an analysis of older text would land on the wrong words; VS Code keeps moving the
  // previous decorations with the edits until the debounced re-analysis arrives.
  if (analysis && !library.isCurrent(document)) return;
  const settings = readSettings();
  const ranges = analysis && settings.highlightEnabled ? rangesByKind(analysis) : undefined;
  for (const [kind, decoration] of decorations) {
    const wanted = ranges && settings.highlightKinds.has(kind) ? ranges.get(kind) ?? [] : [];
    editor.setDecorations(decoration, wanted.map(([start, end]) => new vscode.Range(document.positionAt(start), document.positionAt(end))));
  }
}

/** Offsets to colour, per highlight kind. */
export function rangesByKind(analysis: DocumentAnalysis): Map<HighlightKind, Array<[number, number]>> {
  const ranges = new Map<HighlightKind, Array<[number, number]>>(HIGHLIGHT_KINDS.map((kind) => [kind, []]));
  for (const entity of analysis.entities) {
    const bucket = ranges.get(entity.type satisfies EntityType);
    for (const mention of entity.mentions) bucket?.push([mention.start, mention.end]);
  }
  for (const quote of analysis.quotes) {
    ranges.get('quote')?.push([quote.start, quote.end]);
    if (quote.speaker?.mention) ranges.get('speaker')?.push([quote.speaker.mention.start, quote.speaker.mention.end]);
  }
  return ranges;
}
