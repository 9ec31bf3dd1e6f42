import type { DocumentAnalysis, EntityType, LocalEntity, Quote, Span } from '../analysis/model';
import { canonicalForm } from '../text/names';

/** One real-world entity across every article of the workspace. */
export interface IndexedEntity {
  /** Workspace-wide id: a readable slug of the canonical name, the same in every article. */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  /** Per article: the local entity key, its mentions, and the quotations attributed to it there. */
  documents: ReadonlyMap<string, DocumentEntry>;
}

interface IndexedDocument {
  analysis: DocumentAnalysis;
  /** The linking key of each local entity, by local key. */
  keys: string[];
  /** The alias keys each local entity contributes, by local key. */
  aliasKeys: string[][];
  /** Every mention with its local entity, sorted by start, for hover look-ups: made at the first one. */
  mentions?: Array<{ start: number; end: number; key: number }>;
  /** Quotations sorted by start. */
  quotes: Quote[];
  /** Each local entity's mentions and attributed quotations, sorted, by local key: what its groups are built from. */
  entries: DocumentEntry[];
}

type DocumentEntry = { localKey: number; mentions: Span[]; quotes: Quote[] };

/**
 * The cross-source entity table of a folder of articles, updated one document at a time.
 *
 * Each local entity is filed under a key (its normalised full name) and offers alias keys: a
 * person's surname and given name, and the names its article equates with it (an acronym it
 * defines). A key that exactly one other group offers as an alias belongs to that group, so
 * "Hegseth" alone in one article joins "Pete Hegseth" from another, while a surname two people
 * share links to neither. Groups are resolved when read, which keeps `set` and `remove`
 * proportional to the changed document and makes the result independent of indexing order.
 */
export class CrossSourceIndex {
  private readonly docs = new Map<string, IndexedDocument>();
  /** key → document → local entity keys filed under it. */
  private readonly members = new Map<string, Map<string, number[]>>();
  /** alias key → the keys of the groups offering it, with reference counts. */
  private readonly aliasOwners = new Map<string, Map<string, number>>();
  /** key → alias keys its members offer, with reference counts. */
  private readonly offeredAliases = new Map<string, Map<string, number>>();
  private readonly idToKey = new Map<string, string>();
  private readonly keyToId = new Map<string, string>();
  private readonly cache = new Map<string, IndexedEntity>();
  /**
   * Keys changed since the last `entities()`. Re-checking the groups of the aliases they offer
   * waits for it, so indexing a whole folder looks at each key once, not once per article.
   */
  private readonly changedKeys = new Set<string>();
  /**
   * The entity table `entities()` returns, patched after a change instead of rebuilt: rows (and
   * their group keys) in no particular order, each row's position, and the groups to re-check.
   */
  private readonly table: IndexedEntity[] = [];
  private readonly tableKeys: string[] = [];
  private readonly tablePosition = new Map<string, number>();
  private readonly staleGroups = new Set<string>();
  private allEntities: IndexedEntity[] | undefined;

  set(docId: string, analysis: DocumentAnalysis): void {
    this.remove(docId);
    const keys = analysis.entities.map((entity) => inKindOf(entity, linkKey(entity.name)));
    const aliasKeys = analysis.entities.map((entity, index) => aliasKeysOf(entity, keys[index]));
    this.invalidate(keys, aliasKeys);
    const quotes = sortedByStart(analysis.quotes);
    this.docs.set(docId, { analysis, keys, aliasKeys, quotes, entries: entriesOf(analysis, quotes) });
    analysis.entities.forEach((entity, index) => {
      this.addMember(keys[index], docId, entity.key);
      for (const alias of aliasKeys[index]) {
        increment(this.aliasOwners, alias, keys[index]);
        increment(this.offeredAliases, keys[index], alias);
      }
    });
    this.invalidate(keys, aliasKeys);
    this.markChanged(keys, aliasKeys);
  }

  remove(docId: string): void {
    const document = this.docs.get(docId);
    if (!document) return;
    this.invalidate(document.keys, document.aliasKeys);
    this.docs.delete(docId);
    document.analysis.entities.forEach((entity, index) => {
      const key = document.keys[index];
      this.removeMember(key, docId, entity.key);
      for (const alias of document.aliasKeys[index]) {
        decrement(this.aliasOwners, alias, key);
        decrement(this.offeredAliases, key, alias);
      }
    });
    this.invalidate(document.keys, document.aliasKeys);
    this.markChanged(document.keys, document.aliasKeys);
  }

