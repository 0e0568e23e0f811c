// Java version parsing. Plain Node: no 'vscode' import.

/** Oldest Java release that runs the server. */
export const MinimumJavaVersion = 17;

/**
 * Reads the major Java version from `java -version` output (`openjdk version "17.0.15"`,
 * `java version "1.8.0_392"`) or from a `release` file (`JAVA_VERSION="21"`). Returns undefined when
 * the text names no version.
 */
export function parseJavaMajorVersion(text: string): number | undefined {
  const match = /(?:version|JAVA_VERSION=)\s*"([^"]+)"/.exec(text);
  if (!match) {
    return undefined;
  }
  return majorOf(match[1]);
}

function majorOf(version: string): number | undefined {
  const parts = version.split(/[._+-]/);
  const first = Number.parseInt(parts[0], 10);
  if (Number.isNaN(first)) {
    return undefined;
  }
  // Java 8 and older report themselves as 1.x.
  if (first === 1 && parts.length > 1) {
    const second = Number.parseInt(parts[1], 10);
    return Number.isNaN(second) ? undefined : second;
  }
  return first;
}
