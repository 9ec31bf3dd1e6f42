import { analyzeDocument } from '../../src/core/analysis/analyze';
import { CrossSourceIndex } from '../../src/core/index/crossSourceIndex';
import { BenchRow, BenchSection, collectGarbage, ms, sampleHeap, timed } from '../measure';

/**
 * Rounds of each full run. The first rounds are not timed: the analysis is hundreds of small
 * functions that V8 optimises only after seeing them run a while, so the first pass over the
 * corpus takes two to three times as long as the fifth; an editor indexing a workspace, or a CLI
 * run over thousands of files, spends nearly all its time warm. Of the timed rounds the best is
 * reported, as the others pay for collection and this machine's noise. The cold figure is the
 * CLI row's wall clock.
 */
export const WARM_UP_ROUNDS = 2;
export const ROUNDS = 5;
const GOAL_MB_PER_S = 20;
const GOAL_TOTAL_MS = 500;

export const mbPerSecond = (megabytes: number, time: number) => megabytes / (time / 1000);

/** Throughput and total time of a whole-corpus run, against the goals. */
export function goalRows(megabytes: number, totalMs: number): BenchRow[] {
  const throughput = mbPerSecond(megabytes, totalMs);
  return [
    { measure: 'throughput (all stages)', value: `${throughput.toFixed(1)} MB/s`, goal: `>= ${GOAL_MB_PER_S} MB/s`, met: throughput >= GOAL_MB_PER_S },
    { measure: `total, best of ${ROUNDS} warm rounds`, value: ms(totalMs, 0), goal: `< ${GOAL_TOTAL_MS} ms`, met: totalMs < GOAL_TOTAL_MS },
  ];
}

/**
 * The whole corpus on one thread, stage by stage: analysis of every article, then the
 * cross-source index, then its entity table. What the analysis itself costs.
 */
export const fullAnalysisSection: BenchSection = {
  name: 'one thread',
  run({ corpus, megabytes }) {
    const best = { analysis: Infinity, index: Infinity, table: Infinity, total: Infinity };
    for (let round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
      collectGarbage();
      const analysis = timed(() => corpus.map(({ text }) => analyzeDocument(text)));
      const indexing = timed(() => {
        const index = new CrossSourceIndex();
        corpus.forEach(({ id }, i) => index.set(id, analysis.result[i]));
        return index;
      });
      const table = timed(() => indexing.result.entities());
      sampleHeap();
      if (round < 0) continue;
      best.analysis = Math.min(best.analysis, analysis.ms);
      best.index = Math.min(best.index, indexing.ms);
      best.table = Math.min(best.table, table.ms);
      best.total = Math.min(best.total, analysis.ms + indexing.ms + table.ms);
    }
    return [
      { measure: 'analysis', value: `${ms(best.analysis, 0)}, ${mbPerSecond(megabytes, best.analysis).toFixed(1)} MB/s` },
      { measure: 'cross-source index', value: ms(best.index, 0) },
      { measure: 'entity table', value: ms(best.table, 0) },
      { measure: 'all stages', value: `${ms(best.total, 0)}, ${mbPerSecond(megabytes, best.total).toFixed(1)} MB/s` },
    ];
  },
};
