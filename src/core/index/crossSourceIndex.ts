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
  keys: FiledKey[];
  /**
   * The alias keys the local entities offer, in their order: `aliases[i]` is offered by the
   * entity filed under `aliasOwners[i]`. Two flat lists rather than one per entity, as most
   * entities offer none.
   */
  aliases: FiledKey[];
  aliasOwners: FiledKey[];
  /** Every mention with its local entity, sorted by start, for hover look-ups: made at the first one. */
  mentions?: Array<{ start: number; end: number; key: number }>;
  /** Quotations sorted by start. */
  quotes: Quote[];
}

type DocumentEntry = { localKey: number; mentions: readonly Span[]; quotes: readonly Quote[] };

/**
 * A local entity filed under a key, with what its groups are built from at hand. It is also its
 * article's entry in the entity of its group: one object per local entity, kept as long as its
 * article is indexed, where a separate entry would double them.
 */
interface Member extends DocumentEntry {
  readonly docId: string;
  readonly local: LocalEntity;
}

/**
 * Everything the index keeps about one key, in one place: looking a key up once and then
 * following references is what keeps indexing a folder and building its table cheap.
 */
interface FiledKey {
  readonly key: string;
  /** The name the record was made for; every name filed under the key has the same slug, the base of its id. */
  readonly nameKeys: NameKeys;
  /** The key's id while it has members. */
  id: string | undefined;
  /**
   * The local entities filed under the key, in filing order (a document's together). A list,
   * not a map by document: most keys have one member, and a list costs far less to make.
   */
  members: Member[];
  /** The keys of the groups offering this key as an alias, with reference counts; made on first use, as most keys have none. */
  owners: Map<FiledKey, number> | undefined;
  /** The alias keys this key's members offer, with reference counts; made on first use. */
  offered: Map<FiledKey, number> | undefined;
  /** The built entity of the group the key heads, until a change forgets it. */
  entity: IndexedEntity | undefined;
  /** The key's row in the entity table, or -1. */
  row: number;
  /** Whether the key is listed in `changedKeys`; the lists are arrays, cheaper to fill than sets. */
  changed: boolean;
  /** Whether the key is listed in `staleGroups`. */
  stale: boolean;
}

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
  /**
   * Every key a document files under or offers. A key that no document uses any more is kept
   * until the next `entities()`, which drops it once its table row is gone.
   */
  private readonly filedKeys = new Map<string, FiledKey>();
  private readonly idToKey = new Map<string, FiledKey>();
  /** How many keys hold a built entity: while none does, a change has nothing to forget. */
  private builtCount = 0;
  /**
   * Keys changed since the last `entities()`. Re-checking the groups of the aliases they offer
   * waits for it, so indexing a whole folder looks at each key once, not once per article.
   */
  private readonly changedKeys: FiledKey[] = [];
  /**
   * The entity table `entities()` returns, patched after a change instead of rebuilt: rows (and
   * their group keys) in no particular order, and the groups to re-check.
   */
  private readonly table: IndexedEntity[] = [];
  private readonly tableKeys: FiledKey[] = [];
  private readonly staleGroups: FiledKey[] = [];
  private allEntities: IndexedEntity[] | undefined;

  set(docId: string, analysis: DocumentAnalysis): void {
    this.remove(docId);
    const document: IndexedDocument = { analysis, keys: new Array<FiledKey>(analysis.entities.length), aliases: [], aliasOwners: [], quotes: sortedByStart(analysis.quotes) };
    analysis.entities.forEach((entity, index) => {
      const nameKeys = keysOfName(entity.name);
      const key = this.filedKey(nameKeys, entity);
      document.keys[index] = key;
      this.offerAliases(document, entity, nameKeys, key);
    });
    this.invalidate(document);
    this.docs.set(docId, document);
    membersOf(docId, analysis, document.quotes).forEach((member, index) => this.addMember(document.keys[index], member));
    countAliasOffers(document, increment);
    this.invalidate(document);
    this.markChanged(document);
  }

  remove(docId: string): void {
    const document = this.docs.get(docId);
    if (!document) return;
    this.invalidate(document);
    this.docs.delete(docId);
    for (const key of document.keys) this.removeMembers(key, docId);
    countAliasOffers(document, decrement);
    this.invalidate(document);
    this.markChanged(document);
  }

  documentIds(): string[] {
    return [...this.docs.keys()];
  }

  analysis(docId: string): DocumentAnalysis | undefined {
    return this.docs.get(docId)?.analysis;
  }

  entityId(docId: string, localKey: number): string | undefined {
    const key = this.docs.get(docId)?.keys[localKey];
    return key === undefined ? undefined : resolve(key).id;
  }

  entity(id: string): IndexedEntity | undefined {
    // Whether the key still heads a group is asked first: a change two links away can fold it
    // into another group without touching it, and so without forgetting its built entity.
    const key = this.idToKey.get(id);
    if (key === undefined || resolve(key) !== key) return undefined;
    return key.entity ?? this.buildAndKeep(id, key);
  }

  entities(): IndexedEntity[] {
    if (this.allEntities) return this.allEntities;
    this.markChangedGroupsStale();
    for (const key of this.staleGroups) {
      key.stale = false;
      this.dropFromTable(key);
      // A key heads a group when it has members (and so an id) and resolves to itself.
      const id = key.id;
      if (id === undefined || resolve(key) !== key) {
        this.forgetIfUnused(key);
        continue;
      }
      key.row = this.table.length;
      this.table.push(key.entity ?? this.buildAndKeep(id, key));
      this.tableKeys.push(key);
    }
    this.staleGroups.length = 0;
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

  /** The record of the key a local entity files a name under, made on first use. */
  private filedKey(nameKeys: NameKeys, entity: LocalEntity): FiledKey {
    const key = inKindOf(entity, nameKeys);
    let filed = this.filedKeys.get(key);
    if (!filed) {
      filed = { key, nameKeys, id: undefined, members: [], owners: undefined, offered: undefined, entity: undefined, row: -1, changed: false, stale: false };
      this.filedKeys.set(key, filed);
    }
    return filed;
  }

  /**
   * Lists the alias keys a local entity offers besides its own key: its other surface forms, the
   * names the article equates with it, and a person's surname and given name.
   */
  private offerAliases(document: IndexedDocument, entity: LocalEntity, nameKeys: NameKeys, ownKey: FiledKey): void {
    const first = document.aliases.length;
    const offer = (aliasKeys: NameKeys): void => {
      const alias = this.filedKey(aliasKeys, entity);
      // An entity offers few alias keys, so a linear check for repeats beats a set.
      if (alias === ownKey || document.aliases.indexOf(alias, first) >= 0) return;
      document.aliases.push(alias);
      document.aliasOwners.push(ownKey);
    };
    for (const equivalent of entity.equivalents) offer(keysOfName(equivalent));
    // The name is among the aliases; its key is the entity's own, so it needs no look-up.
    for (const alias of entity.aliases) if (alias !== entity.name) offer(keysOfName(alias));
    if (entity.type === 'person') for (const word of wordsOf(entity.name, nameKeys)) offer(word);
  }

  /** Drops the record of a key no document uses any more; a later use starts it afresh. */
  private forgetIfUnused(key: FiledKey): void {
    if (key.members.length === 0 && key.owners === undefined && key.offered === undefined) this.filedKeys.delete(key.key);
  }

  /**
   * Marks stale the groups that changes since the last `entities()` can have moved keys into or
   * out of. A key's group depends on who offers it as an alias and on those owners' own standing,
   * so only the changed keys and the aliases they offer can change group. (An alias a change
   * stopped offering is itself a changed key.)
   */
  private markChangedGroupsStale(): void {
    for (const key of this.changedKeys) this.markStale(key);
    for (const key of this.changedKeys) {
      key.changed = false;
      if (key.offered) for (const alias of key.offered.keys()) this.markStale(alias);
    }
    this.changedKeys.length = 0;
  }

  private buildAndKeep(id: string, key: FiledKey): IndexedEntity {
    const entity = build(id, key);
    key.entity = entity;
    this.builtCount++;
    return entity;
  }

  /** Files a local entity under a key; a key's id lives as long as the key has members. */
  private addMember(key: FiledKey, member: Member): void {
    if (key.members.length > 0) {
      key.members.push(member);
      return;
    }
    this.assignId(key);
    // A list made with its one member has no room to spare, and most keys never get a second.
    key.members = [member];
  }

  /** Takes out of a key the local entities a document filed under it. */
  private removeMembers(key: FiledKey, docId: string): void {
    key.members = key.members.filter((member) => member.docId !== docId);
    if (key.members.length === 0) this.dropId(key);
  }

  private assignId(key: FiledKey): void {
    const base = idBaseOf(key.nameKeys);
    let id = base;
    for (let n = 2; this.idToKey.has(id); n++) id = `${base}-${n}`;
    this.idToKey.set(id, key);
    key.id = id;
  }

  private dropId(key: FiledKey): void {
    if (key.id === undefined) return;
    this.idToKey.delete(key.id);
    key.id = undefined;
  }

  /**
   * Forgets the built entities a change can affect: the groups filed under the keys a document
   * files its entities under or offers as aliases, and the group that absorbs one of them as its
   * alias. A key offered by several groups belongs to none of them, so a common given name
   * ("John") does not make every John's group stale. Called before and after a change, this
   * catches a key moving between groups. Everything else stays built, which keeps an update
   * proportional to the changed document.
   */
  private invalidate(document: IndexedDocument): void {
    this.allEntities = undefined;
    // Forgetting drops built entities and marks their rows of the table stale. While nothing is
    // built (a folder being indexed) there is nothing to drop, and every row of the table was
    // marked stale when its entity was dropped.
    if (this.builtCount === 0) return;
    for (const key of document.keys) this.forgetGroupsOf(key);
    for (const alias of document.aliases) this.forgetGroupsOf(alias);
  }

  private forgetGroupsOf(key: FiledKey): void {
    this.forget(key);
    if (key.owners?.size === 1) for (const owner of key.owners.keys()) this.forget(owner);
  }

  /** Records the keys a change touched, for `markChangedGroupsStale`. */
  private markChanged(document: IndexedDocument): void {
    for (const key of document.keys) this.markOneChanged(key);
    for (const alias of document.aliases) this.markOneChanged(alias);
  }

  private markOneChanged(key: FiledKey): void {
    if (key.changed) return;
    key.changed = true;
    this.changedKeys.push(key);
  }

  private markStale(key: FiledKey): void {
    if (key.stale) return;
    key.stale = true;
    this.staleGroups.push(key);
  }

  private forget(key: FiledKey): void {
    this.markStale(key);
    if (key.entity === undefined) return;
    key.entity = undefined;
    this.builtCount--;
  }

  /** Takes a group out of the entity table by moving the last row into its place. */
  private dropFromTable(key: FiledKey): void {
    const position = key.row;
    if (position < 0) return;
    key.row = -1;
    const lastEntity = this.table.pop();
    const lastKey = this.tableKeys.pop();
    if (position === this.table.length || lastEntity === undefined || lastKey === undefined) return;
    this.table[position] = lastEntity;
    this.tableKeys[position] = lastKey;
    lastKey.row = position;
  }
}

