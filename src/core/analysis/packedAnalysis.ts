import type { AttributionMethod, DocumentAnalysis, EntityType, LocalEntity, Quote, Span, Speaker } from './model';

/**
 * A compact form of a `DocumentAnalysis` for passing between threads: its numbers in one typed
 * array and its words in one string, which cross threads as two copies of memory. Every span of
 * an analysis is a slice of the article, so the form keeps only offsets and the receiver, which
 * holds the text, slices the words back. The receiving thread reads the form in one pass with no
 * objects in between, so it spends its time (and its garbage collector's) on little beyond the
 * analysis itself; that thread also indexes what it receives, and its share of the work is what
 * the workers' speed-up is lost to. It never reaches the disk: the sidecar and report formats are
 * the zod schemas.
 */
export interface PackedAnalysis {
  /** Counts, offsets, codes and lengths of the words, in the order `unpackAnalysis` reads them; -1 stands for null. */
  numbers: Int32Array;
  /** The words (names, aliases, roles, cues…) one after another, cut apart by the lengths in `numbers`. */
  words: string;
}

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];
const METHODS: readonly AttributionMethod[] = ['cue-after', 'cue-before', 'according-to', 'pronoun', 'continuation', 'repeated', 'user'];
const NULL = -1;

export function packAnalysis(analysis: DocumentAnalysis): PackedAnalysis {
  const writer = new PackWriter();
  writer.number(analysis.entities.length);
  for (const entity of analysis.entities) packEntity(writer, entity);
  writer.number(analysis.quotes.length);
  for (const quote of analysis.quotes) packQuote(writer, quote);
  writer.words(analysis.outlets);
  writer.number(analysis.sources.named);
  writer.number(analysis.sources.unnamed);
  return writer.finish();
}

/** Rebuilds the analysis of `text` that `packAnalysis` packed. */
export function unpackAnalysis(packed: PackedAnalysis, text: string): DocumentAnalysis {
  const reader = new PackReader(packed, text);
  const entities = reader.list((key) => unpackEntity(reader, key));
  const quotes = reader.list(() => unpackQuote(reader));
  const outlets = reader.words();
  const named = reader.number();
  return { entities, quotes, outlets, sources: { named, unnamed: reader.number() } };
}

/**
 * An entity's name is one of its aliases, and most of its mentions are written as one of them:
 * these are sent as the alias's position, and the receiver keeps one string for all of them.
 */
function packEntity(writer: PackWriter, { name, type, aliases, roles, equivalents, mentions }: LocalEntity): void {
  writer.words(aliases);
  writer.wordAmong(name, aliases);
  writer.number(ENTITY_TYPES.indexOf(type));
  writer.words(roles);
  writer.words(equivalents);
  writer.number(mentions.length);
  for (const mention of mentions) {
    writer.span(mention);
    writer.number(aliases.indexOf(mention.text));
  }
}

function unpackEntity(reader: PackReader, key: number): LocalEntity {
  const aliases = reader.words();
  const name = reader.wordAmong(aliases);
  const type = ENTITY_TYPES[reader.number()];
  const roles = reader.words();
  const equivalents = reader.words();
  const mentions = reader.list(() => reader.spanWrittenAs(aliases));
  return { key, name, type, aliases, roles, mentions, equivalents };
}

function packQuote(writer: PackWriter, { start, end, speaker }: Quote): void {
  writer.number(start);
  writer.number(end);
  if (speaker) packSpeaker(writer, speaker);
  else writer.number(NULL);
}

/** A quotation written out property by property: spreading its span into it (`{ ...span, speaker }`) is slow in V8. */
function unpackQuote(reader: PackReader): Quote {
  const { start, end, text } = reader.span();
  return { start, end, text, speaker: reader.peekNull() ? null : unpackSpeaker(reader) };
}

