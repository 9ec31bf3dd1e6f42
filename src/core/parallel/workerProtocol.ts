import { analyzeDocument } from '../analysis/analyze';
import type { DocumentAnalysis } from '../analysis/model';
import { packAnalysis, unpackAnalysis, type PackedAnalysis } from '../analysis/packedAnalysis';

/** What a thread sends an analysis worker: one article's text, with an id to match the answer. */
export interface AnalysisRequest {
  id: number;
  text: string;
}

/**
 * A worker's answer: the analysis as JSON text of its packed form (a string crosses threads in one
 * copy, and parsing it is cheaper than cloning the objects), or why the analysis failed.
 */
export type AnalysisResponse = { id: number; packed: string } | { id: number; error: string };

/** Runs in the worker: the answer to one request, never a throw. */
export function answer(request: AnalysisRequest): AnalysisResponse {
  try {
    return { id: request.id, packed: JSON.stringify(packAnalysis(analyzeDocument(request.text))) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs in the requesting thread, which kept the text: the analysis an answer carries, or its error. */
export function analysisOf(response: AnalysisResponse, text: string): DocumentAnalysis | Error {
  return 'error' in response ? new Error(response.error) : unpackAnalysis(JSON.parse(response.packed) as PackedAnalysis, text);
}
