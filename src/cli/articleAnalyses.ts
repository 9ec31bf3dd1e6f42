import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../core/analysis/analyze';
import type { DocumentAnalysis } from '../core/analysis/model';
import { AnalysisPool } from '../core/parallel/analysisPool';

/** Analyses one article's text; the CLI's default analyses in worker threads when the run is large. */
export type ArticleAnalyzer = (text: string) => DocumentAnalysis | Promise<DocumentAnalysis>;

/** What came of analysing one article: its analysis, or why the analysis failed. */
export type AnalysisOutcome = { result: DocumentAnalysis } | { failure: string };

/**
 * Below this much text (about 50 ms of analysis) starting worker threads costs more than it saves.
 * Exported for the tests that run the bundled CLI over a folder large enough to use them.
 */
export const PARALLEL_MIN_CHARS = 200_000;

/**
 * Each article with its analysis, in input order, as each becomes available: every command
 * indexes them in input order, so its output is the same however the work was shared out. By
 * default a large run is analysed on all cores and a small one in place; `analyze` replaces that
 * in tests.
 */
export async function* analysesInOrder<Article extends { text: string }>(articles: readonly Article[], analyze?: ArticleAnalyzer): AsyncGenerator<[Article, AnalysisOutcome]> {
  const pool = analyze ? undefined : poolFor(articles);
  const analyzer = analyze ?? ((text: string) => pool?.analyze(text) ?? analyzeDocument(text));
  // All articles are sent at once, so the workers never wait for the caller.
  const outcomes = articles.map(({ text }) => analyzeSafely(analyzer, text));
  try {
    for (let i = 0; i < articles.length; i++) yield [articles[i], await outcomes[i]];
  } finally {
    await pool?.close();
  }
}

/** The line on stderr for an article the analysis failed on. */
export function analysisFailureMessage(display: string, failure: string): string {
  return `skipped ${display}: the analysis failed (${failure}); please report this with the file`;
}

/**
 * Worker threads for a large run, when the bundled worker sits next to the running CLI
 * (dist/cli.js and dist/analysisWorker.js); run from the sources, the CLI analyses in place.
 */
function poolFor(articles: readonly { text: string }[]): AnalysisPool | undefined {
  const workerScript = path.join(__dirname, 'analysisWorker.js');
  const chars = articles.reduce((sum, { text }) => sum + text.length, 0);
  return chars >= PARALLEL_MIN_CHARS && existsSync(workerScript) ? new AnalysisPool(workerScript) : undefined;
}

/**
 * A bug the analysis hits on one article must not cost the user the output for all the others,
 * so it is reported like bad input. Only the analysis is guarded: the rest is our own plumbing.
 */
async function analyzeSafely(analyze: ArticleAnalyzer, text: string): Promise<AnalysisOutcome> {
  try {
    return { result: await analyze(text) };
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}