/** A speaker opens with its method, never null, which tells it from a missing one. */
function packSpeaker(writer: PackWriter, { name, entity, mention, unnamed, organization, method, cue }: Speaker): void {
  writer.number(METHODS.indexOf(method));
  writer.word(name);
  writer.number(entity ?? NULL);
  if (mention) writer.span(mention);
  else writer.number(NULL);
  writer.number(unnamed ? 1 : 0);
  writer.number(organization ?? NULL);
  if (cue === null) writer.number(NULL);
  else writer.word(cue);
}

function unpackSpeaker(reader: PackReader): Speaker {
  const method = METHODS[reader.number()];
  const name = reader.word();
  const entity = reader.nullableNumber();
  const mention = reader.peekNull() ? null : reader.span();
  const unnamed = reader.number() === 1;
  const organization = reader.nullableNumber();
  const cue = reader.peekNull() ? null : reader.word();
  return { name, entity, mention, unnamed, organization, method, cue };
}

/** Appends numbers to a typed array that grows as needed, and words to a list joined at the end. */
class PackWriter {
  private numbers = new Int32Array(256);
  private length = 0;
  private readonly wordList: string[] = [];

  number(value: number): void {
    if (this.length === this.numbers.length) this.grow();
    this.numbers[this.length++] = value;
  }

  word(value: string): void {
    this.number(value.length);
    this.wordList.push(value);
  }

  words(values: readonly string[]): void {
    this.number(values.length);
    for (const value of values) this.word(value);
  }

  /** A word as its position among `words`, or, when it is none of them, NULL and the word. */
  wordAmong(value: string, words: readonly string[]): void {
    const position = words.indexOf(value);
    this.number(position);
    if (position === NULL) this.word(value);
  }

  span({ start, end }: Span): void {
    this.number(start);
    this.number(end);
  }

  finish(): PackedAnalysis {
    return { numbers: this.numbers.slice(0, this.length), words: this.wordList.join('') };
  }

  private grow(): void {
    const larger = new Int32Array(this.numbers.length * 2);
    larger.set(this.numbers);
    this.numbers = larger;
  }
}

/** Reads back, in order, what `PackWriter` wrote; spans are sliced from the article's text. */
class PackReader {
  private next = 0;
  private wordStart = 0;
  private readonly numbers: Int32Array;
  private readonly wordText: string;

  constructor(packed: PackedAnalysis, private readonly text: string) {
    this.numbers = packed.numbers;
    this.wordText = packed.words;
  }

  number(): number {
    return this.numbers[this.next++];
  }

  nullableNumber(): number | null {
    const value = this.number();
    return value === NULL ? null : value;
  }

  /** Whether the next number stands for null; if so it is read. */
  peekNull(): boolean {
    if (this.numbers[this.next] !== NULL) return false;
    this.next++;
    return true;
  }

  word(): string {
    const end = this.wordStart + this.number();
    const word = this.wordText.slice(this.wordStart, end);
    this.wordStart = end;
    return word;
  }

  words(): string[] {
    return this.list(() => this.word());
  }

  /**
   * A count, then that many items, read into an array of exactly that size. An array grown by
   * `push` keeps room for 16 more items, and the arrays of an analysis (most hold one or two
   * items) live as long as its article is indexed: exact sizes keep the receiving thread's heap,
   * and the garbage collector's work on it, about a fifth smaller.
   */
  list<T>(read: (position: number) => T): T[] {
    const count = this.number();
    const items = new Array<T>(count);
    for (let position = 0; position < count; position++) items[position] = read(position);
    return items;
  }

  wordAmong(words: readonly string[]): string {
    const position = this.number();
    return position === NULL ? this.word() : words[position];
  }

  span(): Span {
    const start = this.number();
    const end = this.number();
    return { start, end, text: this.text.slice(start, end) };
  }

  /** A span followed by the position of the word among `words` that it is written as, if any. */
  spanWrittenAs(words: readonly string[]): Span {
    const start = this.number();
    const end = this.number();
    const position = this.number();
    return { start, end, text: position === NULL ? this.text.slice(start, end) : words[position] };
  }
}
