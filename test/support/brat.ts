/** A small reader of brat standoff `.ann` files, enough to check what the brat exporter writes. */
export interface BratTextBound { id: string; type: string; fragments: Array<[number, number]>; text: string }
export interface BratRelation { id: string; type: string; arg1: string; arg2: string }
export interface BratNote { id: string; target: string; text: string }

export function readBrat(ann: string): { textBounds: BratTextBound[]; relations: BratRelation[]; notes: BratNote[] } {
  const textBounds: BratTextBound[] = [];
  const relations: BratRelation[] = [];
  const notes: BratNote[] = [];
  for (const line of ann.split('\n').filter(Boolean)) {
    const [id, middle, text] = line.split('\t');
    if (id.startsWith('T')) {
      const [type, ...rest] = middle.split(' ');
      const fragments = rest.join(' ').split(';').map((fragment) => fragment.split(' ').map(Number) as [number, number]);
      textBounds.push({ id, type, fragments, text });
    } else if (id.startsWith('R')) {
      const [type, arg1, arg2] = middle.split(' ');
      relations.push({ id, type, arg1: arg1.replace('Arg1:', ''), arg2: arg2.replace('Arg2:', '') });
    } else if (id.startsWith('#')) {
      notes.push({ id, target: middle.split(' ')[1], text });
    } else throw new Error(`unknown brat line: ${line}`);
  }
  return { textBounds, relations, notes };
}
