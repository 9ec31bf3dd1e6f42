import * as vscode from 'vscode';
import { TextEdit } from '../core/annotations/anchoring';
import { entityNotes, workspaceRejections } from '../core/annotations/overlay';
import { Annotation, sidecarPathOf } from '../core/annotations/schema';
import { loadSidecarFile, serializeSidecar, writeFileAtomic } from '../core/annotations/sidecarFile';
import { followEdits, mergeById, reanchor } from '../core/annotations/tracking';
import { linkKey } from '../core/index/crossSourceIndex';

/** How long annotation changes wait before they are written, so typing does not write on every key. */
const SAVE_DEBOUNCE_MS = 500;
const UNDO_LIMIT = 50;

interface ArticleAnnotations {
  article: vscode.Uri;
  annotations: Annotation[];
  /** What the sidecar on disk holds, as last read or written: the base of a merge. */
  onDisk: Annotation[];
  /** Set when the sidecar could not be read: the article is read-only and the file is never written. */
  problem: string | undefined;
  saveTimer: NodeJS.Timeout | undefined;
}

/**
 * The user's annotations of every article, backed by sidecar files. Changes are kept in memory,
 * moved along with editor edits, and written debounced and atomically. A sidecar that cannot be
 * read makes its article read-only and is never overwritten; a sidecar changed on disk is merged
 * by annotation id; in an untrusted workspace nothing is written until trust is granted.
 */
export class AnnotationStore implements vscode.Disposable {
  private readonly articles = new Map<string, ArticleAnnotations>();
  private readonly undoStack: Array<{ docId: string; annotations: Annotation[] }> = [];
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
  async load(article: vscode.Uri): Promise<void> {
    const docId = article.toString();
    if (this.articles.has(docId)) return;
    const entry: ArticleAnnotations = { article, annotations: [], onDisk: [], problem: undefined, saveTimer: undefined };
    this.articles.set(docId, entry);
    await this.readFromDisk(docId, entry);
  }

  annotationsOf(docId: string): readonly Annotation[] {
    return this.articles.get(docId)?.annotations ?? [];
  }

  problemOf(docId: string): string | undefined {
    return this.articles.get(docId)?.problem;
  }

  orphans(): Array<{ docId: string; annotation: Annotation }> {
    return [...this.articles.entries()].flatMap(([docId, entry]) => entry.annotations.filter((annotation) => annotation.state === 'orphan').map((annotation) => ({ docId, annotation })));
  }

  /** The user's notes on an entity, from every article, matched on its name and aliases. */
  notesFor(names: readonly string[]): string[] {
    const keys = new Set(names.map(linkKey));
    return [...this.articles.values()].flatMap((entry) => [...entityNotes(entry.annotations)].filter(([key]) => keys.has(key)).flatMap(([, notes]) => notes));
  }

  rejectedEverywhere(): ReadonlySet<string> {
    return new Set([...this.articles.values()].flatMap((entry) => workspaceRejections(entry.annotations)));
  }

  /**
   * Replaces an article's annotations through a function of the current ones, as one undoable
   * step. Refused, with the reason, when the sidecar could not be read.
   */
  update(docId: string, change: (current: readonly Annotation[]) => Annotation[]): boolean {
    const entry = this.articles.get(docId);
    if (!entry) return false;
    if (entry.problem) {
      void vscode.window.showErrorMessage(`Marginalia: annotations of this article are read-only. ${entry.problem}`, 'Open Sidecar')
        .then((choice) => choice && vscode.window.showTextDocument(vscode.Uri.file(sidecarPathOf(entry.article.fsPath))));
      return false;
    }
    this.undoStack.push({ docId, annotations: entry.annotations });
    if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
    entry.annotations = change(entry.annotations);
    this.afterChange(docId);
    return true;
  }