/** The group a key belongs to: the one other group that offers it as an alias, else its own. */
function resolve(key: FiledKey): FiledKey {
  if (key.owners?.size !== 1) return key;
  const [owner] = key.owners.keys();
  return owner !== key && owner.members.length > 0 && owner.owners?.size !== 1 ? owner : key;
}

/** The entity of the group a key heads: its own members and those of the aliases it takes in. */
function build(id: string, key: FiledKey): IndexedEntity {
  const members = membersOfGroup(key);
  const locals = members.map((member) => member.local);
  return { id, name: canonicalName(locals), type: majorityType(locals), aliases: unionOf(locals, 'aliases'), roles: unionOf(locals, 'roles'), documents: documentsOf(members) };
}

/** The local entities filed under the key, then those of each alias it takes in; most groups take in none and share the key's list. */
function membersOfGroup(key: FiledKey): readonly Member[] {
  let members: readonly Member[] = key.members;
  if (key.offered) {
    for (const alias of key.offered.keys()) if (alias.members.length > 0 && resolve(alias) === key) members = members.concat(alias.members);
  }
  return members;
}

/** Each article's entry in a group: its member, or the members it filed under two keys of the group, merged. */
function documentsOf(members: readonly Member[]): ReadonlyMap<string, DocumentEntry> {
  if (members.length === 1) return new OneDocument(members[0].docId, members[0]);
  const documents = new Map<string, DocumentEntry>();
  for (const member of members) {
    const earlier = documents.get(member.docId);
    documents.set(member.docId, earlier ? mergedEntry(earlier, member) : member);
  }
  return documents;
}

