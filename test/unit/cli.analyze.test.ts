import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../../src/core/analysis/analyze';
import type { DocumentAnalysis } from '../../src/core/analysis/model';
import { parseAnalyzeArgs, runAnalyzeCommand } from '../../src/cli/analyzeCommand';
import { runExportCommand } from '../../src/cli/exportCommand';
import { UsageError } from '../../src/cli/io';
import { ExportRecordSchema } from '../../src/core/export/records';
import { AnalysisReportSchema } from '../../src/core/schema/analysisReport';
import { temporaryFolder } from '../support/folders';

/** `marginalia analyze` and `export` in-process: argument parsing and what happens when the analysis itself fails. */
function captureIO() {
  const output = { stdout: '', stderr: '' };
  return { output, io: { stdout: (text: string) => { output.stdout += text; }, stderr: (text: string) => { output.stderr += text; } } };
}

/** A folder of two articles, one of which `failOnPoison` makes the analysis fail on. */
function folderWithPoison(): string {
  const folder = temporaryFolder('marginalia-cli-');
  fs.writeFileSync(path.join(folder, 'agassi.txt'), 'Andre Agassi said: "My hip was cramping."');
  fs.writeFileSync(path.join(folder, 'poison.txt'), 'This one trips the analyser.');
  return folder;
}

function failOnPoison(text: string): DocumentAnalysis {
  if (text.includes('trips')) throw new RangeError('offset out of range');
  return analyzeDocument(text);
}

describe('marginalia analyze (in-process)', () => {
  it('reads --include in both spellings, and takes everything after "--" as a path', () => {
    assert.deepEqual(parseAnalyzeArgs(['news', '--include', '**/*.md']), { inputs: ['news'], include: '**/*.md' });
    assert.deepEqual(parseAnalyzeArgs(['--include=*.txt', 'a', 'b']), { inputs: ['a', 'b'], include: '*.txt' });
    assert.deepEqual(parseAnalyzeArgs(['--', '--strange-name.txt']), { inputs: ['--strange-name.txt'], include: undefined });
  });

  it('calls a missing pattern, an unknown option or no input a usage error', () => {
    assert.throws(() => parseAnalyzeArgs(['news', '--include']), UsageError);
    assert.throws(() => parseAnalyzeArgs(['news', '--include=']), UsageError);
    assert.throws(() => parseAnalyzeArgs(['news', '--verbose']), /unknown option --verbose/);
    assert.throws(() => parseAnalyzeArgs([]), /at least one file or folder/);
  });

  it('skips an article the analysis fails on, says so, and reports the others', async () => {
    const folder = folderWithPoison();
    const { output, io } = captureIO();
    assert.equal(await runAnalyzeCommand([folder], io, failOnPoison), 1);
    assert.match(output.stderr, /skipped poison\.txt: the analysis failed \(offset out of range\)/);
    const report = AnalysisReportSchema.parse(JSON.parse(output.stdout));
    assert.deepEqual(report.documents.map((document) => document.path), ['agassi.txt']);
    assert.equal(report.documents[0].quotes[0].speaker?.name, 'Andre Agassi');
  });
});

describe('marginalia export (in-process)', () => {
  it('skips an article the analysis fails on, says so, and exports the others', async () => {
    const folder = folderWithPoison();
    const { output, io } = captureIO();
    assert.equal(await runExportCommand([folder, '--format', 'jsonl'], io, failOnPoison), 1);
    assert.match(output.stderr, /skipped poison\.txt: the analysis failed \(offset out of range\)/);
    const records = output.stdout.trim().split('\n').map((line) => ExportRecordSchema.parse(JSON.parse(line)));
    assert.deepEqual([...new Set(records.map((record) => record.article))], ['agassi.txt']);
    assert.ok(records.some((record) => record.kind === 'quote' && record.speaker?.name === 'Andre Agassi'));
  });
});
