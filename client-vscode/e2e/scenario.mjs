// End-to-end test of the extension in a real VS Code (code-server) driven by Chromium. It
// assumes a role with MFA against moto, uses the credentials from the pip AWS CLI in the
// integrated terminal, and checks the session's end, a rejected MFA code and an expiring session
// against a scripted STS stub. Then it searches code-server's files and the browser's storage for
// the secrets of the run.
//
// Environment: E2E_VSIX (the .vsix to install, required), E2E_TOOLS_DIR (from install.sh),
// E2E_SCREENSHOTS (folder for screenshots), E2E_KEEP=1 keeps the temporary folder.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, realpath, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CodeServer } from './lib/code-server.mjs';
import * as fixtures from './lib/fixtures.mjs';
import { scanBrowserStorage, scanFiles } from './lib/leak-scan.mjs';
import { ProcessGroup, freePort, waitForHttp } from './lib/processes.mjs';
import { Report } from './lib/report.mjs';
import { StsStub } from './lib/sts-stub.mjs';
import { Workbench } from './lib/workbench.mjs';

const e2eDir = path.dirname(fileURLToPath(import.meta.url));
const clientDir = path.dirname(e2eDir);

const ELEMENT_TIMEOUT_MS = 90_000;
const MFA_CODES = { first: '123456', second: '246802', rejected: '000000', afterRejection: '135791' };
const STUB_SESSION_SECONDS = 45;
const STATUS_PATTERN = new RegExp(`${fixtures.ROLE_PROFILE}\\s+(\\d+:)?\\d+:\\d{2}`);
/** The caller ARN of the assumed role; the group is the session name, which STS limits to 64 characters. */
const ASSUMED_ROLE_ARN = /^arn:aws:sts::123456789012:assumed-role\/admin\/([\w+=,.@-]{2,64})$/;
/** Publisher and name of the extension under test, the folder name of its output channels. */
const EXTENSION_ID = process.env.E2E_EXTENSION_ID ?? 'assume-role.assume-role-vscode';
/** Button of the extension's offer to stop terminals from inheriting AWS_PROFILE. */
const REMOVE_PROFILE_BUTTON = 'Remove for This Workspace';
const ENVIRONMENT_CONTRACT = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_CREDENTIAL_EXPIRATION',
  'AWS_SESSION_EXPIRATION',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_ASSUME_ROLE_PROFILE',
];
const BROWSER_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const vsix = requiredEnvironment('E2E_VSIX');
const toolsDir = process.env.E2E_TOOLS_DIR ?? path.join(clientDir, '.e2e', 'tools');
const screenshotDir = process.env.E2E_SCREENSHOTS ?? path.join(clientDir, '.e2e', 'screenshots');
const runId = `${process.pid}-${Date.now()}`;
const processes = new ProcessGroup(runId);
// playwright-core lives with code-server in the tools folder that install.sh fills.
const { chromium } = createRequire(path.join(toolsDir, 'npm', 'package.json'))('playwright-core');
const report = new Report({ screenshotDir });
report.onFailure = () => printExtensionLogs();

// Credentials that the terminals saw, by label. The leak scan also searches for the MFA codes
// typed and the credentials that the STS stub issued.
const terminalSecrets = {};
const browserScans = [];
let browser;
let stub;
let layout;

