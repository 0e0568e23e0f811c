// Step bookkeeping: each step passes, fails or is skipped because a step it needs failed, and
// leaves a screenshot named after it.
import path from 'node:path';

export class Report {
  constructor({ screenshotDir }) {
    this.screenshotDir = screenshotDir;
    this.results = [];
    this.workbench = undefined;
    // Called after a failed step, to print what helps to find the cause.
    this.onFailure = async () => {};
  }

  /**
   * Runs one step. `needs` lists the names of earlier steps that must have passed; otherwise
   * the step is skipped. A screenshot named `screenshot` is taken afterwards, pass or fail.
   */
  async step(name, { needs = [], screenshot } = {}, body) {
    const missing = needs.filter((needed) => !this.passed(needed));
    const started = Date.now();
    if (missing.length > 0) {
      this.record(name, 'skipped', started, `needs ${missing.join(', ')}`);
      return;
    }
    console.log(`--- ${name}`);
    try {
      const detail = await body();
      this.record(name, 'passed', started, detail);
    } catch (error) {
      this.record(name, 'failed', started, error.stack ?? String(error));
      await this.onFailure().catch((failure) => console.log(`    no diagnostics: ${failure.message}`));
    } finally {
      if (screenshot) {
        await this.screenshot(screenshot);
      }
    }
  }

  async screenshot(name) {
    if (!this.workbench) {
      return;
    }
    const file = path.join(this.screenshotDir, `${name}.png`);
    await this.workbench.screenshot(file).catch((error) => console.log(`    screenshot ${name} failed: ${error.message}`));
  }

  passed(name) {
    return this.results.some((result) => result.name === name && result.status === 'passed');
  }

  record(name, status, started, detail) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    this.results.push({ name, status, seconds, detail });
    console.log(`${status.toUpperCase()} ${name} (${seconds} s)${detail ? `\n    ${String(detail).replace(/\n/g, '\n    ')}` : ''}`);
  }

  /** Prints the summary and the closing line; returns the process exit code. */
  finish() {
    const count = (status) => this.results.filter((result) => result.status === status).length;
    console.log('\nSummary:');
    for (const result of this.results) {
      console.log(`  ${result.status.padEnd(7)} ${result.name} (${result.seconds} s)`);
    }
    const skipped = count('skipped');
    console.log(`${count('passed')} passed, ${count('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
    return count('failed') + skipped === 0 && this.results.length > 0 ? 0 : 1;
  }
}
