import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { HEGSETH_ARTICLE, openArticle, positionOf } from './support';

suite('Navigation', () => {
  test('Find All References on a name returns mentions from several articles', async () => {
    const document = await openArticle(HEGSETH_ARTICLE);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, positionOf(document, 'Hegseth'));
    const files = new Set(locations.map((location) => location.uri.path.split('/').pop()));
    assert.ok(files.size >= 3, `mentions come from at least three articles, got ${[...files].join(', ')}`);
    for (const location of locations.filter((l) => l.uri.toString() === document.uri.toString())) {
      assert.match(document.getText(location.range), /Hegseth/);
    }
  });

  test('Go to Definition jumps to the first full-name mention', async () => {
    const document = await openArticle(HEGSETH_ARTICLE);
    const hegsethAlone = positionOf(document, 'Hegseth', 0);
    const definitions = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', document.uri, hegsethAlone);
    assert.equal(definitions.length, 1);
    const [definition] = definitions;
    const range = 'range' in definition ? definition.range : definition.targetRange;
    assert.equal(document.getText(range), 'Pete Hegseth');
  });

  test('the Outline lists the article’s entities and quotations', async () => {
    const document = await openArticle(HEGSETH_ARTICLE);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const names = symbols.map((symbol) => symbol.name);
    for (const expected of ['Pete Hegseth', 'Anthropic', 'Dario Amodei', 'Pentagon']) {
      assert.ok(names.includes(expected), `Outline lists ${expected}: ${names.join(', ')}`);
    }
    assert.ok(symbols.some((symbol) => symbol.kind === vscode.SymbolKind.String && symbol.name.startsWith('“')), 'Outline lists quotations');
  });

  test('workspace symbols find entities by name', async () => {
    await openArticle(HEGSETH_ARTICLE);
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Amodei');
    assert.ok(symbols.some((symbol) => symbol.name === 'Dario Amodei'), symbols.map((s) => s.name).join(', '));
  });
});
