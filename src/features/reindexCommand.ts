import * as vscode from 'vscode';
import type { ArticleLibrary } from '../workspace/articleLibrary';
import { affectsMarginalia } from '../workspace/settings';

/**
 * `marginalia.reindexWorkspace`, and the automatic re-index when the article scope settings
 * change. Resolves when the new index is complete.
 */
export function registerReindex(library: ArticleLibrary): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('marginalia.reindexWorkspace', async () => {
      library.rescan();
      await library.whenScanned();
      return library.articleIds().length;
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (['include', 'exclude', 'maxFileSizeMB'].some((section) => affectsMarginalia(event, section))) library.rescan();
    }),
  );
}
