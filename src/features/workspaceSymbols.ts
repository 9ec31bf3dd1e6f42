import * as vscode from 'vscode';
import type { ArticleLibrary } from '../workspace/articleLibrary';
import { locationOf } from './entityLocations';

const MAX_RESULTS = 200;

/** "Go to Symbol in Workspace" (Ctrl+T) finds entities by name or alias across all articles. */
export function registerWorkspaceSymbols(library: ArticleLibrary): vscode.Disposable {
  return vscode.languages.registerWorkspaceSymbolProvider({
    provideWorkspaceSymbols(query) {
      return library.index.search(query, MAX_RESULTS).flatMap((entity) => {
        const [docId, entry] = [...entity.documents.entries()][0] ?? [];
        const location = docId && entry?.mentions[0] ? locationOf(library, docId, entry.mentions[0]) : undefined;
        return location ? [new vscode.SymbolInformation(entity.name, vscode.SymbolKind.Object, `${entity.type} · ${entity.documents.size} sources`, location)] : [];
      });
    },
  });
}
