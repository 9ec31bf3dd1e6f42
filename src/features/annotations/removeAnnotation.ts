import * as vscode from 'vscode';
import type { Annotation } from '../../core/annotations/schema';
import type { AnnotationStore } from '../../workspace/annotationStore';
import type { ArticleLibrary } from '../../workspace/articleLibrary';
import { activeArticle, annotationsAt, describeAnnotation } from './annotationSupport';

/** `marginalia.removeAnnotation [item]`: removes an annotation chosen in a view, under the cursor, or from a list. */
export function registerRemoveAnnotation(library: ArticleLibrary, store: AnnotationStore): vscode.Disposable {
  return vscode.commands.registerCommand('marginalia.removeAnnotation', async (item?: { docId: string; annotation: Annotation }) => {
    const target = item ?? await pickAnnotation(library, store);
    if (!target) return;
    if (store.update(target.docId, (current) => current.filter((annotation) => annotation.id !== target.annotation.id))) {
      void vscode.commands.executeCommand('setContext', 'marginalia.annotationUndoAvailable', true);
    }
  });
}

async function pickAnnotation(library: ArticleLibrary, store: AnnotationStore): Promise<{ docId: string; annotation: Annotation } | undefined> {
  const selection = activeArticle(library);
  if (!selection) return undefined;
  const here = annotationsAt(store, selection.docId, selection.start, selection.end);
  const candidates = here.length > 0 ? here : store.annotationsOf(selection.docId);
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage('Marginalia: this article has no annotations.');
    return undefined;
  }
  const picked = candidates.length === 1 ? { annotation: candidates[0] } : await vscode.window.showQuickPick(
    candidates.map((annotation) => ({ label: describeAnnotation(annotation), description: `“${annotation.target.selector[0].exact}”`, annotation })),
    { title: 'Remove which annotation?' });
  return picked && { docId: selection.docId, annotation: picked.annotation };
}
