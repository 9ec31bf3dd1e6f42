// @ts-check
/**
 * A real VS Code workbench (code-server) in headless Chromium, driven the way a user drives it:
 * clicking files in the Explorer, hovering words, opening views. UI scenarios build on it.
 */
const fs = require('node:fs');
const path = require('node:path');
const { launchChromium, startCodeServer, workbenchUrl } = require('../harness/codeServer');

class Workbench {
  /** @param {import('playwright-core').Page} page @param {() => Promise<void>} shutdown */
  constructor(page, shutdown) {
    this.page = page;
    this.shutdown = shutdown;
  }

  /**
   * Opens a folder in a fresh workbench, with the extension loaded from source or from a .vsix;
   * an `untrusted` folder opens in Restricted Mode.
   * @param {{ folder: string, extensionPath?: string, vsix?: string, untrusted?: boolean }} options
   */
  static async open({ folder, extensionPath, vsix, untrusted = false }) {
    // Installed (.vsix) or linked (sources) rather than loaded as an extension under development,
    // so the workbench, and the README's screenshots, look the way users see them.
    const codeServer = await startCodeServer({ folder, vsix: vsix ? [vsix] : [], linked: extensionPath ? [extensionPath] : [], untrusted });
    const browser = await launchChromium();
    const workbench = new Workbench(browser.page, async () => { await browser.close(); await codeServer.stop(); });
    try {
      await browser.page.goto(workbenchUrl(codeServer.url, { folder }));
      await browser.page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60000 });
      await browser.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
    } catch (error) {
      await workbench.close();
      throw error;
    }
    return workbench;
  }

  /**
   * Opens a file by clicking it in the Explorer, falling back to Quick Open, until the editor
   * shows `expectedText`. An attempt can miss while the workbench is still restoring its layout,
   * so each failure is followed by a try the other way.
   * @param {string} file @param {string} expectedText
   */
  async openFile(file, expectedText) {
    const line = this.page.locator('.monaco-editor .view-line', { hasText: expectedText }).first();
    for (let attempt = 0; attempt < 4 && !(await line.isVisible().catch(() => false)); attempt++) {
      const open = attempt % 2 === 0 ? this.clickInExplorer(file) : this.quickOpen(file);
      await open.catch(() => undefined);
      await line.waitFor({ state: 'visible', timeout: 10000 }).catch(() => undefined);
    }
    await line.waitFor({ state: 'visible', timeout: 5000 });
  }

  /** @param {string} file */
  async clickInExplorer(file) {
    const row = this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first();
    // Another view (e.g. Marginalia's) may own the side bar.
    if (!(await row.isVisible())) await this.runCommand('View: Show Explorer');
    await row.click({ timeout: 10000 });
  }

  /** @param {string} file */
  async quickOpen(file) {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input[type="text"]').first();
    await input.fill(file);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: file }).first().waitFor({ state: 'visible', timeout: 10000 });
    await this.page.keyboard.press('Enter');
  }

  /**
   * Moves the mouse over a word in the editor until a hover containing `expected` appears; returns its text.
   * @param {string} word @param {string} expected
   */
  async hoverWord(word, expected) {
    const line = this.page.locator('.monaco-editor .view-line', { hasText: word }).first();
    const hover = this.page.locator('.monaco-hover:not(.hidden)', { hasText: expected }).first();
    for (let attempt = 0; attempt < 8; attempt++) {
      const box = await line.evaluate((element, target) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node.textContent ?? '').indexOf(target);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + target.length);
          const rect = range.getBoundingClientRect();
          return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
        }
        return null;
      }, word);
      if (!box) throw new Error(`"${word}" is not rendered in the editor`);
      await this.page.mouse.move(5, 5);
      await this.page.mouse.move(box.x, box.y, { steps: 5 });
      try {
        await hover.waitFor({ state: 'visible', timeout: 4000 });
        await this.page.waitForTimeout(400); // let the fade-in finish, or a screenshot catches it half drawn
        return (await hover.innerText()).trim();
      } catch {
        // The extension may still be activating or indexing: try again.
      }
    }
    throw new Error(`no hover containing "${expected}" appeared over "${word}"`);
  }

  /** Selects the first occurrence of a word in the active editor, the way a user would: with Find (Ctrl+F). @param {string} word */
  async selectWord(word) {
    await this.page.locator('.monaco-editor .view-lines').first().click();
    await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.press('Control+F');
    const input = this.page.locator('.find-widget textarea, .find-widget input').first();
    await input.waitFor({ state: 'visible', timeout: 10000 });
    await input.fill(word);
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Escape');
  }

  /** Waits for a status bar item whose text matches. @param {RegExp} text */
  async statusBarItem(text) {
    const item = this.page.locator('.statusbar-item', { hasText: text }).first();
    await item.waitFor({ state: 'visible', timeout: 30000 });
    return (await item.innerText()).trim();
  }

  /**
   * Runs a command the way a user does: F1, type its title as shown in the palette, pick it.
   * @param {string} title e.g. "Marginalia: Show Highlight Legend"
   */
  async runCommand(title) {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input[type="text"]').first();
    await input.waitFor({ state: 'visible', timeout: 10000 });
    await input.fill(`>${title}`);
    const entry = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await entry.waitFor({ state: 'visible', timeout: 10000 });
    await entry.click();
  }

  /**
   * Waits for a notification whose text contains `text`, as a toast or in the notification
   * centre: a headless window often has no focus, and then notifications go straight to the
   * centre, which is opened (again) until the notification shows.
   * @param {string} text
   */
  async notification(text) {
    const item = this.page.locator('.notification-list-item', { hasText: text }).first();
    for (let attempt = 0; attempt < 6; attempt++) {
      if (await item.isVisible().catch(() => false)) return item;
      await this.runCommand('Notifications: Show Notifications').catch(() => undefined);
      await item.waitFor({ state: 'visible', timeout: 3000 }).catch(() => undefined);
    }
    await item.waitFor({ state: 'visible', timeout: 1000 });
    return item;
  }

  /** Dismisses hovers, widgets and menus, then closes every editor, so the next scenario starts from an empty editor area. */
  async closeAllEditors() {
    await this.page.keyboard.press('Escape');
    await this.runCommand('View: Close All Editor Groups');
    await this.page.locator('.editor-group-container .tab').first().waitFor({ state: 'detached', timeout: 10000 });
  }

  /**
   * Opens a view by the name its pane header shows (e.g. "Entities") through the palette's
   * "Focus on <name> View" command, which every contributed view gets; returns the view's pane.
   * @param {string} viewName
   */
  async openView(viewName) {
    await this.runCommand(`Focus on ${viewName} View`);
    const pane = this.page.locator('.pane', { has: this.page.locator('.pane-header', { hasText: viewName }) }).first();
    await pane.waitFor({ state: 'visible', timeout: 10000 });
    return pane;
  }

  /** Waits for a tree row with the given text in the side bar and returns all visible rows' text. @param {string} text */
  async treeRow(text) {
    const row = this.page.locator('.sidebar .monaco-list-row', { hasText: text }).first();
    await row.waitFor({ state: 'visible', timeout: 30000 });
    return row;
  }

  /** Saves a PNG screenshot of the workbench. @param {string} file */
  async screenshot(file) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await this.page.mouse.move(0, 0).catch(() => undefined);
    await this.page.screenshot({ path: file });
  }

  /** Saves a screenshot without moving the mouse (keeps hovers open). @param {string} file */
  async screenshotAsIs(file) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file });
  }

  async close() {
    await this.shutdown();
  }
}

module.exports = { Workbench };
