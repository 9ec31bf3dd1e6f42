import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../core/analysis/model';
import type { TextEdit } from '../core/annotations/anchoring';
import { applyAnnotations } from '../core/annotations/overlay';
import { CrossSourceIndex } from '../core/index/crossSourceIndex';
import { AnalysisPool } from '../core/parallel/analysisPool';
import type { AnnotationStore } from './annotationStore';
import type { ArticleScope } from './articleScope';
import type { BackgroundAnalyzer } from './backgroundAnalyzer';

/** How long typing must pause before an open article is re-analysed. */
const TYPING_DEBOUNCE_MS = 250;
/** Files read and analysed between two yields to the event loop during the initial scan: a few ms of work per worker. */
const SCAN_BATCH = 24;

interface Article {
  uri: vscode.Uri;
  text: string;
  /** The document version the analysis was made from, or undefined when it came from disk. */
  version: number | undefined;
  /** The automatic analysis, before the user's annotations are applied. */
  analysis: DocumentAnalysis;
}

/**
 * The articles of the workspace and their cross-source index, kept current as files are opened,
 * edited, saved, changed on disk, created and deleted. Everything the editor features show is
 * read from here; nothing re-scans text on a hover or a tree expansion.
 *
 * What is indexed is the automatic analysis with the user's annotations applied over it, so
 * every feature shows the user's corrections. Article ids are `uri.toString()`.
 */
export class ArticleLibrary implements vscode.Disposable {
  readonly index = new CrossSourceIndex();
  private readonly articles = new Map<string, Article>();
  private readonly typingTimers = new Map<string, NodeJS.Timeout>();
  private readonly changed = new vscode.EventEmitter<ReadonlySet<string>>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private scan: vscode.CancellationTokenSource | undefined;
  private scanDone: Promise<void> = Promise.resolve();

  /** Fires with the ids of the articles whose analysis changed (added, updated or removed). */
  readonly onDidChange = this.changed.event;

  /**
   * `workerScript` is the bundled analysis worker (dist/analysisWorker.js) the workspace scan runs
   * on; `analyzer` analyses open documents as they change.
   */
  constructor(private readonly scope: ArticleScope, private readonly analyzer: BackgroundAnalyzer, private readonly annotations: AnnotationStore, private readonly workerScript: string) {
    this.disposables.push(
      annotations.onDidChange(({ docIds, rejectionsChanged }) => this.reapplyAnnotations(rejectionsChanged ? new Set(this.articles.keys()) : docIds)),
      vscode.workspace.onDidOpenTextDocument((document) => this.documentOpened(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.documentEdited(event)),
      vscode.workspace.onDidCloseTextDocument((document) => this.documentClosed(document)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rescan()),
      this.watchFiles(),
    );
  }

  /** Starts indexing the workspace in the background; open articles are analysed first. */
  start(): void {
    for (const document of vscode.workspace.textDocuments) this.documentOpened(document);
    this.rescan();
  }

  /** Resolves when the current background scan has finished (or was superseded). */
  whenScanned(): Promise<void> {
    return this.scanDone;
  }

  /** Drops everything and indexes the workspace again, e.g. after the include patterns change. */
  rescan(): void {
    this.scope.reload();
    this.scan?.cancel();
    const scan = new vscode.CancellationTokenSource();
    this.scan = scan;
    this.scanDone = Promise.resolve(vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Marginalia: indexing articles' },
      (progress) => this.scanWorkspace(scan.token, progress),
    ));
  }

  isArticle(document: vscode.TextDocument): boolean {
    return this.scope.isArticle(document);
  }

  analysisOf(docId: string): DocumentAnalysis | undefined {
    return this.index.analysis(docId);
  }

  /** The automatic analysis, before the user's annotations (what exports call provenance "auto"). */
  automaticAnalysisOf(docId: string): DocumentAnalysis | undefined {
    return this.articles.get(docId)?.analysis;
  }

  textOf(docId: string): string | undefined {
    return this.articles.get(docId)?.text;
  }

