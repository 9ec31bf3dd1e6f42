/**
 * `npm run bench`: speed of the analysis core on a real corpus (default: the 2,095 BBC articles
 * in ../shared/corpus/bbc, or a folder given as the first argument).
 *   - full analysis + cross-source index: MB/s, total time, peak memory;
 *   - incremental re-index of one changed article (median, p95);
 *   - hover: finding the entity under the cursor and rendering its card from the index (p95).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../src/core/analysis/analyze';
import { renderEntityCard } from '../src/core/cards/cards';
import { CrossSourceIndex } from '../src/core/index/crossSourceIndex';
import { findArticleFiles, readArticle } from '../src/core/io/articleFiles';

const ROUNDS = 3;
const INCREMENTAL_SAMPLES = 300;
const HOVER_SAMPLES = 2000;

async function loadCorpus(folder: string): Promise<Array<{ id: string; text: string }>> {
  const files = await findArticleFiles(folder);
  return Promise.all(files.map(async (file) => ({ id: file, text: await readArticle(file) })));
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Analyses every article, then indexes them, then builds the entity table, timing each stage. */
function fullRun(corpus: ReadonlyArray<{ id: string; text: string }>, megabytes: number): CrossSourceIndex {
  const best = { analysis: Infinity, index: Infinity, table: Infinity };
  let index = new CrossSourceIndex();
  for (let round = 0; round < ROUNDS; round++) {
    let started = performance.now();
    const analyses = corpus.map(({ text }) => analyzeDocument(text));
    best.analysis = Math.min(best.analysis, performance.now() - started);
    started = performance.now();
    index = new CrossSourceIndex();
    corpus.forEach(({ id }, i) => index.set(id, analyses[i]));
    best.index = Math.min(best.index, performance.now() - started);
    started = performance.now();
    index.entities();
    best.table = Math.min(best.table, performance.now() - started);
  }
  const total = best.analysis + best.index + best.table;
  console.log(`corpus                   ${corpus.length} articles, ${megabytes.toFixed(2)} MB of UTF-8 text`);
  console.log(`analysis                 ${best.analysis.toFixed(0)} ms  (${(megabytes / (best.analysis / 1000)).toFixed(1)} MB/s)`);
  console.log(`cross-source index       ${best.index.toFixed(0)} ms  + entity table ${best.table.toFixed(0)} ms`);
  console.log(`total                    ${total.toFixed(0)} ms  (${(megabytes / (total / 1000)).toFixed(1)} MB/s)   best of ${ROUNDS}`);
  return index;
}

function incrementalRun(index: CrossSourceIndex, corpus: ReadonlyArray<{ id: string; text: string }>): void {
  const update: number[] = [];
  const table: number[] = [];
  for (let i = 0; i < INCREMENTAL_SAMPLES; i++) {
    const { id, text } = corpus[(i * 7919) % corpus.length];
    const edited = `${text}\nPete Hegseth said the talks would continue.`;
    let started = performance.now();
    index.set(id, analyzeDocument(edited));
    update.push(performance.now() - started);
    started = performance.now();
    index.entities();
    table.push(performance.now() - started);
  }
  console.log(`incremental update       one changed article re-analysed and re-indexed, ${INCREMENTAL_SAMPLES} samples`);
  console.log(`  median ${percentile(update, 50).toFixed(2)} ms   p95 ${percentile(update, 95).toFixed(2)} ms`);
  console.log(`  entity table refresh after it: median ${percentile(table, 50).toFixed(2)} ms   p95 ${percentile(table, 95).toFixed(2)} ms`);
}

function hoverRun(index: CrossSourceIndex, corpus: ReadonlyArray<{ id: string; text: string }>): void {
  const texts = new Map(corpus.map(({ id, text }) => [id, text]));
  const context = {
    limits: { maxSources: 4, maxQuotes: 3 },
    link: ({ docId, offset }: { docId: string; offset: number }) => `command:marginalia.openLocation?${encodeURIComponent(JSON.stringify([docId, offset]))}`,
    textOf: (id: string) => texts.get(id),
    labelOf: (id: string) => path.basename(id),
  };
  const times: number[] = [];
  for (let i = 0; i < HOVER_SAMPLES; i++) {
    const { id } = corpus[(i * 104729) % corpus.length];
    const mentions = index.analysis(id)?.entities.flatMap((entity) => entity.mentions) ?? [];
    if (mentions.length === 0) continue;
    const offset = mentions[(i * 31) % mentions.length].start;
    const started = performance.now();
    const hit = index.entityAt(id, offset);
    if (hit) renderEntityCard({ entity: hit.entity, docId: id, notes: [] }, context);
    times.push(performance.now() - started);
  }
  console.log(`hover card               entity under the cursor + card markdown, ${times.length} samples`);
  console.log(`  median ${percentile(times, 50).toFixed(3)} ms   p95 ${percentile(times, 95).toFixed(3)} ms   max ${Math.max(...times).toFixed(2)} ms`);
}

async function main(): Promise<void> {
  const folder = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', '..', 'shared', 'corpus', 'bbc'));
  await fs.access(folder).catch(() => { throw new Error(`corpus folder not found: ${folder}`); });
  const corpus = await loadCorpus(folder);
  const megabytes = corpus.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0) / 1e6;
  const index = fullRun(corpus, megabytes);
  incrementalRun(index, corpus);
  hoverRun(index, corpus);
  const memory = process.memoryUsage();
  console.log(`memory                   rss ${(memory.rss / 1e6).toFixed(0)} MB   heap used ${(memory.heapUsed / 1e6).toFixed(0)} MB`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
