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

// The start of a JSON member, also inside JSON that was itself escaped into a string (\"key\": \"value\").
// Group 1 is the quote (" or \"), group 2 the key. The value is read by `valueEnd`, because a regular
// expression cannot tell an escaped quote inside a secret from the quote that ends it.
function jsonMemberStart(keys: string[]): RegExp {
  return new RegExp(`(\\\\?")(${keys.join('|')})\\1\\s*:\\s*`, 'g');
}

const SecretMembers = jsonMemberStart(SecretKeys);
const AccessKeyMembers = jsonMemberStart(AccessKeyKeys);

// Shell and config-file assignments: NAME=value, NAME='a value', $Env:NAME = 'value', fish's
// `set -gx NAME 'value'` and `aws_secret_access_key = value`. Group 3 is the quote, group 4 a quoted value
// and group 6 a bare one.
const SecretAssignments =
  /\b(AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN)(\s*=\s*|\s+)(?:(['"])(.*?)\3|()([^\s'"]+))/gi;
const AccessKeyAssignments = /\b(AWS_ACCESS_KEY_ID)(\s*=\s*|\s+)(?:(['"])(.*?)\3|()([^\s'"]+))/gi;
const TokenCodeOptions = /(--token-code[\s=]+)\d+/g;

/**
 * Returns the index just past a JSON value that starts at `start`. A string ends at the first quote whose
 * preceding backslashes mark it as the closing one: none or an even number in plain JSON, and one more than a
 * multiple of four inside JSON escaped into a string. Anything else (a number, true, null) ends at a delimiter.
 */
function valueEnd(text: string, start: number, quote: string): { end: number; quoted: boolean } {
  if (text.startsWith(quote, start)) {
    const nested = quote.length === 2;
    for (let i = start + quote.length; i < text.length; i++) {
      if (text[i] !== '"') {
        continue;
      }
      let backslashes = 0;
      while (text[i - 1 - backslashes] === '\\') {
        backslashes++;
      }
      if (nested ? backslashes % 4 === 1 : backslashes % 2 === 0) {
        return { end: i + 1, quoted: true };
      }
    }
    return { end: text.length, quoted: true };
  }
  const rest = text.slice(start).search(/[,}\]\s]/);
  return { end: rest < 0 ? text.length : start + rest, quoted: false };
}

function replaceMembers(text: string, members: RegExp, mask: (value: string) => string): string {
  let result = '';
  let copied = 0;
  members.lastIndex = 0;
  for (let match = members.exec(text); match; match = members.exec(text)) {
    const quote = match[1];
    const valueStart = match.index + match[0].length;
    const { end, quoted } = valueEnd(text, valueStart, quote);
    const value = quoted ? text.slice(valueStart + quote.length, end - quote.length) : text.slice(valueStart, end);
    result += text.slice(copied, valueStart) + (quoted ? `${quote}${mask(value)}${quote}` : `"${mask(value)}"`);
    copied = end;
    members.lastIndex = end;
  }
  return result + text.slice(copied);
}

/** Returns the last four characters of an access key id behind a mask. */
export function maskAccessKeyId(value: string): string {
  return value.length <= 4 ? Hidden : `${Hidden}${value.slice(-4)}`;
}

/**
 * Replaces secret access keys, session tokens and MFA codes in a line of log or trace text with `***`,
 * and shortens access key ids to their last four characters.
 */
export function redactSecrets(text: string): string {
  const members = replaceMembers(replaceMembers(text, SecretMembers, () => Hidden), AccessKeyMembers, maskAccessKeyId);
  return members
    .replace(SecretAssignments, (_match, name: string, separator: string, quote: string | undefined) =>
      `${name}${separator}${quote ?? ''}${Hidden}${quote ?? ''}`)
    .replace(AccessKeyAssignments, (match, name: string, separator: string, quote: string | undefined,
      quoted: string | undefined, _none: string | undefined, bare: string | undefined) => {
      const value = quoted ?? bare ?? '';
      return value.startsWith(Hidden) ? match
        : `${name}${separator}${quote ?? ''}${maskAccessKeyId(value)}${quote ?? ''}`;
    })
    .replace(TokenCodeOptions, `$1${Hidden}`);
}
