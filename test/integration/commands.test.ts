import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { HEGSETH_ARTICLE, marginalia, openArticle } from './support';

suite('Commands', () => {
  test('all contributed commands are registered', async () => {
    await marginalia();
    const registered = new Set(await vscode.commands.getCommands(true));
    const manifest = vscode.extensions.getExtension('marginalia.marginalia')?.packageJSON as { contributes: { commands: Array<{ command: string }> } };
    for (const { command } of manifest.contributes.commands) assert.ok(registered.has(command), `${command} is registered`);
  });

  test('Re-index Workspace indexes every sample article', async () => {
    const count = await vscode.commands.executeCommand<number>('marginalia.reindexWorkspace');
    assert.ok(count >= 5, `indexed ${count} articles`);
  });

  test('Toggle Highlighting by Type flips one kind in the settings', async () => {
    const kinds = () => vscode.workspace.getConfiguration('marginalia').get<string[]>('highlight.kinds') ?? [];
    assert.ok(kinds().includes('place'));
    await vscode.commands.executeCommand('marginalia.toggleHighlighting', 'place');
    assert.ok(!kinds().includes('place'));
    await vscode.commands.executeCommand('marginalia.toggleHighlighting', 'place');
    assert.ok(kinds().includes('place'));
  });

  test('Open Article at Location selects the span', async () => {
    const document = await openArticle(HEGSETH_ARTICLE);
    const offset = document.getText().indexOf('Dario Amodei');
    await vscode.commands.executeCommand('marginalia.openLocation', document.uri.toString(), offset, 'Dario Amodei'.length);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.getText(editor.selection), 'Dario Amodei');
  });

  test('Open Article at Location ignores malformed arguments from a link', async () => {
    await vscode.commands.executeCommand('marginalia.openLocation', 42, 'not a number');
  });

  test('Show Highlight Legend and Show Article Overview run', async () => {
    await openArticle(HEGSETH_ARTICLE);
    await vscode.commands.executeCommand('marginalia.showLegend');
    await vscode.commands.executeCommand('marginalia.showViews');
  });
});
