import * as vscode from 'vscode';
import type { ArticleLibrary } from '../workspace/articleLibrary';
import { ANY_DOCUMENT } from '../workspace/settings';
import { entityUnder, locationOf } from './entityLocations';

/** "Find All References" on a name: every mention of the entity in every article of the workspace. */
export function registerReferences(library: ArticleLibrary): vscode.Disposable {
  return vscode.languages.registerReferenceProvider(ANY_DOCUMENT, {
    provideReferences(document, position) {
      const entity = entityUnder(library, document, position);
      if (!entity) return undefined;
      return [...entity.documents.entries()].flatMap(([docId, entry]) =>
        entry.mentions.flatMap((mention) => locationOf(library, docId, mention) ?? []));
    },
  });
}
