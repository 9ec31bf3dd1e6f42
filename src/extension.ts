import * as path from 'node:path';
import * as vscode from 'vscode';
import { registerAddNote } from './features/annotations/addNote';
import { registerAnnotateEntity } from './features/annotations/annotateEntity';
import { registerAnnotationActions } from './features/annotations/annotationActions';
import { registerAnnotationViews } from './features/annotations/annotationsView';
import { registerExportAnnotations } from './features/annotations/exportAnnotations';
import { registerMergeAlias } from './features/annotations/mergeAlias';
import { registerOpenSidecar } from './features/annotations/openSidecar';
import { registerReattachOrphan } from './features/annotations/reattachOrphan';
import { registerRejectSuggestion } from './features/annotations/rejectSuggestion';
import { registerRemoveAnnotation } from './features/annotations/removeAnnotation';
import { registerSetSpeaker } from './features/annotations/setSpeaker';
import { registerUndoAnnotation } from './features/annotations/undoAnnotation';
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
import { AnnotationStore } from './workspace/annotationStore';
import { ArticleLibrary } from './workspace/articleLibrary';
import { ArticleScope } from './workspace/articleScope';
import { BackgroundAnalyzer } from './workspace/backgroundAnalyzer';

/** What the extension exposes to its integration tests (and to other extensions). */
export interface MarginaliaApi {
  library: ArticleLibrary;
  annotations: AnnotationStore;
  /** How long `activate` took, in milliseconds (reported by the integration tests). */
  activationMs: number;
}

/**
 * Wires the capabilities together. Activation does no scanning itself: the library indexes the
 * workspace in the background, and every feature reads from it.
 */
export function activate(context: vscode.ExtensionContext): MarginaliaApi {
  const started = performance.now();
  const workerScript = path.join(context.extensionPath, 'dist', 'analysisWorker.js');
  const analyzer = new BackgroundAnalyzer(workerScript);
  const annotations = new AnnotationStore();
  const library = new ArticleLibrary(new ArticleScope(), analyzer, annotations, workerScript);
  context.subscriptions.push(
    { dispose: () => analyzer.dispose() },
    annotations,
    library,
    registerOpenLocation(),
    registerHighlighting(library),
    registerHighlightToggle(),
    registerLegend(),
    registerHoverCards(library, (entity) => annotations.notesFor([entity.name, ...entity.aliases])),
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
    registerAnnotateEntity(library, annotations),
    registerSetSpeaker(library, annotations),
    registerAddNote(library, annotations),
    registerRejectSuggestion(library, annotations),
    registerMergeAlias(library, annotations),
    registerRemoveAnnotation(library, annotations),
    registerReattachOrphan(library, annotations),
    registerUndoAnnotation(annotations),
    registerOpenSidecar(),
    registerExportAnnotations(library, annotations),
    registerAnnotationActions(library),
    registerAnnotationViews(annotations),
  );
  activeAnnotations = annotations;
  library.start();
  return { library, annotations, activationMs: performance.now() - started };
}

let activeAnnotations: AnnotationStore | undefined;

/** Writes annotation changes still waiting for their debounce; everything else is disposed through context.subscriptions. */
export function deactivate(): Promise<void> | undefined {
  return activeAnnotations?.flush();
}
