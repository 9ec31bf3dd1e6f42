#!/usr/bin/env node
// @ts-check
/**
 * `npm run demo`: opens the sample articles with Marginalia loaded, in `demo-workspace/`, a copy of
 * `samples/` made at the first run, so that the annotations made in the demo (sidecar files) stay
 * out of the repository's samples and are still there at the next run.
 * - With a desktop VS Code on the PATH: `code --extensionDevelopmentPath=<repo> demo-workspace/`.
 * - Otherwise: installs (once) and starts the offline VS Code server on 127.0.0.1 with the built
 *   extension linked into a throwaway extensions folder, and prints the URL to open in a browser.
 *   Ctrl+C stops the server's whole process group and removes its temporary folders.
 * MARGINALIA_DEMO_OFFLINE=1 uses the offline server even when `code` is installed.
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..');
const SAMPLES = path.join(REPO, 'samples');
const WORKSPACE = path.join(REPO, 'demo-workspace');

/** The demo workspace, copied from the samples at the first run and kept afterwards. */
function demoWorkspace() {
  if (!fs.existsSync(WORKSPACE)) fs.cpSync(SAMPLES, WORKSPACE, { recursive: true });
  return WORKSPACE;
}

function hasDesktopCode() {
  return spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
}

async function main() {
  const build = spawnSync('node', ['esbuild.js'], { cwd: REPO, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const folder = demoWorkspace();
  if (hasDesktopCode() && process.env.MARGINALIA_DEMO_OFFLINE !== '1') {
    spawn('code', [`--extensionDevelopmentPath=${REPO}`, folder], { stdio: 'inherit', detached: true }).unref();
    console.log('Opened the sample articles in VS Code with Marginalia loaded.');
    return;
  }
  const { isInstalled, startCodeServer, workbenchUrl } = require('../test/harness/codeServer');
  if (!isInstalled()) {
    console.log('No desktop VS Code found: installing the offline VS Code (once)…');
    const setup = spawnSync('bash', [path.join(__dirname, 'setup-vscode-offline.sh')], { stdio: 'inherit' });
    if (setup.status !== 0) process.exit(setup.status ?? 1);
  }
  // Linked in as an installed extension rather than loaded as an extension under development:
  // the user gets an ordinary workbench, and the URL stays short enough to type.
  const server = await startCodeServer({ folder, linked: [REPO] });
  const url = workbenchUrl(server.url, { folder });
  console.log(`\nMarginalia demo is running. Open this URL in a browser:\n\n  ${url}\n\nPress Ctrl+C to stop.`);
  const stop = async () => { await server.stop(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
