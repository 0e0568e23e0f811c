import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

import { planClassData, recordClassData } from '../src/server/classData';

async function fixture(): Promise<{ folder: string; java: string; jar: string }> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'class-data-'));
  const java = path.join(folder, 'java');
  const jar = path.join(folder, 'server.jar');
  await fs.writeFile(java, '#!/bin/sh\n', { mode: 0o755 });
  await fs.writeFile(jar, 'jar');
  return { folder, java, jar };
}

test('class data plan records a CDS archive on Java 17', async () => {
  const { folder, java, jar } = await fixture();
  const plan = await planClassData(java, 17, jar, path.join(folder, 'cache'));
  assert.deepEqual(plan.options, []);
  assert.equal(plan.missing?.recordOption, '-XX:ArchiveClassesAtExit');
  assert.match(plan.missing?.archive ?? '', /\.jsa$/);
});

test('class data plan records an AOT cache on Java 25', async () => {
  const { folder, java, jar } = await fixture();
  const plan = await planClassData(java, 25, jar, path.join(folder, 'cache'));
  assert.equal(plan.missing?.recordOption, '-XX:AOTCacheOutput');
  assert.match(plan.missing?.archive ?? '', /\.aot$/);
});

test('class data plan uses an existing archive', async () => {
  const { folder, java, jar } = await fixture();
  const first = await planClassData(java, 17, jar, folder);
  await fs.writeFile(first.missing?.archive ?? '', 'archive');
  const second = await planClassData(java, 17, jar, folder);
  assert.deepEqual(second.options, [`-XX:SharedArchiveFile=${first.missing?.archive}`, '-Xshare:auto']);
  assert.equal(second.missing, undefined);
});

test('class data plan names a new archive when the jar changes', async () => {
  const { folder, java, jar } = await fixture();
  const before = await planClassData(java, 17, jar, folder);
  await fs.writeFile(jar, 'another build of the jar');
  const after = await planClassData(java, 17, jar, folder);
  assert.notEqual(after.missing?.archive, before.missing?.archive);
});

test('class data recording renames the archive on success', async () => {
  const { folder, jar } = await fixture();
  // A stand-in JVM that writes the file named by the record option, as the real one does at exit.
  const java = path.join(folder, 'fake-java');
  await fs.writeFile(java, '#!/bin/sh\nfor a in "$@"; do case "$a" in -XX:ArchiveClassesAtExit=*) '
    + 'echo archive > "${a#*=}";; esac; done\n', { mode: 0o755 });
  const archive = path.join(folder, 'cache', 'x.jsa');
  const recorded = await recordClassData(java, [], jar, { archive, recordOption: '-XX:ArchiveClassesAtExit' });
  assert.equal(recorded, true);
  assert.equal(await fs.readFile(archive, 'utf8'), 'archive\n');
  assert.deepEqual((await fs.readdir(path.dirname(archive))).sort(), ['x.jsa']);
});

test('class data recording leaves nothing when training fails', async () => {
  const { folder, jar } = await fixture();
  const java = path.join(folder, 'failing-java');
  await fs.writeFile(java, '#!/bin/sh\nfor a in "$@"; do case "$a" in -XX:*=*) echo half > "${a#*=}";; esac; done\n'
    + 'exit 1\n', { mode: 0o755 });
  const archive = path.join(folder, 'cache', 'x.jsa');
  const recorded = await recordClassData(java, [], jar, { archive, recordOption: '-XX:ArchiveClassesAtExit' });
  assert.equal(recorded, false);
  assert.deepEqual(await fs.readdir(path.dirname(archive)), []);
});
