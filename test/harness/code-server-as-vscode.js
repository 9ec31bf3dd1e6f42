#!/usr/bin/env node
// @ts-check
/**
 * A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }).
 * It accepts the command line runTests passes (--extensionDevelopmentPath=, --extensionTestsPath=,
 * a folder, and flags it ignores) and runs the suite in code-server instead of Electron, so the
 * same entry point works offline.
 */
const path = require('node:path');
const { spawnSync } = require('node:child_process');

/** @type {string | undefined} */ let extensionPath;
/** @type {string | undefined} */ let testsPath;
/** @type {string | undefined} */ let folder;
for (const arg of process.argv.slice(2)) {
  if (arg.startsWith('--extensionDevelopmentPath=')) extensionPath ??= arg.slice(arg.indexOf('=') + 1);
  else if (arg.startsWith('--extensionTestsPath=')) testsPath = arg.slice(arg.indexOf('=') + 1);
  else if (!arg.startsWith('-')) folder ??= arg;
}
if (!extensionPath || !testsPath) {
  console.error('code-server-as-vscode: --extensionDevelopmentPath and --extensionTestsPath are required');
  process.exit(2);
}
const result = spawnSync(process.execPath, [path.join(__dirname, 'runExtensionTests.js'), '--extension', extensionPath, '--tests', testsPath,
  ...(folder ? ['--folder', folder] : []), '--timeout', process.env.MARGINALIA_TEST_TIMEOUT ?? '300'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
