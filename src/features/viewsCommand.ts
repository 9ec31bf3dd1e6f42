import * as vscode from 'vscode';

export const SHOW_VIEWS_COMMAND = 'marginalia.showViews';

/** Opens the Marginalia container in the activity bar (the status bar item's click). */
export function registerShowViews(): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_VIEWS_COMMAND, () =>
    vscode.commands.executeCommand('workbench.view.extension.marginalia'));
}
