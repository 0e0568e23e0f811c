import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

import { formatCommandLine, locateJava, serverArguments } from '../src/server/javaLocator';

const root = mkdtempSync(path.join(tmpdir(), 'java-locator-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Creates a fake Java home whose bin/java prints `versionOutput`, with or without a release file. */
function fakeJavaHome(name: string, versionOutput: string, release?: string): string {
  const home = path.join(root, name);
  mkdirSync(path.join(home, 'bin'), { recursive: true });
  const java = path.join(home, 'bin', 'java');
  writeFileSync(java, `#!/bin/sh\necho '${versionOutput}' >&2\n`);
  chmodSync(java, 0o755);
  if (release !== undefined) {
    writeFileSync(path.join(home, 'release'), release);
  }
  return home;
}

const java21 = fakeJavaHome('jdk21', 'openjdk version "21.0.2" 2024-01-16', 'JAVA_VERSION="21.0.2"\n');
const java17NoRelease = fakeJavaHome('jdk17', 'openjdk version "17.0.15" 2025-04-15');
const java8 = fakeJavaHome('jdk8', 'openjdk version "1.8.0_392"', 'JAVA_VERSION="1.8.0_392"\n');

test('setting wins over JAVA_HOME and PATH', async () => {
  const lookup = await locateJava(java21, { JAVA_HOME: java8, PATH: path.join(java8, 'bin') }, 'linux');
  assert.deepEqual(lookup, {
    found: true,
    runtime: { executable: path.join(java21, 'bin', 'java'), version: 21, source: 'setting' },
  });
});

test('JAVA_HOME is used without a setting', async () => {
  const lookup = await locateJava('', { JAVA_HOME: java17NoRelease, PATH: path.join(java21, 'bin') }, 'linux');
  assert.equal(lookup.found, true);
  assert.equal(lookup.found && lookup.runtime.source, 'JAVA_HOME');
  assert.equal(lookup.found && lookup.runtime.version, 17);
});

test('PATH is searched last', async () => {
  const searchPath = [path.join(root, 'missing'), path.join(java21, 'bin')].join(':');
  const lookup = await locateJava('', { JAVA_HOME: path.join(root, 'nothing'), PATH: searchPath }, 'linux');
  assert.equal(lookup.found && lookup.runtime.source, 'PATH');
  assert.equal(lookup.found && lookup.runtime.executable, path.join(java21, 'bin', 'java'));
});

test('Java 8 is reported as too old', async () => {
  const lookup = await locateJava(java8, {}, 'linux');
  assert.deepEqual(lookup, {
    found: false, problem: 'tooOld', executable: path.join(java8, 'bin', 'java'), version: 8,
  });
});

test('setting without bin/java is reported', async () => {
  const missing = path.join(root, 'no-such-jdk');
  const lookup = await locateJava(missing, { PATH: path.join(java21, 'bin') }, 'linux');
  assert.deepEqual(lookup, { found: false, problem: 'settingInvalid', javaHome: missing });
});

test('no Java anywhere is reported', async () => {
  const lookup = await locateJava('', { PATH: path.join(root, 'empty') }, 'linux');
  assert.deepEqual(lookup, { found: false, problem: 'notFound' });
});

test('server arguments end with the jar', () => {
  const args = serverArguments('/opt/ext/server/assume-role-server.jar');
  assert.deepEqual(args.slice(-2), ['-jar', '/opt/ext/server/assume-role-server.jar']);
  assert.ok(args.includes('-XX:+ExitOnOutOfMemoryError'));
  assert.ok(args.some((arg) => arg.startsWith('-Xmx')));
});

test('command line quotes paths with spaces', () => {
  assert.equal(formatCommandLine('/usr/bin/java', ['-jar', '/home/a b/x.jar', '--stdio']),
    '/usr/bin/java -jar "/home/a b/x.jar" --stdio');
});