/**
 * The documents of an entity that one article alone names, as most are: a map of one entry
 * without the hash table of a `Map`, which would make the entity table a third larger.
 */
class OneDocument implements ReadonlyMap<string, DocumentEntry> {
  constructor(private readonly docId: string, private readonly entry: DocumentEntry) {}

  get size(): number {
    return 1;
  }

  get(docId: string): DocumentEntry | undefined {
    return docId === this.docId ? this.entry : undefined;
  }

  has(docId: string): boolean {
    return docId === this.docId;
  }

  forEach(callback: (entry: DocumentEntry, docId: string, map: ReadonlyMap<string, DocumentEntry>) => void, thisArg?: unknown): void {
    callback.call(thisArg, this.entry, this.docId, this);
  }

  entries(): MapIterator<[string, DocumentEntry]> {
    return [[this.docId, this.entry] as [string, DocumentEntry]].values();
  }

  keys(): MapIterator<string> {
    return [this.docId].values();
  }

  values(): MapIterator<DocumentEntry> {
    return [this.entry].values();
  }

  [Symbol.iterator](): MapIterator<[string, DocumentEntry]> {
    return this.entries();
  }
}

/** Normalised name used to link mentions across articles: case, dots, curly apostrophes and a leading "the" do not matter. */
export function linkKey(name: string): string {
  return keysOfName(name).key;
}