async function main() {
  await rm(screenshotDir, { recursive: true, force: true });
  await mkdir(screenshotDir, { recursive: true });
  layout = await fixtures.createLayout(await mkdtemp(path.join(os.tmpdir(), 'assume-role-e2e-')));
  console.log(`run folder: ${layout.root}\nscreenshots: ${screenshotDir}`);

  const motoPort = await startMoto();
  stub = new StsStub({ rejectedCode: MFA_CODES.rejected, sessionSeconds: STUB_SESSION_SECONDS });
  const stubPort = await freePort();
  await stub.listen(stubPort);

  const codeServer = new CodeServer({ toolsDir, layout, processes });
  const environment = {
    AWS_CONFIG_FILE: layout.configFile,
    AWS_SHARED_CREDENTIALS_FILE: layout.credentialsFile,
    AWS_ENDPOINT_URL_STS: `http://127.0.0.1:${motoPort}`,
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  const extensionSettings = {
    'awsAssumeRole.stsEndpoint': `http://127.0.0.1:${motoPort}`,
    'awsAssumeRole.durationSeconds': 3600,
    'awsAssumeRole.warningMinutes': 5,
    'awsAssumeRole.persistSession': false,
    'awsAssumeRole.trace.server': 'verbose',
    'awsAssumeRole.logLevel': 'trace',
    'awsAssumeRole.java.home': await javaHome(),
  };
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: BROWSER_FLAGS, headless: true });

  await report.step('01 config written and VS Code started', { screenshot: '01-config-written' }, async () => {
    await fixtures.writeAwsFiles(layout);
    await fixtures.writeShellProfile(layout);
    await fixtures.writeUserSettings(layout, extensionSettings);
    const installOutput = await codeServer.installExtension(vsix);
    console.log(`    ${installOutput.replace(/\n/g, '\n    ')}`);
    await codeServer.start(environment, 'code-server-1');
    await openWorkbench(codeServer);
    return `code-server on ${codeServer.url()}, moto on ${motoPort}`;
  });

  await assumeRoleSteps(FIRST_RUN, MFA_CODES.first, ['01 config written and VS Code started']);
  await scanStorageOfPage('first run');

  const restartStep = '05a VS Code restarted with AWS_PROFILE set';
  await report.step(restartStep, { needs: ['01 config written and VS Code started'], screenshot: '05a-restarted' }, async () => {
    await restartCodeServer(codeServer, { ...environment, AWS_PROFILE: 'default' }, 'code-server-2');
    return `code-server on ${codeServer.url()} with AWS_PROFILE=default`;
  });
  await assumeRoleSteps(SECOND_RUN, MFA_CODES.second, [restartStep]);

  await report.step('05e AWS_PROFILE conflict reported and removed', {
    needs: [SECOND_RUN.names.assumed],
    screenshot: '05e-aws-profile-removed',
  }, async () => {
    const workbench = report.workbench;
    const offer = await workbench.notification(/AWS_PROFILE=default/);
    const text = (await offer.innerText()).replace(/\s+/g, ' ').trim();
    await report.screenshot('05e-aws-profile-warning');
    await offer.locator('.monaco-button').filter({ hasText: REMOVE_PROFILE_BUTTON }).first().click();
    await workbench.notification(/terminal\.integrated\.env\.linux/);
    return `notification: ${text}`;
  });

  await report.step('05f new terminal has no AWS_PROFILE and the role', {
    needs: ['05e AWS_PROFILE conflict reported and removed'],
    screenshot: '05f-terminal-without-profile',
  }, async () => {
    const workbench = report.workbench;
    await workbench.newTerminal(fixtures.SHELL_PROMPT);
    const variables = await terminal(workbench, 'env | grep ^AWS_ | cut -d= -f1 | sort', 'env-names-removed');
    const present = variables.output.trim().split('\n');
    assert(!present.includes('AWS_PROFILE'), `a new terminal still inherits AWS_PROFILE:\n${variables.output}`);
    assert(present.includes('AWS_ACCESS_KEY_ID'), `a new terminal has no AWS_ACCESS_KEY_ID:\n${variables.output}`);
    const arn = await callerArn(workbench);
    return `${arn}; variables: ${present.join(' ')}`;
  });

  await report.step('06 End Session clears the terminal and the status bar', {
    needs: [SECOND_RUN.names.assumed],
    screenshot: '06-session-ended',
  }, async () => {
    const workbench = report.workbench;
    await workbench.runCommand('AWS: End Session');
    await workbench.statusGone(STATUS_PATTERN);
    await workbench.newTerminal(fixtures.SHELL_PROMPT);
    const { output } = await terminal(workbench, 'env | grep ^AWS_ | cut -d= -f1 | sort', 'env-after-end');
    assert(!output.split('\n').includes('AWS_ACCESS_KEY_ID'), `a new terminal still has AWS_ACCESS_KEY_ID:\n${output}`);
    return `variables left in a new terminal: ${output.trim().split('\n').join(' ') || 'none'}`;
  });
  await scanStorageOfPage('second run');

  await report.step('07 rejected MFA code lets the user enter the next one', {
    needs: ['01 config written and VS Code started'],
    screenshot: '07b-next-code-accepted',
  }, async () => {
    await fixtures.writeUserSettings(layout, {
      ...extensionSettings,
      'awsAssumeRole.stsEndpoint': `http://127.0.0.1:${stubPort}`,
      'awsAssumeRole.warningMinutes': 1,
    });
    await restartCodeServer(codeServer, environment, 'code-server-3');
    const workbench = report.workbench;
    await startAssumeRole(workbench, '07-profile-pick');
    await workbench.typeIntoInputBox(MFA_CODES.rejected);
    await workbench.page.keyboard.press('Enter');
    const shown = await rejectionMessage(workbench);
    await report.screenshot('07a-code-rejected');
    await workbench.inputBoxTitled(/MFA|code/i);
    assert((await workbench.inputBoxValue()) === '', 'the MFA box still holds the rejected code');
    await workbench.typeIntoInputBox(MFA_CODES.afterRejection);
    await workbench.page.keyboard.press('Enter');
    await workbench.statusText(STATUS_PATTERN);
    const codes = stub.tokenCodes();
    assert(
      JSON.stringify(codes) === JSON.stringify([MFA_CODES.rejected, MFA_CODES.afterRejection]),
      `STS received the codes in the wrong order or more than once: ${codes.map(() => '******').length} requests`,
    );
    return `message: ${shown}`;
  });

  await report.step('08 short session warns, expires and clears the variables', {
    needs: ['07 rejected MFA code lets the user enter the next one'],
    screenshot: '08c-expired-terminal',
  }, async () => {
    const workbench = report.workbench;
    const warning = workbench.page.locator('.statusbar-item.warning-kind').filter({ hasText: fixtures.ROLE_PROFILE });
    await warning.first().waitFor({ timeout: ELEMENT_TIMEOUT_MS });
    const warningText = (await warning.first().innerText()).trim();
    await report.screenshot('08a-warning');
    const expired = workbench.page.locator('.statusbar-item.error-kind').filter({ hasText: fixtures.ROLE_PROFILE });
    await expired.first().waitFor({ timeout: (STUB_SESSION_SECONDS + 60) * 1000 });
    const expiredText = (await expired.first().innerText()).trim();
    await report.screenshot('08b-expired');
    await workbench.newTerminal(fixtures.SHELL_PROMPT);
    const { output } = await terminal(workbench, 'env | grep ^AWS_ | cut -d= -f1 | sort', 'env-after-expiry');
    assert(!output.split('\n').includes('AWS_ACCESS_KEY_ID'), `a terminal opened after expiry has AWS_ACCESS_KEY_ID:\n${output}`);
    return `warning: '${warningText}', expired: '${expiredText}'`;
  });
  await scanStorageOfPage('third run');

  await stopAll();
  await report.step('09 no secret in code-server files or browser storage', {}, async () => {
    assert(terminalSecrets['terminal secret access key 1'], 'the first run did not capture the credentials the terminal saw');
    const secrets = allSecrets();
    const scanned = [layout.userData, layout.extensions, layout.home, layout.workspace, layout.logs];
    const installed = await installedExtensionFolders();
    const files = await scanFiles(scanned, secrets, { exclude: [layout.harness], installed });
    const findings = [...files.findings, ...browserScans.flatMap((scan) => scan.findings)];
    const storageSummary = browserScans.map((scan) => `${scan.label}: ${scan.recordCount} records`).join(', ');
    assert(findings.length === 0, `secrets found:\n${findings.join('\n')}`);
    assert(browserScans.length === 3, `browser storage was read for ${browserScans.length} of 3 runs`);
    return `${Object.keys(secrets).length} values searched in ${files.fileCount} files and browser storage (${storageSummary})`;
  });
}

