#!/usr/bin/env node
// @ts-check
/**
 * The standard @vscode/test-electron entry for the integration suite.
 * - With internet and no offline VS Code: runTests downloads VS Code and runs the suite in it
 *   (on headless Linux, wrap in `xvfb-run -a`).
 * - Offline (the offline VS Code is installed, or MARGINALIA_OFFLINE=1): the very same runTests
 *   call points `vscodeExecutablePath` at code-server-as-vscode.js, which runs the suite in
 *   code-server. No download is attempted.
 * The suite runs against a temporary copy of samples/, since tests change files on disk.
 */
const path = require('node:path');
const fs = require('node:fs');
const { runTests } = require('@vscode/test-electron');
const { REPO, isInstalled, temporaryWorkspace } = require('./codeServer');

async function main() {
  const offline = process.env.MARGINALIA_OFFLINE === '1' || (process.env.MARGINALIA_OFFLINE !== '0' && isInstalled());
  const workspace = temporaryWorkspace(path.join(REPO, 'samples'));
  try {
    await runTests({
      vscodeExecutablePath: offline ? path.join(__dirname, 'code-server-as-vscode.js') : undefined,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(REPO, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-gpu'],
      cachePath: path.join(REPO, '.vscode-test'),
    });
    return 0;
  } catch (error) {
    console.error('Integration tests failed:', error instanceof Error ? error.message : error);
    return 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));
