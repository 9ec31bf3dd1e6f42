import * as vscode from 'vscode';
import type { TextEdit } from '../core/annotations/anchoring';
import { entityNotes, workspaceRejections } from '../core/annotations/overlay';
import { Annotation, sidecarPathOf } from '../core/annotations/schema';
import { nodeSidecarFileSystem } from '../core/annotations/sidecarFile';
import { SidecarStore } from '../core/annotations/store';
import type { MergeConflict } from '../core/annotations/tracking';
import { linkKey } from '../core/index/crossSourceIndex';

/** How long annotation changes wait before they are written, so typing does not write on every key. */
const SAVE_DEBOUNCE_MS = 500;
const UNDO_LIMIT = 50;

interface Article {
  uri: vscode.Uri;
  /** The article's key in the sidecar store: its path on disk, or its URI when it has none. */
  key: string;
  saveTimer: NodeJS.Timeout | undefined;
}

/**
 * The user's annotations of every article, as the editor sees them: the core `SidecarStore` keeps
 * them, merges and writes the sidecars; this adds what the editor needs around it. Changes are
 * moved along with editor edits and written debounced; a sidecar that cannot be read is reported
 * and its article made read-only; a sidecar changed on disk is reloaded and merged by annotation
 * id; in an untrusted workspace nothing is written until trust is granted.
 */
export class AnnotationStore implements vscode.Disposable {
  private readonly sidecars = new SidecarStore(nodeSidecarFileSystem());
  private readonly articles = new Map<string, Article>();
  private readonly undoStack: Array<{ docId: string; annotations: readonly Annotation[] }> = [];
  private readonly changed = new vscode.EventEmitter<{ docIds: ReadonlySet<string>; rejectionsChanged: boolean }>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private rejections = '';
  private trustNoticeShown = false;

  /** Fires when annotations change; `rejectionsChanged` means workspace-wide rejections changed too. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidGrantWorkspaceTrust(() => { for (const docId of this.articles.keys()) this.scheduleSave(docId); }),
      this.watchSidecars(),
    );
  }

  /** Loads an article's sidecar (once); a sidecar that cannot be read is reported and left alone. */
  async load(uri: vscode.Uri): Promise<void> {
    const docId = uri.toString();
    if (this.articles.has(docId)) return;
    this.articles.set(docId, { uri, key: uri.scheme === 'file' ? uri.fsPath : docId, saveTimer: undefined });
    await this.readFromDisk(docId);
  }

  annotationsOf(docId: string): readonly Annotation[] {
    const article = this.articles.get(docId);
    return article ? this.sidecars.annotationsOf(article.key) : [];
  }

  problemOf(docId: string): string | undefined {
    const article = this.articles.get(docId);
    return article && this.sidecars.problemOf(article.key)?.message;
  }

  orphans(): Array<{ docId: string; annotation: Annotation }> {
    return [...this.articles.entries()].flatMap(([docId, { key }]) => this.sidecars.orphansOf(key).map((annotation) => ({ docId, annotation })));
  }

  /** The user's notes on an entity, from every article, matched on its name and aliases. */
  notesFor(names: readonly string[]): string[] {
    const keys = new Set(names.map(linkKey));
    return [...this.articles.values()].flatMap(({ key }) => [...entityNotes(this.sidecars.annotationsOf(key))].filter(([name]) => keys.has(name)).flatMap(([, notes]) => notes));
  }

  rejectedEverywhere(): ReadonlySet<string> {
    return new Set([...this.articles.values()].flatMap(({ key }) => workspaceRejections(this.sidecars.annotationsOf(key))));
  }

  /**
   * Replaces an article's annotations through a function of the current ones, as one undoable
   * step. Refused, with the reason, when the sidecar could not be read.
   */
  update(docId: string, change: (current: readonly Annotation[]) => Annotation[]): boolean {
    const article = this.articles.get(docId);
    if (!article) return false;
    const problem = this.sidecars.problemOf(article.key);
    if (problem) {
      reportSidecarProblem(article, `annotations of this article are read-only. ${problem.message}`);
      return false;
    }
    this.undoStack.push({ docId, annotations: this.sidecars.annotationsOf(article.key) });
    if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
    this.sidecars.update(article.key, change);
    this.afterChange(docId);
    return true;
  }