  uriOf(docId: string): vscode.Uri | undefined {
    return this.articles.get(docId)?.uri;
  }

  /** True when the stored analysis was made from exactly this version of the open document. */
  isCurrent(document: vscode.TextDocument): boolean {
    const article = this.articles.get(document.uri.toString());
    return article?.version === document.version || (article !== undefined && article.text === document.getText());
  }

  /** Workspace-relative path, the label articles go by in cards and views. */
  labelOf(docId: string): string {
    const uri = this.uriOf(docId) ?? vscode.Uri.parse(docId);
    return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  }

  articleIds(): string[] {
    return this.index.documentIds();
  }

  /** Analyses an open document now, skipping the typing debounce (used on open and by tests). */
  async refreshDocument(document: vscode.TextDocument): Promise<void> {
    if (!this.isArticle(document)) return;
    const docId = document.uri.toString();
    const version = document.version;
    const text = document.getText();
    await this.annotations.load(document.uri);
    const analysis = await this.analyzer.analyze(docId, text);
    if (!analysis || document.version !== version || document.isClosed && !this.articles.has(docId)) return;
    this.store(docId, { uri: document.uri, text, version, analysis });
  }

  dispose(): void {
    this.scan?.cancel();
    for (const timer of this.typingTimers.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }

  private store(docId: string, article: Article): void {
    this.articles.set(docId, article);
    this.index.set(docId, this.withAnnotations(docId, article));
    this.changed.fire(new Set([docId]));
  }

  private withAnnotations(docId: string, article: Article): DocumentAnalysis {
    return applyAnnotations(article.analysis, article.text, this.annotations.annotationsOf(docId), this.annotations.rejectedEverywhere());
  }

  /** Re-applies annotations without re-analysing: cheap, so corrections show at once. */
  private reapplyAnnotations(docIds: ReadonlySet<string>): void {
    const changed = new Set<string>();
    for (const docId of docIds) {
      const article = this.articles.get(docId);
      if (!article) continue;
      this.index.set(docId, this.withAnnotations(docId, article));
      changed.add(docId);
    }
    if (changed.size > 0) this.changed.fire(changed);
  }

  private remove(docId: string): void {
    if (!this.articles.delete(docId)) return;
    this.index.remove(docId);
    this.changed.fire(new Set([docId]));
  }

  private documentOpened(document: vscode.TextDocument): void {
    if (this.isArticle(document) && !this.isCurrent(document)) void this.refreshDocument(document);
  }

  private documentEdited(event: vscode.TextDocumentChangeEvent): void {
    const document = event.document;
    if (!this.isArticle(document) || event.contentChanges.length === 0) return;
    const docId = document.uri.toString();
    this.annotations.followEdits(docId, editsOf(event), document.getText());
    clearTimeout(this.typingTimers.get(docId));
    this.typingTimers.set(docId, setTimeout(() => {
      this.typingTimers.delete(docId);
      void this.refreshDocument(document);
    }, TYPING_DEBOUNCE_MS));
  }

  /** An unsaved, closed document falls back to what is on disk; a deleted untitled one disappears. */
  private documentClosed(document: vscode.TextDocument): void {
    const docId = document.uri.toString();
    if (!this.articles.has(docId)) return;
    if (document.uri.scheme === 'untitled') this.remove(docId);
    else if (document.isDirty) void this.refreshFromDisk(document.uri);
  }

  private watchFiles(): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    return vscode.Disposable.from(
      watcher,
      watcher.onDidCreate((uri) => this.fileChangedOnDisk(uri)),
      watcher.onDidChange((uri) => this.fileChangedOnDisk(uri)),
      watcher.onDidDelete((uri) => this.remove(uri.toString())),
    );
  }

  private fileChangedOnDisk(uri: vscode.Uri): void {
    if (!this.scope.isArticleUri(uri)) return;
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    // An open document with unsaved edits is what the user sees: its text wins over the disk's.
    if (open?.isDirty) return;
    void this.refreshFromDisk(uri);
  }

