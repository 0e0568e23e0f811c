// Files the test writes before it starts VS Code: the AWS config and credentials files, the test
// user's HOME and its shell start-up files, and the user settings.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The documented example key pair from the AWS docs; moto accepts any key. */
export const SOURCE_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
export const SOURCE_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

export const ROLE_PROFILE = 'admin';
export const ROLE_ARN = 'arn:aws:iam::123456789012:role/admin';
export const MFA_SERIAL = 'arn:aws:iam::123456789012:mfa/alice';
export const REGION = 'eu-west-1';

/** The pip AWS CLI (v1). Debian's /usr/bin/aws is CLI v2, which ignores AWS_ENDPOINT_URL_STS. */
export const PIP_CLI_DIR = '/root/.pyenv/shims';

/** A shell prompt that the test waits for before it types into a terminal. */
export const SHELL_PROMPT = 'e2e-shell$';

/** Creates the folder layout of one test run below `root` and returns its paths. */
export async function createLayout(root) {
  const layout = {
    root,
    harness: path.join(root, 'harness'),
    home: path.join(root, 'home'),
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    workspace: path.join(root, 'workspace'),
    aws: path.join(root, 'aws'),
    logs: path.join(root, 'logs'),
  };
  for (const directory of Object.values(layout)) {
    await mkdir(directory, { recursive: true });
  }
  layout.configFile = path.join(layout.aws, 'config');
  layout.credentialsFile = path.join(layout.aws, 'credentials');
  layout.settingsFile = path.join(layout.userData, 'User', 'settings.json');
  return layout;
}

export async function writeAwsFiles(layout) {
  await writeFile(
    layout.credentialsFile,
    `[default]
aws_access_key_id = ${SOURCE_ACCESS_KEY_ID}
aws_secret_access_key = ${SOURCE_SECRET_ACCESS_KEY}
`,
  );
  await writeFile(
    layout.configFile,
    `[default]
region = ${REGION}

[profile ${ROLE_PROFILE}]
role_arn = ${ROLE_ARN}
source_profile = default
mfa_serial = ${MFA_SERIAL}
region = ${REGION}
duration_seconds = 3600
`,
  );
  await writeFile(path.join(layout.workspace, 'README.txt'), 'Workspace of the end-to-end test.\n');
}

/**
 * Writes the test user's start-up files. code-server starts terminals as login shells, and
 * Debian's /etc/profile resets PATH, so both files put the pip CLI first again.
 */
export async function writeShellProfile(layout) {
  const bashrc = `# Written by the end-to-end test.
export PATH="${PIP_CLI_DIR}:$PATH"
export PYENV_ROOT=/root/.pyenv
PS1='${SHELL_PROMPT} '
`;
  await writeFile(path.join(layout.home, '.bashrc'), bashrc);
  await writeFile(path.join(layout.home, '.bash_profile'), '[ -f ~/.bashrc ] && . ~/.bashrc\n');
}

/** Writes User/settings.json: a quiet workbench plus the extension's settings. */
export async function writeUserSettings(layout, extensionSettings) {
  const settings = {
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'terminal.integrated.gpuAcceleration': 'off',
    'terminal.integrated.defaultProfile.linux': 'bash',
    'security.workspace.trust.enabled': false,
    ...extensionSettings,
  };
  await mkdir(path.dirname(layout.settingsFile), { recursive: true });
  await writeFile(layout.settingsFile, `${JSON.stringify(settings, null, 2)}\n`);
}
