/**
 * `npm run bench` (built by `node esbuild.js --bench` into dist/bench/bench.js): speed of the
 * analysis core on a real corpus, by default the 2,095 BBC articles in ../shared/corpus/bbc next
 * to the repository, or the folder given as the first argument. Each section (bench/sections/)
 * adds rows to one table; add a section by appending it to SECTIONS.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../src/core/analysis/analyze';
import { CrossSourceIndex } from '../src/core/index/crossSourceIndex';
import { findArticleFiles, readArticleSync } from '../src/core/io/articleFiles';
import { Article, BenchContext, BenchRow, BenchSection, formatTable, ms, peakMemory } from './measure';
import { fullAnalysisSection } from './sections/analysis';
import { allCoresSection } from './sections/allCores';
import { cliSection } from './sections/cli';
import { hoverSection } from './sections/hover';
import { incrementalSection } from './sections/incremental';
import { reportSection } from './sections/report';

const SECTIONS: readonly BenchSection[] = [fullAnalysisSection, allCoresSection, incrementalSection, hoverSection, reportSection, cliSection];

/** dist/bench/bench.js and bench/bench.ts both sit two folders below the repository root. */
const REPO_ROOT = path.resolve(__dirname, '..', '..');
const DEFAULT_CORPUS = path.join(REPO_ROOT, '..', 'shared', 'corpus', 'bbc');

async function loadCorpus(folder: string): Promise<Article[]> {
  const files = await findArticleFiles(folder);
  if (files.length === 0) throw new Error(`no *.txt articles under ${folder}`);
  return files.map((file) => ({ id: file, text: readArticleSync(file) }));
}

function indexOf(corpus: readonly Article[]): CrossSourceIndex {
  const index = new CrossSourceIndex();
  for (const { id, text } of corpus) index.set(id, analyzeDocument(text));
  return index;
}

async function main(): Promise<void> {
  const folder = path.resolve(process.argv[2] ?? DEFAULT_CORPUS);
  await fs.access(folder).catch(() => { throw new Error(`corpus folder not found: ${folder} (give the folder as the first argument)`); });
  const loadStarted = performance.now();
  const corpus = await loadCorpus(folder);
  const loadMs = performance.now() - loadStarted;
  const megabytes = corpus.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0) / 1e6;
  const context: BenchContext = { folder, corpus, megabytes, index: indexOf(corpus) };
  const results: Array<{ name: string; rows: BenchRow[] }> = [{ name: 'files', rows: [{ measure: 'list, read and decode', value: `${corpus.length} articles, ${megabytes.toFixed(2)} MB in ${ms(loadMs, 0)}` }] }];
  for (const section of SECTIONS) results.push({ name: section.name, rows: await section.run(context) });
  const memory = peakMemory();
  results.push({ name: 'memory', rows: [{ measure: 'peak RSS / peak heap used', value: `${memory.rssMB.toFixed(0)} MB / ${memory.heapUsedMB.toFixed(0)} MB` }] });
  console.log(`marginalia benchmark: ${folder}\n`);
  console.log(formatTable(results));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
