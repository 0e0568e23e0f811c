import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

interface Setting {
  type: string;
  default: unknown;
  scope: string;
  markdownDescription: string;
}

const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
const settings: Record<string, Setting> = manifest.contributes.configuration.properties;
const commands: { command: string; category: string }[] = manifest.contributes.commands;
const palette: { command: string; when: string }[] = manifest.contributes.menus.commandPalette;

test('settings declare type, default, scope and description', () => {
  for (const [name, setting] of Object.entries(settings)) {
    assert.match(name, /^awsAssumeRole\./, name);
    assert.ok(setting.type, `${name} type`);
    assert.notEqual(setting.default, undefined, `${name} default`);
    assert.ok(setting.scope, `${name} scope`);
    assert.match(setting.markdownDescription, /Default: /, `${name} states its default`);
  }
});

test('settings have the documented defaults', () => {
  assert.equal(settings['awsAssumeRole.defaultProfile'].default, '');
  assert.equal(settings['awsAssumeRole.durationSeconds'].default, 3600);
  assert.equal(settings['awsAssumeRole.warningMinutes'].default, 5);
  assert.equal(settings['awsAssumeRole.stsEndpoint'].default, '');
  assert.equal(settings['awsAssumeRole.java.home'].default, '');
  assert.equal(settings['awsAssumeRole.java.home'].scope, 'machine-overridable');
  assert.equal(settings['awsAssumeRole.persistSession'].default, true);
  assert.equal(settings['awsAssumeRole.trace.server'].default, 'off');
  assert.equal(settings['awsAssumeRole.logLevel'].default, 'info');
});

test('untrusted workspaces cannot set Java or the endpoint', () => {
  const untrusted = manifest.capabilities.untrustedWorkspaces;
  assert.equal(untrusted.supported, 'limited');
  assert.deepEqual(untrusted.restrictedConfigurations.sort(),
    ['awsAssumeRole.java.home', 'awsAssumeRole.stsEndpoint']);
});

test('commands are in the AWS category and wait for the server', () => {
  for (const command of commands) {
    assert.match(command.command, /^awsAssumeRole\.[a-z][A-Za-z]+$/, command.command);
    assert.equal(command.category, 'AWS', command.command);
    assert.ok(manifest.activationEvents.includes(`onCommand:${command.command}`), `${command.command} activates`);
    const entry = palette.find((item) => item.command === command.command);
    if (command.command === 'awsAssumeRole.showLogs') {
      continue;
    }
    assert.ok(entry, `${command.command} has a palette entry`);
    assert.ok(entry.when === 'false' || entry.when.includes('awsAssumeRole.serverReady'), command.command);
  }
});

test('session commands need a session', () => {
  for (const id of ['showSession', 'copyCredentials', 'endSession', 'renewSession']) {
    const entry = palette.find((item) => item.command === `awsAssumeRole.${id}`);
    assert.ok(entry?.when.includes('awsAssumeRole.sessionActive'), id);
  }
});

test('engine and API types stay in step', () => {
  assert.equal(manifest.engines.vscode, '^1.82.0');
  assert.equal(manifest.devDependencies['@types/vscode'], '~1.82.0');
  assert.ok(manifest.activationEvents.includes('onStartupFinished'));
});
