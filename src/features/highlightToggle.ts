import * as vscode from 'vscode';
import { HIGHLIGHT_KINDS, HighlightKind, readSettings } from '../workspace/settings';
import { KIND_LABELS } from './legend';

/**
 * `marginalia.toggleHighlighting [kind]`: with a kind, flips that kind; without, asks which kinds
 * to show. The choice is stored in `marginalia.highlight.kinds`, so it persists and syncs.
 */
export function registerHighlightToggle(): vscode.Disposable {
  return vscode.commands.registerCommand('marginalia.toggleHighlighting', async (kind?: HighlightKind) => {
    const shown = readSettings().highlightKinds;
    const next = kind && HIGHLIGHT_KINDS.includes(kind) ? flipped(shown, kind) : await pickKinds(shown);
    if (!next) return;
    const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration('marginalia').update('highlight.kinds', HIGHLIGHT_KINDS.filter((k) => next.has(k)), target);
  });
}

function flipped(shown: ReadonlySet<HighlightKind>, kind: HighlightKind): Set<HighlightKind> {
  const next = new Set(shown);
  if (!next.delete(kind)) next.add(kind);
  return next;
}

async function pickKinds(shown: ReadonlySet<HighlightKind>): Promise<Set<HighlightKind> | undefined> {
  const items = HIGHLIGHT_KINDS.map((kind) => ({ label: KIND_LABELS[kind].label, description: KIND_LABELS[kind].meaning, highlightKind: kind, picked: shown.has(kind) }));
  const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Marginalia: highlight which kinds?' });
  return picked && new Set(picked.map((item) => item.highlightKind));
}