/** Steps 2 to 4: assume the role, watch the countdown, use the credentials in a terminal. */
async function assumeRoleSteps(run, mfaCode, needs) {
  const { names, shots } = run;
  await report.step(names.assumed, { needs, screenshot: shots.assumed }, async () => {
    const workbench = report.workbench;
    const title = await startAssumeRole(workbench, shots.pick);
    await report.screenshot(shots.mfaBox);
    await workbench.typeIntoInputBox(mfaCode);
    await workbench.page.keyboard.press('Enter');
    await workbench.statusText(STATUS_PATTERN);
    return `MFA box title: ${title}`;
  });

  await report.step(names.countdown, { needs: [names.assumed], screenshot: shots.countdown }, async () => {
    const workbench = report.workbench;
    const first = await workbench.statusText(STATUS_PATTERN);
    const item = workbench.statusItem(STATUS_PATTERN).first();
    assert((await item.locator('.codicon-key').count()) === 1, `the status bar item '${first}' has no key icon`);
    const second = await workbench.statusTextChange(STATUS_PATTERN, first);
    assert(secondsLeft(second) < secondsLeft(first), `the countdown went from '${first}' to '${second}'`);
    return `'${first}' then '${second}'`;
  });

  await report.step(names.terminal, { needs: [names.assumed], screenshot: shots.terminal }, async () => {
    const workbench = report.workbench;
    await workbench.newTerminal(fixtures.SHELL_PROMPT);
    const cli = await terminal(workbench, 'command -v aws && aws --version', 'cli-version');
    assert(cli.output.startsWith(`${fixtures.PIP_CLI_DIR}/aws\n`), `the terminal's aws is not the pip CLI:\n${cli.output}`);
    assert(/aws-cli\/1\./.test(cli.output), `the terminal's aws is not AWS CLI v1:\n${cli.output}`);

    const arn = await callerArn(workbench);
    const sessionName = ASSUMED_ROLE_ARN.exec(arn)[1];

    const variables = await terminal(workbench, 'env | grep ^AWS_ | cut -d= -f1 | sort', 'env-names');
    const present = variables.output.trim().split('\n');
    const missing = ENVIRONMENT_CONTRACT.filter((name) => !present.includes(name));
    assert(missing.length === 0, `variables missing from the terminal: ${missing.join(', ')}`);
    if (run.awsProfileInherited) {
      assert(present.includes('AWS_PROFILE'), 'the terminal does not inherit AWS_PROFILE, so this run proves nothing');
    } else {
      assert(!present.includes('AWS_PROFILE'), 'the terminal has AWS_PROFILE');
    }
    const marker = await terminal(workbench, 'printf "%s\\n" "$AWS_ASSUME_ROLE_PROFILE"', 'profile-marker');
    assert(marker.output.trim() === fixtures.ROLE_PROFILE, `AWS_ASSUME_ROLE_PROFILE is '${marker.output.trim()}'`);
    await captureTerminalSecrets(workbench, run.number);

    const shown = await showSessionText(workbench, sessionName);
    return `${arn}; variables: ${present.join(' ')}; Show Session: ${shown}`;
  });
}

