/**
 * The standard @vscode/test-electron entry for the integration suite (`npm run test:integration`,
 * which runs it with tsx after `node esbuild.js --tests`). One `runTests` call, two routes:
 *
 * - Normal (internet, desktop): runTests downloads VS Code into .vscode-test/ and runs the suite
 *   in it. On a headless Linux machine wrap the command in `xvfb-run -a`.
 * - Offline (chosen when the offline VS Code from `npm run setup:vscode` is installed in
 *   MARGINALIA_CACHE, or forced with MARGINALIA_OFFLINE=1): `vscodeExecutablePath` points at
 *   test/harness/code-server-as-vscode.js, which runs the same suite in code-server's extension
 *   host under headless Chromium and streams mocha's output here. Nothing is downloaded.
 *   MARGINALIA_OFFLINE=0 forces the normal route even when the offline VS Code is installed.
 *
 * Either way the suite gets a fresh temporary copy of samples/ as its workspace folder (tests
 * change files on disk), also passed to it as MARGINALIA_TEST_WORKSPACE. Exit code 0 = all passed.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

/** What this entry uses of the plain-JS harness module test/harness/codeServer.js. */
interface OfflineVSCode {
  readonly REPO: string;
  isInstalled(): boolean;
  temporaryWorkspace(source: string): { readonly folder: string; remove(): void };
}

/**
 * The harness is loaded by computed path so that esbuild, which bundles every file in this
 * folder for `--tests`, leaves it (and playwright-core behind it) out of the bundle.
 */
function loadOfflineVSCode(): OfflineVSCode {
  let folder = __dirname;
  while (!fs.existsSync(path.join(folder, 'test', 'harness', 'codeServer.js'))) {
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error(`test/harness/codeServer.js not found above ${__dirname}`);
    folder = parent;
  }
  return createRequire(__filename)(path.join(folder, 'test', 'harness', 'codeServer.js')) as OfflineVSCode;
}

function useOfflineRoute(offlineVSCode: OfflineVSCode): boolean {
  if (process.env.MARGINALIA_OFFLINE === '1') return true;
  if (process.env.MARGINALIA_OFFLINE === '0') return false;
  return offlineVSCode.isInstalled();
}

async function main(): Promise<number> {
  const offlineVSCode = loadOfflineVSCode();
  const repo = offlineVSCode.REPO;
  const offline = useOfflineRoute(offlineVSCode);
  const workspace = offlineVSCode.temporaryWorkspace(path.join(repo, 'samples'));
  const folder = workspace.folder;
  console.log(`[integration] ${offline ? 'offline: code-server' : 'VS Code from @vscode/test-electron'}, workspace ${folder}`);
  try {
    await runTests({
      vscodeExecutablePath: offline ? path.join(repo, 'test', 'harness', 'code-server-as-vscode.js') : undefined,
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(repo, 'out', 'test', 'integration', 'index.js'),
      extensionTestsEnv: { MARGINALIA_TEST_WORKSPACE: folder },
      // Other installed extensions would make the run depend on the developer's machine.
      launchArgs: [folder, '--disable-extensions', '--disable-gpu'],
      cachePath: path.join(repo, '.vscode-test'),
    });
    return 0;
  } catch (error) {
    console.error('[integration] failed:', error instanceof Error ? error.message : error);
    return 1;
  } finally {
    workspace.remove();
  }
}

main().then((code) => process.exit(code));
