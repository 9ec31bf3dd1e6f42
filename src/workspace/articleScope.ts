import * as vscode from 'vscode';
import { globToRegExp, matchesAny } from '../core/io/glob';
import { readSettings } from './settings';

/**
 * Decides which files are articles: those whose workspace-relative path matches
 * `marginalia.include` and not `marginalia.exclude`, that are not annotation sidecars, and that
 * are not larger than the size limit. Globs are matched by the same code as the CLI's `--include`,
 * so the editor and the command line agree on what an article is.
 */
export class ArticleScope {
  private include: RegExp[] = [];
  private exclude: RegExp[] = [];
  private maxFileBytes = 0;

  constructor() {
    this.reload();
  }

  /** Re-reads the settings; call when `marginalia.include`/`exclude` change. */
  reload(): void {
    const settings = readSettings();
    this.include = settings.include.map(globToRegExp);
    this.exclude = settings.exclude.map(globToRegExp);
    this.maxFileBytes = settings.maxFileBytes;
  }

  isArticle(document: vscode.TextDocument): boolean {
    return this.isArticleUri(document.uri) && documentLength(document) <= this.maxFileBytes;
  }

  /** Path rules only (no size check): for files not open in an editor. */
  isArticleUri(uri: vscode.Uri): boolean {
    if (uri.scheme === 'output' || uri.path.endsWith('.annotations.json')) return false;
    const relative = vscode.workspace.asRelativePath(uri, false);
    return matchesAny(relative, this.include) && !matchesAny(relative, this.exclude);
  }

  /** Finds the article files of the workspace, for background indexing. */
  async findArticleFiles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const settings = readSettings();
    const exclude = settings.exclude.length > 0 ? `{${settings.exclude.join(',')}}` : undefined;
    const found = await Promise.all(settings.include.map((pattern) => vscode.workspace.findFiles(pattern, exclude, undefined, token)));
    const unique = new Map(found.flat().filter((uri) => this.isArticleUri(uri)).map((uri) => [uri.toString(), uri]));
    return [...unique.values()].sort((a, b) => a.path.localeCompare(b.path));
  }

  get sizeLimit(): number {
    return this.maxFileBytes;
  }
}

/** The document's length without materialising its text (which costs a copy of a 5 MB file). */
function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
