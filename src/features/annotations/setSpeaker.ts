import * as vscode from 'vscode';
import type { AnnotationStore } from '../../workspace/annotationStore';
import type { ArticleLibrary } from '../../workspace/articleLibrary';
import { activeArticle, addAnnotation, newAnnotation } from './annotationSupport';

/** `marginalia.setSpeaker [speaker] [unnamed]`: sets or fixes who said the quotation under the cursor. */
export function registerSetSpeaker(library: ArticleLibrary, store: AnnotationStore): vscode.Disposable {
  return vscode.commands.registerCommand('marginalia.setSpeaker', async (presetSpeaker?: string, presetUnnamed?: boolean) => {
    const selection = activeArticle(library);
    if (!selection) return;
    const quote = library.index.quoteAt(selection.docId, selection.start);
    if (!quote) {
      void vscode.window.showWarningMessage('Marginalia: put the cursor inside a quotation to set its speaker.');
      return;
    }
    const choice = presetSpeaker !== undefined ? { speaker: presetSpeaker, unnamed: presetUnnamed ?? false } : await pickSpeaker(library, selection.docId);
    if (!choice) return;
    addAnnotation(store, selection.docId, newAnnotation(selection, quote.start, quote.end, { kind: 'speaker', speaker: choice.speaker, unnamed: choice.unnamed }));
  });
}

async function pickSpeaker(library: ArticleLibrary, docId: string): Promise<{ speaker: string; unnamed: boolean } | undefined> {
  const people = (library.analysisOf(docId)?.entities ?? []).filter((entity) => entity.type !== 'place');
  const items = [
    ...people.map((entity) => ({ label: entity.name, description: entity.type, speaker: entity.name, unnamed: false })),
    { label: '$(question) Unnamed source…', description: 'as written, e.g. “a senior official”', speaker: '', unnamed: true },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Who said this?' });
  if (!picked) return undefined;
  if (!picked.unnamed) return picked;
  const written = await vscode.window.showInputBox({ prompt: 'The unnamed source, as the article describes it' });
  return written ? { speaker: written, unnamed: true } : undefined;
}
