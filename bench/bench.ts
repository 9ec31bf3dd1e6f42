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

function indexAll(corpus: ReadonlyArray<{ id: string; text: string }>): CrossSourceIndex {
  const index = new CrossSourceIndex();
  for (const { id, text } of corpus) index.set(id, analyzeDocument(text));
  return index;
}

function fullRun(corpus: ReadonlyArray<{ id: string; text: string }>, megabytes: number): { index: CrossSourceIndex; bestMs: number } {
  let bestMs = Infinity;
  let index = new CrossSourceIndex();
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    index = indexAll(corpus);
    index.entities();
    bestMs = Math.min(bestMs, performance.now() - started);
  }
  console.log(`full analysis + index   ${corpus.length} articles, ${megabytes.toFixed(2)} MB`);
  console.log(`  best of ${ROUNDS}             ${bestMs.toFixed(0)} ms  (${(megabytes / (bestMs / 1000)).toFixed(1)} MB/s)`);
  return { index, bestMs };
}

function incrementalRun(index: CrossSourceIndex, corpus: ReadonlyArray<{ id: string; text: string }>): void {
  const times: number[] = [];
  for (let i = 0; i < INCREMENTAL_SAMPLES; i++) {
    const { id, text } = corpus[(i * 7919) % corpus.length];
    const edited = `${text}\nPete Hegseth said the talks would continue.`;
    const started = performance.now();
    index.set(id, analyzeDocument(edited));
    index.entities();
    times.push(performance.now() - started);
  }
  console.log(`incremental re-index     one changed article, ${INCREMENTAL_SAMPLES} samples (analysis + index update)`);
  console.log(`  median ${percentile(times, 50).toFixed(2)} ms   p95 ${percentile(times, 95).toFixed(2)} ms`);
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
  const { index } = fullRun(corpus, megabytes);
  incrementalRun(index, corpus);
  hoverRun(index, corpus);
  const memory = process.memoryUsage();
  console.log(`memory                   rss ${(memory.rss / 1e6).toFixed(0)} MB   heap used ${(memory.heapUsed / 1e6).toFixed(0)} MB`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
