import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runAnalyzeCommand } from '../../src/cli/analyzeCommand';
import { runExportCommand } from '../../src/cli/exportCommand';
import type { CliIO } from '../../src/cli/io';
import { PARALLEL_MIN_CHARS } from '../../src/cli/articleAnalyses';
import { AnalysisReportSchema } from '../../src/core/schema/analysisReport';
import { folderWith, temporaryFolder } from '../support/folders';

const REPO = path.join(__dirname, '..', '..');
const CLI = path.join(REPO, 'dist', 'cli.js');

function run(...args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe('the marginalia command line (bundled)', () => {
  before(function () {
    this.timeout(60000);
    const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: REPO, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
  });

  it('analyze samples/ prints JSON in the contract, with paths relative to the folder', () => {
    const { code, stdout, stderr } = run('analyze', 'samples/');
    assert.equal(code, 0, stderr);
    const report = AnalysisReportSchema.parse(JSON.parse(stdout));
    assert.deepEqual(report.documents.map((document) => document.path), fs.readdirSync(path.join(REPO, 'samples')).sort());
    const hegseth = report.entities.find((entity) => entity.id === 'pete-hegseth');
    assert.equal(hegseth?.documents.length, 4);
    const text = fs.readFileSync(path.join(REPO, 'samples', report.documents[1].path), 'utf8');
    for (const quote of report.documents[1].quotes) assert.equal(text.slice(quote.start, quote.end), quote.text);
  });

  it('reports a file as given, and finds nested files with --include', () => {
    const folder = folderWith({ 'nested/one.md': 'Pete Hegseth spoke.', 'two.txt': 'Dario Amodei spoke.' });
    const report = AnalysisReportSchema.parse(JSON.parse(run('analyze', folder, '--include', '**/*.md').stdout));
    assert.deepEqual(report.documents.map((document) => document.path), ['nested/one.md']);
    const single = AnalysisReportSchema.parse(JSON.parse(run('analyze', path.join(folder, 'two.txt')).stdout));
    assert.equal(single.documents[0].path, path.join(folder, 'two.txt'));
  });

  it('reports bad input clearly, skips it, analyses the rest, and exits non-zero without a stack trace', () => {
    const folder = folderWith({ 'good.txt': 'Pete Hegseth spoke.', 'binary.txt': Buffer.from([0x89, 0x50, 0x00, 0x01]), 'latin1.txt': Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f]) });
    const { code, stdout, stderr } = run('analyze', folder, path.join(folder, 'missing.txt'));
    assert.equal(code, 1);
    assert.deepEqual(AnalysisReportSchema.parse(JSON.parse(stdout)).documents.map((document) => document.path), ['good.txt']);
    assert.match(stderr, /binary\.txt: binary file/);
    assert.match(stderr, /latin1\.txt: not valid UTF-8/);
    assert.match(stderr, /missing\.txt: no such file or folder/);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
  });

  /** The BBC fixtures twice over, in two folders, and one binary file: enough text for worker threads. */
  function largeFolder(): { folder: string; articles: number } {
    const articles = path.join(REPO, 'test', 'fixtures', 'bbc');
    const folder = temporaryFolder('marginalia-large-');
    for (const copy of ['first', 'second']) fs.cpSync(articles, path.join(folder, copy), { recursive: true });
    fs.writeFileSync(path.join(folder, 'zz-binary.txt'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
    const chars = fs.readdirSync(articles).reduce((sum, name) => sum + fs.readFileSync(path.join(articles, name), 'utf8').length, 0);
    assert.ok(2 * chars > PARALLEL_MIN_CHARS, 'large enough for worker threads');
    return { folder, articles: 2 * fs.readdirSync(articles).length };
  }

  function captured(): { output: { stdout: string; stderr: string }; io: CliIO } {
    const output = { stdout: '', stderr: '' };
    return { output, io: { stdout: (text) => { output.stdout += text; }, stderr: (text) => { output.stderr += text; } } };
  }

  it('analyses a large folder on worker threads into the same report as analysing in place, bad files still skipped', async function () {
    this.timeout(120000);
    const { folder, articles } = largeFolder();
    const bundled = run('analyze', folder);
    assert.equal(bundled.code, 1);
    assert.match(bundled.stderr, /skipped zz-binary\.txt: binary file/);
    const inPlace = captured();
    await runAnalyzeCommand([folder], inPlace.io);
    assert.equal(bundled.stdout, inPlace.output.stdout);
    assert.equal(AnalysisReportSchema.parse(JSON.parse(bundled.stdout)).documents.length, articles);
  });

  it('exports a large folder analysed on worker threads as if analysed in place', async function () {
    this.timeout(120000);
    const { folder } = largeFolder();
    const bundled = run('export', folder, '--format', 'jsonl');
    assert.equal(bundled.code, 1);
    assert.match(bundled.stderr, /skipped zz-binary\.txt: binary file/);
    const inPlace = captured();
    await runExportCommand([folder, '--format', 'jsonl'], inPlace.io);
    assert.equal(bundled.stdout, inPlace.output.stdout);
  });

  it('gives every offset in UTF-16 code units of the article, and every speaker entity an id of the workspace table', () => {
    const report = AnalysisReportSchema.parse(JSON.parse(run('analyze', 'samples').stdout));
    const workspaceIds = new Set(report.entities.map((entity) => entity.id));
    for (const document of report.documents) {
      const text = fs.readFileSync(path.join(REPO, 'samples', document.path), 'utf8');
      for (const entity of document.entities) {
        assert.ok(workspaceIds.has(entity.id), entity.id);
        for (const mention of entity.mentions) assert.equal(text.slice(mention.start, mention.end), mention.text);
      }
      for (const quote of document.quotes) {
        if (quote.speaker?.entity) assert.ok(workspaceIds.has(quote.speaker.entity), quote.speaker.entity);
        if (quote.speaker?.mention) assert.equal(text.slice(quote.speaker.mention.start, quote.speaker.mention.end), quote.speaker.mention.text);
      }
    }
  });

  it('counts offsets past emoji and accents in UTF-16 code units, as JavaScript and VS Code do', () => {
    const folder = folderWith({ 'emoji.txt': 'Fans 🎉🎉 cheered. “We are thrilled,” said José Mourinho.' });
    const [document] = AnalysisReportSchema.parse(JSON.parse(run('analyze', folder).stdout)).documents;
    const text = fs.readFileSync(path.join(folder, 'emoji.txt'), 'utf8');
    assert.equal(document.quotes[0].text, 'We are thrilled,');
    assert.equal(text.slice(document.quotes[0].start, document.quotes[0].end), 'We are thrilled,');
    assert.equal(document.quotes[0].speaker?.name, 'José Mourinho');
  });

  it('analyses a file named twice (directly and through its folder) once', () => {
    const folder = folderWith({ 'one.txt': 'Pete Hegseth spoke.' });
    const report = AnalysisReportSchema.parse(JSON.parse(run('analyze', folder, path.join(folder, 'one.txt')).stdout));
    assert.deepEqual(report.documents.map((document) => document.path), ['one.txt']);
  });

  it('rejects a file of control characters as binary, and still prints valid JSON when nothing could be analysed', () => {
    const folder = folderWith({ 'data.txt': Buffer.from([0x01, 0x02, 0x1b, 0x41, 0x03, 0x04, 0x05, 0x42]) });
    const { code, stdout, stderr } = run('analyze', folder);
    assert.equal(code, 1);
    assert.deepEqual(AnalysisReportSchema.parse(JSON.parse(stdout)), { version: 1, documents: [], entities: [] });
    assert.match(stderr, /skipped data\.txt: binary file \(mostly control characters\)/);
  });

  it('says so when a folder holds no articles', () => {
    const { code, stderr } = run('analyze', folderWith({ 'notes.md': 'Pete Hegseth spoke.' }));
    assert.equal(code, 1);
    assert.match(stderr, /no articles found \(looked for \*\*\/\*\.txt\)/);
  });

  it('takes an unbalanced brace in --include literally instead of failing', () => {
    const folder = folderWith({ 'draft{1.txt': 'Pete Hegseth spoke.' });
    const { code, stdout } = run('analyze', folder, '--include', 'draft{1.txt');
    assert.equal(code, 0);
    assert.deepEqual(AnalysisReportSchema.parse(JSON.parse(stdout)).documents.map((document) => document.path), ['draft{1.txt']);
  });

  it('explains usage errors on stderr with exit status 2', () => {
    const { code, stderr } = run('analyze');
    assert.equal(code, 2);
    assert.match(stderr, /Usage: marginalia analyze/);
    assert.equal(run('frobnicate').code, 2);
    assert.equal(run().code, 2);
    assert.match(run().stderr, /Usage: marginalia <command>/);
    assert.match(run('analyze', 'samples', '--includ', '*.txt').stderr, /unknown option --includ/);
    assert.equal(run('analyze', 'samples', '--include').code, 2);
  });

  it('prints help and the version on stdout', () => {
    const help = run('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /analyze <file-or-folder>/);
    assert.match(help.stdout, /export <folder>/);
    const analyzeHelp = run('analyze', '--help');
    assert.equal(analyzeHelp.code, 0);
    assert.match(analyzeHelp.stdout, /Exit status: 0 when every input was analysed/);
    const version = run('--version');
    assert.equal(version.code, 0);
    assert.equal(version.stdout.trim(), (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('export writes every format, atomically, from articles and their sidecars', () => {
    const out = temporaryFolder('marginalia-out-');
    const json = run('export', 'samples/', '--format', 'json');
    assert.equal(json.code, 0, json.stderr);
    assert.equal((JSON.parse(json.stdout) as { documents: unknown[] }).documents.length, 5);
    assert.equal(run('export', 'samples/', '--format', 'w3c', '--out', path.join(out, 'w3c.jsonld')).code, 0);
    assert.equal(run('export', 'samples/', '--format', 'brat', '--out', path.join(out, 'brat')).code, 0);
    assert.equal(run('export', 'samples/', '--format', 'csv', '--out', path.join(out, 'csv')).code, 0);
    assert.ok(fs.existsSync(path.join(out, 'brat', '001_cf0d6f1ff3d568a0.ann')));
    assert.ok(fs.existsSync(path.join(out, 'csv', 'quotes.csv')) && fs.existsSync(path.join(out, 'csv', 'entities.csv')));
    assert.equal(run('export', 'samples/', '--format', 'csv').code, 2, 'csv needs --out');
  });
});
