import * as vscode from 'vscode';
import { HIGHLIGHT_KINDS, HighlightKind, readSettings } from '../workspace/settings';

export const KIND_LABELS: Record<HighlightKind, { label: string; meaning: string }> = {
  person: { label: 'Person', meaning: 'People, named or by surname' },
  organization: { label: 'Organisation', meaning: 'Companies, agencies, parties, outlets' },
  place: { label: 'Place', meaning: 'Countries, cities, regions' },
  other: { label: 'Other', meaning: 'Products, laws, works, events' },
  quote: { label: 'Quotation', meaning: 'Words inside quotation marks' },
  speaker: { label: 'Speaker', meaning: 'The words a quotation is attributed to' },
};

/**
 * `marginalia.showLegend`: a small webview that explains each highlight colour. The swatches use
 * the same theme colours as the decorations (webviews receive them as CSS variables), so the
 * legend always matches the current theme. The page runs no script and loads nothing.
 */
export function registerLegend(): vscode.Disposable {
  let panel: vscode.WebviewPanel | undefined;
  const keepCurrent = vscode.workspace.onDidChangeConfiguration((event) => {
    if (panel && event.affectsConfiguration('marginalia.highlight')) panel.webview.html = legendHtml(readSettings().highlightKinds);
  });
  const command = vscode.commands.registerCommand('marginalia.showLegend', () => {
    if (panel) {
      panel.webview.html = legendHtml(readSettings().highlightKinds);
      panel.reveal(vscode.ViewColumn.Beside, true);
      return;
    }
    panel = vscode.window.createWebviewPanel('marginalia.legend', 'Marginalia Legend', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: false, enableCommandUris: false, localResourceRoots: [] });
    panel.webview.html = legendHtml(readSettings().highlightKinds);
    panel.onDidDispose(() => { panel = undefined; });
  });
  return vscode.Disposable.from(keepCurrent, command);
}

export function legendHtml(shown: ReadonlySet<HighlightKind>): string {
  const rows = HIGHLIGHT_KINDS.map((kind) => {
    const { label, meaning } = KIND_LABELS[kind];
    const swatch = kind === 'speaker' ? 'speaker' : 'fill';
    return `<tr class="${shown.has(kind) ? '' : 'off'}"><td><span class="swatch ${swatch} ${kind}">${label}</span></td><td>${meaning}</td><td>${shown.has(kind) ? 'shown' : 'hidden'}</td></tr>`;
  }).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<title>Marginalia Legend</title>
<style>
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 16px; }
  table { border-collapse: collapse; } td { padding: 6px 12px 6px 0; }
  tr.off { opacity: .5; }
  .swatch { padding: 1px 6px; border-radius: 2px; }
  .fill.person { background: var(--vscode-marginalia-personBackground); border-bottom: 1px solid var(--vscode-marginalia-personBorder); }
  .fill.organization { background: var(--vscode-marginalia-organizationBackground); border-bottom: 1px solid var(--vscode-marginalia-organizationBorder); }
  .fill.place { background: var(--vscode-marginalia-placeBackground); border-bottom: 1px solid var(--vscode-marginalia-placeBorder); }
  .fill.other { background: var(--vscode-marginalia-otherBackground); border-bottom: 1px solid var(--vscode-marginalia-otherBorder); }
  .fill.quote { background: var(--vscode-marginalia-quoteBackground); font-style: italic; }
  .speaker { border-bottom: 2px solid var(--vscode-marginalia-speakerBorder); }
</style></head>
<body><h3>Marginalia highlights</h3>
<table>${rows}</table>
<p>Toggle kinds with <em>Marginalia: Toggle Highlighting by Type…</em>. Colours are theme colours (<code>marginalia.*</code>) you can override in <code>workbench.colorCustomizations</code>.</p>
</body></html>`;
}
