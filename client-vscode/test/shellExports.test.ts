import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { test } from 'node:test';

import { quoteFish, quotePosix, quotePowerShell, renderShellExports } from '../src/terminal/shellExports';

const awkward: [string, string][] = [
  ['AWS_ACCESS_KEY_ID', 'ASIAEXAMPLE'],
  ['AWS_SECRET_ACCESS_KEY', `it's $HOME and \`date\` "quoted"`],
  ['AWS_SESSION_TOKEN', 'back\\slash \\\' and spaces  and\ttab'],
  ['AWS_ASSUME_ROLE_PROFILE', 'a;b|c&d*e?f$(g)!h'],
];

test('bash exports unset the profile and quote values', () => {
  const text = renderShellExports([['AWS_ACCESS_KEY_ID', 'AKIA'], ['AWS_SECRET_ACCESS_KEY', "a'b"]], 'bash');
  assert.equal(text, [
    'unset AWS_PROFILE AWS_DEFAULT_PROFILE',
    "export AWS_ACCESS_KEY_ID='AKIA'",
    "export AWS_SECRET_ACCESS_KEY='a'\\''b'",
    '',
  ].join('\n'));
});

test('fish exports unset the profile and quote values', () => {
  const text = renderShellExports([['AWS_SESSION_TOKEN', "a'b\\c$d"]], 'fish');
  assert.equal(text, [
    'set -e AWS_PROFILE',
    'set -e AWS_DEFAULT_PROFILE',
    "set -gx AWS_SESSION_TOKEN 'a\\'b\\\\c$d'",
    '',
  ].join('\n'));
});

test('PowerShell exports remove the profile and quote values', () => {
  const text = renderShellExports([['AWS_SESSION_TOKEN', "a'b$c `d"]], 'powershell');
  assert.equal(text, [
    'Remove-Item Env:AWS_PROFILE -ErrorAction SilentlyContinue',
    'Remove-Item Env:AWS_DEFAULT_PROFILE -ErrorAction SilentlyContinue',
    "$Env:AWS_SESSION_TOKEN = 'a''b$c `d'",
    '',
  ].join('\n'));
});

test('quoting of single values', () => {
  assert.equal(quotePosix(''), "''");
  assert.equal(quotePosix("'"), "''\\'''");
  assert.equal(quoteFish('\\'), "'\\\\'");
  assert.equal(quotePowerShell('\u2019'), "'\u2019\u2019'");
});

test('exports reject variable names a shell would run', () => {
  assert.throws(() => renderShellExports([['A;rm -rf /', 'x']], 'bash'), /Invalid environment variable name/);
  assert.throws(() => renderShellExports([['$(id)', 'x']], 'fish'), /Invalid environment variable name/);
});

test('bash reads back every value unchanged', () => {
  const script = renderShellExports(awkward, 'bash') +
    awkward.map(([name]) => `printf '%s\\0' "$${name}"`).join('\n') +
    '\nprintf "%s\\0" "${AWS_PROFILE-unset}" "${AWS_DEFAULT_PROFILE-unset}"\n';
  const output = execFileSync('bash', ['--noprofile', '--norc', '-c', script], {
    env: { PATH: process.env.PATH, AWS_PROFILE: 'dev', AWS_DEFAULT_PROFILE: 'dev' },
    encoding: 'utf8',
  });
  const values = output.split('\0').slice(0, -1);
  assert.deepEqual(values, [...awkward.map(([, value]) => value), 'unset', 'unset']);
});

const fishAvailable = spawnSync('fish', ['--version']).status === 0;

test('fish reads back every value unchanged', { skip: fishAvailable ? false : 'fish is not installed' }, () => {
  const script = renderShellExports(awkward, 'fish') +
    awkward.map(([name]) => `printf '%s\\0' "$${name}"`).join('\n') + '\n';
  const output = execFileSync('fish', ['--no-config', '-c', script], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, AWS_PROFILE: 'dev' },
    encoding: 'utf8',
  });
  assert.deepEqual(output.split('\0').slice(0, -1), awkward.map(([, value]) => value));
});
