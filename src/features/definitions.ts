import * as vscode from 'vscode';
import type { ArticleLibrary } from '../workspace/articleLibrary';
import { ANY_DOCUMENT } from '../workspace/settings';
import { entityUnder, locationOf } from './entityLocations';

/**
 * "Go to Definition" on a name jumps to the entity's first full-name mention: in this article
 * if it has one, else in the first article that does.
 */
export function registerDefinitions(library: ArticleLibrary): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider(ANY_DOCUMENT, {
    provideDefinition(document, position) {
      const entity = entityUnder(library, document, position);
      if (!entity) return undefined;
      const here = document.uri.toString();
      const candidates = [here, ...[...entity.documents.keys()].filter((docId) => docId !== here)];
      for (const docId of candidates) {
        const fullName = entity.documents.get(docId)?.mentions.find((mention) => mention.text === entity.name);
        if (fullName) return locationOf(library, docId, fullName);
      }
      const first = entity.documents.get(here)?.mentions[0];
      return first ? locationOf(library, here, first) : undefined;
    },
  });
}
