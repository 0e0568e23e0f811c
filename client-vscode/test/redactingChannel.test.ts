import assert from 'node:assert/strict';
import { test } from 'node:test';

import type * as vscode from 'vscode';

import { RedactingLogOutputChannel } from '../src/server/redactingChannel';

/** Records what reaches the wrapped channel, one entry per call. */
function recordingChannel(): { channel: vscode.LogOutputChannel; written: string[] } {
  const written: string[] = [];
  const record = (kind: string) => (value: string | Error, ...args: unknown[]) => {
    written.push(`${kind}:${String(value)}${args.length > 0 ? ` +${args.length} args` : ''}`);
  };
  const channel = {
    name: 'test',
    logLevel: 1,
    onDidChangeLogLevel: () => ({ dispose() {} }),
    trace: record('trace'),
    debug: record('debug'),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
    append: record('append'),
    appendLine: record('appendLine'),
    replace: record('replace'),
    clear: () => written.push('clear'),
    show: () => written.push('show'),
    hide: () => written.push('hide'),
    dispose: () => written.push('dispose'),
  } as unknown as vscode.LogOutputChannel;
  return { channel, written };
}

const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

test('channel redacts a trace split over append calls', () => {
  const { channel, written } = recordingChannel();
  const redacting = new RedactingLogOutputChannel(channel);
  redacting.append('[Trace - 12:00:00] ');
  redacting.append('{"tokenCode": "1234');
  redacting.appendLine('56", "profile": "admin"}');
  assert.deepEqual(written, ['appendLine:[Trace - 12:00:00] {"tokenCode": "***", "profile": "admin"}']);
});

test('channel flushes appended text at a newline', () => {
  const { channel, written } = recordingChannel();
  const redacting = new RedactingLogOutputChannel(channel);
  redacting.append(`"AWS_SECRET_ACCESS_KEY": "${secret}"\nrest`);
  assert.deepEqual(written, ['append:"AWS_SECRET_ACCESS_KEY": "***"\n']);
  redacting.appendLine('');
  assert.deepEqual(written.at(-1), 'appendLine:rest');
});

test('channel redacts log messages and their arguments', () => {
  const { channel, written } = recordingChannel();
  const redacting = new RedactingLogOutputChannel(channel);
  redacting.info('result', { environment: { AWS_SESSION_TOKEN: 'token-value', AWS_ACCESS_KEY_ID: 'ASIA0000WXYZ' } });
  redacting.error(new Error(`failed with AWS_SECRET_ACCESS_KEY=${secret}`));
  assert.equal(written.length, 2);
  assert.equal(written[0], 'info:result {"environment":{"AWS_SESSION_TOKEN":"***","AWS_ACCESS_KEY_ID":"***WXYZ"}}');
  assert.equal(written[1].includes(secret), false);
  assert.match(written[1], /^error:Error: failed with AWS_SECRET_ACCESS_KEY=\*\*\*/);
});

test('channel redacts replaced content', () => {
  const { channel, written } = recordingChannel();
  new RedactingLogOutputChannel(channel).replace(`{"sessionToken": "abc"}`);
  assert.deepEqual(written, ['replace:{"sessionToken": "***"}']);
});