  private async refreshFromDisk(uri: vscode.Uri): Promise<void> {
    const docId = uri.toString();
    const text = await this.readArticle(uri);
    if (text === undefined) {
      this.remove(docId);
      return;
    }
    await this.annotations.load(uri);
    if (this.articles.get(docId)?.text !== text) this.annotations.reanchor(docId, text);
    const analysis = await this.analyzer.analyze(docId, text);
    if (analysis) this.store(docId, { uri, text, version: undefined, analysis });
  }

  /** Reads a file as an article: undefined when it is outside the scope, too large, or not UTF-8 text. */
  private async readArticle(uri: vscode.Uri): Promise<string | undefined> {
    if (!this.scope.isArticleUri(uri)) return undefined;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type !== vscode.FileType.File || stat.size > this.scope.sizeLimit) return undefined;
      return decodeArticle(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  }

  /**
   * Reads and indexes every article of the workspace, a batch at a time. The analysis runs on a
   * pool of worker threads, so the extension host only reads files and indexes results; the pool
   * lives for one scan, as its workers' memory is not needed between scans.
   */
  private async scanWorkspace(token: vscode.CancellationToken, progress: vscode.Progress<{ message?: string; increment?: number }>): Promise<void> {
    const uris = await this.scope.findArticleFiles(token);
    const wanted = new Set(uris.map(String));
    for (const docId of [...this.articles.keys()]) if (!wanted.has(docId)) this.remove(docId);
    const pool = new AnalysisPool(this.workerScript, AnalysisPool.sizeFor(uris.length));
    try {
      for (let from = 0; from < uris.length && !token.isCancellationRequested; from += SCAN_BATCH) {
        const batch = uris.slice(from, from + SCAN_BATCH).filter((uri) => !this.isOpenAndCurrent(uri));
        const changed = await this.scanBatch(batch, pool, token);
        if (changed.size > 0) this.changed.fire(changed);
        progress.report({ message: `${Math.min(from + SCAN_BATCH, uris.length)}/${uris.length}`, increment: (SCAN_BATCH / uris.length) * 100 });
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      await pool.close();
    }
  }

  /** Reads, analyses and indexes one batch of files; returns the ids of the articles indexed. */
  private async scanBatch(batch: readonly vscode.Uri[], pool: AnalysisPool, token: vscode.CancellationToken): Promise<Set<string>> {
    const texts = await Promise.all(batch.map((uri) => this.readArticle(uri)));
    const analyses = await Promise.allSettled(texts.map((text) => (text === undefined ? undefined : pool.analyze(text))));
    const changed = new Set<string>();
    for (let i = 0; i < batch.length && !token.isCancellationRequested; i++) {
      const text = texts[i];
      const analysis = analyses[i];
      // An article the analysis failed on stays out of the index rather than stopping the scan.
      if (text === undefined || analysis.status === 'rejected' || analysis.value === undefined) continue;
      const docId = batch[i].toString();
      // Opened while the batch was analysed: the open document's own analysis is newer than the file's.
      if (this.isOpenAndCurrent(batch[i])) continue;
      await this.annotations.load(batch[i]);
      const article = { uri: batch[i], text, version: undefined, analysis: analysis.value };
      this.articles.set(docId, article);
      this.index.set(docId, this.withAnnotations(docId, article));
      changed.add(docId);
    }
    return changed;
  }

  private isOpenAndCurrent(uri: vscode.Uri): boolean {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    return open !== undefined && this.isCurrent(open);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeArticle(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The event's changes as edits applied one after another. VS Code reports every change of one
 * event against the text before the event; applied from the last to the first, each one's
 * offsets stay valid.
 */
function editsOf(event: vscode.TextDocumentChangeEvent): TextEdit[] {
  return [...event.contentChanges]
    .sort((a, b) => b.rangeOffset - a.rangeOffset)
    .map((change) => ({ start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, text: change.text }));
}
