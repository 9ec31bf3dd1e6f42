import type { Quote, Span, Speaker } from '../analysis/model';
import type { IndexedEntity } from '../index/crossSourceIndex';
import { escapeMarkdown, link, LinkBuilder, moreLine, plural, truncate } from './markdown';

/**
 * Hover cards: short, scannable markdown built from the cross-source index. Pure functions, so
 * the editor layer only wraps the result in a MarkdownString and the tests can check the exact
 * text (including that hostile article text comes out inert).
 */

export interface CardLimits {
  /** Other articles listed before "and n more". */
  maxSources: number;
  /** Quotes listed per section before "and n more". */
  maxQuotes: number;
}

export interface CardContext {
  limits: CardLimits;
  link: LinkBuilder;
  /** Current text of an indexed article, for snippets. */
  textOf(docId: string): string | undefined;
  /** Short human label of an article, usually its workspace-relative path. */
  labelOf(docId: string): string;
}

const SNIPPET_RADIUS = 60;
const QUOTE_MAX = 160;
const SNIPPETS_PER_SOURCE = 2;

export interface EntityCardInput {
  entity: IndexedEntity;
  docId: string;
  /** The user's notes on this entity, from the annotations of every article. */
  notes: readonly string[];
}

export function renderEntityCard(input: EntityCardInput, context: CardContext): string {
  const { entity, docId } = input;
  const here = entity.documents.get(docId);
  const others = [...entity.documents.entries()]
    .filter(([id]) => id !== docId)
    .sort(([, a], [, b]) => b.mentions.length - a.mentions.length || 0);
  return [
    ...entityHeader(entity),
    '',
    `**In this article** · ${plural(here?.mentions.length ?? 0, 'mention')} · ${plural(here?.quotes.length ?? 0, 'quote')}`,
    ...quoteList(here?.quotes ?? [], docId, context),
    '',
    ...otherSources(others, context),
    ...notesSection(input.notes),
  ].join('\n');
}

function entityHeader(entity: IndexedEntity): string[] {
  const lines = [`**${escapeMarkdown(entity.name)}** · ${entity.type}`];
  if (entity.roles.length > 0) lines.push('', `_${entity.roles.slice(0, 4).map(escapeMarkdown).join(' · ')}_`);
  const aliases = entity.aliases.filter((alias) => alias !== entity.name);
  if (aliases.length > 0) lines.push('', `Also: ${aliases.slice(0, 6).map(escapeMarkdown).join(', ')}${aliases.length > 6 ? ', …' : ''}`);
  return lines;
}

type SourceEntry = [string, { mentions: readonly Span[]; quotes: readonly Quote[] }];

function otherSources(others: SourceEntry[], context: CardContext): string[] {
  if (others.length === 0) return ['_No other article in the workspace mentions this name._'];
  const shown = others.slice(0, context.limits.maxSources);
  return [
    `**In other sources** (${plural(others.length, 'article')})`,
    '',
    ...shown.flatMap(([id, entry]) => sourceBlock(id, entry, context)),
    ...moreLine(others.length, shown.length),
  ];
}

function sourceBlock(docId: string, entry: SourceEntry[1], context: CardContext): string[] {
  const first = entry.mentions[0];
  const title = link(context.labelOf(docId), context.link({ docId, offset: first?.start ?? 0 }));
  const text = context.textOf(docId);
  const snippets = text === undefined ? [] : entry.mentions.slice(0, SNIPPETS_PER_SOURCE).map((mention) => `- ${snippet(text, mention)}`);
  return [
    `${title} · ${plural(entry.mentions.length, 'mention')}`,
    '',
    ...snippets,
    ...quoteList(entry.quotes, docId, context),
    '',
  ];
}

/** The words around a mention, with the mention in bold. */
export function snippet(text: string, mention: Span): string {
  const from = wordBoundaryBefore(text, Math.max(0, mention.start - SNIPPET_RADIUS));
  const to = wordBoundaryAfter(text, Math.min(text.length, mention.end + SNIPPET_RADIUS));
  const before = escapeMarkdown(text.slice(from, mention.start));
  const after = escapeMarkdown(text.slice(mention.end, to));
  return `${from > 0 ? '…' : ''}${before}**${escapeMarkdown(mention.text)}**${after}${to < text.length ? '…' : ''}`;
}

