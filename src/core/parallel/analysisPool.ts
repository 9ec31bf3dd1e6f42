import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocumentAnalysis } from '../analysis/model';
import { settle, type AnalysisRequest, type AnalysisResponse, type PendingAnalysis } from './workerProtocol';

/**
 * Analyses many articles on all cores: a workspace scan or a CLI run over a folder. Each worker
 * thread runs the analysis of `analysisWorker.ts`; the calling thread only sends texts and
 * rebuilds the answers, so it stays free to index them as they arrive. Workers start on demand,
 * as many as the work needs up to `size`, and a worker that dies is replaced: only the articles
 * it held fail.
 */
export class AnalysisPool {
  /** One worker per core, up to a handful: past that, the calling thread's share becomes the limit. */
  static defaultSize(): number {
    return Math.min(availableParallelism(), MAX_DEFAULT_WORKERS);
  }

  /**
   * Workers worth starting for a run over `articles` articles: one per `ARTICLES_PER_WORKER`, at
   * least one, at most one per core. A worker costs tens of milliseconds to start and more to
   * warm up, which a handful of articles never repays.
   */
  static sizeFor(articles: number): number {
    return Math.max(1, Math.min(AnalysisPool.defaultSize(), Math.ceil(articles / ARTICLES_PER_WORKER)));
  }

  private readonly workers: PoolWorker[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly workerScript: string, private readonly size = AnalysisPool.defaultSize()) {}

  /** The analysis of `text`; rejects when the analysis throws or its worker dies. */
  analyze(text: string): Promise<DocumentAnalysis> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, text, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; articles not yet analysed are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const stopped = new Error('the analysis pool is closed');
    for (const job of this.queue.splice(0)) job.reject(stopped);
    const workers = this.workers.splice(0);
    for (const { jobs } of workers) for (const job of jobs.values()) job.reject(stopped);
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const target = this.workerWithRoom();
      if (!target) return;
      const job = this.queue.shift() as Job;
      target.jobs.set(job.id, job);
      target.worker.postMessage({ id: job.id, text: job.text } satisfies AnalysisRequest);
    }
  }

  /** A new worker while there are fewer than `size`, else the least busy one with room, if any. */
  private workerWithRoom(): PoolWorker | undefined {
    if (this.workers.length < this.size) return this.spawn();
    let best: PoolWorker | undefined;
    for (const candidate of this.workers) {
      if (candidate.jobs.size < JOBS_IN_FLIGHT && (!best || candidate.jobs.size < best.jobs.size)) best = candidate;
    }
    return best;
  }

  private spawn(): PoolWorker {
    const pooled: PoolWorker = { worker: new Worker(this.workerScript), jobs: new Map() };
    pooled.worker.on('message', (response: AnalysisResponse) => this.settle(pooled, response));
    pooled.worker.on('error', (error) => this.retire(pooled, error));
    pooled.worker.on('exit', (code) => this.retire(pooled, new Error(`an analysis worker stopped (exit code ${code})`)));
    this.workers.push(pooled);
    return pooled;
  }

  private settle(pooled: PoolWorker, response: AnalysisResponse): void {
    if (settle(pooled.jobs, response)) this.dispatch();
  }

  /** A worker that crashed or exited: its articles fail, and the rest of the queue goes to the others or to a replacement. */
  private retire(pooled: PoolWorker, error: Error): void {
    const position = this.workers.indexOf(pooled);
    if (position < 0) return;
    this.workers.splice(position, 1);
    for (const job of pooled.jobs.values()) job.reject(error);
    pooled.jobs.clear();
    void pooled.worker.terminate();
    if (!this.closed) this.dispatch();
  }
}

const MAX_DEFAULT_WORKERS = 4;
const ARTICLES_PER_WORKER = 50;

/**
 * Articles sent to a worker before it answers: enough that it never waits while this thread is
 * busy indexing (4 left the BBC corpus ~10% slower), few enough that a slow article cannot hold
 * many others behind it while another worker idles.
 */
const JOBS_IN_FLIGHT = 16;

interface Job extends PendingAnalysis {
  id: number;
}

interface PoolWorker {
  worker: Worker;
  jobs: Map<number, Job>;
}