  /** Restores the state before the last `update`; false when there is nothing to undo. */
  undo(): boolean {
    const last = this.undoStack.pop();
    const entry = last && this.articles.get(last.docId);
    if (!last || !entry) return false;
    entry.annotations = last.annotations;
    this.afterChange(last.docId);
    return true;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  /** Moves annotations along with edits typed in the editor (offsets of each edit refer to the text before it). */
  followEdits(docId: string, edits: readonly TextEdit[], newText: string): void {
    const entry = this.articles.get(docId);
    if (!entry || entry.annotations.length === 0 || entry.problem) return;
    entry.annotations = followEdits(entry.annotations, edits, newText);
    this.afterChange(docId);
  }

  /** Re-anchors annotations on text that changed outside the editor. */
  reanchor(docId: string, text: string): void {
    const entry = this.articles.get(docId);
    if (!entry || entry.annotations.length === 0 || entry.problem) return;
    const next = reanchor(entry.annotations, text);
    if (JSON.stringify(next) === JSON.stringify(entry.annotations)) return;
    entry.annotations = next;
    this.afterChange(docId);
  }

  /** Writes pending changes now (used on deactivation and by tests). */
  async flush(): Promise<void> {
    await Promise.all([...this.articles.keys()].map((docId) => this.save(docId)));
  }

  dispose(): void {
    for (const entry of this.articles.values()) clearTimeout(entry.saveTimer);
    for (const disposable of this.disposables) disposable.dispose();
  }

  private afterChange(docId: string): void {
    const rejections = [...this.rejectedEverywhere()].sort().join('\n');
    const rejectionsChanged = rejections !== this.rejections;
    this.rejections = rejections;
    this.changed.fire({ docIds: new Set([docId]), rejectionsChanged });
    this.scheduleSave(docId);
  }

  private scheduleSave(docId: string): void {
    const entry = this.articles.get(docId);
    if (!entry || entry.problem) return;
    clearTimeout(entry.saveTimer);
    entry.saveTimer = setTimeout(() => void this.save(docId), SAVE_DEBOUNCE_MS);
  }

  private async save(docId: string): Promise<void> {
    const entry = this.articles.get(docId);
    if (!entry || entry.problem || JSON.stringify(entry.annotations) === JSON.stringify(entry.onDisk)) return;
    clearTimeout(entry.saveTimer);
    if (!vscode.workspace.isTrusted) {
      this.explainUntrusted();
      return;
    }
    if (entry.article.scheme !== 'file') return;
    await this.mergeWithDisk(docId, entry);
    if (entry.problem) return;
    const file = sidecarPathOf(entry.article.fsPath);
    const snapshot = entry.annotations;
    await writeFileAtomic(file, serializeSidecar({ version: 1, article: entry.article.path.split('/').pop() ?? '', annotations: snapshot }));
    entry.onDisk = snapshot;
  }

  private explainUntrusted(): void {
    if (this.trustNoticeShown) return;
    this.trustNoticeShown = true;
    void vscode.window.showInformationMessage('Marginalia keeps your annotations in memory and will write the sidecar files once you trust this workspace.', 'Manage Workspace Trust')
      .then((choice) => choice && vscode.commands.executeCommand('workbench.trust.manage'));
  }

  private async readFromDisk(docId: string, entry: ArticleAnnotations): Promise<void> {
    if (entry.article.scheme !== 'file') return;
    const loaded = await loadSidecarFile(sidecarPathOf(entry.article.fsPath));
    if (!loaded.ok) {
      entry.problem = loaded.message;
      void vscode.window.showErrorMessage(`Marginalia: ${loaded.message}`, 'Open Sidecar')
        .then((choice) => choice && vscode.window.showTextDocument(vscode.Uri.file(sidecarPathOf(entry.article.fsPath))));
      this.changed.fire({ docIds: new Set([docId]), rejectionsChanged: false });
      return;
    }
    entry.problem = undefined;
    const theirs = loaded.sidecar?.annotations ?? [];
    // Annotations may have changed while the file was being read: merge rather than replace, so
    // nothing made in the meantime is lost (with no local change the merge is simply the file).
    entry.annotations = mergeById(entry.onDisk, entry.annotations, theirs).merged;
    entry.onDisk = theirs;
    this.afterChange(docId);
  }

  /**
   * Before writing, takes in what changed on disk since the last read or write (another editor, a
   * git pull), merging by annotation id. When the same annotation changed on both sides both
   * versions are kept and the user is told.
   */
  private async mergeWithDisk(docId: string, entry: ArticleAnnotations): Promise<void> {
    const loaded = await loadSidecarFile(sidecarPathOf(entry.article.fsPath));
    if (!loaded.ok) {
      entry.problem = loaded.message;
      void vscode.window.showErrorMessage(`Marginalia: ${loaded.message}`);
      return;
    }
    const theirs = loaded.sidecar?.annotations ?? [];
    if (JSON.stringify(theirs) === JSON.stringify(entry.onDisk)) return;
    const { merged, conflicts } = mergeById(entry.onDisk, entry.annotations, theirs);
    entry.annotations = merged;
    entry.onDisk = theirs;
    this.changed.fire({ docIds: new Set([docId]), rejectionsChanged: true });
    if (conflicts > 0) {
      void vscode.window.showWarningMessage(`Marginalia: ${conflicts} annotation(s) in ${entry.article.path.split('/').pop()} were changed both here and on disk; both versions were kept.`);
    }
  }

  private watchSidecars(): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.json');
    const reload = async (uri: vscode.Uri) => {
      const docId = vscode.Uri.file(uri.fsPath.slice(0, -'.annotations.json'.length)).toString();
      const entry = this.articles.get(docId);
      if (!entry) return;
      const unsaved = JSON.stringify(entry.annotations) !== JSON.stringify(entry.onDisk);
      if (unsaved) await this.save(docId);
      else await this.readFromDisk(docId, entry);
    };
    return vscode.Disposable.from(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload));
  }
}
