import * as vscode from 'vscode';
import type { EntityType } from '../../core/analysis/model';
import type { AnnotationStore } from '../../workspace/annotationStore';
import type { ArticleLibrary } from '../../workspace/articleLibrary';
import { activeArticle, addAnnotation, newAnnotation } from './annotationSupport';

const TYPES: ReadonlyArray<{ label: string; type: EntityType }> = [
  { label: '$(person) Person', type: 'person' }, { label: '$(organization) Organisation', type: 'organization' },
  { label: '$(globe) Place', type: 'place' }, { label: '$(symbol-misc) Other (product, law, work, event)', type: 'other' },
];

/**
 * `marginalia.annotateEntity [type] [name]`: marks the selected words as an entity — a type, then
 * an existing entity of the workspace or a new name. Arguments skip the questions (for tests and
 * keybindings).
 */
export function registerAnnotateEntity(library: ArticleLibrary, store: AnnotationStore): vscode.Disposable {
  return vscode.commands.registerCommand('marginalia.annotateEntity', async (presetType?: EntityType, presetName?: string) => {
    const selection = activeArticle(library);
    if (!selection || selection.start === selection.end) return;
    const words = selection.text.slice(selection.start, selection.end).replace(/\s+/g, ' ').trim();
    const type = presetType ?? (await vscode.window.showQuickPick(TYPES, { title: `“${words}” is a…` }))?.type;
    if (!type) return;
    const name = presetName ?? await pickEntityName(library, words, type);
    if (!name) return;
    addAnnotation(store, selection.docId, newAnnotation(selection, selection.start, selection.end, { kind: 'entity', type, name }));
  });
}

async function pickEntityName(library: ArticleLibrary, words: string, type: EntityType): Promise<string | undefined> {
  const existing = library.index.search(words, 20).filter((entity) => entity.type === type || entity.name !== words);
  const items = [
    { label: `$(add) New entity: ${words}`, name: words },
    ...existing.map((entity) => ({ label: entity.name, description: `${entity.type} · ${entity.documents.size} sources`, name: entity.name })),
    { label: '$(edit) Another name…', name: '' },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Which entity?' });
  if (!picked) return undefined;
  return picked.name || await vscode.window.showInputBox({ prompt: 'Entity name', value: words });
}
