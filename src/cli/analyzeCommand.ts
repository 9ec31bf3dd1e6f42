import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../core/analysis/analyze';
import { CrossSourceIndex } from '../core/index/crossSourceIndex';
import { ArticleReadError, findArticleFiles, readArticle } from '../core/io/articleFiles';
import { buildAnalysisReport } from '../core/report';
import { AnalysisReportSchema } from '../core/schema/analysisReport';
import { CliIO, UsageError } from './io';

export const ANALYZE_USAGE = `Usage: marginalia analyze <file-or-folder>... [--include GLOB]

Analyses plain-text news articles and prints JSON (schema: AnalysisReportSchema, see README):
entities with aliases, roles and mentions, quotations with their speakers, cited outlets, and a
cross-source entity table. Folders are searched recursively for *.txt, or for --include GLOB.

Exit status: 0 when every input was analysed, 1 when some input was skipped (reported on
stderr; the others are still printed), 2 for a usage error.
`;

interface AnalyzeOptions {
  inputs: string[];
  include: string | undefined;
}

export function parseAnalyzeArgs(args: readonly string[]): AnalyzeOptions {
  const inputs: string[] = [];
  let include: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--include') {
      include = args[++i];
      if (!include) throw new UsageError('--include needs a glob pattern, e.g. --include "**/*.md"');
    } else if (arg.startsWith('--include=')) include = arg.slice('--include='.length);
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else inputs.push(arg);
  }
  if (inputs.length === 0) throw new UsageError('give at least one file or folder to analyse');
  return { inputs, include };
}

/** Runs `marginalia analyze`; returns the exit status. */
export async function runAnalyzeCommand(args: readonly string[], io: CliIO): Promise<number> {
  const options = parseAnalyzeArgs(args);
  const index = new CrossSourceIndex();
  const displayPaths = new Map<string, string>();
  let problems = 0;
  const report = (message: string) => {
    problems++;
    io.stderr(`marginalia: ${message}\n`);
  };
  for (const input of options.inputs) {
    for (const { file, display } of await articlesOf(input, options.include, report)) {
      try {
        const text = await readArticle(file);
        index.set(file, analyzeDocument(text));
        displayPaths.set(file, display);
      } catch (error) {
        if (!(error instanceof ArticleReadError)) throw error;
        report(`skipped ${display}: ${error.reason}`);
      }
    }
  }
  io.stdout(`${JSON.stringify(AnalysisReportSchema.parse(buildAnalysisReport(index, displayPaths)), null, 2)}\n`);
  return problems > 0 ? 1 : 0;
}

/** The files an input names, with the path each is reported under: relative to a folder given, or as given for a file. */
async function articlesOf(input: string, include: string | undefined, report: (message: string) => void): Promise<Array<{ file: string; display: string }>> {
  let stat;
  try {
    stat = await fs.stat(input);
  } catch {
    report(`${input}: no such file or folder`);
    return [];
  }
  if (!stat.isDirectory()) return [{ file: path.resolve(input), display: input }];
  const files = await findArticleFiles(input, include);
  if (files.length === 0) report(`${input}: no articles found (looked for ${include ?? '**/*.txt'})`);
  return files.map((file) => ({ file, display: path.relative(input, file).split(path.sep).join('/') }));
}
