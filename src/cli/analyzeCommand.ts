import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CrossSourceIndex } from '../core/index/crossSourceIndex';
import { ArticleReadError, DEFAULT_ARTICLE_PATTERN, findArticleFiles, readArticleSync, toSlashes } from '../core/io/articleFiles';
import { buildAnalysisReport } from '../core/report';
import { analysesInOrder, analysisFailureMessage, type ArticleAnalyzer } from './articleAnalyses';
import { CliIO, UsageError } from './io';

export const ANALYZE_USAGE = `Usage: marginalia analyze <file-or-folder>... [--include GLOB]

Analyses plain-text news articles and prints JSON (schema: AnalysisReportSchema, see README):
entities with aliases, roles and mentions, quotations with their speakers, cited outlets, and a
cross-source entity table with workspace-wide entity ids.

Folders are searched recursively for ${DEFAULT_ARTICLE_PATTERN}, or for --include GLOB (** any folders, * and ?
within a name, {a,b} alternatives); node_modules, .git and *.annotations.json sidecars are
skipped. A file named directly is analysed whatever its name. Paths in the JSON are relative to
the folder given, or as given for a file. Offsets are UTF-16 code units (JavaScript string
indices), end exclusive.

Exit status: 0 when every input was analysed; 1 when some input could not be (missing,
unreadable, binary, not UTF-8, or the analysis failed on it: each is reported on stderr and
skipped, and the JSON of the others is still printed); 2 for a usage error.
`;

export interface AnalyzeOptions {
  inputs: string[];
  include: string | undefined;
}

export function parseAnalyzeArgs(args: readonly string[]): AnalyzeOptions {
  const inputs: string[] = [];
  let include: string | undefined;
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (optionsEnded) inputs.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (arg === '--include') include = args[++i] ?? '';
    else if (arg.startsWith('--include=')) include = arg.slice('--include='.length);
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else inputs.push(arg);
  }
  if (inputs.length === 0) throw new UsageError('give at least one file or folder to analyse');
  if (include === '') throw new UsageError('--include needs a glob pattern, e.g. --include "**/*.md"');
  return { inputs, include };
}

/** One file to analyse, with the path the report lists it under. */
interface ArticleInput {
  file: string;
  display: string;
}

/**
 * Runs `marginalia analyze`; returns the exit status. `analyze` is replaceable so tests can make
 * it fail; by default a large run is analysed on all cores and a small one in place.
 */
export async function runAnalyzeCommand(args: readonly string[], io: CliIO, analyze?: ArticleAnalyzer): Promise<number> {
  const options = parseAnalyzeArgs(args);
  let problems = 0;
  const report = (message: string) => {
    problems++;
    io.stderr(`marginalia: ${message}\n`);
  };
  const displayPaths = await displayPathsOf(options, report);
  const articles = readArticles(displayPaths, report);
  const index = new CrossSourceIndex();
  for await (const [{ file, display }, outcome] of analysesInOrder(articles, analyze)) {
    if ('failure' in outcome) report(analysisFailureMessage(display, outcome.failure));
    else index.set(file, outcome.result);
  }
  io.stdout(`${JSON.stringify(buildAnalysisReport(index, displayPaths), null, 2)}\n`);
  return problems > 0 ? 1 : 0;
}

/**
 * Every article the inputs name, in order, with the path it is reported under. A file named twice
 * (directly and through its folder) is analysed once, under the first name.
 */
async function displayPathsOf(options: AnalyzeOptions, report: (message: string) => void): Promise<Map<string, string>> {
  const displayPaths = new Map<string, string>();
  for (const input of options.inputs) {
    for (const { file, display } of await articlesOf(input, options.include, report)) {
      if (!displayPaths.has(file)) displayPaths.set(file, display);
    }
  }
  return displayPaths;
}

interface ArticleText {
  file: string;
  display: string;
  text: string;
}

/** The text of every article that can be read; the others are reported and skipped. */
function readArticles(displayPaths: ReadonlyMap<string, string>, report: (message: string) => void): ArticleText[] {
  const articles: ArticleText[] = [];
  for (const [file, display] of displayPaths) {
    try {
      articles.push({ file, display, text: readArticleSync(file) });
    } catch (error) {
      if (!(error instanceof ArticleReadError)) throw error;
      report(`skipped ${display}: ${error.reason}`);
    }
  }
  return articles;
}

/** The files an input names, with the path each is reported under: relative to a folder given, or as given for a file. */
async function articlesOf(input: string, include: string | undefined, report: (message: string) => void): Promise<ArticleInput[]> {
  const stat = await fs.stat(input).catch(() => undefined);
  if (!stat) {
    report(`${input}: no such file or folder`);
    return [];
  }
  if (!stat.isDirectory()) return [{ file: path.resolve(input), display: input }];
  let files: string[];
  try {
    files = await findArticleFiles(input, include, (failure) => report(`skipped folder ${toSlashes(path.relative(input, failure.file))}: ${failure.reason}`));
  } catch (error) {
    if (!(error instanceof ArticleReadError)) throw error;
    report(`${input}: ${error.reason}`);
    return [];
  }
  if (files.length === 0) report(`${input}: no articles found (looked for ${include ?? DEFAULT_ARTICLE_PATTERN})`);
  return files.map((file) => ({ file: path.resolve(file), display: toSlashes(path.relative(input, file)) }));
}
