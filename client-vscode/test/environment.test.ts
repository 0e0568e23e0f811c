import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  buildTerminalEnvironment,
  inheritedProfileSelectors,
  ProfileSelectors,
  terminalEnvPlatformKey,
} from '../src/contract/environment';
import type { RoleSession } from '../src/contract/protocol';

const session: RoleSession = {
  profile: 'admin',
  roleArn: 'arn:aws:iam::123456789012:role/admin',
  assumedRoleArn: 'arn:aws:sts::123456789012:assumed-role/admin/alice',
  accountId: '123456789012',
  sessionName: 'alice',
  region: 'eu-west-1',
  expiration: '2026-12-04T13:00:00Z',
};

const credentials = {
  AWS_ACCESS_KEY_ID: 'ASIAEXAMPLEKEY123456',
  AWS_SECRET_ACCESS_KEY: 'secret/with+chars=',
  AWS_SESSION_TOKEN: 'token-value',
};

test('environment completes the contract from the session', () => {
  const variables = buildTerminalEnvironment(credentials, session);
  assert.deepEqual([...variables.keys()], [
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_CREDENTIAL_EXPIRATION',
    'AWS_SESSION_EXPIRATION',
    'AWS_REGION',
    'AWS_DEFAULT_REGION',
    'AWS_ASSUME_ROLE_PROFILE',
  ]);
  assert.equal(variables.get('AWS_SECRET_ACCESS_KEY'), 'secret/with+chars=');
  assert.equal(variables.get('AWS_CREDENTIAL_EXPIRATION'), '2026-12-04T13:00:00Z');
  assert.equal(variables.get('AWS_SESSION_EXPIRATION'), '2026-12-04T13:00:00Z');
  assert.equal(variables.get('AWS_REGION'), 'eu-west-1');
  assert.equal(variables.get('AWS_DEFAULT_REGION'), 'eu-west-1');
  assert.equal(variables.get('AWS_ASSUME_ROLE_PROFILE'), 'admin');
});

test('environment keeps the server values it was given', () => {
  const variables = buildTerminalEnvironment(
    { ...credentials, AWS_REGION: 'us-east-2', AWS_CREDENTIAL_EXPIRATION: '2026-12-04T12:59:59Z' }, session);
  assert.equal(variables.get('AWS_REGION'), 'us-east-2');
  assert.equal(variables.get('AWS_DEFAULT_REGION'), 'eu-west-1');
  assert.equal(variables.get('AWS_CREDENTIAL_EXPIRATION'), '2026-12-04T12:59:59Z');
});

test('environment leaves region out without one', () => {
  const variables = buildTerminalEnvironment(credentials, { ...session, region: undefined });
  assert.equal(variables.has('AWS_REGION'), false);
  assert.equal(variables.has('AWS_DEFAULT_REGION'), false);
});

test('environment never sets profile selectors', () => {
  const variables = buildTerminalEnvironment(
    { ...credentials, AWS_PROFILE: '', AWS_DEFAULT_PROFILE: 'dev' }, session);
  for (const name of ProfileSelectors) {
    assert.equal(variables.has(name), false, name);
  }
});

test('environment drops empty values and invalid names', () => {
  const variables = buildTerminalEnvironment(
    { ...credentials, AWS_EXTRA: '', 'BAD NAME': 'x', '1ST': 'y', 'A=B': 'z' }, session);
  assert.equal(variables.has('AWS_EXTRA'), false);
  assert.equal(variables.has('BAD NAME'), false);
  assert.equal(variables.has('1ST'), false);
  assert.equal(variables.has('A=B'), false);
});

test('environment without credentials is rejected', () => {
  assert.throws(
    () => buildTerminalEnvironment({ AWS_ACCESS_KEY_ID: 'ASIA1234' }, session),
    /AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN for profile 'admin'/);
  assert.throws(() => buildTerminalEnvironment({ ...credentials, AWS_SESSION_TOKEN: '' }, session),
    /AWS_SESSION_TOKEN/);
});

test('terminal env setting key per platform', () => {
  assert.equal(terminalEnvPlatformKey('linux'), 'linux');
  assert.equal(terminalEnvPlatformKey('darwin'), 'osx');
  assert.equal(terminalEnvPlatformKey('win32'), 'windows');
  assert.equal(terminalEnvPlatformKey('freebsd'), 'linux');
});

test('inherited profile selectors include empty values', () => {
  assert.deepEqual(inheritedProfileSelectors({ PATH: '/bin' }), []);
  assert.deepEqual(inheritedProfileSelectors({ AWS_PROFILE: 'dev', AWS_DEFAULT_PROFILE: '' }),
    [['AWS_PROFILE', 'dev'], ['AWS_DEFAULT_PROFILE', '']]);
});
