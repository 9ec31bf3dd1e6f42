import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';

/**
 * Hand-written gold annotations (test/fixtures/gold/*.json; see the README there). Each file
 * lists every entity of one article with all the forms the article writes it in, and every
 * quotation with its speaker.
 */
export const GoldSchema = z.object({
  article: z.string(),
  entities: z.array(z.object({
    name: z.string(),
    type: z.enum(['person', 'organization', 'place', 'other']),
    forms: z.array(z.string()).min(1),
  })),
  quotes: z.array(z.object({
    /** A distinctive part of the quoted words. */
    text: z.string().min(1),
    /** The speaker as named (entity) or as written (unnamed source); alternatives separated by "|"; null when nobody is quoted. */
    speaker: z.string().nullable(),
  })),
});
export type Gold = z.infer<typeof GoldSchema>;

export const REPO = path.resolve(__dirname, '..', '..');
const GOLD_FOLDER = path.join(REPO, 'test', 'fixtures', 'gold');

export function loadGold(): Array<{ file: string; gold: Gold; text: string }> {
  return fs.readdirSync(GOLD_FOLDER).filter((name) => name.endsWith('.json')).sort().map((file) => {
    const gold = GoldSchema.parse(JSON.parse(fs.readFileSync(path.join(GOLD_FOLDER, file), 'utf8')));
    return { file, gold, text: fs.readFileSync(path.join(REPO, gold.article), 'utf8') };
  });
}
