import { CUE_PATTERN, PRONOUNS, SOURCE_DETERMINERS, SOURCE_NOUNS, SOURCE_QUALIFIER } from './cues';
import type { AttributionMethod, LocalEntity, Quote, Span, Speaker } from './model';
import type { QuoteSpan } from './quotes';
import { FEMALE_NAMES, MALE_NAMES } from '../text/gazetteer';

/**
 * Decides who said each quotation: a cue verb after it ("…," Hegseth said) or before it
 * (Hegseth said: "…"), "according to", a pronoun resolved to the right person ("…," he added),
 * an unnamed source kept as written ("a senior Defense official"), or, for a quotation with no
 * cue of its own that opens a sentence, the speaker of the quotation before it.
 */
export function attributeSpeakers(text: string, quotes: readonly QuoteSpan[], entities: readonly LocalEntity[]): Quote[] {
  const mentions = new MentionIndex(entities, quotes);
  const result: Quote[] = [];
  let previous: Quote | undefined;
  for (const span of quotes) {
    const speaker = findSpeaker(text, span, quotes, mentions, entities, previous);
    const quote: Quote = { start: span.start, end: span.end, text: span.text, speaker };
    result.push(quote);
    if (speaker) previous = quote;
  }
  return result;
}

interface MentionRef { start: number; end: number; key: number }

/**
 * Entity mentions outside quotations, sorted by offset, for "which names lie in this range" and
 * "the last person before here". Names inside quoted words ("I know David very well") are what
 * someone said, never who said it.
 */
class MentionIndex {
  readonly sorted: MentionRef[];
  constructor(readonly entities: readonly LocalEntity[], quotes: readonly QuoteSpan[]) {
    const all = entities.flatMap((entity) => entity.mentions.map((mention) => ({ start: mention.start, end: mention.end, key: entity.key })))
      .sort((a, b) => a.start - b.start);
    let quote = 0;
    this.sorted = all.filter((mention) => {
      while (quote < quotes.length && quotes[quote].end <= mention.start) quote++;
      return !(quote < quotes.length && quotes[quote].start <= mention.start);
    });
  }

  within(from: number, to: number): MentionRef[] {
    const result: MentionRef[] = [];
    for (let i = this.firstAtOrAfter(from); i < this.sorted.length && this.sorted[i].start < to; i++) {
      if (this.sorted[i].end <= to) result.push(this.sorted[i]);
    }
    return result;
  }