  documentIds(): string[] {
    return [...this.docs.keys()];
  }

  analysis(docId: string): DocumentAnalysis | undefined {
    return this.docs.get(docId)?.analysis;
  }

  entityId(docId: string, localKey: number): string | undefined {
    const key = this.docs.get(docId)?.keys[localKey];
    return key === undefined ? undefined : this.keyToId.get(this.resolve(key));
  }

  entity(id: string): IndexedEntity | undefined {
    // Whether the key still heads a group is asked first: a change two links away can fold it
    // into another group without touching it, and so without forgetting its cached entity.
    const key = this.idToKey.get(id);
    if (key === undefined || this.resolve(key) !== key) return undefined;
    return this.cache.get(id) ?? this.buildAndCache(id, key);
  }

  entities(): IndexedEntity[] {
    if (this.allEntities) return this.allEntities;
    this.markChangedGroupsStale();
    for (const key of this.staleGroups) {
      this.dropFromTable(key);
      // A key heads a group when it has members (and so an id) and resolves to itself.
      const id = this.keyToId.get(key);
      if (id === undefined || this.resolve(key) !== key) continue;
      const entity = this.cache.get(id) ?? this.buildAndCache(id, key);
      this.tablePosition.set(key, this.table.length);
      this.table.push(entity);
      this.tableKeys.push(key);
    }
    this.staleGroups.clear();
    this.allEntities = [...this.table];
    return this.allEntities;
  }

  entityAt(docId: string, offset: number): { entity: IndexedEntity; mention: Span } | undefined {
    const document = this.docs.get(docId);
    if (!document) return undefined;
    document.mentions ??= mentionsByStart(document.analysis);
    const index = lastStartingAtOrBefore(document.mentions, offset);
    const hit = index < 0 ? undefined : document.mentions[index];
    if (!hit || offset >= hit.end) return undefined;
    const id = this.entityId(docId, hit.key);
    const entity = id === undefined ? undefined : this.entity(id);
    if (!entity) return undefined;
    return { entity, mention: { start: hit.start, end: hit.end, text: document.analysis.entities[hit.key].mentions.find((m) => m.start === hit.start)?.text ?? '' } };
  }

  quoteAt(docId: string, offset: number): Quote | undefined {
    const quotes = this.docs.get(docId)?.quotes;
    if (!quotes) return undefined;
    const index = lastStartingAtOrBefore(quotes, offset + 1);
    const quote = index < 0 ? undefined : quotes[index];
    // The marks around the words belong to the quotation too.
    return quote && offset >= quote.start - 1 && offset <= quote.end ? quote : undefined;
  }

  search(query: string, limit = 100): IndexedEntity[] {
    const needle = query.trim().toLowerCase();
    const scored: Array<{ entity: IndexedEntity; score: number }> = [];
    for (const entity of this.entities()) {
      const names = [entity.name, ...entity.aliases].map((name) => name.toLowerCase());
      const score = !needle ? 1 : names.some((name) => name.startsWith(needle)) ? 3 : names.some((name) => name.split(/\s+/).some((word) => word.startsWith(needle))) ? 2 : names.some((name) => name.includes(needle)) ? 1 : 0;
      if (score > 0) scored.push({ entity, score });
    }
    return scored.sort((a, b) => b.score - a.score || b.entity.documents.size - a.entity.documents.size || collator.compare(a.entity.name, b.entity.name))
      .slice(0, limit).map(({ entity }) => entity);
  }

  /** The group a key belongs to: the one other group that offers it as an alias, else its own. */
  private resolve(key: string): string {
    const owners = this.aliasOwners.get(key);
    if (!owners || owners.size !== 1) return key;
    const [owner] = owners.keys();
    return owner !== key && this.members.has(owner) && this.aliasOwners.get(owner)?.size !== 1 ? owner : key;
  }

