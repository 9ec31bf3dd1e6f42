import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AnalysisReportSchema } from '../../src/core/schema/analysisReport';

const REPO = path.join(__dirname, '..', '..');
const CLI = path.join(REPO, 'dist', 'cli.js');

function run(...args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function folderWith(files: Record<string, string | Buffer>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-cli-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), content);
  }
  return folder;
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

  it('explains usage errors', () => {
    const { code, stderr } = run('analyze');
    assert.equal(code, 2);
    assert.match(stderr, /Usage: marginalia analyze/);
    assert.equal(run('frobnicate').code, 2);
  });

  it('export writes every format, atomically, from articles and their sidecars', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-out-'));
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