  /** The most recent mention before an offset that satisfies a test, looking back at most `limit` mentions. */
  lastBefore(offset: number, accept: (mention: MentionRef) => boolean, limit = 40): MentionRef | undefined {
    for (let i = this.firstAtOrAfter(offset) - 1, seen = 0; i >= 0 && seen < limit; i--, seen++) {
      if (accept(this.sorted[i])) return this.sorted[i];
    }
    return undefined;
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

const WINDOW = 220;
const MAX_PHRASE_WORDS = 9;

function findSpeaker(text: string, span: QuoteSpan, quotes: readonly QuoteSpan[], mentions: MentionIndex, entities: readonly LocalEntity[], previous: Quote | undefined): Speaker | null {
  const after = attributionAfter(text, span, quotes);
  const before = attributionsBefore(text, span);
  const endsClause = span.close !== null && /[,!?]$|—$/.test(span.text.trimEnd());
  const candidates = endsClause ? [after, ...before] : [...before, after];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const speaker = resolvePhrase(text, candidate, span, mentions, entities, previous);
    if (speaker) return speaker;
  }
  if (previous?.speaker && opensSentence(text, span) && previous.end < span.start && span.start - previous.end < 1500) {
    return { ...previous.speaker, method: 'continuation', cue: null };
  }
  return null;
}

interface Attribution {
  /** The words that name the speaker, with their offset. */
  phrase: string;
  phraseStart: number;
  cue: string;
  method: AttributionMethod;
}

/** `"…," Hegseth said` / `"…," said Mr Smith` / `"…," according to a source`. */
function attributionAfter(text: string, span: QuoteSpan, quotes: readonly QuoteSpan[]): Attribution | undefined {
  if (span.close === null) return undefined;
  const from = span.close + 1;
  const nextQuote = quotes.find((quote) => quote.open > from);
  const limit = Math.min(text.length, from + WINDOW, nextQuote ? nextQuote.open : Infinity, paragraphEnd(text, from));
  const window = text.slice(from, limit);
  const lead = /^[\s,;:—–-]*/.exec(window)?.[0].length ?? 0;
  if (/^\s*\./.test(window)) return undefined;
  CUE_PATTERN.lastIndex = lead;
  const cue = CUE_PATTERN.exec(window);
  if (!cue) return undefined;
  const between = window.slice(lead, cue.index);
  // After a quotation that ends its sentence, a new capitalised sentence is not an attribution
  // unless it is as short as "Hegseth said."
  if (/[.]$/.test(span.text.trimEnd()) && (wordCount(between) > 3 || /[,:]/.test(between))) return undefined;
  if (wordCount(between) > MAX_PHRASE_WORDS || /[.!?;"“”]/.test(between.replace(/\b(?:Mr|Mrs|Ms|Dr|St|U\.S|U\.K)\./g, ''))) return undefined;
  const cueWord = cue[1].toLowerCase();
  if (between.trim() === '') {
    // Inverted order: "said Mr Smith", "according to the spokesperson".
    const phraseStart = from + cue.index + cue[0].length;
    const phrase = /^\s+([^,.;:!?"“”(]{1,80})/.exec(text.slice(phraseStart, limit));
    if (!phrase) return undefined;
    return { phrase: phrase[1], phraseStart: phraseStart + phrase[0].length - phrase[1].length, cue: cueWord, method: cueWord === 'according to' ? 'according-to' : 'cue-after' };
  }
  return { phrase: between, phraseStart: from + lead, cue: cueWord, method: 'cue-after' };
}

/**
 * `Hegseth said: "…"` / `A senior Defense official said the meeting was "…"`: the cues of the
 * sentence before the quotation, nearest first (the caller takes the first that names someone).
 */
function attributionsBefore(text: string, span: QuoteSpan): Attribution[] {
  const from = sentenceStart(text, span.open);
  const window = text.slice(from, span.open);
  const cues: RegExpExecArray[] = [];
  CUE_PATTERN.lastIndex = 0;
  for (let match = CUE_PATTERN.exec(window); match; match = CUE_PATTERN.exec(window)) cues.push(match);
  return cues.reverse().flatMap((cue) => {
    const attribution = attributionAtCue(window, from, cue);
    return attribution ? [attribution] : [];
  });
}

function attributionAtCue(window: string, from: number, match: RegExpExecArray): Attribution | undefined {
  const cue = match[1].toLowerCase();
  if (cue === 'according to') {
    const phrase = /^\s+([^,.;:!?"“”(]{1,80})/.exec(window.slice(match.index + match[0].length));
    if (!phrase) return undefined;
    const phraseStart = from + match.index + match[0].length + phrase[0].length - phrase[1].length;
    return { phrase: phrase[1], phraseStart, cue, method: 'according-to' };
  }
  let clause = window.slice(0, match.index);
  // "The spokesperson denied that, saying …": a participle's speaker is the previous clause's subject.
  if (/ing$/.test(cue) && /,\s*$/.test(clause)) clause = clause.replace(/,\s*$/, '');
  // "Martin O'Neill, who chairs the committee, said": skip the relative clause back to the name.
  const relative = /,\s+(?:who|which)\b[^,]*,\s*$/.exec(clause);
  if (relative) clause = clause.slice(0, relative.index);
  const clauseStart = Math.max(clause.lastIndexOf(','), clause.lastIndexOf(':'), clause.lastIndexOf('—'), clause.lastIndexOf(' – '), clause.lastIndexOf('(')) + 1;
  let phrase = clause.slice(clauseStart);
  let phraseStart = from + clauseStart;
  const conjunction = /^(.*\b(?:and|but|that|as|when|while|after|before|because|where|which|who)\s+)/i.exec(phrase);
  if (conjunction && !/^\s*(?:a|an|the|one)\s/i.test(phrase)) {
    phraseStart += conjunction[1].length;
    phrase = phrase.slice(conjunction[1].length);
  }
  if (wordCount(phrase) > MAX_PHRASE_WORDS) {
    const words = phrase.trimEnd().split(/\s+/);
    const tail = words.slice(-4).join(' ');
    phraseStart += phrase.lastIndexOf(tail);
    phrase = tail;
  }
  return { phrase, phraseStart, cue, method: 'cue-before' };
}

/** Turns the words before or after a cue into a speaker: a pronoun, a named entity or an unnamed source. */
function resolvePhrase(text: string, attribution: Attribution, span: QuoteSpan, mentions: MentionIndex, entities: readonly LocalEntity[], previous: Quote | undefined): Speaker | null {
  const trimmed = trimSpan(attribution.phrase, attribution.phraseStart);
  if (!trimmed) return null;
  const { value, start } = trimmed;
  const mention: Span = { start, end: start + value.length, text: value };
  const pronoun = PRONOUNS.get(value.toLowerCase());
  if (pronoun) return resolvePronoun(pronoun, mention, attribution, span, mentions, entities, previous);

  const named = mentions.within(mention.start, mention.end);
  const words = value.toLowerCase().split(/\s+/);
  const isSourceNoun = (word: string) => SOURCE_NOUNS.has(word.replace(/['’]s$/, ''));
  let sourceNoun = words.findIndex(isSourceNoun);
  // "a senior administration official": the source is the last noun of the run, not the first.
  while (sourceNoun >= 0 && sourceNoun + 1 < words.length && isSourceNoun(words[sourceNoun + 1])) sourceNoun++;
  const unnamed = sourceNoun >= 0 && (SOURCE_DETERMINERS.has(words[0]) || words.length <= 3 && !named.some((ref) => entities[ref.key].type === 'person'));
  if (unnamed) {
    const source = unnamedSourceSpan(text, mention, sourceNoun);
    mention.end = source.end;
    mention.text = source.text;
    const organization = named.find((ref) => entities[ref.key].type !== 'person')?.key ?? inheritedOrganization(value, previous)
      ?? spokespersonOrganization(text, mention, mentions, entities) ?? null;
    return { name: mention.text, entity: null, mention, unnamed: true, organization, method: attribution.method, cue: attribution.cue };
  }
  const person = [...named].reverse().find((ref) => entities[ref.key].type === 'person') ?? named[named.length - 1];
  if (!person) {
    // "said the 34-year-old", "the striker added": a description refers back to the person in focus.
    return /^the\s+[\w-]+(?:\s+[\w-]+)?$/i.test(value) && sourceNoun < 0 ? resolveDescription(mention, attribution, span, mentions, entities, previous) : null;
  }
  const entity = entities[person.key];
  return {
    name: entity.name, entity: entity.key, mention: { start: person.start, end: person.end, text: text.slice(person.start, person.end) },
    unnamed: false, organization: null, method: attribution.method, cue: attribution.cue,
  };
}

/** The unnamed source's own words: up to its noun, plus a qualifier such as "familiar with the matter". */
function unnamedSourceSpan(text: string, phrase: Span, nounIndex: number): Span {
  const words = [...phrase.text.matchAll(/\S+/g)];
  const noun = words[nounIndex];
  let end = phrase.start + noun.index + noun[0].replace(/[,]$/, '').length;
  const qualifier = SOURCE_QUALIFIER.exec(text.slice(end, phrase.end));
  if (qualifier) end += qualifier[0].trimEnd().length;
  return { start: phrase.start, end, text: text.slice(phrase.start, end) };
}

/** "Anthropic has maintained …, and a spokesperson said": a spokesperson speaks for the organisation named earlier in the sentence. */
function spokespersonOrganization(text: string, mention: Span, mentions: MentionIndex, entities: readonly LocalEntity[]): number | undefined {
  if (!/spokes(?:person|man|woman)/i.test(mention.text)) return undefined;
  const from = sentenceStart(text, mention.start);
  return mentions.lastBefore(mention.start, (ref) => ref.start >= from && entities[ref.key].type === 'organization')?.key;
}

/** "the spokesperson said" after "An Anthropic spokesperson said": the same organisation speaks. */
function inheritedOrganization(phrase: string, previous: Quote | undefined): number | undefined {
  const head = phrase.toLowerCase().split(/\s+/).pop();
  const earlier = previous?.speaker;
  if (!earlier?.unnamed || earlier.organization === null || !head) return undefined;
  return earlier.name.toLowerCase().includes(head) ? earlier.organization : undefined;
}

function resolvePronoun(kind: 'male' | 'female' | 'plural' | 'neuter', mention: Span, attribution: Attribution, span: QuoteSpan, mentions: MentionIndex,
  entities: readonly LocalEntity[], previous: Quote | undefined): Speaker | null {
  const method: AttributionMethod = 'pronoun';
  if (kind === 'plural' || kind === 'neuter') {
    if (previous?.speaker && (previous.speaker.unnamed || previous.speaker.entity !== null && entities[previous.speaker.entity].type !== 'person')) {
      return { ...previous.speaker, mention, method, cue: attribution.cue };
    }
    const organization = mentions.lastBefore(span.open, (ref) => entities[ref.key].type === 'organization');
    return organization ? named(entities[organization.key], mention, attribution.cue) : null;
  }
  const fits = (key: number) => entities[key].type === 'person' && genderOf(entities[key]) !== opposite(kind);
  const previousKey = previous?.speaker?.entity;
  const recent = mentions.lastBefore(Math.min(span.open, mention.start), (ref) => fits(ref.key));
  // The previous quote's speaker wins unless another fitting person was named since.
  const key = previousKey !== null && previousKey !== undefined && fits(previousKey) && (!recent || recent.start < (previous?.start ?? 0) || recent.key === previousKey)
    ? previousKey : recent?.key;
  return key === undefined ? null : named(entities[key], mention, attribution.cue);
}

/**
 * "said the 34-year-old": a description, unlike a pronoun, points at the person the story is
 * about: the previous speaker, else the most mentioned person so far.
 */
function resolveDescription(mention: Span, attribution: Attribution, span: QuoteSpan, mentions: MentionIndex, entities: readonly LocalEntity[], previous: Quote | undefined): Speaker | null {
  const previousKey = previous?.speaker?.entity;
  if (previousKey !== null && previousKey !== undefined && entities[previousKey].type === 'person') return named(entities[previousKey], mention, attribution.cue);
  const counts = new Map<number, number>();
  for (const ref of mentions.sorted) {
    if (ref.start >= span.open) break;
    if (entities[ref.key].type === 'person') counts.set(ref.key, (counts.get(ref.key) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort(([, a], [, b]) => b - a);
  return best ? named(entities[best[0]], mention, attribution.cue) : null;
}

function named(entity: LocalEntity, mention: Span, cue: string): Speaker {
  return { name: entity.name, entity: entity.key, mention, unnamed: false, organization: null, method: 'pronoun', cue };
}

function genderOf(entity: LocalEntity): 'male' | 'female' | undefined {
  const given = entity.name.split(/\s+/)[0].toLowerCase();
  if (MALE_NAMES.has(given)) return 'male';
  if (FEMALE_NAMES.has(given)) return 'female';
  return undefined;
}

function opposite(kind: 'male' | 'female'): 'male' | 'female' {
  return kind === 'male' ? 'female' : 'male';
}

function trimSpan(phrase: string, start: number): { value: string; start: number } | undefined {
  const lead = phrase.length - phrase.trimStart().length;
  const value = phrase.trim().replace(/[\s,]+$/, '');
  return value ? { value, start: start + lead } : undefined;
}

function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

/** Start of the sentence containing an offset: after the last ". ", "! ", "? " or line break, ignoring "Mr." and "U.S.". */
function sentenceStart(text: string, offset: number): number {
  const floor = Math.max(0, offset - 400);
  for (let i = offset - 1; i >= floor; i--) {
    const char = text[i];
    if (char === '\n') return i + 1;
    if ((char === '.' || char === '!' || char === '?') && /^["”’']?\s/.test(text.slice(i + 1, i + 3)) && !isAbbreviation(text, i)) {
      return /["”’']/.test(text[i + 1]) ? i + 2 : i + 1;
    }
  }
  return floor;
}

function isAbbreviation(text: string, dot: number): boolean {
  return /(?:\b(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|No|vs)|\b\p{Lu})$/u.test(text.slice(Math.max(0, dot - 5), dot));
}

function paragraphEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

/** The quotation opens its sentence (or paragraph, or bullet): nothing but spaces, dashes or bullets before it. */
function opensSentence(text: string, span: QuoteSpan): boolean {
  const start = sentenceStart(text, span.open);
  return /^[\s\-–—•·*]*$/.test(text.slice(start, span.open));
}
