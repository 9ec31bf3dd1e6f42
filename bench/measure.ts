/** What every benchmark section shares: the corpus, its index, and how results are reported. */
import type { CrossSourceIndex } from '../src/core/index/crossSourceIndex';

export interface Article {
  id: string;
  text: string;
}

export interface BenchContext {
  /** The corpus folder, for sections that run a command on it. */
  folder: string;
  corpus: readonly Article[];
  /** Size of the corpus as UTF-8, in MB (10^6 bytes): the unit of the MB/s figures. */
  megabytes: number;
  /** The whole corpus analysed and indexed, for sections that work on a built index. */
  index: CrossSourceIndex;
}

/** One line of the results table. `goal` is shown next to the value; `met` marks whether it is reached. */
export interface BenchRow {
  measure: string;
  value: string;
  goal?: string;
  met?: boolean;
}

/** A section of the benchmark. Sections run in order on the same context and may change the index. */
export interface BenchSection {
  name: string;
  run(context: BenchContext): BenchRow[] | Promise<BenchRow[]>;
}

/** The p-th percentile (0–100) by the nearest-rank method. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Milliseconds a call takes, with its result. */
export function timed<T>(work: () => T): { ms: number; result: T } {
  const started = performance.now();
  const result = work();
  return { ms: performance.now() - started, result };
}

export function ms(value: number, digits = 1): string {
  return `${value.toFixed(digits)} ms`;
}

/**
 * A full garbage collection, when node runs with --expose-gc (`npm run bench` does): called
 * between rounds, outside the timing, so that each round starts as a single pass over a corpus
 * would, without collecting the previous round's hundreds of megabytes on the way.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Highest heap use seen at the points sections report it; V8 gives no true peak without a profiler. */
let peakHeapUsed = 0;

export function sampleHeap(): void {
  peakHeapUsed = Math.max(peakHeapUsed, process.memoryUsage().heapUsed);
}

export function peakMemory(): { rssMB: number; heapUsedMB: number } {
  sampleHeap();
  // maxRSS is the operating system's own peak resident set, in kilobytes.
  return { rssMB: (process.resourceUsage().maxRSS * 1024) / 1e6, heapUsedMB: peakHeapUsed / 1e6 };
}

/** The rows as an aligned plain-text table. */
export function formatTable(sections: ReadonlyArray<{ name: string; rows: readonly BenchRow[] }>): string {
  const lines = sections.flatMap(({ name, rows }) => rows.map((row) => [name, row.measure, row.value, row.goal ?? '', row.met === undefined ? '' : row.met ? 'ok' : 'MISSED']));
  const header = ['section', 'measure', 'value', 'goal', ''];
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n');
}
