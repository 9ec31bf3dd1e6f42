import * as vscode from 'vscode';
import { readSettings } from './settings';

/**
 * Decides which files are articles: those matching `marginalia.include` and not
 * `marginalia.exclude`, relative to a workspace folder, and not larger than the size limit.
 * Matching uses VS Code's own glob engine (`languages.match`), so patterns behave exactly like
 * the ones users write in `files.exclude` or `search.exclude`.
 */
export class ArticleScope {
  private include: vscode.DocumentSelector = [];
  private exclude: vscode.DocumentSelector = [];
  private maxFileBytes = 0;

  constructor() {
    this.reload();
  }

  /** Re-reads the settings; call when `marginalia.include`/`exclude` or the workspace folders change. */
  reload(): void {
    const settings = readSettings();
    this.include = patternsSelector(settings.include);
    this.exclude = patternsSelector(settings.exclude);
    this.maxFileBytes = settings.maxFileBytes;
  }

  isArticle(document: vscode.TextDocument): boolean {
    if (document.uri.scheme === 'output' || document.uri.scheme === 'vscode-settings') return false;
    if (isSidecar(document.uri) || documentLength(document) > this.maxFileBytes) return false;
    return vscode.languages.match(this.include, document) > 0 && vscode.languages.match(this.exclude, document) === 0;
  }

  /** Finds the article files of the workspace, for background indexing. */
  async findArticleFiles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const settings = readSettings();
    const exclude = settings.exclude.length > 0 ? `{${settings.exclude.join(',')}}` : undefined;
    const found = await Promise.all(settings.include.map((pattern) => vscode.workspace.findFiles(pattern, exclude, undefined, token)));
    const unique = new Map(found.flat().map((uri) => [uri.toString(), uri]));
    return [...unique.values()].sort((a, b) => a.path.localeCompare(b.path));
  }

  get sizeLimit(): number {
    return this.maxFileBytes;
  }
}

/** Patterns are relative to each workspace folder, like `files.exclude`; with no folder open they match anywhere. */
function patternsSelector(patterns: readonly string[]): vscode.DocumentFilter[] {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return patterns.map((pattern) => ({ pattern: pattern.startsWith('**/') ? pattern : `**/${pattern}` }));
  return folders.flatMap((folder) => patterns.map((pattern) => ({ pattern: new vscode.RelativePattern(folder, pattern) })));
}

/** Annotation sidecars sit next to articles and must never be analysed as articles themselves. */
function isSidecar(uri: vscode.Uri): boolean {
  return uri.path.endsWith('.annotations.json');
}

/** The document's length without materialising its text (which costs a copy of a 5 MB file). */
function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
