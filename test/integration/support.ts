import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';

/** The running extension's API, once it has indexed the test workspace. */
export async function marginalia(): Promise<MarginaliaApi> {
  const extension = vscode.extensions.getExtension<MarginaliaApi>('marginalia.marginalia');
  assert.ok(extension, 'the Marginalia extension is installed');
  const api = await extension.activate();
  await api.library.whenScanned();
  return api;
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the sample articles as the workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens an article in an editor and waits until its analysis is in the index. */
export async function openArticle(name: string): Promise<vscode.TextDocument> {
  const api = await marginalia();
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(document);
  await api.library.refreshDocument(document);
  return document;
}

/** The position in the middle of the n-th occurrence of a word. */
export function positionOf(document: vscode.TextDocument, word: string, occurrence = 0): vscode.Position {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(word, at + 1);
    assert.ok(at >= 0, `"${word}" occurs ${occurrence + 1} times in ${document.uri.path}`);
  }
  return document.positionAt(at + Math.floor(word.length / 2));
}

/** The markdown of the hover cards VS Code shows at a position (through the real hover API). */
export async function hoverMarkdown(document: vscode.TextDocument, position: vscode.Position): Promise<{ value: string; hovers: vscode.Hover[] }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  const value = hovers.flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n---\n');
  return { value, hovers };
}

/** Polls until a condition holds, for effects that arrive through file watchers and debounces. */
export async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!accept(last)) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; last value: ${JSON.stringify(last).slice(0, 2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    last = await probe();
  }
  return last;
}

export async function writeWorkspaceFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export const HEGSETH_ARTICLE = '001_cf0d6f1ff3d568a0.txt';
