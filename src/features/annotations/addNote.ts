import * as vscode from 'vscode';
import type { AnnotationStore } from '../../workspace/annotationStore';
import type { ArticleLibrary } from '../../workspace/articleLibrary';
import { activeArticle, addAnnotation, annotationsAt, newAnnotation } from './annotationSupport';

/**
 * `marginalia.addNote [text]`: adds a note on the selection, or edits the note already there. A
 * note on an entity's name is about the entity: it shows in that entity's hover card in every article.
 */
export function registerAddNote(library: ArticleLibrary, store: AnnotationStore): vscode.Disposable {
  return vscode.commands.registerCommand('marginalia.addNote', async (presetText?: string) => {
    const selection = activeArticle(library);
    if (!selection || selection.start === selection.end) return;
    const existing = annotationsAt(store, selection.docId, selection.start, selection.end).find((annotation) => annotation.body.kind === 'note');
    const text = presetText ?? await vscode.window.showInputBox({ prompt: 'Note', value: existing?.body.kind === 'note' ? existing.body.text : '' });
    if (!text) return;
    if (existing && existing.body.kind === 'note') {
      const edited = { ...existing, body: { ...existing.body, text }, modified: new Date().toISOString() };
      store.update(selection.docId, (current) => current.map((annotation) => annotation.id === existing.id ? edited : annotation));
      return;
    }
    const entity = library.index.entityAt(selection.docId, selection.start)?.entity;
    addAnnotation(store, selection.docId, newAnnotation(selection, selection.start, selection.end, { kind: 'note', text, ...(entity ? { entity: entity.name } : {}) }));
  });
}
