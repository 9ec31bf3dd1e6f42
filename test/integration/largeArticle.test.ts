import * as assert from 'node:assert/strict';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { eventually, HEGSETH_ARTICLE, hoverMarkdown, marginalia, openArticle, positionOf, writeWorkspaceFile } from './support';

suite('Large articles and activation', () => {
  test('activation only registers providers: it is quick and does no scanning', async () => {
    const api = await marginalia();
    // Through the reporter's logger, so the figure reaches the test output from the extension host.
    Mocha.reporters.Base.consoleLog(`      activation took ${api.activationMs.toFixed(1)} ms`);
    assert.ok(api.activationMs < 1000, `activation took ${api.activationMs} ms`);
  });

  test('a 5 MB article is analysed off the main thread while hovers elsewhere keep answering', async () => {
    const api = await marginalia();
    const paragraph = 'Defense Secretary Pete Hegseth told reporters "we will not back down" as Anthropic CEO Dario Amodei said talks would go on. ';
    const uri = await writeWorkspaceFile('huge-wire-dump.txt', paragraph.repeat(Math.ceil(5_000_000 / paragraph.length)));
    try {
      const small = await openArticle(HEGSETH_ARTICLE);
      const big = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(big, { preview: false });
      // While the large article is being analysed, the small one's hover still answers.
      const { value } = await hoverMarkdown(small, positionOf(small, 'Hegseth'));
      assert.match(value, /Pete Hegseth/);
      await eventually(async () => (api.library.analysisOf(uri.toString())?.entities.length ?? 0), (count) => count > 0, 'the large article to be analysed', 60000);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
