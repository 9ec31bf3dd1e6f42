import { analyzeDocument } from '../../src/core/analysis/analyze';
import { CrossSourceIndex } from '../../src/core/index/crossSourceIndex';
import { BenchSection, ms, sampleHeap, timed } from '../measure';

/** Rounds of the full run; the best is reported, as the others pay for warm-up and collection. */
const ROUNDS = 3;
const GOAL_MB_PER_S = 20;
const GOAL_TOTAL_MS = 500;

/** The whole corpus: analysis of every article, then the cross-source index, then its entity table. */
export const fullAnalysisSection: BenchSection = {
  name: 'full corpus',
  run({ corpus, megabytes }) {
    const best = { analysis: Infinity, index: Infinity, table: Infinity, total: Infinity };
    for (let round = 0; round < ROUNDS; round++) {
      const analysis = timed(() => corpus.map(({ text }) => analyzeDocument(text)));
      const indexing = timed(() => {
        const index = new CrossSourceIndex();
        corpus.forEach(({ id }, i) => index.set(id, analysis.result[i]));
        return index;
      });
      const table = timed(() => indexing.result.entities());
      sampleHeap();
      best.analysis = Math.min(best.analysis, analysis.ms);
      best.index = Math.min(best.index, indexing.ms);
      best.table = Math.min(best.table, table.ms);
      best.total = Math.min(best.total, analysis.ms + indexing.ms + table.ms);
    }
    const mbPerSecond = (time: number) => megabytes / (time / 1000);
    return [
      { measure: 'analysis', value: `${ms(best.analysis, 0)}, ${mbPerSecond(best.analysis).toFixed(1)} MB/s` },
      { measure: 'cross-source index', value: ms(best.index, 0) },
      { measure: 'entity table', value: ms(best.table, 0) },
      { measure: 'throughput (all stages)', value: `${mbPerSecond(best.total).toFixed(1)} MB/s`, goal: `>= ${GOAL_MB_PER_S} MB/s`, met: mbPerSecond(best.total) >= GOAL_MB_PER_S },
      { measure: `total, best of ${ROUNDS}`, value: ms(best.total, 0), goal: `< ${GOAL_TOTAL_MS} ms`, met: best.total < GOAL_TOTAL_MS },
    ];
  },
};
