import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { HEGSETH_ARTICLE, hoverMarkdown, openArticle, positionOf } from './support';

suite('Hover cards', () => {
  test('a name shows the other sample articles that mention the same person, with snippets', async () => {
    const document = await openArticle(HEGSETH_ARTICLE);
    const { value, hovers } = await hoverMarkdown(document, positionOf(document, 'Hegseth'));
    assert.ok(hovers.length > 0, 'VS Code returned a hover for "Hegseth"');
    assert.match(value, /\*\*Pete Hegseth\*\* · person/);
    assert.match(value, /In other sources\*\* \(\d+ articles\)/);
    for (const other of ['002_bcdb3845bf7e76b3', '003_2a0c7b8ba0272705']) {
      assert.ok(value.includes(other.replace(/_/g, '\\_')), `the card lists ${other}`);
    }
    assert.ok(!value.includes(`[${HEGSETH_ARTICLE.replace(/_/g, '\\_')}`), 'the current article is not listed as another source');
    assert.match(value, /\*\*(Pete )?Hegseth\*\*/, 'snippets emphasise the name');
    assert.match(value, /command:marginalia\.openLocation\?/, 'each source links to its place');
  });

  test('a card shows roles and aliases gathered across sources', async () => {
    const document = await openArticle(HEGSETH_ARTICLE);
    const { value } = await hoverMarkdown(document, positionOf(document, 'Hegseth'));
    assert.match(value, /Defense Secretary/);
    assert.match(value, /Also: .*Hegseth/);
  });

  test('a quotation shows its speaker and how the attribution was made', async () => {
    const document = await openArticle(HEGSETH_ARTICLE);
    const { value } = await hoverMarkdown(document, positionOf(document, 'not warm and fuzzy'));
    assert.match(value, /\*\*Speaker:\*\* .*official/i);
    assert.match(value, /Attributed by/);
  });

  test('cards only allow Marginalia’s own command to run', async () => {
    const document = await openArticle(HEGSETH_ARTICLE);
    const { hovers } = await hoverMarkdown(document, positionOf(document, 'Hegseth'));
    for (const content of hovers.flatMap((hover) => hover.contents)) {
      if (typeof content === 'string' || !(content instanceof vscode.MarkdownString)) continue;
      assert.notEqual(content.isTrusted, true);
      assert.equal(content.supportHtml ?? false, false);
    }
  });
});
