import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BenchSection, ms } from '../measure';

/** The bundled CLI next to this bundle: dist/bench/bench.js → dist/cli.js (npm run bench builds both). */
const CLI = path.resolve(__dirname, '..', 'cli.js');

/** `marginalia analyze <corpus>` as a user runs it: a fresh process that lists, reads, analyses and prints the JSON. */
export const cliSection: BenchSection = {
  name: 'cli',
  run({ folder }) {
    if (!fs.existsSync(CLI)) return [{ measure: 'marginalia analyze', value: `not measured: ${CLI} is not built` }];
    const started = performance.now();
    const run = spawnSync(process.execPath, [CLI, 'analyze', folder], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const elapsed = performance.now() - started;
    const value = run.status === 0 ? `${ms(elapsed, 0)} wall clock` : `failed (exit ${run.status}): ${run.stderr.split('\n')[0]}`;
    return [{ measure: 'marginalia analyze <corpus> > /dev/null', value }];
  },
};