  /** Restores the state before the last `update`; false when there is nothing to undo. */
  undo(): boolean {
    const last = this.undoStack.pop();
    const article = last && this.articles.get(last.docId);
    if (!last || !article) return false;
    this.sidecars.update(article.key, () => [...last.annotations]);
    this.afterChange(last.docId);
    return true;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  /** Moves annotations along with edits typed in the editor (offsets of each edit refer to the text before it). */
  followEdits(docId: string, edits: readonly TextEdit[], newText: string): void {
    const article = this.articles.get(docId);
    if (!article || !this.isChangeable(article)) return;
    this.sidecars.followEdits(article.key, edits, newText);
    this.afterChange(docId);
  }

  /** Re-anchors annotations on text that changed outside the editor. */
  reanchor(docId: string, text: string): void {
    const article = this.articles.get(docId);
    if (!article || !this.isChangeable(article)) return;
    const before = JSON.stringify(this.sidecars.annotationsOf(article.key));
    this.sidecars.reanchor(article.key, text);
    if (JSON.stringify(this.sidecars.annotationsOf(article.key)) !== before) this.afterChange(docId);
  }

  /** Writes pending changes now (used on deactivation and by tests). */
  async flush(): Promise<void> {
    await Promise.all([...this.articles.keys()].map((docId) => this.save(docId)));
  }

  dispose(): void {
    for (const article of this.articles.values()) clearTimeout(article.saveTimer);
    for (const disposable of this.disposables) disposable.dispose();
  }

  /** Whether the article has annotations that edits could move: some, and not read-only. */
  private isChangeable({ key }: Article): boolean {
    return this.sidecars.annotationsOf(key).length > 0 && !this.sidecars.problemOf(key);
  }

  private afterChange(docId: string): void {
    const rejections = [...this.rejectedEverywhere()].sort().join('\n');
    const rejectionsChanged = rejections !== this.rejections;
    this.rejections = rejections;
    this.changed.fire({ docIds: new Set([docId]), rejectionsChanged });
    this.scheduleSave(docId);
  }

  private scheduleSave(docId: string): void {
    const article = this.articles.get(docId);
    if (!article || this.sidecars.problemOf(article.key)) return;
    clearTimeout(article.saveTimer);
    article.saveTimer = setTimeout(() => void this.save(docId), SAVE_DEBOUNCE_MS);
  }

  /**
   * Writes the article's sidecar when its annotations changed, after merging what changed on disk
   * since the last read or write (another editor, a git pull). When the same annotation changed on
   * both sides both versions are kept and the user is told.
   */
  private async save(docId: string): Promise<void> {
    const article = this.articles.get(docId);
    if (!article || this.sidecars.problemOf(article.key) || !this.sidecars.isDirty(article.key)) return;
    clearTimeout(article.saveTimer);
    if (!vscode.workspace.isTrusted) {
      this.explainUntrusted();
      return;
    }
    if (article.uri.scheme !== 'file') return;
    const before = JSON.stringify(this.sidecars.annotationsOf(article.key));
    const result = await this.sidecars.save(article.key);
    if (result.status === 'read-only') {
      void vscode.window.showErrorMessage(`Marginalia: ${result.message}`);
      this.changed.fire({ docIds: new Set([docId]), rejectionsChanged: false });
      return;
    }
    if (JSON.stringify(this.sidecars.annotationsOf(article.key)) !== before) this.changed.fire({ docIds: new Set([docId]), rejectionsChanged: true });
    if (result.status === 'saved') this.reportConflicts(article, result.conflicts);
  }

  private explainUntrusted(): void {
    if (this.trustNoticeShown) return;
    this.trustNoticeShown = true;
    void vscode.window.showInformationMessage('Marginalia keeps your annotations in memory and will write the sidecar files once you trust this workspace.', 'Manage Workspace Trust')
      .then((choice) => choice && vscode.commands.executeCommand('workbench.trust.manage'));
  }

  /** Reads the sidecar and merges it with the annotations in memory; nothing made in the meantime is lost. */
  private async readFromDisk(docId: string): Promise<void> {
    const article = this.articles.get(docId);
    if (!article || article.uri.scheme !== 'file') return;
    const loaded = await this.sidecars.load(article.key);
    if (!loaded.ok) {
      reportSidecarProblem(article, loaded.message);
      this.changed.fire({ docIds: new Set([docId]), rejectionsChanged: false });
      return;
    }
    this.reportConflicts(article, loaded.conflicts);
    this.afterChange(docId);
  }

  private reportConflicts(article: Article, conflicts: readonly MergeConflict[]): void {
    if (conflicts.length === 0) return;
    void vscode.window.showWarningMessage(`Marginalia: ${conflicts.length} annotation(s) in ${article.uri.path.split('/').pop()} were changed both here and on disk; both versions were kept.`);
  }

  private watchSidecars(): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.json');
    const reload = async (uri: vscode.Uri) => {
      const docId = vscode.Uri.file(uri.fsPath.slice(0, -'.annotations.json'.length)).toString();
      const article = this.articles.get(docId);
      if (!article) return;
      if (this.sidecars.isDirty(article.key)) await this.save(docId);
      else await this.readFromDisk(docId);
    };
    return vscode.Disposable.from(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload));
  }
}

/** Shows a sidecar's problem, naming the file, with a button that opens it. */
function reportSidecarProblem(article: Article, message: string): void {
  void vscode.window.showErrorMessage(`Marginalia: ${message}`, 'Open Sidecar')
    .then((choice) => choice && vscode.window.showTextDocument(vscode.Uri.file(sidecarPathOf(article.uri.fsPath))));
}
