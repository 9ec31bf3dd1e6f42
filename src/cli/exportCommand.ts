import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { sidecarPathOf } from '../core/annotations/schema';
import { loadSidecarFile, writeFileAtomic } from '../core/annotations/sidecarFile';
import { ArticleForExport, collectForExport, SavedArticle } from '../core/export/collect';
import { EXPORT_FORMATS, ExportFormat, exportDocuments, isSingleFile } from '../core/export/formats';
import { ArticleReadError, findArticleFiles, readArticle } from '../core/io/articleFiles';
import { analysesInOrder, analysisFailureMessage, type ArticleAnalyzer } from './articleAnalyses';
import { CliIO, UsageError } from './io';

export const EXPORT_USAGE = `Usage: marginalia export <folder> --format ${EXPORT_FORMATS.join('|')} [--out FILE|DIR] [--include GLOB]

Exports the analysis and the annotations of every article under <folder>:
  json    analysis + annotations with provenance (auto, user, accepted, rejected)
  jsonl   one record per line
  csv     quotes.csv and entities.csv (needs --out DIR)
  w3c     a W3C Web Annotation AnnotationCollection (JSON-LD)
  brat    one .ann (and .txt) per article plus annotation.conf (needs --out DIR)
json, jsonl and w3c print to stdout without --out. Files are written atomically.
A sidecar that cannot be read is reported and its article exported without annotations.
`;

interface ExportOptions { folder: string; format: ExportFormat; out: string | undefined; include: string | undefined }

function parseArgs(args: readonly string[]): ExportOptions {
  let folder: string | undefined;
  let format: string | undefined;
  let out: string | undefined;
  let include: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i].split(/=(.*)/s, 2);
    const value = () => inline ?? args[++i];
    if (name === '--format') format = value();
    else if (name === '--out') out = value();
    else if (name === '--include') include = value();
    else if (name.startsWith('-')) throw new UsageError(`unknown option ${name}`);
    else if (folder) throw new UsageError('give one folder to export');
    else folder = name;
  }
  if (!folder) throw new UsageError('give the folder of articles to export');
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (!isSingleFile(format as ExportFormat) && !out) throw new UsageError(`--format ${format} writes several files: give --out DIR`);
  return { folder, format: format as ExportFormat, out, include };
}

/**
 * Runs `marginalia export`; returns the exit status. `analyze` is replaceable so tests can make it
 * fail; by default a large folder is analysed on all cores, as `marginalia analyze` does.
 */
export async function runExportCommand(args: readonly string[], io: CliIO, analyze?: ArticleAnalyzer): Promise<number> {
  const options = parseArgs(args);
  const stat = await fs.stat(options.folder).catch(() => undefined);
  if (!stat?.isDirectory()) {
    io.stderr(`marginalia: ${options.folder}: no such folder\n`);
    return 1;
  }
  let problems = 0;
  const report = (message: string) => {
    problems++;
    io.stderr(`marginalia: ${message}\n`);
  };
  const articles: ArticleForExport[] = [];
  for await (const [article, outcome] of analysesInOrder(await readArticlesWithSidecars(options, report), analyze)) {
    if ('failure' in outcome) report(analysisFailureMessage(article.path, outcome.failure));
    else articles.push({ ...article, auto: outcome.result });
  }
  const files = exportDocuments(options.format, collectForExport(articles));
  await writeExport(files, options, io);
  return problems > 0 ? 1 : 0;
}

/** Every readable article under the folder with its saved annotations; unreadable files and sidecars are reported. */
async function readArticlesWithSidecars(options: ExportOptions, report: (message: string) => void): Promise<SavedArticle[]> {
  const articles: SavedArticle[] = [];
  for (const file of await findArticleFiles(options.folder, options.include)) {
    const display = path.relative(options.folder, file).split(path.sep).join('/');
    try {
      const text = await readArticle(file);
      const sidecar = await loadSidecarFile(sidecarPathOf(file));
      // The article is still exported, without annotations: the sidecar is left as it is.
      if (!sidecar.ok) report(sidecar.message);
      articles.push({ path: display, text, annotations: sidecar.ok ? sidecar.sidecar?.annotations ?? [] : [] });
    } catch (error) {
      if (!(error instanceof ArticleReadError)) throw error;
      report(`skipped ${display}: ${error.reason}`);
    }
  }
  return articles;
}

async function writeExport(files: Map<string, string>, options: ExportOptions, io: CliIO): Promise<void> {
  if (isSingleFile(options.format)) {
    const [content] = files.values();
    if (options.out) await writeFileAtomic(options.out, content);
    else io.stdout(content);
    return;
  }
  for (const [name, content] of files) {
    const target = path.join(options.out ?? '.', name);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, content);
  }
  io.stderr(`marginalia: wrote ${files.size} files to ${options.out}\n`);
}
