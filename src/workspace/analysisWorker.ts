/**
 * Runs in a worker thread: analyses the articles too large to analyse on the extension host's
 * main thread without freezing the editor. Bundled separately as dist/analysisWorker.js.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from '../core/analysis/analyze';
import type { WorkerRequest, WorkerResponse } from './backgroundAnalyzer';

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id: request.id, analysis: analyzeDocument(request.text) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
