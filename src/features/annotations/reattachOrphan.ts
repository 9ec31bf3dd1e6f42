import * as vscode from 'vscode';
import type { Annotation } from '../../core/annotations/schema';
import { reattach } from '../../core/annotations/tracking';
import type { AnnotationStore } from '../../workspace/annotationStore';
import type { ArticleLibrary } from '../../workspace/articleLibrary';
import { activeArticle } from './annotationSupport';

/** `marginalia.reattachOrphan(item)`: attaches an orphaned annotation to the words selected in its article. */
export function registerReattachOrphan(library: ArticleLibrary, store: AnnotationStore): vscode.Disposable {
  return vscode.commands.registerCommand('marginalia.reattachOrphan', async (item?: { docId: string; annotation: Annotation }) => {
    const selection = activeArticle(library);
    if (!item || !selection) return;
    if (selection.docId !== item.docId || selection.start === selection.end) {
      void vscode.window.showWarningMessage('Marginalia: select the words in the annotation’s own article, then choose Re-attach.');
      return;
    }
    store.update(item.docId, (current) => current.map((annotation) => annotation.id === item.annotation.id ? reattach(annotation, selection.text, selection.start, selection.end) : annotation));
  });
}
