import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { eventually, HEGSETH_ARTICLE, hoverMarkdown, marginalia, openArticle, positionOf, workspaceFile, writeWorkspaceFile } from './support';

suite('Live updates', () => {
  test('a new article written on disk appears in another article’s hover', async () => {
    const document = await openArticle(HEGSETH_ARTICLE);
    const hover = () => hoverMarkdown(document, positionOf(document, 'Hegseth')).then((result) => result.value);
    assert.ok(!(await hover()).includes('late\\-breaking'));
    const uri = await writeWorkspaceFile('late-breaking.txt',
      'Pentagon briefing\n\nDefense Secretary Pete Hegseth spoke to reporters on Friday. "We will not back down," Hegseth said.\n');
    try {
      const value = await eventually(hover, (text) => text.includes('late\\-breaking'), 'the new article in the hover');
      assert.match(value, /We will not back down/);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await eventually(hover, (text) => !text.includes('late\\-breaking'), 'the deleted article to leave the hover');
  });

  test('editing an article on disk changes another article’s hover', async () => {
    const document = await openArticle(HEGSETH_ARTICLE);
    const other = workspaceFile('004_e74b451cf0d993e6.txt');
    const original = await vscode.workspace.fs.readFile(other);
    const hover = () => hoverMarkdown(document, positionOf(document, 'Hegseth')).then((result) => result.value);
    try {
      const edited = new TextDecoder().decode(original) + '\nLater, Pete Hegseth told reporters the talks were over.\n';
      await vscode.workspace.fs.writeFile(other, new TextEncoder().encode(edited));
      await eventually(hover, (text) => text.includes('004\\_e74b451cf0d993e6'), 'the edited article in the hover');
    } finally {
      await vscode.workspace.fs.writeFile(other, original);
    }
  });

  test('typing in an article updates its analysis after a pause', async () => {
    const api = await marginalia();
    const document = await openArticle('002_bcdb3845bf7e76b3.txt');
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Jacinda Ardern said the talks would continue. '));
    try {
      await eventually(async () => api.library.analysisOf(document.uri.toString())?.entities.map((entity) => entity.name) ?? [],
        (names) => names.includes('Jacinda Ardern'), 'the typed name to be analysed');
    } finally {
      await vscode.commands.executeCommand('undo');
      await document.save();
    }
  });
});