  /**
   * Marks stale the groups that changes since the last `entities()` can have moved keys into or
   * out of. A key's group depends on who offers it as an alias and on those owners' own standing,
   * so only the changed keys and the aliases they offer can change group. (An alias a change
   * stopped offering is itself a changed key.)
   */
  private markChangedGroupsStale(): void {
    for (const key of this.changedKeys) this.staleGroups.add(key);
    for (const key of this.changedKeys) {
      const offered = this.offeredAliases.get(key);
      if (offered) for (const alias of offered.keys()) this.staleGroups.add(alias);
    }
    this.changedKeys.clear();
  }

  private buildAndCache(id: string, key: string): IndexedEntity {
    const entity = this.build(id, key);
    this.cache.set(id, entity);
    return entity;
  }

  private build(id: string, key: string): IndexedEntity {
    const locals: LocalEntity[] = [];
    const documents = new Map<string, DocumentEntry>();
    this.collectMembers(key, locals, documents);
    const offered = this.offeredAliases.get(key);
    if (offered) {
      for (const alias of offered.keys()) if (this.members.has(alias) && this.resolve(alias) === key) this.collectMembers(alias, locals, documents);
    }
    return { id, name: canonicalName(locals), type: majorityType(locals), aliases: unionOf(locals, 'aliases'), roles: unionOf(locals, 'roles'), documents };
  }

  /** Adds the local entities filed under one key of a group, and their entries, to the group being built. */
  private collectMembers(key: string, locals: LocalEntity[], documents: Map<string, DocumentEntry>): void {
    for (const [docId, localKeys] of this.members.get(key) ?? []) {
      const document = this.docs.get(docId);
      if (!document) continue;
      for (const localKey of localKeys) {
        locals.push(document.analysis.entities[localKey]);
        const entry = document.entries[localKey];
        const earlier = documents.get(docId);
        documents.set(docId, earlier ? mergedEntry(earlier, entry) : entry);
      }
    }
  }

  /** Files a local entity under a key; a key's id lives as long as the key has members. */
  private addMember(key: string, docId: string, localKey: number): void {
    let byDoc = this.members.get(key);
    if (!byDoc) {
      this.members.set(key, (byDoc = new Map()));
      this.assignId(key);
    }
    const localKeys = byDoc.get(docId);
    if (localKeys) localKeys.push(localKey);
    else byDoc.set(docId, [localKey]);
  }

  private removeMember(key: string, docId: string, localKey: number): void {
    const byDoc = this.members.get(key);
    const remaining = (byDoc?.get(docId) ?? []).filter((value) => value !== localKey);
    if (!byDoc) return;
    if (remaining.length > 0) byDoc.set(docId, remaining);
    else byDoc.delete(docId);
    if (byDoc.size > 0) return;
    this.members.delete(key);
    this.dropId(key);
  }

  private assignId(key: string): void {
    const base = slug(key.endsWith(PLACE_KEYS) ? key.slice(0, -PLACE_KEYS.length) : key);
    let id = base;
    for (let n = 2; this.idToKey.has(id); n++) id = `${base}-${n}`;
    this.idToKey.set(id, key);
    this.keyToId.set(key, id);
  }

  private dropId(key: string): void {
    const id = this.keyToId.get(key);
    if (id === undefined) return;
    this.keyToId.delete(key);
    this.idToKey.delete(id);
  }

  /**
   * Forgets the built entities a change can affect: the groups filed under the keys a document
   * files its entities under or offers as aliases, and the group that absorbs one of them as its
   * alias. A key offered by several groups belongs to none of them, so a common given name
   * ("John") does not make every John's group stale. Called before and after a change, this
   * catches a key moving between groups. Everything else stays cached, which keeps an update
   * proportional to the changed document.
   */
  private invalidate(keys: readonly string[], aliasKeys: ReadonlyArray<readonly string[]>): void {
    this.allEntities = undefined;
    // Forgetting drops cached entities and marks their rows of the table stale. While nothing is
    // cached (a folder being indexed) there is nothing to drop, and every row of the table was
    // marked stale when its entity was dropped.
    if (this.cache.size === 0) return;
    for (const key of keys) this.forgetGroupsOf(key);
    for (const aliases of aliasKeys) for (const alias of aliases) this.forgetGroupsOf(alias);
  }

  private forgetGroupsOf(key: string): void {
    this.forget(key);
    const owners = this.aliasOwners.get(key);
    if (owners?.size === 1) for (const owner of owners.keys()) this.forget(owner);
  }