function wordBoundaryBefore(text: string, index: number): number {
  const space = text.indexOf(' ', index);
  return index === 0 || space < 0 || space > index + 15 ? index : space + 1;
}

function wordBoundaryAfter(text: string, index: number): number {
  const space = text.lastIndexOf(' ', index);
  return index === text.length || space < index - 15 ? index : space;
}

function quoteList(quotes: readonly Quote[], docId: string, context: CardContext): string[] {
  const shown = quotes.slice(0, context.limits.maxQuotes);
  return [
    ...shown.map((quote) => `> “${escapeMarkdown(truncate(quote.text, QUOTE_MAX))}” ${link('↗', context.link({ docId, offset: quote.start }))}`),
    ...moreLine(quotes.length, shown.length),
  ];
}

function notesSection(notes: readonly string[]): string[] {
  if (notes.length === 0) return [];
  return ['', '**Your notes**', '', ...notes.map((note) => `- ${escapeMarkdown(note)}`)];
}

export interface QuoteCardInput {
  quote: Quote;
  docId: string;
  /** The speaker's workspace entity, when the speaker is a known entity. */
  speakerEntity: IndexedEntity | undefined;
}

export function renderQuoteCard(input: QuoteCardInput, context: CardContext): string {
  const { quote, speakerEntity } = input;
  const lines = [`**Quotation** · ${plural(wordCount(quote.text), 'word')}`, ''];
  if (!quote.speaker) {
    lines.push('_No speaker found for this quotation._');
    return lines.join('\n');
  }
  lines.push(`**Speaker:** ${escapeMarkdown(quote.speaker.name)}${quote.speaker.unnamed ? ' _(unnamed source)_' : ''}`, '');
  lines.push(`_${escapeMarkdown(describeAttribution(quote.speaker))}_`);
  if (speakerEntity) lines.push('', ...otherQuotesOf(speakerEntity, input, context));
  return lines.join('\n');
}

function otherQuotesOf(entity: IndexedEntity, input: QuoteCardInput, context: CardContext): string[] {
  const quotes = [...entity.documents.entries()].flatMap(([docId, entry]) =>
    entry.quotes.filter((quote) => !(docId === input.docId && quote.start === input.quote.start)).map((quote) => ({ docId, quote })));
  if (quotes.length === 0) return [`_No other quotes by ${escapeMarkdown(entity.name)} in the workspace._`];
  const shown = quotes.slice(0, context.limits.maxQuotes);
  return [
    `**Other quotes by ${escapeMarkdown(entity.name)}** (${quotes.length})`,
    '',
    ...shown.map(({ docId, quote }) =>
      `- “${escapeMarkdown(truncate(quote.text, QUOTE_MAX))}” — ${link(context.labelOf(docId), context.link({ docId, offset: quote.start }))}`),
    ...moreLine(quotes.length, shown.length),
  ];
}

/** Explains in plain words how the analysis decided who said a quotation. */
export function describeAttribution(speaker: Speaker): string {
  const mention = speaker.mention ? `“${speaker.mention.text}”` : 'the speaker';
  const cue = speaker.cue ? `“${speaker.cue}”` : 'a cue';
  switch (speaker.method) {
    case 'cue-after': return `Attributed by ${cue} after the quote, to ${mention}.`;
    case 'cue-before': return `Attributed by ${cue} before the quote, to ${mention}.`;
    case 'according-to': return `Attributed by “according to” ${mention}.`;
    case 'pronoun': return `Attributed by ${cue} to the pronoun ${mention}, resolved to ${speaker.name}.`;
    case 'continuation': return `No cue of its own: continues the previous quote by ${speaker.name}.`;
    case 'repeated': return `No cue of its own: repeats words quoted from ${speaker.name} elsewhere in the article.`;
    case 'user': return 'Speaker set by your annotation.';
  }
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
