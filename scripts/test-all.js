#!/usr/bin/env node
// @ts-check
/**
 * `npm test`: builds, type-checks and lints, then runs every test layer and ends with one line,
 * "N passed, N failed" (and ", N skipped" when any were), summed over all layers:
 *   unit         mocha on src/core, in Node
 *   integration  mocha inside a real VS Code extension host (code-server offline)
 *   ui           clicks and hovers in a real workbench, with screenshots
 *   package      the .vsix from `npm run package` installs and works
 * Exits non-zero if anything failed. Run one layer with `npm test -- --only unit` (or integration, ui, package).
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..');
const { CACHE, isInstalled } = require(path.join(REPO, 'test', 'harness', 'codeServer'));
/**
 * Catches anything shipped by mistake (node_modules, fixtures). Of the 2.2 MB today, 1.4 MB are the
 * README's screenshots and 0.3 MB the English word list that each of the three bundles carries.
 */
const VSIX_LIMIT_BYTES = 2.5 * 1024 * 1024;

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */

/**
 * Runs a command with its output streamed, and returns its exit code and output.
 * @param {string} command @param {string[]} args @returns {Promise<{ code: number, output: string }>}
 */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    const forward = (/** @type {NodeJS.WriteStream} */ stream) => (/** @type {Buffer} */ data) => { output += data; stream.write(data); };
    child.stdout.on('data', forward(process.stdout));
    child.stderr.on('data', forward(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The last "N passed, N failed[, N skipped]" line a harness printed. @param {string} output @returns {Counts | undefined} */
function plainCounts(output) {
  const matches = [...output.matchAll(/^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/gm)];
  const last = matches[matches.length - 1];
  return last && { passed: Number(last[1]), failed: Number(last[2]), skipped: Number(last[3] ?? 0) };
}

/** Mocha's spec reporter summary ("12 passing", "1 failing", "2 pending"). @param {string} output @returns {Counts | undefined} */
function mochaCounts(output) {
  const count = (/** @type {string} */ word) => Number(new RegExp(`^\\s*(\\d+) ${word}`, 'm').exec(output)?.[1] ?? 0);
  if (!/^\s*\d+ passing/m.test(output)) return undefined;
  return { passed: count('passing'), failed: count('failing'), skipped: count('pending') };
}

/** A layer whose counts could not be read still fails if its command did. @param {{ code: number }} result @param {Counts | undefined} counts */
function settle(result, counts) {
  if (!counts) return { passed: 0, failed: 1, skipped: 0 };
  return result.code !== 0 && counts.failed === 0 ? { ...counts, failed: 1 } : counts;
}

/**
 * Wraps a layer that needs a VS Code. Without the offline one it fails rather than skips, since
 * a green run must mean every layer ran; with MARGINALIA_OFFLINE=0 the integration layer
 * downloads VS Code instead.
 * @param {string} layer @param {() => Promise<Counts>} runLayer @returns {() => Promise<Counts>}
 */
function whenVSCodeIsThere(layer, runLayer) {
  return async () => {
    if (isInstalled() || (layer === 'integration' && process.env.MARGINALIA_OFFLINE === '0')) return runLayer();
    console.error(`\n[${layer}] the offline VS Code is not installed in ${CACHE} (MARGINALIA_CACHE): run \`npm run setup:vscode\`.`);
    return { passed: 0, failed: 1, skipped: 0 };
  };
}

/** @type {Record<string, () => Promise<Counts>>} */
const LAYERS = {
  unit: async () => {
    const result = await run('npx', ['mocha']);
    return settle(result, mochaCounts(result.output));
  },
  integration: whenVSCodeIsThere('integration', async () => {
    const result = await run('npx', ['tsx', 'test/integration/runTest.ts']);
    // In a downloaded desktop VS Code, mocha's own summary reaches the terminal instead of the harness's line.
    return settle(result, plainCounts(result.output) ?? mochaCounts(result.output));
  }),
  ui: whenVSCodeIsThere('ui', async () => {
    const result = await run('node', ['test/ui/scenarios.js']);
    return settle(result, plainCounts(result.output));
  }),
  package: whenVSCodeIsThere('package', async () => {
    const build = await run('npm', ['run', '--silent', 'package']);
    const vsix = path.join(REPO, 'marginalia.vsix');
    if (build.code !== 0 || !fs.existsSync(vsix)) return { passed: 0, failed: 1, skipped: 0 };
    const size = fs.statSync(vsix).size;
    const sizeOk = size < VSIX_LIMIT_BYTES;
    console.log(`  ${sizeOk ? '✔' : '✘'} marginalia.vsix is ${(size / 1024 / 1024).toFixed(2)} MB (limit 2.5 MB)`);
    const result = await run('node', ['test/ui/scenarios.js', '--vsix', vsix]);
    const counts = settle(result, plainCounts(result.output));
    return { ...counts, passed: counts.passed + (sizeOk ? 1 : 0), failed: counts.failed + (sizeOk ? 0 : 1) };
  }),
};

/** Build, type-check and lint must pass before any test runs. */
async function gates() {
  for (const [name, command, args] of /** @type {Array<[string, string, string[]]>} */ ([
    ['build', 'node', ['esbuild.js', '--tests']],
    ['typecheck', 'npx', ['tsc', '-p', '.', '--noEmit']],
    ['typecheck of the JS harness', 'npx', ['tsc', '-p', 'test/harness']],
    ['lint', 'npx', ['eslint', 'src', 'test', 'bench']],
  ])) {
    console.log(`\n== ${name}`);
    if ((await run(command, args)).code !== 0) return name;
  }
  return undefined;
}

async function main() {
  const onlyIndex = process.argv.indexOf('--only');
  const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
  const failedGate = await gates();
  /** @type {Counts} */
  const total = { passed: 0, failed: failedGate ? 1 : 0, skipped: 0 };
  if (failedGate) console.error(`\n${failedGate} failed: fix it before the tests can run.`);
  else {
    for (const [name, layer] of Object.entries(LAYERS)) {
      if (only && only !== name) continue;
      console.log(`\n== ${name} tests`);
      const counts = await layer();
      console.log(`[${name}] ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
      total.passed += counts.passed;
      total.failed += counts.failed;
      total.skipped += counts.skipped;
    }
  }
  console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
  process.exit(total.failed > 0 ? 1 : 0);
}

main();
