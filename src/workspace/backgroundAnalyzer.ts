import { Worker } from 'node:worker_threads';
import { analyzeDocument } from '../core/analysis/analyze';
import type { DocumentAnalysis } from '../core/analysis/model';
import { settle, type AnalysisRequest, type AnalysisResponse, type PendingAnalysis } from '../core/parallel/workerProtocol';

interface Job extends PendingAnalysis {
  key: string;
  /** Also called with `undefined` when a newer request for the same article cancels this one. */
  resolve(analysis: DocumentAnalysis | undefined): void;
}

/**
 * Analyses article texts without blocking the editor. Typical articles (a few KB) take well under
 * a millisecond and are analysed in place; large ones go to a worker thread. A newer request for
 * the same article cancels the stale one: its promise resolves to `undefined`, and the worker,
 * which may be busy with the stale text, is restarted so no time is spent on text nobody will see.
 */
export class BackgroundAnalyzer {
  /** Above this many UTF-16 units (roughly 10 ms of analysis) the work moves off the main thread. */
  static readonly inlineLimit = 200_000;

  private worker: Worker | undefined;
  private nextId = 1;
  private readonly jobs = new Map<number, Job>();

  constructor(private readonly workerScript: string) {}

  analyze(key: string, text: string): Promise<DocumentAnalysis | undefined> {
    const hadStaleJob = this.cancelJobsFor(key);
    if (hadStaleJob) this.restartWorker();
    if (text.length <= BackgroundAnalyzer.inlineLimit) return Promise.resolve(analyzeDocument(text));
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.jobs.set(id, { key, text, resolve, reject });
      this.ensureWorker().postMessage({ id, text } satisfies AnalysisRequest);
    });
  }

  dispose(): void {
    for (const job of this.jobs.values()) job.resolve(undefined);
    this.jobs.clear();
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private cancelJobsFor(key: string): boolean {
    let cancelled = false;
    for (const [id, job] of this.jobs) {
      if (job.key !== key) continue;
      this.jobs.delete(id);
      job.resolve(undefined);
      cancelled = true;
    }
    return cancelled;
  }

  /** Stops whatever the worker is doing and resends the jobs still wanted to a fresh one. */
  private restartWorker(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    for (const [id, job] of this.jobs) this.ensureWorker().postMessage({ id, text: job.text } satisfies AnalysisRequest);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerScript);
    worker.on('message', (response: AnalysisResponse) => settle(this.jobs, response));
    worker.on('error', (error) => this.failAll(error));
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const job of this.jobs.values()) job.reject(error);
    this.jobs.clear();
    this.worker = undefined;
  }
}
