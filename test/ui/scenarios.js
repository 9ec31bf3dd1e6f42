#!/usr/bin/env node
// @ts-check
/**
 * UI tests: a user opens the sample articles in a real workbench, hovers a name, opens the
 * Marginalia views. Each scenario asserts what is on screen and saves a screenshot. By default
 * screenshots go to test-results/screenshots/; `npm run screenshots` writes the ones the README
 * shows into docs/screenshots/.
 *   node test/ui/scenarios.js [--vsix FILE]      (--vsix: test the packaged extension instead of the sources)
 */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { REPO, temporaryWorkspace } = require('../harness/codeServer');
const { Workbench } = require('./workbench');

const SCREENSHOTS = process.env.MARGINALIA_UPDATE_SCREENSHOTS === '1' ? path.join(REPO, 'docs', 'screenshots') : path.join(REPO, 'test-results', 'screenshots');
const ARTICLE = '001_cf0d6f1ff3d568a0.txt';
const OTHER_ARTICLE = '003_2a0c7b8ba0272705';

/**
 * The scenarios run in order in one workbench (on a temporary copy of samples/), each starting
 * with no editor open. To add one, append `{ name, run(workbench) }`: drive the workbench through
 * the Workbench helpers (openFile, hoverWord, runCommand, openView, treeRow, statusBarItem,
 * selectWord, screenshot), assert with node:assert, and name the README's screenshots under
 * SCREENSHOTS. The first scenario is also the packaged-.vsix check (`--vsix`).
 * @type {Array<{ name: string, run: (workbench: Workbench) => Promise<void> }>}
 */
const SCENARIOS = [
  {
    name: 'hovering a person shows a card with the other articles that mention them',
    async run(workbench) {
      await workbench.openFile(ARTICLE, 'Defense Secretary Pete Hegseth');
      const text = await workbench.hoverWord('Hegseth', 'In other sources');
      assert.match(text, /Pete Hegseth/);
      assert.ok(text.includes(OTHER_ARTICLE), `the card names ${OTHER_ARTICLE}: ${text}`);
      await workbench.screenshotAsIs(path.join(SCREENSHOTS, 'hover-card.png'));
    },
  },
  {
    name: 'an article is highlighted and the status bar summarises it',
    async run(workbench) {
      await workbench.openFile(ARTICLE, 'Defense Secretary Pete Hegseth');
      const summary = await workbench.statusBarItem(/entities/);
      assert.match(summary.replace(/\s+/g, " "), /\d+ entities · \d+ quotes · \d+ named \/ \d+ unnamed/);
      await workbench.page.waitForSelector('.monaco-editor .view-overlays div[class*="ced-"], .monaco-editor span[class*="ced-"]', { timeout: 15000 });
      await workbench.screenshot(path.join(SCREENSHOTS, 'highlighted-article.png'));
    },
  },
  {
    name: 'the Entities view lists people across the workspace',
    async run(workbench) {
      await workbench.openFile(ARTICLE, 'Defense Secretary Pete Hegseth');
      await workbench.openView('Entities');
      await workbench.treeRow('People');
      const row = await workbench.treeRow('Pete Hegseth');
      assert.match(await row.innerText(), /4 sources/);
      await row.click();
      await workbench.treeRow(OTHER_ARTICLE);
      await workbench.screenshot(path.join(SCREENSHOTS, 'entities-view.png'));
    },
  },
  {
    name: 'the legend, run from the command palette, explains each highlight colour',
    async run(workbench) {
      await workbench.openFile(ARTICLE, 'Defense Secretary Pete Hegseth');
      await workbench.runCommand('Marginalia: Show Highlight Legend');
      await workbench.page.locator('.tabs-container .tab', { hasText: 'Marginalia Legend' }).waitFor({ state: 'visible', timeout: 10000 });
      // A webview's page sits two frames deep: the webview host frame, then its active document.
      const legend = workbench.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      for (const label of ['Person', 'Organisation', 'Place', 'Quotation', 'Speaker']) {
        await legend.getByText(label, { exact: true }).waitFor({ state: 'visible', timeout: 10000 });
      }
    },
  },
  {
    name: 'annotating in the editor: the lightbulb offers Marginalia’s fixes on a detected name',
    async run(workbench) {
      await workbench.openFile(ARTICLE, 'Defense Secretary Pete Hegseth');
      await workbench.selectWord('Claude');
      const action = workbench.page.getByText(/Marginalia: Annotate selection as an entity/).first();
      // Code actions are computed after the selection settles: ask again until the menu shows.
      for (let attempt = 0; attempt < 5 && !(await action.isVisible().catch(() => false)); attempt++) {
        await workbench.page.keyboard.press('Control+.');
        await action.waitFor({ state: 'visible', timeout: 4000 }).catch(() => undefined);
      }
      await action.waitFor({ state: 'visible', timeout: 1000 });
      await workbench.page.getByText(/is another name of/).first().waitFor({ state: 'visible', timeout: 5000 });
      await workbench.page.waitForTimeout(300);
      await workbench.screenshotAsIs(path.join(SCREENSHOTS, 'annotating.png'));
    },
  },
];

