// Redaction of secrets in log and trace lines. Plain Node: no 'vscode' import.

const Hidden = '***';

/** JSON members whose whole value is secret. */
const SecretKeys = [
  'tokenCode',
  'secretAccessKey',
  'sessionToken',
  'SecretAccessKey',
  'SessionToken',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
];

/** JSON members that are shown with only their last four characters. */
const AccessKeyKeys = ['accessKeyId', 'AccessKeyId', 'AWS_ACCESS_KEY_ID'];

// A JSON member, also inside JSON that was itself escaped into a string (\"key\": \"value\").
// Group 1 is the quote (" or \"), group 2 the key, group 3 the separator, group 4 the value.
function jsonMember(keys: string[]): RegExp {
  return new RegExp(`(\\\\?")(${keys.join('|')})\\1(\\s*:\\s*)\\1(.*?)\\1`, 'g');
}

const SecretMembers = jsonMember(SecretKeys);
const AccessKeyMembers = jsonMember(AccessKeyKeys);

// Shell-style assignments: NAME=value, NAME='value', $Env:NAME = 'value' and fish's `set -gx NAME 'value'`.
const SecretAssignments = /\b(AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN)(\s*=\s*|\s+)(['"]?)[^\s'"]+\3/g;
const AccessKeyAssignments = /\b(AWS_ACCESS_KEY_ID)(\s*=\s*|\s+)(['"]?)([^\s'"]+)\3/g;
const TokenCodeOptions = /(--token-code[\s=]+)\d+/g;

/** Returns the last four characters of an access key id behind a mask. */
export function maskAccessKeyId(value: string): string {
  return value.length <= 4 ? Hidden : `${Hidden}${value.slice(-4)}`;
}

/**
 * Replaces secret access keys, session tokens and MFA codes in a line of log or trace text with `***`,
 * and shortens access key ids to their last four characters.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(SecretMembers, (_match, quote: string, key: string, separator: string) =>
      `${quote}${key}${quote}${separator}${quote}${Hidden}${quote}`)
    .replace(AccessKeyMembers, (_match, quote: string, key: string, separator: string, value: string) =>
      `${quote}${key}${quote}${separator}${quote}${maskAccessKeyId(value)}${quote}`)
    .replace(SecretAssignments, (_match, name: string, separator: string, quote: string) =>
      `${name}${separator}${quote}${Hidden}${quote}`)
    .replace(AccessKeyAssignments, (_match, name: string, separator: string, quote: string, value: string) =>
      value === Hidden || value.startsWith(Hidden) ? _match
        : `${name}${separator}${quote}${maskAccessKeyId(value)}${quote}`)
    .replace(TokenCodeOptions, `$1${Hidden}`);
}