const FIRST_RUN = {
  number: 1,
  awsProfileInherited: false,
  names: {
    assumed: '02 assume role with MFA',
    countdown: '03 status bar counts down',
    terminal: '04 terminal uses the assumed role',
  },
  shots: {
    pick: '02a-profile-pick',
    mfaBox: '02b-mfa-box',
    assumed: '02c-session-started',
    countdown: '03-status-countdown',
    terminal: '04-terminal-identity',
  },
};

const SECOND_RUN = {
  number: 2,
  awsProfileInherited: true,
  names: {
    assumed: '05b assume role with AWS_PROFILE set',
    countdown: '05c status bar counts down again',
    terminal: '05d terminal uses the role despite AWS_PROFILE',
  },
  shots: {
    pick: '05b-profile-pick',
    mfaBox: '05b-mfa-box',
    assumed: '05b-session-started',
    countdown: '05c-status-countdown',
    terminal: '05d-terminal-identity',
  },
};

/** Runs `aws sts get-caller-identity` in the terminal and checks that it is the assumed role. */
async function callerArn(workbench) {
  const identity = await terminal(workbench, 'aws sts get-caller-identity --output json', 'caller-identity');
  assert(identity.exitCode === 0, `aws sts get-caller-identity failed:\n${identity.output}`);
  const arn = JSON.parse(identity.output).Arn;
  assert(ASSUMED_ROLE_ARN.test(arn), `the caller is not the assumed role: ${arn}`);
  return arn;
}

