import * as path from 'node:path';
import { CrossSourceIndex } from '../../src/core/index/crossSourceIndex';
import { AnalysisPool } from '../../src/core/parallel/analysisPool';
import { BenchSection, collectGarbage, ms, sampleHeap } from '../measure';
import { goalRows, ROUNDS, WARM_UP_ROUNDS } from './analysis';

/** dist/bench/bench.js runs next to dist/analysisWorker.js, which `node esbuild.js --bench` builds with it. */
const WORKER_SCRIPT = path.resolve(__dirname, '..', 'analysisWorker.js');

/**
 * The whole corpus as `marginalia analyze` and the workspace scan run it: analysis on a pool of
 * worker threads, one per core, while this thread indexes the analyses as they arrive; then the
 * entity table. The pool is warmed up like the one-thread run.
 */
export const allCoresSection: BenchSection = {
  name: 'all cores',
  async run({ corpus, megabytes }) {
    const pool = new AnalysisPool(WORKER_SCRIPT);
    try {
      let best = Infinity;
      for (let round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
        collectGarbage();
        const started = performance.now();
        const analyses = corpus.map(({ text }) => pool.analyze(text));
        const index = new CrossSourceIndex();
        for (let i = 0; i < corpus.length; i++) index.set(corpus[i].id, await analyses[i]);
        index.entities();
        if (round >= 0) best = Math.min(best, performance.now() - started);
        sampleHeap();
      }
      return [{ measure: `analysis + index + table, ${AnalysisPool.defaultSize()} workers`, value: ms(best, 0) }, ...goalRows(megabytes, best)];
    } finally {
      await pool.close();
    }
  },
};
