// @ts-check
/**
 * Loaded by the extension host as `extensionTestsPath` in place of the real runner when the suite
 * runs in code-server. The harness cannot see the remote extension host's console, so this tees
 * mocha's reporter output into a file the harness streams, ends it with "N passed, N failed,
 * N skipped", and then hands over to the real runner ($MARGINALIA_REAL_TESTS).
 */
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');

const realRunner = process.env.MARGINALIA_REAL_TESTS;
const reportFile = process.env.MARGINALIA_TEST_REPORT;

/** @param {string} line */
function report(line) {
  if (reportFile) fs.appendFileSync(reportFile, `${line}\n`);
}

function teeMochaOutput() {
  const Mocha = require(require.resolve('mocha', { paths: [path.dirname(/** @type {string} */ (realRunner))] }));
  const base = Mocha.reporters.Base;
  const original = base.consoleLog;
  base.consoleLog = (/** @type {unknown[]} */ ...args) => {
    report(util.format(...args));
    return original.apply(console, args);
  };
  const run = Mocha.prototype.run;
  Mocha.prototype.run = function (/** @type {unknown[]} */ ...args) {
    const runner = run.apply(this, args);
    runner.once('end', () => {
      const stats = runner.stats ?? {};
      report(`\n${stats.passes ?? 0} passed, ${stats.failures ?? 0} failed, ${stats.pending ?? 0} skipped`);
    });
    return runner;
  };
}

exports.run = function run() {
  if (!realRunner) throw new Error('MARGINALIA_REAL_TESTS is not set');
  if (reportFile) {
    fs.writeFileSync(reportFile, '');
    teeMochaOutput();
  }
  return require(realRunner).run();
};
