import { anchor, retarget, shiftRange, TextEdit } from './anchoring';
import { randomUUID } from 'node:crypto';
import type { Annotation, Sidecar } from './schema';

/**
 * Keeps a set of annotations attached to a changing text. Both functions return every annotation
 * they were given — an annotation whose words are gone comes back as an orphan with its last
 * known target, never dropped — and every anchored one sits on words equal to its quote.
 */

/** Follows edits made in the editor; `edits` apply in order, each to the text the previous one produced. */
export function followEdits(annotations: readonly Annotation[], edits: readonly TextEdit[], newText: string): Annotation[] {
  return annotations.map((annotation) => {
    if (annotation.state === 'orphan') return annotation;
    let range: { start: number; end: number } | undefined = { start: annotation.target.selector[1].start, end: annotation.target.selector[1].end };
    for (const edit of edits) {
      range = range && shiftRange(range, edit);
      if (range && range.end <= range.start) range = undefined;
    }
    if (!range) return { ...annotation, state: 'orphan' };
    return { ...annotation, target: retarget(newText, annotation.target, range.start, range.end) };
  });
}

/** Re-anchors annotations on a text that changed outside the editor (git pull, another program). */
export function reanchor(annotations: readonly Annotation[], text: string): Annotation[] {
  return annotations.map((annotation) => {
    const found = anchor(text, annotation.target);
    if (!found) return { ...annotation, state: 'orphan' };
    return { ...annotation, state: 'anchored', target: retarget(text, annotation.target, found.start, found.end) };
  });
}

/** Attaches an orphan to a new place chosen by the user. */
export function reattach(annotation: Annotation, text: string, start: number, end: number): Annotation {
  return { ...annotation, state: 'anchored', target: retarget(text, annotation.target, start, end) };
}

/** What a merge could not settle by itself, for the editor to tell the user about. */
export interface MergeConflict {
  /** The annotation's id (the version from this side keeps it). */
  id: string;
  /**
   * "changed-both": both sides changed it; the other side's version is kept as `copyId` with
   * `conflictOf: id`. "deleted-and-changed": one side deleted what the other changed; the changed
   * version is kept, since a deletion is easier to redo than lost work.
   */
  kind: 'changed-both' | 'deleted-and-changed';
  copyId?: string;
}

export interface AnnotationMerge {
  merged: Annotation[];
  /** How many annotations conflicted (the length of `conflicting`). */
  conflicts: number;
  conflicting: MergeConflict[];
}

/**
 * Three-way merge by annotation id of `mine` (in memory) and `theirs` (on disk) against `base`
 * (what both started from). Additions from both sides are kept; a deletion is honoured when the
 * other side left the annotation as it was; nothing is ever silently clobbered.
 */
export function mergeById(base: readonly Annotation[], mine: readonly Annotation[], theirs: readonly Annotation[], newId: () => string = randomUUID): AnnotationMerge {
  const byId = (list: readonly Annotation[]) => new Map(list.map((annotation) => [annotation.id, annotation]));
  const [baseById, mineById, theirsById] = [byId(base), byId(mine), byId(theirs)];
  const merged: Annotation[] = [];
  const conflicting: MergeConflict[] = [];
  for (const id of new Set([...mineById.keys(), ...theirsById.keys(), ...baseById.keys()])) {
    const [was, mineNow, theirsNow] = [baseById.get(id), mineById.get(id), theirsById.get(id)];
    if (sameAnnotation(mineNow, theirsNow) || sameAnnotation(theirsNow, was)) {
      if (mineNow) merged.push(mineNow);
    } else if (sameAnnotation(mineNow, was)) {
      if (theirsNow) merged.push(theirsNow);
    } else if (mineNow && theirsNow) {
      const combined = was && combineChanges(was, mineNow, theirsNow);
      if (combined) {
        merged.push(combined);
        continue;
      }
      const copyId = newId();
      merged.push(mineNow, { ...theirsNow, id: copyId, conflictOf: id });
      conflicting.push({ id, kind: 'changed-both', copyId });
    } else {
      const survivor = mineNow ?? theirsNow;
      if (survivor) merged.push(survivor);
      conflicting.push({ id, kind: 'deleted-and-changed' });
    }
  }
  return { merged, conflicts: conflicting.length, conflicting };
}

/**
 * Parts of an annotation that change together: its place (moved by edits to the article), what it
 * says, and who made it when. `modified` is left out: it changes with every edit on either side.
 */
const FIELD_GROUPS: ReadonlyArray<ReadonlyArray<keyof Annotation>> = [['target', 'state'], ['body'], ['author', 'created'], ['conflictOf']];

/**
 * One annotation changed on both sides in different parts (the article was edited here, moving
 * it, while its note was rewritten in a pulled commit) merges into one with both changes; when
 * both sides changed the same part there is no safe answer and the result is undefined.
 */
function combineChanges(was: Annotation, mine: Annotation, theirs: Annotation): Annotation | undefined {
  let combined: Annotation = { ...mine, modified: mine.modified > theirs.modified ? mine.modified : theirs.modified };
  for (const group of FIELD_GROUPS) {
    const pick = (annotation: Annotation) => canonicalJson(group.map((field) => annotation[field]));
    if (pick(mine) === pick(theirs) || pick(theirs) === pick(was)) continue;
    if (pick(mine) !== pick(was)) return undefined;
    combined = { ...combined, ...Object.fromEntries(group.map((field) => [field, theirs[field]])) };
  }
  return combined;
}

/** Merges whole sidecars; the article name and `$schema` come from the side being saved. */
export function mergeSidecars(base: Sidecar | undefined, mine: Sidecar, theirs: Sidecar | undefined): { sidecar: Sidecar; conflicts: MergeConflict[] } {
  const { merged, conflicting } = mergeById(base?.annotations ?? [], mine.annotations, theirs?.annotations ?? []);
  return { sidecar: { ...mine, annotations: merged }, conflicts: conflicting };
}

/**
 * Equality by content, not by key order: an annotation read from disk and the same one built in
 * memory may list their keys differently, and that must not look like a change.
 */
export function sameAnnotation(a: Annotation | undefined, b: Annotation | undefined): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => inner !== null && typeof inner === 'object' && !Array.isArray(inner)
    ? Object.fromEntries(Object.entries(inner).filter(([, field]) => field !== undefined).sort(([a], [b]) => a.localeCompare(b)))
    : inner);
}
