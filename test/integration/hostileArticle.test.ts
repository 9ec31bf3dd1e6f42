import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { eventually, HEGSETH_ARTICLE, hoverMarkdown, openArticle, positionOf, writeWorkspaceFile } from './support';

const HOSTILE = [
  'Pete Hegseth [click me](command:workbench.action.terminal.new) and <img src=x onerror=alert(1)> ',
  '`code` **bold** <script>alert(1)</script> ![x](https://evil.example/x.png) <command:workbench.action.quit> ',
  '# Heading\n| a | b |\n"Pete Hegseth [run](command:marginalia.openLocation?%5B%22file%3A%2F%2F%2Fetc%2Fpasswd%22%2C0%5D) is fine," Hegseth said.',
].join('\n');

/** Link targets and raw HTML that the markdown renderer would act on (not backslash-escaped). */
function activeLinkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)\]\(([^)\s]*)/g)].map((match) => match[1]);
}

suite('Hostile article text', () => {
  test('markdown, HTML and command links in an article stay inert in the hover card', async () => {
    const hostile = await writeWorkspaceFile('hostile.txt', HOSTILE);
    try {
      const document = await openArticle(HEGSETH_ARTICLE);
      const { value, hovers } = await eventually(() => hoverMarkdown(document, positionOf(document, 'Hegseth')),
        (result) => result.value.includes('hostile'), 'the hostile article to be listed');
      for (const target of activeLinkTargets(value)) {
        assert.match(target, /^command:marginalia\.openLocation\?/, `only Marginalia's navigation links are live, found ${target}`);
      }
      assert.ok(!/(?<!\\)<(img|script|command)/i.test(value), 'no raw HTML or autolinks survive');
      assert.ok(!/(?<!\\)`code/.test(value), 'backticks are escaped');
      assert.ok(value.includes('\\[click me\\]\\(command\\:workbench'), 'the fake link is shown as text');
      for (const content of hovers.flatMap((hover) => hover.contents)) {
        if (content instanceof vscode.MarkdownString) assert.notEqual(content.isTrusted, true);
      }
    } finally {
      await vscode.workspace.fs.delete(hostile);
    }
  });
});
