#!/usr/bin/env node
// @ts-check
/**
 * Runs the integration suite inside code-server's extension host, headless and offline.
 *   node test/harness/runExtensionTests.js --extension DIR --tests RUNNER.js [--folder DIR] [--timeout SECONDS]
 * The exit code is the suite's (0 passed, 1 failed), 124 on timeout, 2 on a harness error. The
 * workbench reports the result through its `codeAutomationExit` hook, which the smoke-test
 * driver exposes.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');
const { launchChromium, startCodeServer, workbenchUrl } = require('./codeServer');

/** @param {string} name @param {string} [fallback] */
function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

/**
 * A failed run may be a crash rather than a failing test: show what the workbench and the server
 * said last, since neither reaches the terminal otherwise.
 * @param {string[]} workbenchLog @param {string} serverLogFile
 */
function explainFailure(workbenchLog, serverLogFile) {
  const errors = workbenchLog.filter((line) => /^\[(error|pageerror)/.test(line)).slice(-20);
  if (errors.length > 0) console.error(`[harness] last workbench errors:\n${errors.join('\n')}`);
  console.error(`[harness] code-server log tail:\n${fs.readFileSync(serverLogFile, 'utf8').split('\n').slice(-20).join('\n')}`);
}

async function main() {
  const extensionPath = path.resolve(option('extension', '.') ?? '.');
  const testsPath = path.resolve(option('tests') ?? '');
  const folder = option('folder') && path.resolve(/** @type {string} */ (option('folder')));
  const timeoutSeconds = Number(option('timeout', '300'));
  const reportFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-report-')), 'report.txt');
  const codeServer = await startCodeServer({ folder, env: { MARGINALIA_TEST_REPORT: reportFile, MARGINALIA_REAL_TESTS: testsPath } });
  const browser = await launchChromium();
  /** @type {string[]} */
  const workbenchLog = [];
  let shown = 0;
  const streamReport = () => {
    try {
      const text = fs.readFileSync(reportFile, 'utf8');
      if (text.length > shown) process.stdout.write(text.slice(shown));
      shown = text.length;
    } catch { /* not written yet */ }
  };
  const streaming = setInterval(streamReport, 200);
  try {
    /** @type {(code: number) => void} */
    let finish = () => undefined;
    const finished = new Promise((resolve) => { finish = resolve; });
    const timer = setTimeout(() => { console.error(`[harness] timed out after ${timeoutSeconds}s`); finish(124); }, timeoutSeconds * 1000);
    await browser.page.exposeFunction('codeAutomationLog', (/** @type {string} */ type, /** @type {unknown} */ args) => {
      workbenchLog.push(`[${type}] ${util.format(...(Array.isArray(args) ? args : [args]))}`);
    });
    await browser.page.exposeFunction('codeAutomationExit', (/** @type {number} */ code) => finish(code));
    browser.page.on('pageerror', (error) => workbenchLog.push(`[pageerror] ${error.message}`));
    const wrapper = path.join(__dirname, 'exthostTestWrapper.js');
    await browser.page.goto(workbenchUrl(codeServer.url, { folder, extensionPath, testsPath: wrapper }));
    const code = /** @type {number} */ (await finished);
    clearTimeout(timer);
    await new Promise((resolve) => setTimeout(resolve, 300));
    streamReport();
    if (code !== 0) explainFailure(workbenchLog, codeServer.logFile);
    return code;
  } finally {
    clearInterval(streaming);
    await browser.close();
    await codeServer.stop();
    fs.rmSync(path.dirname(reportFile), { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (error) => {
  console.error('[harness]', error instanceof Error ? error.message : error);
  process.exit(2);
});
