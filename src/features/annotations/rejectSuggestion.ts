import * as vscode from 'vscode';
import type { AnnotationStore } from '../../workspace/annotationStore';
import type { ArticleLibrary } from '../../workspace/articleLibrary';
import { activeArticle, addAnnotation, newAnnotation } from './annotationSupport';

/** `marginalia.rejectSuggestion [scope]`: marks the detected entity under the cursor as wrong, here or everywhere. */
export function registerRejectSuggestion(library: ArticleLibrary, store: AnnotationStore): vscode.Disposable {
  return vscode.commands.registerCommand('marginalia.rejectSuggestion', async (presetScope?: 'here' | 'workspace') => {
    const selection = activeArticle(library);
    if (!selection) return;
    const hit = library.index.entityAt(selection.docId, selection.start);
    if (!hit) {
      void vscode.window.showWarningMessage('Marginalia: put the cursor on a highlighted name to reject it.');
      return;
    }
    const scope = presetScope ?? (await vscode.window.showQuickPick([
      { label: `Only here`, description: `this mention of “${hit.mention.text}” is not an entity`, scope: 'here' as const },
      { label: `Everywhere`, description: `“${hit.mention.text}” is never an entity in this workspace`, scope: 'workspace' as const },
    ], { title: `Reject “${hit.mention.text}”` }))?.scope;
    if (!scope) return;
    addAnnotation(store, selection.docId, newAnnotation(selection, hit.mention.start, hit.mention.end, { kind: 'reject', scope, name: hit.mention.text }));
  });
}
