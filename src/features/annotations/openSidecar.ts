import * as vscode from 'vscode';
import { sidecarPathOf } from '../../core/annotations/schema';

/** `marginalia.openSidecar`: opens the active article's annotation file (validated by its JSON Schema). */
export function registerOpenSidecar(): vscode.Disposable {
  return vscode.commands.registerCommand('marginalia.openSidecar', async () => {
    const article = vscode.window.activeTextEditor?.document.uri;
    if (!article || article.scheme !== 'file') return;
    const sidecar = vscode.Uri.file(sidecarPathOf(article.fsPath));
    try {
      await vscode.window.showTextDocument(sidecar, { viewColumn: vscode.ViewColumn.Beside });
    } catch {
      void vscode.window.showInformationMessage('Marginalia: this article has no annotations yet.');
    }
  });
}
