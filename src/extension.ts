import * as path from 'node:path';
import * as vscode from 'vscode';
import { registerDefinitions } from './features/definitions';
import { registerDocumentSymbols } from './features/documentSymbols';
import { registerHighlighting } from './features/highlighting';
import { registerHighlightToggle } from './features/highlightToggle';
import { registerHoverCards } from './features/hoverCards';
import { registerLegend } from './features/legend';
import { registerOpenLocation } from './features/openLocation';
import { registerReferences } from './features/references';
import { registerReindex } from './features/reindexCommand';
import { registerStatusBar } from './features/statusBar';
import { registerShowViews } from './features/viewsCommand';
import { registerEntitiesView } from './features/views/entitiesView';
import { registerQuotesView } from './features/views/quotesView';
import { registerSourcesView } from './features/views/sourcesView';
import { registerWorkspaceSymbols } from './features/workspaceSymbols';
import { ArticleLibrary } from './workspace/articleLibrary';
import { ArticleScope } from './workspace/articleScope';
import { BackgroundAnalyzer } from './workspace/backgroundAnalyzer';

/** What the extension exposes to its integration tests (and to other extensions). */
export interface MarginaliaApi {
  library: ArticleLibrary;
  /** How long `activate` took, in milliseconds (reported by the integration tests). */
  activationMs: number;
}

/**
 * Wires the capabilities together. Activation does no scanning itself: the library indexes the
 * workspace in the background, and every feature reads from it.
 */
export function activate(context: vscode.ExtensionContext): MarginaliaApi {
  const started = performance.now();
  const analyzer = new BackgroundAnalyzer(path.join(context.extensionPath, 'dist', 'analysisWorker.js'));
  const library = new ArticleLibrary(new ArticleScope(), analyzer);
  const noNotes = () => [];
  context.subscriptions.push(
    { dispose: () => analyzer.dispose() },
    library,
    registerOpenLocation(),
    registerHighlighting(library),
    registerHighlightToggle(),
    registerLegend(),
    registerHoverCards(library, noNotes),
    registerStatusBar(library),
    registerShowViews(),
    registerEntitiesView(library),
    registerQuotesView(library),
    registerSourcesView(library),
    registerReferences(library),
    registerDefinitions(library),
    registerDocumentSymbols(library),
    registerWorkspaceSymbols(library),
    registerReindex(library),
  );
  library.start();
  return { library, activationMs: performance.now() - started };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
