// Chooses the class-data archive for the server's JVM, and records a missing one in the background.
// Plain Node: no 'vscode' import, so unit tests run it against temporary folders.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** The hidden verb of the jar that runs its main paths once with made-up keys and a loopback STS stub. */
export const TrainingVerb = 'train-class-data';

/** Java's AOT cache replaced dynamic CDS archives as the faster option in this release. */
const FirstAotCacheVersion = 24;

/** A training run that takes longer than this is stopped, and the server keeps starting without an archive. */
const TrainingTimeoutMs = 120_000;

export interface ClassDataPlan {
  /** JVM options that start the server with the archive; empty while there is none. */
  options: string[];
  /** The archive to record, when it does not exist yet. */
  missing?: { archive: string; recordOption: string };
}

/**
 * Names the archive for one Java runtime and one jar: a change of either gives a new name, because the JVM
 * ignores an archive that another runtime or jar recorded.
 */
export async function planClassData(java: string, javaVersion: number, jar: string, folder: string):
Promise<ClassDataPlan> {
  const identity = await Promise.all([describeFile(java), describeFile(jar)]);
  const key = createHash('sha256').update(identity.join('\n')).digest('hex').slice(0, 16);
  const aot = javaVersion >= FirstAotCacheVersion;
  const archive = path.join(folder, `${key}.${aot ? 'aot' : 'jsa'}`);

  if (await exists(archive)) {
    return { options: aot ? [`-XX:AOTCache=${archive}`] : [`-XX:SharedArchiveFile=${archive}`, '-Xshare:auto'] };
  }
  return { options: [], missing: { archive, recordOption: aot ? '-XX:AOTCacheOutput' : '-XX:ArchiveClassesAtExit' } };
}

/**
 * Runs the training in a JVM of its own and renames the result into place, so that a server never starts with
 * half an archive. Resolves with whether the archive now exists; a failure only means the next start is slower.
 */
export async function recordClassData(java: string, jvmOptions: readonly string[], jar: string,
  missing: NonNullable<ClassDataPlan['missing']>): Promise<boolean> {
  await fs.mkdir(path.dirname(missing.archive), { recursive: true });
  const partial = `${missing.archive}.${process.pid}.partial`;
  const args = [...jvmOptions, `${missing.recordOption}=${partial}`, '-jar', jar, TrainingVerb];
  const succeeded = await new Promise<boolean>((resolve) => {
    const child = spawn(java, args, { stdio: 'ignore', windowsHide: true, timeout: TrainingTimeoutMs });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
  try {
    if (succeeded && await exists(partial)) {
      await fs.rename(partial, missing.archive);
      return true;
    }
  } finally {
    await fs.rm(partial, { force: true });
  }
  return false;
}

async function describeFile(file: string): Promise<string> {
  const real = await fs.realpath(file);
  const stat = await fs.stat(real);
  return `${real} ${stat.size} ${stat.mtimeMs}`;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