/** What linking needs from one name, worked out once per distinct name and kept for the next article that uses it. */
interface NameKeys {
  key: string;
  /** The names of the last and first words (none for a single word): worked out at the first person so named. */
  words?: readonly NameKeys[];
  /** The key a place of this name is filed under. */
  placeKey?: string;
  /** The slug of the key, which ids are made from: worked out at the first id. */
  idBase?: string;
}

function keysOfName(name: string): NameKeys {
  let keys = knownNames.get(name);
  if (keys === undefined) {
    // The same names recur from article to article; the cap only bounds memory on odd input.
    if (knownNames.size >= NAME_MEMO_SIZE) knownNames.clear();
    keys = { key: computeLinkKey(name) };
    knownNames.set(name, keys);
  }
  return keys;
}

const knownNames = new Map<string, NameKeys>();
const NAME_MEMO_SIZE = 100_000;

/** A person's surname and given name: the last and first words of a full name. */
function wordsOf(name: string, keys: NameKeys): readonly NameKeys[] {
  if (keys.words === undefined) {
    const words = name.split(/\s+/);
    keys.words = words.length >= 2 ? [keysOfName(words[words.length - 1]), keysOfName(words[0])] : [];
  }
  return keys.words;
}

function idBaseOf(nameKeys: NameKeys): string {
  nameKeys.idBase ??= slug(nameKeys.key);
  return nameKeys.idBase;
}

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
 * Places are filed apart from everything else, so that a person's surname cannot take them in:
 * "Houston" the city is not John Houston, nor "Jordan" the country Michael Jordan.
 */
function inKindOf(entity: LocalEntity, nameKeys: NameKeys): string {
  if (entity.type !== 'place') return nameKeys.key;
  // Made once: a key made afresh for every place would be hashed afresh at every look-up.
  nameKeys.placeKey ??= nameKeys.key + PLACE_KEYS;
  return nameKeys.placeKey;
}

const PLACE_KEYS = '\u0000place';

function mentionsByStart(analysis: DocumentAnalysis): Array<{ start: number; end: number; key: number }> {
  return analysis.entities.flatMap((entity) => entity.mentions.map((mention) => ({ start: mention.start, end: mention.end, key: entity.key })))
    .sort((a, b) => a.start - b.start);
}

/** Per local entity: its member, with its mentions and the quotations attributed to it, each sorted by start. */
function membersOf(docId: string, analysis: DocumentAnalysis, sortedQuotes: readonly Quote[]): Member[] {
  const quotes = quotesBySpeaker(analysis, sortedQuotes);
  // Most entities are quoted nowhere and share one empty list.
  return analysis.entities.map((local, index) => ({ docId, local, localKey: local.key, mentions: sortedByStart(local.mentions), quotes: quotes[index] ?? NO_QUOTES }));
}

const NO_QUOTES: readonly Quote[] = Object.freeze([]);

/** The quotations attributed to each local entity, by its position in the analysis: none for an entity quoted nowhere. */
function quotesBySpeaker(analysis: DocumentAnalysis, sortedQuotes: readonly Quote[]): Array<Quote[] | undefined> {
  const bySpeaker = new Array<Quote[] | undefined>(analysis.entities.length);
  for (const quote of sortedQuotes) {
    const speaker = quote.speaker?.entity;
    if (speaker !== null && speaker !== undefined && speaker >= 0 && speaker < bySpeaker.length) (bySpeaker[speaker] ??= []).push(quote);
  }
  return bySpeaker;
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

/** Counts the aliases a document's entities offer in or out, both ways: which groups offer a key, and which keys a group offers. */
function countAliasOffers(document: IndexedDocument, count: (counts: Map<FiledKey, number> | undefined, key: FiledKey) => Map<FiledKey, number> | undefined): void {
  document.aliases.forEach((alias, index) => {
    const owner = document.aliasOwners[index];
    alias.owners = count(alias.owners, owner);
    owner.offered = count(owner.offered, alias);
  });
}

/** Counts one more reference, making the table of counts on first use. */
function increment<K>(counts: Map<K, number> | undefined, key: K): Map<K, number> {
  const table = counts ?? new Map<K, number>();
  table.set(key, (table.get(key) ?? 0) + 1);
  return table;
}

/** Counts one reference less; a table whose counts are all gone is dropped. */
function decrement<K>(counts: Map<K, number> | undefined, key: K): Map<K, number> | undefined {
  const count = counts?.get(key);
  if (counts === undefined || count === undefined) return counts;
  if (count > 1) counts.set(key, count - 1);
  else counts.delete(key);
  return counts.size > 0 ? counts : undefined;
}
