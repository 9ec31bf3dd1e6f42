import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';

/**
 * Hand-written gold annotations (test/fixtures/gold/*.json; see the README there). Each file
 * lists every entity of one article with all the forms the article writes it in, and every
 * quotation with its speaker. Offsets are not written by hand: they are found from the forms and
 * the quoted words (goldMentions, goldQuoteSpan), and checkGold tells when that is ambiguous.
 */
export const GoldSchema = z.object({
  /** The article, relative to the repository root. */
  article: z.string(),
  entities: z.array(z.object({
    /** The canonical name (the fullest the article or common usage gives). */
    name: z.string().min(1),
    type: z.enum(['person', 'organization', 'place', 'other']),
    /** Every form the article writes the entity in, exactly as written, titles excluded. */
    forms: z.array(z.string().min(1)).min(1),
  })),
  quotes: z.array(z.object({
    /** The quoted words, or a distinctive part of them, exactly as written. */
    text: z.string().min(1),
    /** Which occurrence of `text` is the quotation (1 = first), needed when the article repeats the words. */
    occurrence: z.number().int().positive().optional(),
    /** The speaker as named (an entity's name) or as written (unnamed source); alternatives separated by "|"; null when nobody is quoted. */
    speaker: z.string().nullable(),
  })),
});
export type Gold = z.infer<typeof GoldSchema>;
export type GoldQuote = Gold['quotes'][number];

export interface GoldSpan {
  start: number;
  end: number;
}

/** A mention of a gold entity, found from its forms. */
export interface GoldMention extends GoldSpan {
  entity: number;
}

export const REPO = path.resolve(__dirname, '..', '..');
/** The development set: the gold the analysis was tuned against. */
export const GOLD_FOLDER = path.join(REPO, 'test', 'fixtures', 'gold');
/** The held-out set: annotated blind and only ever scored, never read for tuning, so that its figures estimate accuracy on unseen news. */
export const HELD_OUT_FOLDER = path.join(REPO, 'test', 'fixtures', 'gold-heldout');

export interface GoldArticle {
  file: string;
  gold: Gold;
  text: string;
}

export function loadGold(folder: string): GoldArticle[] {
  return fs.readdirSync(folder).filter((name) => name.endsWith('.json')).sort().map((file) => {
    const gold = GoldSchema.parse(JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')));
    return { file, gold, text: fs.readFileSync(path.join(REPO, gold.article), 'utf8') };
  });
}

/** Start offsets of every occurrence of `words` in `text` that is not part of a longer word. */
function occurrences(text: string, words: string, wholeWords: boolean): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!wholeWords || (!isWordChar(text[at - 1]) && !isWordChar(text[at + words.length]))) found.push(at);
  }
  return found;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/**
 * The mentions of the gold entities: every whole-word occurrence of a form, longest forms first,
 * so that "Tony Blair" is one mention and not also a mention of a separate "Blair".
 */
export function goldMentions(text: string, gold: Gold): GoldMention[] {
  const forms = gold.entities.flatMap((entity, index) => entity.forms.map((form) => ({ form, entity: index })))
    .sort((a, b) => b.form.length - a.form.length);
  const mentions: GoldMention[] = [];
  for (const { form, entity } of forms) {
    for (const start of occurrences(text, form, true)) {
      const end = start + form.length;
      if (!mentions.some((mention) => mention.start < end && start < mention.end)) mentions.push({ start, end, entity });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Where a gold quotation is in the article, or undefined if its words are not there. */
export function goldQuoteSpan(text: string, quote: GoldQuote): GoldSpan | undefined {
  const start = occurrences(text, quote.text, false)[(quote.occurrence ?? 1) - 1];
  return start === undefined ? undefined : { start, end: start + quote.text.length };
}

/** Mistakes in a gold file that would make the scores meaningless: forms or quotations not in the article, ambiguous quotations. */
export function checkGold({ gold, text }: GoldArticle): string[] {
  const problems: string[] = [];
  for (const entity of gold.entities) {
    for (const form of entity.forms) {
      if (occurrences(text, form, true).length === 0) problems.push(`form "${form}" of ${entity.name} is not in the article`);
    }
  }
  for (const quote of gold.quotes) {
    const count = occurrences(text, quote.text, false).length;
    if (count < (quote.occurrence ?? 1)) problems.push(`quotation "${quote.text}" is not in the article${quote.occurrence ? ` ${quote.occurrence} times` : ''}`);
    else if (count > 1 && quote.occurrence === undefined) problems.push(`quotation "${quote.text}" occurs ${count} times: give its occurrence`);
  }
  return problems;
}