/**
 * Scenarios in a folder opened untrusted, in Restricted Mode, each given the workspace folder too.
 * @type {Array<{ name: string, run: (workbench: Workbench, folder: string) => Promise<void> }>}
 */
const RESTRICTED_MODE_SCENARIOS = [
  {
    name: 'in Restricted Mode a note stays in memory, with a notice, and reaches the sidecar once the folder is trusted',
    async run(workbench, folder) {
      const sidecar = path.join(folder, `${ARTICLE}.annotations.json`);
      await workbench.openFile(ARTICLE, 'Defense Secretary Pete Hegseth');
      await workbench.selectWord('Claude');
      await workbench.runCommand('Marginalia: Add or Edit Note…');
      // The note's input box replaces the palette in the same widget: wait for its prompt.
      await workbench.page.locator('.quick-input-widget .quick-input-message', { hasText: 'Note' }).first().waitFor({ state: 'visible', timeout: 10000 });
      await workbench.page.locator('.quick-input-widget input[type="text"]').first().fill('Checked against the model card');
      await workbench.page.keyboard.press('Enter');
      // Back to the start of the line, which Find scrolled away from.
      await workbench.page.keyboard.press('Home');
      const notice = await workbench.notification('once you trust this workspace');
      assert.ok(!fs.existsSync(sidecar), 'no sidecar is written while the folder is untrusted');
      await workbench.screenshotAsIs(path.join(SCREENSHOTS, 'restricted-mode.png'));
      await notice.getByRole('button', { name: 'Manage Workspace Trust' }).click();
      await workbench.page.getByRole('button', { name: /^Trust$/ }).first().click({ timeout: 10000 });
      const written = await waitForFile(sidecar, 15000);
      assert.match(written, /Checked against the model card/);
    },
  },
];

/** The file's text once it exists, waiting up to `timeout` ms. @param {string} file @param {number} timeout */
async function waitForFile(file, timeout) {
  for (const started = Date.now(); Date.now() - started < timeout; await new Promise((resolve) => setTimeout(resolve, 250))) {
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  }
  throw new Error(`${path.basename(file)} was not written within ${timeout / 1000} s`);
}

/**
 * Runs scenarios in order in one fresh workbench on a temporary copy of samples/; returns the counts.
 * @param {Array<{ name: string, run: (workbench: Workbench, folder: string) => Promise<void> }>} scenarios
 * @param {{ vsix?: string, untrusted?: boolean }} options
 */
async function runInWorkbench(scenarios, { vsix, untrusted = false }) {
  const workspace = temporaryWorkspace(path.join(REPO, 'samples'));
  let passed = 0;
  let failed = 0;
  const workbench = await Workbench.open({ folder: workspace.folder, untrusted, ...(vsix ? { vsix } : { extensionPath: REPO }) });
  try {
    for (const scenario of scenarios) {
      const label = vsix ? `packaged .vsix: ${scenario.name}` : scenario.name;
      try {
        await scenario.run(workbench, workspace.folder);
        passed++;
        console.log(`  ✔ ${label}`);
      } catch (error) {
        failed++;
        console.log(`  ✘ ${label}\n    ${error instanceof Error ? error.message : error}`);
        await workbench.screenshot(path.join(REPO, 'test-results', 'failures', `${scenario.name.replace(/\W+/g, '-')}.png`)).catch(() => undefined);
      }
      await workbench.closeAllEditors().catch(() => undefined);
    }
  } finally {
    await workbench.close();
    workspace.remove();
  }
  return { passed, failed };
}

async function main() {
  const vsixIndex = process.argv.indexOf('--vsix');
  const vsix = vsixIndex >= 0 ? path.resolve(process.argv[vsixIndex + 1]) : undefined;
  const runs = vsix ? [() => runInWorkbench(SCENARIOS.slice(0, 1), { vsix })]
    : [() => runInWorkbench(SCENARIOS, {}), () => runInWorkbench(RESTRICTED_MODE_SCENARIOS, { untrusted: true })];
  let passed = 0;
  let failed = 0;
  // One workbench after the other: two at once would compete for this machine's cores.
  for (const run of runs) {
    const counts = await run();
    passed += counts.passed;
    failed += counts.failed;
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (error) => {
  console.error('[ui]', error instanceof Error ? error.stack : error);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
});
