import { anchor, retarget, shiftRange, TextEdit } from './anchoring';
import type { Annotation } from './schema';

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

/** Three-way merge by annotation id; an annotation changed on both sides is kept twice. */
export function mergeById(base: readonly Annotation[], mine: readonly Annotation[], theirs: readonly Annotation[]): { merged: Annotation[]; conflicts: number } {
  const byId = (list: readonly Annotation[]) => new Map(list.map((annotation) => [annotation.id, annotation]));
  const [baseById, mineById, theirsById] = [byId(base), byId(mine), byId(theirs)];
  const ids = new Set([...mineById.keys(), ...theirsById.keys(), ...baseById.keys()]);
  const merged: Annotation[] = [];
  let conflicts = 0;
  for (const id of ids) {
    const [was, mineNow, theirsNow] = [baseById.get(id), mineById.get(id), theirsById.get(id)];
    const same = (a?: Annotation, b?: Annotation) => JSON.stringify(a) === JSON.stringify(b);
    if (same(mineNow, theirsNow)) { if (mineNow) merged.push(mineNow); continue; }
    if (same(mineNow, was)) { if (theirsNow) merged.push(theirsNow); continue; }
    if (same(theirsNow, was)) { if (mineNow) merged.push(mineNow); continue; }
    // Changed on both sides (or deleted on one and changed on the other): keep every version.
    conflicts++;
    if (mineNow) merged.push(mineNow);
    if (theirsNow) merged.push({ ...theirsNow, id: `${theirsNow.id}-theirs` });
  }
  return { merged, conflicts };
}
