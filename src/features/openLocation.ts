import * as vscode from 'vscode';
import type { LinkTarget } from '../core/cards/markdown';

export const OPEN_LOCATION_COMMAND = 'marginalia.openLocation';

/** The URL of a card link that opens an article at an offset (through the allow-listed command). */
export function openLocationLink(target: LinkTarget): string {
  return `command:${OPEN_LOCATION_COMMAND}?${encodeURIComponent(JSON.stringify([target.docId, target.offset]))}`;
}

/**
 * `marginalia.openLocation(docId, offset, length?)`: opens an article and selects a span. Hover
 * cards and tree views navigate with it. It is the only command a card may run, and its arguments
 * are validated because they arrive from a URL.
 */
export function registerOpenLocation(): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_LOCATION_COMMAND, async (docId: unknown, offset: unknown, length: unknown = 0) => {
    if (typeof docId !== 'string' || !isOffset(offset) || !isOffset(length)) return;
    await revealOffset(vscode.Uri.parse(docId, true), offset, length);
  });
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

export async function revealOffset(uri: vscode.Uri, offset: number, length = 0): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  const start = document.positionAt(offset);
  const end = document.positionAt(offset + length);
  const editor = await vscode.window.showTextDocument(document, { preview: true });
  editor.selection = new vscode.Selection(start, end);
  editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
