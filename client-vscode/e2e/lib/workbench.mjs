// Drives the VS Code workbench in the page the way a person does: the command palette, quick
// picks, input boxes, the status bar and the integrated terminal. Every wait is on an element or
// a condition with a deadline.
import { readFile, rm } from 'node:fs/promises';
import { delay } from './processes.mjs';

export const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_BOX = `${QUICK_INPUT} .quick-input-box input`;
const QUICK_INPUT_ROWS = `${QUICK_INPUT} .quick-input-list .monaco-list-row`;

export class Workbench {
  constructor(page, { timeoutMs }) {
    this.page = page;
    this.timeoutMs = timeoutMs;
  }

  async waitUntilLoaded() {
    await this.page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: this.timeoutMs });
    await this.page.locator('.monaco-workbench .part.editor').waitFor({ timeout: this.timeoutMs });
  }

  /**
   * Opens the palette with F1, types the command's title and runs it with Enter. Waits until the
   * command is listed, since an extension's commands appear only once it is ready.
   */
  async runCommand(title) {
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      await this.openPalette();
      await this.page.keyboard.type(title);
      const row = this.page.locator(QUICK_INPUT_ROWS).filter({ hasText: title }).first();
      try {
        await row.waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (Date.now() > deadline) {
          throw new Error(`the command palette did not list '${title}' within ${this.timeoutMs / 1000} s`);
        }
        await this.page.keyboard.press('Escape');
        await this.quickInputHidden();
      }
    }
    await this.page.keyboard.press('Enter');
    // The command's own quick pick or input box reuses the widget; wait until the palette's
    // command list is gone so that later reads see the command's items.
    await this.page.waitForFunction(
      (selector) => {
        const input = document.querySelector(selector);
        return !input || input.offsetParent === null || !input.value.startsWith('>');
      },
      QUICK_INPUT_BOX,
      { timeout: this.timeoutMs },
    );
  }

  async openPalette() {
    await this.quickInputHidden();
    await this.page.keyboard.press('F1');
    await this.page.locator(QUICK_INPUT_BOX).waitFor({ state: 'visible', timeout: this.timeoutMs });
  }

  /** Closes any open quick input with Escape and waits until it is hidden. */
  async quickInputHidden() {
    const widget = this.page.locator(QUICK_INPUT);
    const deadline = Date.now() + this.timeoutMs;
    while (await widget.isVisible()) {
      if (Date.now() > deadline) {
        throw new Error(`the quick input did not close within ${this.timeoutMs / 1000} s`);
      }
      await this.page.keyboard.press('Escape');
      await widget.waitFor({ state: 'hidden', timeout: 2_000 }).catch(() => {});
    }
  }

  /** Waits for a quick pick row whose label is exactly `label`, types it to filter, picks it. */
  async pick(label) {
    const rows = this.page.locator(QUICK_INPUT_ROWS);
    await rows.first().waitFor({ timeout: this.timeoutMs });
    await this.page.keyboard.type(label);
    const row = rows.filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) });
    await row.first().waitFor({ timeout: this.timeoutMs });
    await row.first().click();
  }

  /** Labels of the quick pick rows now listed. */
  async pickLabels() {
    await this.page.locator(QUICK_INPUT_ROWS).first().waitFor({ timeout: this.timeoutMs });
    return this.page.locator(`${QUICK_INPUT_ROWS} .label-name`).allInnerTexts();
  }

  /** Waits for an input box whose title matches `titlePattern` and returns the title. */
  async inputBoxTitled(titlePattern) {
    const title = this.page.locator(`${QUICK_INPUT} .quick-input-title`).filter({ hasText: titlePattern });
    await title.waitFor({ state: 'visible', timeout: this.timeoutMs });
    await this.page.locator(QUICK_INPUT_BOX).waitFor({ state: 'visible', timeout: this.timeoutMs });
    return title.innerText();
  }

  async typeIntoInputBox(text) {
    const box = this.page.locator(QUICK_INPUT_BOX);
    await box.focus();
    await this.page.keyboard.type(text);
  }

  async inputBoxValue() {
    return this.page.locator(QUICK_INPUT_BOX).inputValue();
  }

  /** The status bar item whose text matches `pattern`. */
  statusItem(pattern) {
    return this.page.locator('.statusbar-item').filter({ hasText: pattern });
  }

  async statusText(pattern) {
    const item = this.statusItem(pattern).first();
    await item.waitFor({ state: 'visible', timeout: this.timeoutMs });
    return (await item.innerText()).trim();
  }

  /** Waits until the status bar item matching `pattern` shows a text other than `previous`. */
  async statusTextChange(pattern, previous) {
    const deadline = Date.now() + this.timeoutMs;
    while (Date.now() < deadline) {
      const items = await this.statusItem(pattern).allInnerTexts();
      const current = items.map((text) => text.trim()).find((text) => text !== previous);
      if (current) {
        return current;
      }
      await delay(200);
    }
    throw new Error(`the status bar item '${previous}' did not change within ${this.timeoutMs / 1000} s`);
  }

  /** Waits until no status bar item matches `pattern`. */
  async statusGone(pattern, timeoutMs = this.timeoutMs) {
    await this.statusItem(pattern).first().waitFor({ state: 'hidden', timeout: timeoutMs });
  }

  /**
   * Returns the notification whose text matches `pattern`, as a toast or, once the toast has
   * gone, in the notification center, which this opens.
   */
  async notification(pattern) {
    const toast = this.page.locator('.notification-toast .notification-list-item').filter({ hasText: pattern }).first();
    try {
      await toast.waitFor({ state: 'visible', timeout: 5_000 });
      return toast;
    } catch {
      // The toast has timed out or has not shown yet: the notification center keeps both.
    }
    const listed = this.page.locator('.notifications-center .notification-list-item').filter({ hasText: pattern }).first();
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      if (!(await listed.isVisible())) {
        await this.runCommand('Notifications: Show Notifications');
      }
      try {
        await listed.waitFor({ state: 'visible', timeout: 5_000 });
        return listed;
      } catch (error) {
        if (Date.now() > deadline) {
          throw new Error(`no notification matching ${pattern} within ${this.timeoutMs / 1000} s`);
        }
      }
      if (await toast.isVisible()) {
        return toast;
      }
    }
  }

  /** Opens a new integrated terminal and waits for its shell prompt. */
  async newTerminal(prompt) {
    const before = await this.page.locator('.terminal-wrapper').count();
    await this.runCommand('Terminal: Create New Terminal');
    await this.page.waitForFunction(
      (count) => document.querySelectorAll('.terminal-wrapper').length > count,
      before,
      { timeout: this.timeoutMs },
    );
    await this.activeTerminalRows().filter({ hasText: prompt }).first().waitFor({ timeout: this.timeoutMs });
  }

  activeTerminalRows() {
    return this.page.locator('.terminal-wrapper.active .xterm-rows');
  }

  async terminalText() {
    return this.activeTerminalRows().innerText();
  }

  /**
   * Types `command` into the focused terminal with its output sent to `outputFile`, waits for
   * the shell to finish it, and returns the output. The terminal shows a done marker; the file
   * holds the full output, which the screen may have wrapped or scrolled.
   */
  async runInTerminal(command, outputFile, marker) {
    await rm(outputFile, { force: true });
    await rm(`${outputFile}.done`, { force: true });
    // The quotes keep the typed line, which the terminal echoes, from matching the printed marker.
    const line = `{ ${command} ; } > ${outputFile} 2>&1; echo "exit=$?" > ${outputFile}.done; echo "${marker}"-"done"`;
    await this.page.locator('.terminal-wrapper.active .xterm').click();
    await this.page.keyboard.type(line);
    await this.page.keyboard.press('Enter');
    await this.activeTerminalRows().filter({ hasText: `${marker}-done` }).first().waitFor({ timeout: this.timeoutMs });
    const status = await waitForFile(`${outputFile}.done`, this.timeoutMs);
    const output = stripTerminalSequences(await readFile(outputFile, 'utf8'));
    return { output, exitCode: Number(stripTerminalSequences(status).trim().replace('exit=', '')) };
  }

  async screenshot(file) {
    await this.page.screenshot({ path: file });
  }
}

async function waitForFile(file, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const content = await readFile(file, 'utf8').catch(() => null);
    if (content !== null && content.endsWith('\n')) {
      return content;
    }
    await delay(100);
  }
  throw new Error(`${file} did not appear within ${timeoutMs / 1000} s`);
}

// Shell integration writes OSC 633 sequences around each command, and they can land in a
// redirected output file.
function stripTerminalSequences(text) {
  return text.replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g, '');
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
