import type { LocalEntity } from '../model';
import type { QuoteSpan } from '../quotes';

export interface MentionRef { start: number; end: number; key: number }

/**
 * Entity mentions outside quotations, sorted by offset, for "which names lie in this range" and
 * "the last person before here" by binary search. Names inside quoted words ("I know David very
 * well") are what someone said, never who said it.
 */
export class MentionIndex {
  readonly sorted: MentionRef[];
  /** Built on first use, since most articles never need them. */
  private names: { byAlias: Map<string, number>; bySurname: Map<string, number[]> } | undefined;

  constructor(readonly entities: readonly LocalEntity[], private readonly quotes: readonly QuoteSpan[]) {
    const all: MentionRef[] = [];
    for (const entity of entities) {
      for (const mention of entity.mentions) all.push({ start: mention.start, end: mention.end, key: entity.key });
    }
    all.sort((a, b) => a.start - b.start);
    let quote = 0;
    this.sorted = all.filter((mention) => {
      while (quote < quotes.length && quotes[quote].end <= mention.start) quote++;
      return !(quote < quotes.length && quotes[quote].start <= mention.start);
    });
  }

  /** Whether `offset` lies inside a quotation's words: someone said what stands there. */
  isQuoted(offset: number): boolean {
    let low = 0;
    let high = this.quotes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.quotes[middle].end <= offset) low = middle + 1;
      else high = middle;
    }
    return low < this.quotes.length && this.quotes[low].start <= offset;
  }

  /**
   * Person and organisation names by surface form, for a subject the entity pass did not mark
   * there, and people by the last word of their name ("Blair" → Tony Blair and Ian Blair).
   */
  private nameTables(): NonNullable<MentionIndex['names']> {
    if (this.names) return this.names;
    const byAlias = new Map<string, number>();
    const bySurname = new Map<string, number[]>();
    for (const entity of this.entities) {
      if (entity.type === 'place' || entity.type === 'other') continue;
      // An alias two entities share says nothing about which one is meant.
      for (const alias of entity.aliases) byAlias.set(alias, byAlias.has(alias) && byAlias.get(alias) !== entity.key ? -1 : entity.key);
      const surname = entity.name.split(' ').pop();
      if (entity.type === 'person' && surname && surname !== entity.name) bySurname.set(surname, [...bySurname.get(surname) ?? [], entity.key]);
    }
    this.names = { byAlias, bySurname };
    return this.names;
  }

  /** The person or organisation an exact surface form names, if exactly one does. */
  entityNamed(form: string): number | undefined {
    const key = this.nameTables().byAlias.get(form);
    return key === undefined || key < 0 ? undefined : key;
  }

  /**
   * The person a bare surname before an offset refers to: the one of that surname named most
   * recently ("Mr Blair" after "Tony Blair", in an article that also names Ian Blair).
   */
  personBySurname(text: string, surname: string, offset: number): MentionRef | undefined {
    const people = this.nameTables().bySurname.get(surname);
    if (!people) return undefined;
    // Only mentions that use the surname count: "Ian" says nothing about which Blair is in focus.
    const usesSurname = ({ key, end }: MentionRef) => people.includes(key) && text.startsWith(surname, end - surname.length);
    return this.lastBefore(offset, usesSurname, Infinity);
  }

  within(from: number, to: number): MentionRef[] {
    const result: MentionRef[] = [];
    for (let i = this.firstAtOrAfter(from); i < this.sorted.length && this.sorted[i].start < to; i++) {
      if (this.sorted[i].end <= to) result.push(this.sorted[i]);
    }
    return result;
  }

  /** The mention that starts exactly at an offset, if any. */
  startingAt(offset: number): MentionRef | undefined {
    const candidate = this.sorted[this.firstAtOrAfter(offset)];
    return candidate?.start === offset ? candidate : undefined;
  }

  /** The most recent mention before an offset that satisfies a test, looking back at most `limit` mentions. */
  lastBefore(offset: number, accept: (mention: MentionRef) => boolean, limit = 40): MentionRef | undefined {
    return this.recentBefore(offset, accept, 1, limit)[0];
  }

  /** Up to `count` mentions before an offset that satisfy a test, most recent first, looking back at most `limit` mentions. */
  recentBefore(offset: number, accept: (mention: MentionRef) => boolean, count: number, limit = 40): MentionRef[] {
    const found: MentionRef[] = [];
    for (let i = this.firstAtOrAfter(offset) - 1, seen = 0; i >= 0 && seen < limit && found.length < count; i--, seen++) {
      if (accept(this.sorted[i])) found.push(this.sorted[i]);
    }
    return found;
  }

  private firstAtOrAfter(offset: number): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.sorted[middle].start < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
