/**
 * The entry point of an analysis worker thread, bundled on its own as dist/analysisWorker.js. The
 * extension sends it articles too large to analyse without freezing the editor and the articles of
 * a workspace scan; the CLI sends it the articles of a large run.
 */
import { parentPort } from 'node:worker_threads';
import { answer, type AnalysisRequest } from './workerProtocol';

parentPort?.on('message', (request: AnalysisRequest) => parentPort?.postMessage(answer(request)));