  /** Records the keys a change touched, for `markChangedGroupsStale`. */
  private markChanged(keys: readonly string[], aliasKeys: ReadonlyArray<readonly string[]>): void {
    for (const key of keys) this.changedKeys.add(key);
    for (const aliases of aliasKeys) for (const alias of aliases) this.changedKeys.add(alias);
  }

  private forget(key: string): void {
    this.staleGroups.add(key);
    const id = this.keyToId.get(key);
    if (id !== undefined) this.cache.delete(id);
  }

  /** Takes a group out of the entity table by moving the last row into its place. */
  private dropFromTable(key: string): void {
    const position = this.tablePosition.get(key);
    if (position === undefined) return;
    this.tablePosition.delete(key);
    const lastEntity = this.table.pop();
    const lastKey = this.tableKeys.pop();
    if (position === this.table.length || lastEntity === undefined || lastKey === undefined) return;
    this.table[position] = lastEntity;
    this.tableKeys[position] = lastKey;
    this.tablePosition.set(lastKey, position);
  }
}

/** Normalised name used to link mentions across articles: case, dots, curly apostrophes and a leading "the" do not matter. */
export function linkKey(name: string): string {
  let key = knownLinkKeys.get(name);
  if (key === undefined) {
    // The same names recur from article to article; the cap only bounds memory on odd input.
    if (knownLinkKeys.size >= LINK_KEY_MEMO_SIZE) knownLinkKeys.clear();
    key = computeLinkKey(name);
    knownLinkKeys.set(name, key);
  }
  return key;
}

const knownLinkKeys = new Map<string, string>();
const LINK_KEY_MEMO_SIZE = 100_000;

function computeLinkKey(name: string): string {
  return canonicalForm(withoutAccents(name).toLowerCase().replace(/\./g, '').replace(/^the\s+/, '').replace(/\s+/g, ' ').trim());
}

/** The text without accents and with straight apostrophes. */
function withoutAccents(text: string): string {
  // Most names are plain ASCII: skip the Unicode normalisation they do not need.
  return ASCII.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’]/g, "'");
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * The alias keys a local entity offers besides its own key: its other surface forms, the names
 * the article equates with it, and a person's surname and given name.
 */
function aliasKeysOf(entity: LocalEntity, ownKey: string): string[] {
  const keys: string[] = [];
  for (const equivalent of entity.equivalents) addAliasKey(keys, inKindOf(entity, linkKey(equivalent)), ownKey);
  // The name is among the aliases; its key is the entity's own, so it needs no look-up.
  for (const alias of entity.aliases) if (alias !== entity.name) addAliasKey(keys, inKindOf(entity, linkKey(alias)), ownKey);
  if (entity.type === 'person') {
    const words = entity.name.split(/\s+/);
    if (words.length >= 2) {
      addAliasKey(keys, linkKey(words[words.length - 1]), ownKey);
      addAliasKey(keys, linkKey(words[0]), ownKey);
    }
  }
  return keys;
}

/**
 * Places are filed apart from everything else, so that a person's surname cannot take them in:
 * "Houston" the city is not John Houston, nor "Jordan" the country Michael Jordan.
 */
function inKindOf(entity: LocalEntity, key: string): string {
  return entity.type === 'place' ? key + PLACE_KEYS : key;
}

const PLACE_KEYS = '\u0000place';

/** Alias keys are few per entity, so a linear check for repeats beats a set. */
function addAliasKey(keys: string[], key: string, ownKey: string): void {
  if (key !== ownKey && !keys.includes(key)) keys.push(key);
}

function mentionsByStart(analysis: DocumentAnalysis): Array<{ start: number; end: number; key: number }> {
  return analysis.entities.flatMap((entity) => entity.mentions.map((mention) => ({ start: mention.start, end: mention.end, key: entity.key })))
    .sort((a, b) => a.start - b.start);
}

/** Per local entity: its mentions and the quotations attributed to it, each sorted by start. */
function entriesOf(analysis: DocumentAnalysis, sortedQuotes: readonly Quote[]): DocumentEntry[] {
  const entries: DocumentEntry[] = analysis.entities.map((entity) => ({ localKey: entity.key, mentions: sortedByStart(entity.mentions), quotes: [] }));
  for (const quote of sortedQuotes) {
    const speaker = quote.speaker?.entity;
    if (speaker !== null && speaker !== undefined) entries[speaker]?.quotes.push(quote);
  }
  return entries;
}

