import * as vscode from 'vscode';
import type { AnnotationStore } from '../../workspace/annotationStore';

const CONTEXT_KEY = 'marginalia.annotationUndoAvailable';

/**
 * `marginalia.undoAnnotation`, bound to Ctrl+Z right after an annotation command: annotations are
 * not text, so the editor's own undo cannot take them back. Once the user types or switches
 * editor, Ctrl+Z is the editor's again.
 */
export function registerUndoAnnotation(store: AnnotationStore): vscode.Disposable {
  const release = () => void vscode.commands.executeCommand('setContext', CONTEXT_KEY, false);
  return vscode.Disposable.from(
    vscode.commands.registerCommand('marginalia.undoAnnotation', () => {
      store.undo();
      if (!store.canUndo) release();
    }),
    vscode.workspace.onDidChangeTextDocument((event) => { if (event.contentChanges.length > 0) release(); }),
    vscode.window.onDidChangeActiveTextEditor(release),
  );
}
