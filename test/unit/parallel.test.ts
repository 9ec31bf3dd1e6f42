import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import fc from 'fast-check';
import { analyzeDocument } from '../../src/core/analysis/analyze';
import { packAnalysis, unpackAnalysis } from '../../src/core/analysis/packedAnalysis';
import { AnalysisPool } from '../../src/core/parallel/analysisPool';

const REPO = path.resolve(__dirname, '..', '..');
const BBC = path.join(REPO, 'test', 'fixtures', 'bbc');

/** The BBC articles of one topic kept in the fixtures: real prose with names, titles and quotations. */
function bbcArticles(topic: string): string[] {
  return fs.readdirSync(BBC).filter((name) => name.startsWith(`${topic}-`)).sort().map((name) => fs.readFileSync(path.join(BBC, name), 'utf8'));
}

/** Cloned as between threads: what the receiver rebuilds from the text and the packed form. */
const acrossThreads = (text: string) => unpackAnalysis(structuredClone(packAnalysis(analyzeDocument(text))), text);

describe('packed analysis (what crosses between threads)', () => {
  it('rebuilds exactly the analysis of real articles', () => {
    for (const text of [...bbcArticles('politics'), ...bbcArticles('business')]) assert.deepStrictEqual(acrossThreads(text), analyzeDocument(text));
  });

  it('rebuilds exactly the analysis of arbitrary text, emoji and unbalanced quotes included', () => {
    const soup = fc.array(fc.constantFrom('"', '“', '”', ' ', '\n', '.', ',', 'said', 'he', 'Pete Hegseth', 'Mr', 'Anthropic', 'official', '😀', 'שלום'), { maxLength: 120 });
    fc.assert(fc.property(soup.map((parts) => parts.join(' ')), (text) => assert.deepStrictEqual(acrossThreads(text), analyzeDocument(text))), { numRuns: 300 });
  });
});

describe('AnalysisPool (worker threads)', function () {
  this.timeout(60_000);
  let workerScript: string;
  let folder: string;

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-pool-'));
    workerScript = path.join(folder, 'analysisWorker.js');
    await esbuild.build({ entryPoints: [path.join(REPO, 'src/core/parallel/analysisWorker.ts')], outfile: workerScript, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent' });
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('starts one worker for a handful of articles and one per core, up to its default, for a corpus', () => {
    assert.equal(AnalysisPool.sizeFor(0), 1);
    assert.equal(AnalysisPool.sizeFor(5), 1);
    assert.equal(AnalysisPool.sizeFor(2095), AnalysisPool.defaultSize());
  });

  it('gives every article the same analysis as analysing it in place, in any order of completion', async () => {
    const texts = bbcArticles('tech');
    const pool = new AnalysisPool(workerScript, 2);
    try {
      const analyses = await Promise.all(texts.map((text) => pool.analyze(text)));
      analyses.forEach((analysis, i) => assert.deepStrictEqual(analysis, analyzeDocument(texts[i])));
    } finally {
      await pool.close();
    }
  });

  it('replaces a worker that dies: only the articles it held fail, and later ones are analysed', async () => {
    const crashing = path.join(folder, 'crashingWorker.js');
    // A worker that dies on an article containing CRASH, as an out-of-memory abort would.
    fs.writeFileSync(crashing, `const { parentPort } = require('node:worker_threads');
const real = ${JSON.stringify(workerScript)};
parentPort.on('message', (request) => { if (request.text.includes('CRASH')) process.exit(3); });
require(real);`);
    const pool = new AnalysisPool(crashing, 1);
    try {
      const crashed = pool.analyze('CRASH "now," he said.');
      await assert.rejects(crashed, /exit code 3/);
      const text = '"We will keep talking," Pete Hegseth said on Monday.';
      assert.deepStrictEqual(await pool.analyze(text), analyzeDocument(text));
    } finally {
      await pool.close();
    }
  });

  it('rejects the articles still waiting when it is closed, and any sent after', async () => {
    const pool = new AnalysisPool(workerScript, 1);
    const waiting = Promise.allSettled(bbcArticles('sport').map((text) => pool.analyze(text)));
    await pool.close();
    for (const outcome of await waiting) assert.match(outcome.status === 'rejected' ? String(outcome.reason) : 'analysed', /closed/);
    await assert.rejects(pool.analyze('Hello.'), /closed/);
  });
});