async function startAssumeRole(workbench, pickScreenshot) {
  await workbench.runCommand('AWS: Assume Role');
  const labels = await workbench.pickLabels();
  assert(labels.includes(fixtures.ROLE_PROFILE), `the profile list does not offer '${fixtures.ROLE_PROFILE}': ${labels.join(', ')}`);
  await report.screenshot(pickScreenshot);
  await workbench.pick(fixtures.ROLE_PROFILE);
  const title = await workbench.inputBoxTitled(new RegExp(fixtures.ROLE_PROFILE));
  assert(title.includes('mfa/alice') || title.includes(fixtures.MFA_SERIAL), `the MFA box title names no MFA device: ${title}`);
  return title;
}

/** Waits for the message about the rejected code, in the input box or a notification. */
async function rejectionMessage(workbench) {
  const pattern = /MFA|code/i;
  const inBox = workbench.page.locator('.quick-input-widget .quick-input-message').filter({ hasText: /not accepted|rejected|invalid|failed/i });
  const onInput = workbench.page.locator('.quick-input-widget .monaco-inputbox-message').filter({ hasText: /not accepted|rejected|invalid|failed/i });
  const toast = workbench.page.locator('.notification-toast').filter({ hasText: /not accepted|rejected|invalid|failed/i });
  const either = inBox.or(onInput).or(toast).first();
  await either.waitFor({ state: 'visible', timeout: ELEMENT_TIMEOUT_MS });
  const text = (await either.innerText()).replace(/\s+/g, ' ').trim();
  assert(pattern.test(text), `the rejection message does not mention the MFA code: ${text}`);
  return text;
}

/** Runs "AWS: Show Session" and checks that what it shows names the session. */
async function showSessionText(workbench, sessionName) {
  await workbench.runCommand('AWS: Show Session');
  const shown = workbench.page.locator('.notification-toast, .quick-input-widget, .monaco-editor, .output-view')
    .filter({ hasText: sessionName }).first();
  await shown.waitFor({ state: 'visible', timeout: ELEMENT_TIMEOUT_MS });
  const text = (await shown.innerText()).replace(/\s+/g, ' ').trim().slice(0, 300);
  await workbench.page.keyboard.press('Escape');
  return text;
}

/** Reads the credentials the terminal sees into memory; the file holding them is deleted. */
async function captureTerminalSecrets(workbench, run) {
  const file = path.join(layout.harness, `credentials-${run}`);
  await terminal(workbench, 'printf "%s\\n" "$AWS_SECRET_ACCESS_KEY" "$AWS_SESSION_TOKEN"', `credentials-${run}`);
  const [secretAccessKey, sessionToken] = (await readFile(file, 'utf8')).split('\n');
  await rm(file, { force: true });
  assert(secretAccessKey && sessionToken, 'the terminal has no secret access key or session token');
  terminalSecrets[`terminal secret access key ${run}`] = secretAccessKey;
  terminalSecrets[`terminal session token ${run}`] = sessionToken;
}

let terminalCommandCount = 0;

function terminal(workbench, command, name) {
  terminalCommandCount += 1;
  return workbench.runInTerminal(command, path.join(layout.harness, name), `step${terminalCommandCount}`);
}

async function openWorkbench(codeServer) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(ELEMENT_TIMEOUT_MS);
  await page.goto(codeServer.workspaceUrl());
  report.workbench = new Workbench(page, { timeoutMs: ELEMENT_TIMEOUT_MS });
  await report.workbench.waitUntilLoaded();
}

async function restartCodeServer(codeServer, environment, logName) {
  await closeWorkbench();
  await codeServer.stop();
  await codeServer.start(environment, logName);
  await openWorkbench(codeServer);
}

async function closeWorkbench() {
  if (report.workbench) {
    await report.workbench.page.context().close();
    report.workbench = undefined;
  }
}

