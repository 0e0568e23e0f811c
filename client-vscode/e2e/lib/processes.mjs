// Child processes of the test: each one starts in its own process group and carries a run marker
// in its environment, so that stopping the test ends every process it started, and only those.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import net from 'node:net';

const STOP_GRACE_MS = 10_000;

/** Environment variable that marks every process this test run starts, descendants included. */
export const RUN_MARKER_NAME = 'ASSUME_ROLE_E2E_RUN';
/** Environment variable that tells apart the processes of one started command and its children. */
const START_MARKER_NAME = 'ASSUME_ROLE_E2E_START';

export class ProcessGroup {
  constructor(runId) {
    this.runId = runId;
    this.children = [];
    this.startCount = 0;
  }

  /** Starts a command in a new process group with stdout and stderr appended to logFile. */
  start(name, command, args, { env, cwd, logFile }) {
    const log = createWriteStream(logFile, { flags: 'a' });
    this.startCount += 1;
    const startMarker = `${this.runId}-${this.startCount}`;
    const child = spawn(command, args, {
      cwd,
      env: { ...env, [RUN_MARKER_NAME]: this.runId, [START_MARKER_NAME]: startMarker },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const entry = { name, child, exited, logFile, startMarker };
    this.children.push(entry);
    child.once('error', (error) => log.write(`failed to start ${command}: ${error.message}\n`));
    return entry;
  }

  /**
   * Stops one started process and its group: SIGTERM, then SIGKILL after a grace period. Then
   * ends its descendants that left the group, such as terminal shells, which start a session.
   */
  async stop(entry) {
    const { child, exited } = entry;
    if (child.exitCode === null && child.signalCode === null) {
      signalGroup(child.pid, 'SIGTERM');
      const timedOut = await Promise.race([exited.then(() => false), delay(STOP_GRACE_MS).then(() => true)]);
      if (timedOut) {
        signalGroup(child.pid, 'SIGKILL');
        await exited;
      }
    }
    signalGroup(child.pid, 'SIGKILL');
    this.children = this.children.filter((other) => other !== entry);
    return killMarked(`${START_MARKER_NAME}=${entry.startMarker}`);
  }

  /** Stops every started process, then any process left that carries this run's marker. */
  async stopAll() {
    const leftovers = [];
    for (const entry of [...this.children].reverse()) {
      leftovers.push(...(await this.stop(entry)));
    }
    leftovers.push(...(await killMarked(`${RUN_MARKER_NAME}=${this.runId}`)));
    return leftovers;
  }
}

/** Ends the processes whose environment contains `marker` and returns their ids. */
async function killMarked(marker) {
  const leftovers = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) {
      continue;
    }
    const environ = await readFile(`/proc/${name}/environ`).catch(() => null);
    if (environ && environ.toString('latin1').split('\0').includes(marker)) {
      leftovers.push(Number(name));
    }
  }
  for (const pid of leftovers) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // The process ended between the scan and the signal.
    }
  }
  return leftovers;
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') {
      throw error;
    }
  }
}

export function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Returns a TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls an HTTP URL until it answers with any status, or throws after timeoutMs. */
export async function waitForHttp(url, timeoutMs, entry) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    if (entry && entry.child.exitCode !== null) {
      throw new Error(`${entry.name} exited with code ${entry.child.exitCode} before ${url} answered; see ${entry.logFile}`);
    }
    try {
      const response = await fetch(url, { redirect: 'manual' });
      await response.arrayBuffer();
      return response.status;
    } catch (error) {
      lastError = error;
    }
    await delay(250);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s: ${lastError?.message}`);
}
