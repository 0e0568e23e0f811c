// Finds a Java runtime for the server. Plain Node: no 'vscode' import, so unit tests run it against fake homes.

import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, readFile, realpath } from 'node:fs/promises';
import * as path from 'node:path';

import jvmFlags from './jvmFlags.json';
import { MinimumJavaVersion, parseJavaMajorVersion } from './javaVersion';

export type JavaSource = 'setting' | 'JAVA_HOME' | 'PATH';

export interface JavaRuntime {
  executable: string;
  version: number;
  source: JavaSource;
}

export type JavaLookup =
  | { found: true; runtime: JavaRuntime }
  | { found: false; problem: 'settingInvalid'; javaHome: string }
  | { found: false; problem: 'notFound' }
  | { found: false; problem: 'tooOld'; executable: string; version: number | undefined };

const VersionTimeoutMs = 10_000;

/**
 * Looks for Java in the `awsAssumeRole.java.home` setting, then JAVA_HOME, then PATH, and checks that it is
 * Java 17 or newer. A setting that names no Java is reported as such instead of falling back, so that a typo
 * does not go unnoticed.
 */
export async function locateJava(
  javaHomeSetting: string,
  env: Record<string, string | undefined>,
  platform: string = process.platform,
): Promise<JavaLookup> {
  const binary = platform === 'win32' ? 'java.exe' : 'java';

  if (javaHomeSetting) {
    const executable = path.join(javaHomeSetting, 'bin', binary);
    if (!(await isExecutable(executable))) {
      return { found: false, problem: 'settingInvalid', javaHome: javaHomeSetting };
    }
    return check(executable, 'setting');
  }

  const javaHome = env.JAVA_HOME?.trim();
  if (javaHome) {
    const executable = path.join(javaHome, 'bin', binary);
    if (await isExecutable(executable)) {
      return check(executable, 'JAVA_HOME');
    }
  }

  const onPath = await findOnPath(binary, env.PATH ?? env.Path ?? '', platform);
  if (onPath) {
    return check(onPath, 'PATH');
  }
  return { found: false, problem: 'notFound' };
}

async function check(executable: string, source: JavaSource): Promise<JavaLookup> {
  const version = await javaVersion(executable);
  if (version === undefined || version < MinimumJavaVersion) {
    return { found: false, problem: 'tooOld', executable, version };
  }
  return { found: true, runtime: { executable, version, source } };
}

/** Reads the version from the runtime's `release` file, and runs `java -version` only when that file is absent. */
export async function javaVersion(executable: string): Promise<number | undefined> {
  const fromRelease = await versionFromReleaseFile(executable);
  if (fromRelease !== undefined) {
    return fromRelease;
  }
  return versionFromCommand(executable);
}

async function versionFromReleaseFile(executable: string): Promise<number | undefined> {
  try {
    const real = await realpath(executable);
    const home = path.dirname(path.dirname(real));
    const release = await readFile(path.join(home, 'release'), 'utf8');
    return parseJavaMajorVersion(release);
  } catch {
    // No release file (some distributions leave it out): the caller asks the runtime itself.
    return undefined;
  }
}

function versionFromCommand(executable: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    execFile(executable, ['-version'], { timeout: VersionTimeoutMs, windowsHide: true }, (_error, stdout, stderr) => {
      // `java -version` writes to stderr; a failed run leaves both empty and gives undefined.
      resolve(parseJavaMajorVersion(`${stderr}\n${stdout}`));
    });
  });
}

async function findOnPath(binary: string, searchPath: string, platform: string): Promise<string | undefined> {
  const separator = platform === 'win32' ? ';' : ':';
  for (const directory of searchPath.split(separator)) {
    if (!directory) {
      continue;
    }
    const candidate = path.join(directory, binary);
    if (await isExecutable(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * JVM options for a small, fast-starting server process: C1 only, the serial collector, a small heap and code
 * cache, and JVM logging on stderr so that no warning can reach stdout, the protocol stream. They live in a JSON
 * file because the benchmarks (bench/benchmarks.py) start the server with the same ones.
 */
export const JvmOptions: readonly string[] = jvmFlags;

/**
 * Builds the arguments that start the jar, with `extraOptions` (such as a class-data archive) after the JVM
 * options. The language client appends `--stdio` itself.
 */
export function serverArguments(jar: string, extraOptions: readonly string[] = []): string[] {
  return [...JvmOptions, ...extraOptions, '-jar', jar];
}

/** Quotes a command line for the log, so that a path with spaces reads unambiguously. */
export function formatCommandLine(command: string, args: readonly string[]): string {
  return [command, ...args].map((part) => (/[\s"']/.test(part) ? JSON.stringify(part) : part)).join(' ');
}