/** Returns every secret of the run so far, by label. */
function allSecrets() {
  const all = { ...terminalSecrets };
  for (const [index, credentials] of stub.issued.entries()) {
    all[`stub secret access key ${index + 1}`] = credentials.secretAccessKey;
    all[`stub session token ${index + 1}`] = credentials.sessionToken;
  }
  for (const [name, code] of Object.entries(MFA_CODES)) {
    all[`MFA code (${name})`] = code;
  }
  return all;
}

/** Reads the browser storage of the open workbench for the leak scan, while its page is open. */
async function scanStorageOfPage(label) {
  if (!report.workbench) {
    return;
  }
  try {
    const scan = await scanBrowserStorage(report.workbench.page, allSecrets());
    browserScans.push({ label, ...scan });
    console.log(`    browser storage (${label}): ${scan.recordCount} records in ${scan.databases.map((db) => db.name).join(', ')}`);
  } catch (error) {
    console.log(`    browser storage (${label}) could not be read: ${error.message}`);
  }
}

/** Folders of the installed extensions: the .vsix contents that code-server unpacked. */
async function installedExtensionFolders() {
  const entries = await readdir(layout.extensions, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => path.join(layout.extensions, entry.name));
}

async function startMoto() {
  const port = await freePort();
  const entry = processes.start('moto', 'moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
    env: { PATH: `${fixtures.PIP_CLI_DIR}:/usr/bin:/bin`, HOME: layout.home, PYENV_ROOT: '/root/.pyenv' },
    logFile: path.join(layout.harness, 'moto.log'),
  });
  await waitForHttp(`http://127.0.0.1:${port}/moto-api/`, 60_000, entry);
  return port;
}

async function javaHome() {
  const java = execFileSync('bash', ['-c', 'command -v java'], { encoding: 'utf8' }).trim();
  return path.dirname(path.dirname(await realpath(java)));
}

function secondsLeft(statusText) {
  const [, clock] = /(\d+(?::\d+)+)\s*$/.exec(statusText) ?? [];
  assert(clock, `no countdown in '${statusText}'`);
  return clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

function assert(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

function requiredEnvironment(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set: run the test with 'npm run test:e2e', which builds the .vsix and sets it`);
    process.exit(2);
  }
  return value;
}

/**
 * Prints the end of the extension's output channels, which code-server writes below its log
 * folder, with every known secret masked.
 */
async function printExtensionLogs() {
  const logs = await findFiles(path.join(layout.userData, 'logs'), (file) => file.includes(`${path.sep}${EXTENSION_ID}${path.sep}`));
  const latest = logs.sort().slice(-2);
  for (const file of latest) {
    let text = await readFile(file, 'utf8');
    for (const value of Object.values(allSecrets())) {
      text = /^\d{6}$/.test(value)
        ? text.replace(new RegExp(`(?<![0-9A-Za-z#.])${value}(?![0-9A-Za-z])`, 'g'), '***')
        : text.split(value).join('***');
    }
    const tail = text.trimEnd().split('\n').slice(-15).join('\n      ');
    console.log(`    last lines of ${file}:\n      ${tail}`);
  }
}

async function findFiles(directory, accept) {
  const found = [];
  for (const entry of await readdir(directory, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      found.push(...(await findFiles(full, accept)));
    } else if (accept(full)) {
      found.push(full);
    }
  }
  return found;
}

async function stopAll() {
  await closeWorkbench().catch(() => {});
  await browser?.close().catch(() => {});
  browser = undefined;
  await stub?.close().catch(() => {});
  const leftovers = await processes.stopAll();
  if (leftovers.length > 0) {
    console.log(`    ended ${leftovers.length} leftover processes of this run: ${leftovers.join(' ')}`);
  }
}

async function cleanUpAndExit(exitCode) {
  await stopAll();
  if (layout && process.env.E2E_KEEP !== '1') {
    await rm(layout.root, { recursive: true, force: true });
  } else if (layout) {
    console.log(`kept run folder ${layout.root}`);
  }
  process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    console.log(`received ${signal}, stopping`);
    report.record(`interrupted by ${signal}`, 'failed', Date.now());
    cleanUpAndExit(report.finish());
  });
}

try {
  await main();
} catch (error) {
  report.record('scenario set-up', 'failed', Date.now(), error.stack ?? String(error));
}
await cleanUpAndExit(report.finish());
