import { analyzeDocument } from '../analysis/analyze';
import type { DocumentAnalysis } from '../analysis/model';
import { packAnalysis, unpackAnalysis, type PackedAnalysis } from '../analysis/packedAnalysis';

/** What a thread sends an analysis worker: one article's text, with an id to match the answer. */
export interface AnalysisRequest {
  id: number;
  text: string;
}

/**
 * A worker's answer: the analysis in its packed form (a typed array and a string, each crossing
 * threads as one copy, where cloning the objects would cost the receiving thread far more), or
 * why the analysis failed.
 */
export type AnalysisResponse = { id: number; packed: PackedAnalysis } | { id: number; error: string };

/** Runs in the worker: the answer to one request, never a throw. */
export function answer(request: AnalysisRequest): AnalysisResponse {
  try {
    return { id: request.id, packed: packAnalysis(analyzeDocument(request.text)) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

/** A request waiting in the requesting thread, which kept its text, for a worker's answer. */
export interface PendingAnalysis {
  text: string;
  resolve(analysis: DocumentAnalysis): void;
  reject(error: Error): void;
}

/**
 * Settles the request an answer is for with the analysis it carries, or its error, and takes it
 * out of `pending`. Returns false when no request waits for it any more (it was cancelled).
 */
export function settle<Request extends PendingAnalysis>(pending: Map<number, Request>, response: AnalysisResponse): boolean {
  const request = pending.get(response.id);
  if (!request) return false;
  pending.delete(response.id);
  if ('error' in response) request.reject(new Error(response.error));
  else request.resolve(unpackAnalysis(response.packed, request.text));
  return true;
}
