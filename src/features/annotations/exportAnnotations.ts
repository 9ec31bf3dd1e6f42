import * as path from 'node:path';
import * as vscode from 'vscode';
import { writeFileAtomic } from '../../core/annotations/sidecarFile';
import { EXPORT_FORMATS, ExportFormat, exportDocuments, isSingleFile } from '../../core/export/formats';
import type { ExportDocument } from '../../core/export/records';
import type { AnnotationStore } from '../../workspace/annotationStore';
import type { ArticleLibrary } from '../../workspace/articleLibrary';

const FORMAT_LABELS: Record<ExportFormat, string> = {
  json: 'JSON — analysis and annotations with provenance',
  jsonl: 'JSON Lines — one record per line',
  csv: 'CSV — quotes.csv and entities.csv',
  w3c: 'W3C Web Annotation — JSON-LD AnnotationCollection',
  brat: 'brat standoff — one .ann per article',
};

/**
 * `marginalia.exportAnnotations [scope] [format] [target]`: exports the current article or the
 * whole workspace, with a progress notification, writing each file atomically.
 */
export function registerExportAnnotations(library: ArticleLibrary, store: AnnotationStore): vscode.Disposable {
  return vscode.commands.registerCommand('marginalia.exportAnnotations', async (presetScope?: 'article' | 'workspace', presetFormat?: ExportFormat, presetTarget?: vscode.Uri) => {
    const active = vscode.window.activeTextEditor?.document;
    const activeId = active && library.isArticle(active) ? active.uri.toString() : undefined;
    const scope = presetScope ?? (activeId ? (await vscode.window.showQuickPick([
      { label: 'This article', scope: 'article' as const }, { label: 'All articles in the workspace', scope: 'workspace' as const },
    ], { title: 'Export annotations of…' }))?.scope : 'workspace');
    if (!scope) return undefined;
    const format = presetFormat ?? (await vscode.window.showQuickPick(EXPORT_FORMATS.map((value) => ({ label: value, description: FORMAT_LABELS[value], value })), { title: 'Export format' }))?.value;
    if (!format) return undefined;
    const target = presetTarget ?? await chooseTarget(format);
    if (!target) return undefined;
    const docIds = scope === 'article' && activeId ? [activeId] : library.articleIds();
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Marginalia: exporting annotations', cancellable: false }, async (progress) => {
      progress.report({ message: `${docIds.length} article(s)` });
      const files = exportDocuments(format, docIds.flatMap((docId) => exportDocument(library, store, docId) ?? []));
      await writeFiles(files, format, target);
      void vscode.window.showInformationMessage(`Marginalia: exported ${docIds.length} article(s) as ${format} to ${target.fsPath}.`);
      return target;
    });
  });
}

function exportDocument(library: ArticleLibrary, store: AnnotationStore, docId: string): ExportDocument | undefined {
  const text = library.textOf(docId);
  const auto = library.automaticAnalysisOf(docId);
  const effective = library.analysisOf(docId);
  if (text === undefined || !auto || !effective) return undefined;
  return { path: library.labelOf(docId), text, auto, effective, annotations: store.annotationsOf(docId), entityId: (key) => library.index.entityId(docId, key) ?? '' };
}

async function chooseTarget(format: ExportFormat): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (isSingleFile(format)) {
    const extension = format === 'w3c' ? 'jsonld' : format;
    return vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, `annotations.${extension}`), filters: { [format]: [extension] } });
  }
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Export here', defaultUri: folder });
  return picked?.[0];
}

async function writeFiles(files: Map<string, string>, format: ExportFormat, target: vscode.Uri): Promise<void> {
  if (isSingleFile(format)) {
    const [content] = files.values();
    await writeFileAtomic(target.fsPath, content);
    return;
  }
  for (const [name, content] of files) {
    const file = path.join(target.fsPath, name);
    await vscode.workspace.fs.createDirectory(vscode.Uri.file(path.dirname(file)));
    await writeFileAtomic(file, content);
  }
}
