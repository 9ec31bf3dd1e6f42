import * as path from 'node:path';
import type { TextEdit } from './anchoring';
import { Annotation, Sidecar, SIDECAR_VERSION, sidecarPathOf } from './schema';
import { loadSidecarFile, saveSidecarFile, SidecarFileSystem, SidecarProblem } from './sidecarFile';
import { followEdits, MergeConflict, mergeById, reanchor, sameAnnotation } from './tracking';

export interface ArticleProblem {
  problem: SidecarProblem;
  message: string;
}

export type LoadOutcome = { ok: true; conflicts: MergeConflict[] } | ({ ok: false } & ArticleProblem);

export type SaveResult =
  | { status: 'saved'; conflicts: MergeConflict[] }
  | { status: 'unchanged' }
  | { status: 'read-only'; message: string };

interface ArticleEntry {
  annotations: Annotation[];
  /** The annotations as last read from or written to the sidecar: the base of a three-way merge. */
  onDisk: Annotation[];
  problem: ArticleProblem | undefined;
}

/**
 * The annotations of a set of articles, backed by their sidecar files, with the editor's rules:
 * model operations (`update`, `followEdits`, `reanchor`) are synchronous and pure on the
 * in-memory state, so the editor can apply them inside its event handlers; only `load` and
 * `save` touch the file system, through a `SidecarFileSystem`.
 *
 * A sidecar that fails to load (unparseable, invalid, from a newer version) makes its article
 * read-only: nothing changes its annotations and `save` never writes the file, until a later
 * `load` reads it successfully. Someone's hand edit or a newer Marginalia's data is never
 * replaced by what this version understood of it.
 */
export class SidecarStore {
  private readonly articles = new Map<string, ArticleEntry>();
  /** Each article's reads and writes of its sidecar, one after another (see `inTurn`). */
  private readonly diskTurns = new Map<string, Promise<unknown>>();

  constructor(private readonly fileSystem: SidecarFileSystem) {}

  /**
   * Reads (or re-reads) an article's sidecar. Changes made in memory since the last read or save
   * are merged with the file, not replaced by it; a failure leaves the article read-only.
   */
  load(articlePath: string): Promise<LoadOutcome> {
    return this.inTurn(articlePath, () => this.loadNow(articlePath));
  }

  private async loadNow(articlePath: string): Promise<LoadOutcome> {
    const entry = this.entry(articlePath);
    const loaded = await loadSidecarFile(sidecarPathOf(articlePath), this.fileSystem);
    if (!loaded.ok) {
      entry.problem = { problem: loaded.problem, message: loaded.message };
      return { ok: false, ...entry.problem };
    }
    const theirs = loaded.sidecar?.annotations ?? [];
    const merge = mergeById(entry.onDisk, entry.annotations, theirs);
    entry.problem = undefined;
    entry.annotations = merge.merged;
    entry.onDisk = theirs;
    return { ok: true, conflicts: merge.conflicting };
  }

  annotationsOf(articlePath: string): readonly Annotation[] {
    return this.articles.get(articlePath)?.annotations ?? [];
  }

  orphansOf(articlePath: string): readonly Annotation[] {
    return this.annotationsOf(articlePath).filter((annotation) => annotation.state === 'orphan');
  }

  /** Why the article's annotations are read-only, or undefined when they can be changed. */
  problemOf(articlePath: string): ArticleProblem | undefined {
    return this.articles.get(articlePath)?.problem;
  }

  /** True when the annotations differ from the sidecar on disk. */
  isDirty(articlePath: string): boolean {
    const entry = this.articles.get(articlePath);
    return entry !== undefined && !sameList(entry.annotations, entry.onDisk);
  }

  /** Replaces an article's annotations through a function of the current ones; false when read-only. */
  update(articlePath: string, change: (current: readonly Annotation[]) => Annotation[]): boolean {
    const entry = this.entry(articlePath);
    if (entry.problem) return false;
    entry.annotations = change(entry.annotations);
    return true;
  }

  /** Moves the annotations along with edits typed in the editor (see `followEdits`). */
  followEdits(articlePath: string, edits: readonly TextEdit[], newText: string): void {
    this.update(articlePath, (current) => followEdits(current, edits, newText));
  }

  /** Re-anchors the annotations on text that changed outside the editor. */
  reanchor(articlePath: string, text: string): void {
    this.update(articlePath, (current) => reanchor(current, text));
  }

  /**
   * Writes the article's annotations, first merging whatever changed on disk since the last read
   * or write (another editor, a git pull). Re-reads the file right before writing, so a sidecar
   * broken on disk in the meantime is detected and left alone rather than overwritten.
   */
  save(articlePath: string): Promise<SaveResult> {
    return this.inTurn(articlePath, () => this.saveNow(articlePath));
  }

  private async saveNow(articlePath: string): Promise<SaveResult> {
    const entry = this.entry(articlePath);
    if (entry.problem) return { status: 'read-only', message: entry.problem.message };
    const loaded = await this.loadNow(articlePath);
    if (!loaded.ok) return { status: 'read-only', message: loaded.message };
    if (!this.isDirty(articlePath)) return { status: 'unchanged' };
    const written = entry.annotations;
    await saveSidecarFile(sidecarPathOf(articlePath), sidecarOf(articlePath, written), this.fileSystem);
    entry.onDisk = written;
    return { status: 'saved', conflicts: loaded.conflicts };
  }

  /**
   * Runs a read or write of the article's sidecar after the ones already under way. A merge takes
   * the last file read or written as its base: a reload still reading the file while a save writes
   * it would merge stale bytes against the new base and drop what the save just wrote.
   */
  private inTurn<T>(articlePath: string, operation: () => Promise<T>): Promise<T> {
    const previous = this.diskTurns.get(articlePath) ?? Promise.resolve();
    const turn = previous.then(operation, operation);
    const settled = turn.then(() => undefined, () => undefined);
    this.diskTurns.set(articlePath, settled);
    void settled.then(() => {
      if (this.diskTurns.get(articlePath) === settled) this.diskTurns.delete(articlePath);
    });
    return turn;
  }

  private entry(articlePath: string): ArticleEntry {
    let entry = this.articles.get(articlePath);
    if (!entry) {
      entry = { annotations: [], onDisk: [], problem: undefined };
      this.articles.set(articlePath, entry);
    }
    return entry;
  }
}

function sidecarOf(articlePath: string, annotations: Annotation[]): Sidecar {
  return { version: SIDECAR_VERSION, article: path.basename(articlePath), annotations };
}

/** Same annotations, in any order: a merge may list them differently from the file. */
function sameList(a: readonly Annotation[], b: readonly Annotation[]): boolean {
  const byId = new Map(b.map((annotation) => [annotation.id, annotation]));
  return a.length === b.length && a.every((annotation) => sameAnnotation(annotation, byId.get(annotation.id)));
}
