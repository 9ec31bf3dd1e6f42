import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { targetFor } from '../../core/annotations/anchoring';
import type { Annotation, AnnotationBody } from '../../core/annotations/schema';
import type { AnnotationStore } from '../../workspace/annotationStore';
import type { ArticleLibrary } from '../../workspace/articleLibrary';
import { readSettings } from '../../workspace/settings';

/** What every annotation command works on: the active article, its text and the selected words. */
export interface ArticleSelection {
  editor: vscode.TextEditor;
  docId: string;
  text: string;
  start: number;
  end: number;
}

/** The active editor's article and selection (the word under the cursor when nothing is selected); explains why not otherwise. */
export function activeArticle(library: ArticleLibrary): ArticleSelection | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !library.isArticle(editor.document)) {
    void vscode.window.showWarningMessage('Marginalia: open an article (a file matching marginalia.include) to annotate it.');
    return undefined;
  }
  const document = editor.document;
  const range = editor.selection.isEmpty ? document.getWordRangeAtPosition(editor.selection.active, /[\p{L}\p{N}’'-]+/u) ?? editor.selection : editor.selection;
  return { editor, docId: document.uri.toString(), text: document.getText(), start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

/** A new annotation on the selected words, by the configured author. */
export function newAnnotation(selection: Pick<ArticleSelection, 'text' | 'docId'>, start: number, end: number, body: AnnotationBody): Annotation {
  const now = new Date().toISOString();
  const source = decodeURIComponent(selection.docId.split('/').pop() ?? '');
  return { id: randomUUID(), target: targetFor(selection.text, start, end, source), body, state: 'anchored', created: now, modified: now, author: readSettings().author || os.userInfo().username };
}

/** Adds an annotation and marks Ctrl+Z as undoing it. */
export function addAnnotation(store: AnnotationStore, docId: string, annotation: Annotation): boolean {
  const added = store.update(docId, (current) => [...current, annotation]);
  if (added) void vscode.commands.executeCommand('setContext', 'marginalia.annotationUndoAvailable', true);
  return added;
}

/** The annotations whose anchored range overlaps an offset range. */
export function annotationsAt(store: AnnotationStore, docId: string, start: number, end: number): Annotation[] {
  return store.annotationsOf(docId).filter((annotation) => {
    const position = annotation.target.selector[1];
    return annotation.state === 'anchored' && position.start <= Math.max(start, end - 1) && start <= position.end;
  });
}

export function describeAnnotation(annotation: Annotation): string {
  const body = annotation.body;
  switch (body.kind) {
    case 'entity': return `Entity: ${body.name} (${body.type})`;
    case 'speaker': return `Speaker: ${body.speaker}`;
    case 'note': return `Note: ${body.text}`;
    case 'reject': return `Rejected${body.scope === 'workspace' ? ' everywhere' : ''}: ${body.name}`;
    case 'alias': return `Alias: ${body.alias} → ${body.entity}`;
  }
}
