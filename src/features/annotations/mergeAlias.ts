import * as vscode from 'vscode';
import type { AnnotationStore } from '../../workspace/annotationStore';
import type { ArticleLibrary } from '../../workspace/articleLibrary';
import { activeArticle, addAnnotation, newAnnotation } from './annotationSupport';

/** `marginalia.mergeAlias [entity]`: says that the name under the cursor is another name of an entity ("Dario" is Dario Amodei). */
export function registerMergeAlias(library: ArticleLibrary, store: AnnotationStore): vscode.Disposable {
  return vscode.commands.registerCommand('marginalia.mergeAlias', async (presetEntity?: string) => {
    const selection = activeArticle(library);
    if (!selection) return;
    const hit = library.index.entityAt(selection.docId, selection.start);
    const alias = hit?.mention.text ?? selection.text.slice(selection.start, selection.end);
    if (!alias.trim()) return;
    const entity = presetEntity ?? (await vscode.window.showQuickPick(
      library.index.entities().filter((candidate) => candidate.id !== hit?.entity.id)
        .sort((a, b) => b.documents.size - a.documents.size).slice(0, 500)
        .map((candidate) => ({ label: candidate.name, description: `${candidate.type} · ${candidate.documents.size} sources` })),
      { title: `“${alias}” is another name of…`, matchOnDescription: true },
    ))?.label;
    if (!entity) return;
    const start = hit?.mention.start ?? selection.start;
    addAnnotation(store, selection.docId, newAnnotation(selection, start, start + alias.length, { kind: 'alias', alias, entity }));
  });
}
