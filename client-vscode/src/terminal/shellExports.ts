// Shell commands that set the session's variables in a terminal outside VS Code. Plain Node: no 'vscode' import.

import { ProfileSelectors } from '../contract/environment';

export type Shell = 'bash' | 'fish' | 'powershell';

export const Shells: readonly Shell[] = ['bash', 'fish', 'powershell'];

const VariableName = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Renders commands for `shell` that unset AWS_PROFILE and AWS_DEFAULT_PROFILE and then set each variable.
 * Values are single-quoted, so `$`, spaces, backslashes and quotes reach the shell unchanged.
 * Throws on a variable name that a shell could read as code.
 */
export function renderShellExports(variables: Iterable<[string, string]>, shell: Shell): string {
  const entries = [...variables];
  for (const [name] of entries) {
    if (!VariableName.test(name)) {
      throw new Error(`Invalid environment variable name: ${JSON.stringify(name)}`);
    }
  }
  const lines = [...unsetLines(shell), ...entries.map(([name, value]) => setLine(shell, name, value))];
  return lines.join('\n') + '\n';
}

function unsetLines(shell: Shell): string[] {
  switch (shell) {
    case 'bash':
      return [`unset ${ProfileSelectors.join(' ')}`];
    case 'fish':
      return ProfileSelectors.map((name) => `set -e ${name}`);
    case 'powershell':
      return ProfileSelectors.map((name) => `Remove-Item Env:${name} -ErrorAction SilentlyContinue`);
  }
}

function setLine(shell: Shell, name: string, value: string): string {
  switch (shell) {
    case 'bash':
      return `export ${name}=${quotePosix(value)}`;
    case 'fish':
      return `set -gx ${name} ${quoteFish(value)}`;
    case 'powershell':
      return `$Env:${name} = ${quotePowerShell(value)}`;
  }
}

/** Quotes for bash, zsh and sh: inside single quotes nothing is special, and `'` is closed, escaped, reopened. */
export function quotePosix(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Quotes for fish: inside single quotes only `\\` and `\'` are escapes. */
export function quoteFish(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * Quotes for PowerShell: inside single quotes only the quote characters are special, and each is doubled.
 * PowerShell also treats the typographic quotes U+2018 to U+201B as single quotes.
 */
export function quotePowerShell(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (quote) => quote + quote)}'`;
}