/** Two local entities of one article that fall in the same group (rare: two forms with one link key). */
function mergedEntry(a: DocumentEntry, b: DocumentEntry): DocumentEntry {
  return { localKey: a.localKey, mentions: sortedByStart([...a.mentions, ...b.mentions]), quotes: sortedByStart([...a.quotes, ...b.quotes]) };
}

function sortedByStart<T extends { start: number }>(items: readonly T[]): T[] {
  for (let i = 1; i < items.length; i++) if (items[i - 1].start > items[i].start) return [...items].sort((a, b) => a.start - b.start);
  return items as T[];
}

/** The fullest name (most words), then the most used, then the first in alphabetical order. */
function canonicalName(locals: readonly LocalEntity[]): string {
  // Most groups use one name throughout, and need no count.
  if (allAgreeOn(locals, 'name')) return locals[0].name;
  const counts = new Map<string, number>();
  for (const local of locals) counts.set(local.name, (counts.get(local.name) ?? 0) + 1);
  let best = '';
  let bestWords = 0;
  let bestCount = 0;
  for (const [name, count] of counts) {
    const words = wordCount(name);
    const better = words !== bestWords ? words > bestWords : count !== bestCount ? count > bestCount : collator.compare(name, best) < 0;
    if (better) [best, bestWords, bestCount] = [name, words, count];
  }
  return best;
}

/** The type most mentions agree on; full names (more than one word) weigh more than bare surnames. */
function majorityType(locals: readonly LocalEntity[]): EntityType {
  if (allAgreeOn(locals, 'type')) return locals[0].type;
  const votes = new Map<EntityType, number>();
  for (const local of locals) votes.set(local.type, (votes.get(local.type) ?? 0) + local.mentions.length * (wordCount(local.name) > 1 ? 3 : 1));
  return [...votes.entries()].sort(([typeA, a], [typeB, b]) => b - a || TIE_ORDER.indexOf(typeA) - TIE_ORDER.indexOf(typeB))[0]?.[0] ?? 'other';
}

/**
 * Equal votes go to the type that needs evidence: a bare name is typed a person only on a cue
 * ("Mr Hegseth"), while "organization" is what an unexplained single word falls back to.
 */
const TIE_ORDER: readonly EntityType[] = ['person', 'place', 'organization', 'other'];

/** Whether there are local entities and they all have the same name (or type). */
function allAgreeOn(locals: readonly LocalEntity[], field: 'name' | 'type'): boolean {
  if (locals.length === 0) return false;
  for (let i = 1; i < locals.length; i++) if (locals[i][field] !== locals[0][field]) return false;
  return true;
}

function wordCount(name: string): number {
  let words = 1;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) words++;
  return words;
}

/** One collator for every sort: `localeCompare` would set one up on each call. */
const collator = new Intl.Collator();

/** The distinct names the local entities list, sorted. */
function unionOf(locals: readonly LocalEntity[], field: 'aliases' | 'roles'): string[] {
  // Most groups have one local entity, whose few names are distinct and in order already.
  if (locals.length === 1 && isStrictlyOrdered(locals[0][field])) return locals[0][field].slice();
  const values = new Set<string>();
  for (const local of locals) for (const value of local[field]) values.add(value);
  return [...values].sort(collator.compare);
}

function isStrictlyOrdered(names: readonly string[]): boolean {
  for (let i = 1; i < names.length; i++) if (collator.compare(names[i - 1], names[i]) >= 0) return false;
  return true;
}

function slug(key: string): string {
  // A curly apostrophe made straight is a separator all the same.
  return withoutAccents(key).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'entity';
}

function lastStartingAtOrBefore(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle].start <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

function increment(counts: Map<string, Map<string, number>>, outer: string, inner: string): void {
  let map = counts.get(outer);
  if (!map) counts.set(outer, (map = new Map()));
  map.set(inner, (map.get(inner) ?? 0) + 1);
}

function decrement(counts: Map<string, Map<string, number>>, outer: string, inner: string): void {
  const map = counts.get(outer);
  const count = map?.get(inner);
  if (!map || count === undefined) return;
  if (count > 1) map.set(inner, count - 1);
  else map.delete(inner);
  if (map.size === 0) counts.delete(outer);
}
