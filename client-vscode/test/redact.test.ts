import assert from 'node:assert/strict';
import { test } from 'node:test';

import { maskAccessKeyId, redactSecrets } from '../src/server/redact';

const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const token = 'FwoGZXIvYXdzEBYaDK+token/with+slashes==';
const keyId = 'ASIAIOSFODNN7EXAMPLE';

test('trace of an assumeRole request hides the MFA code', () => {
  const trace = `Params: {\n    "profile": "admin",\n    "tokenCode": "123456"\n}`;
  const redacted = redactSecrets(trace);
  assert.equal(redacted.includes('123456'), false);
  assert.match(redacted, /"tokenCode": "\*\*\*"/);
  assert.match(redacted, /"profile": "admin"/);
});

test('trace of an assumeRole result hides the credentials', () => {
  const result = JSON.stringify({
    session: { profile: 'admin', expiration: '2026-12-04T13:00:00Z' },
    environment: { AWS_ACCESS_KEY_ID: keyId, AWS_SECRET_ACCESS_KEY: secret, AWS_SESSION_TOKEN: token },
  }, null, 4);
  const redacted = redactSecrets(`Result: ${result}`);
  assert.equal(redacted.includes(secret), false);
  assert.equal(redacted.includes(token), false);
  assert.equal(redacted.includes(keyId), false);
  assert.match(redacted, /"AWS_ACCESS_KEY_ID": "\*\*\*MPLE"/);
  assert.match(redacted, /"AWS_SECRET_ACCESS_KEY": "\*\*\*"/);
  assert.match(redacted, /"AWS_SESSION_TOKEN": "\*\*\*"/);
  assert.match(redacted, /"expiration": "2026-12-04T13:00:00Z"/);
});

test('compact JSON with SDK member names is redacted', () => {
  const line = `{"accessKeyId":"${keyId}","secretAccessKey":"${secret}","sessionToken":"${token}"}`;
  assert.equal(redactSecrets(line), '{"accessKeyId":"***MPLE","secretAccessKey":"***","sessionToken":"***"}');
});

test('JSON escaped inside a string is redacted', () => {
  const line = `"data": "{\\"tokenCode\\": \\"654321\\", \\"AWS_SESSION_TOKEN\\": \\"${token}\\"}"`;
  const redacted = redactSecrets(line);
  assert.equal(redacted.includes('654321'), false);
  assert.equal(redacted.includes(token), false);
});

test('shell assignments are redacted', () => {
  const text = [
    `export AWS_SECRET_ACCESS_KEY='${secret}'`,
    `AWS_SESSION_TOKEN=${token}`,
    `set -gx AWS_SESSION_TOKEN '${token}'`,
    `$Env:AWS_SECRET_ACCESS_KEY = '${secret}'`,
    `export AWS_ACCESS_KEY_ID='${keyId}'`,
    'aws-assume assume admin --token-code 123456',
  ].join('\n');
  const redacted = redactSecrets(text);
  assert.equal(redacted.includes(secret), false);
  assert.equal(redacted.includes(token), false);
  assert.equal(redacted.includes(keyId), false);
  assert.equal(redacted.includes('123456'), false);
  assert.match(redacted, /export AWS_ACCESS_KEY_ID='\*\*\*MPLE'/);
});

test('redaction is idempotent', () => {
  const once = redactSecrets(`{"AWS_ACCESS_KEY_ID": "${keyId}"} AWS_ACCESS_KEY_ID=${keyId}`);
  assert.equal(redactSecrets(once), once);
});

test('text without secrets is unchanged', () => {
  const line = '[Trace - 12:00:00] Sending request \'aws/profiles - (3)\'. {"profiles": [{"name": "admin"}]}';
  assert.equal(redactSecrets(line), line);
});

test('access key ids keep their last four characters', () => {
  assert.equal(maskAccessKeyId(keyId), '***MPLE');
  assert.equal(maskAccessKeyId('ABCD'), '***');
  assert.equal(maskAccessKeyId(''), '***');
});

test('redacts a secret that holds an escaped quote', () => {
  const line = '{"SecretAccessKey":"abc\\"def","next":"kept"}';
  assert.equal(redactSecrets(line), '{"SecretAccessKey":"***","next":"kept"}');
});

test('redacts an escaped quote inside JSON that is itself a string', () => {
  const line = '"{\\"sessionToken\\":\\"to\\\\\\"ken\\",\\"next\\":\\"kept\\"}"';
  assert.equal(redactSecrets(line), '"{\\"sessionToken\\":\\"***\\",\\"next\\":\\"kept\\"}"');
});

test('redacts an MFA code sent as a number', () => {
  assert.equal(redactSecrets('{"tokenCode": 123456, "profile": "admin"}'), '{"tokenCode": "***", "profile": "admin"}');
});

test('redacts a quoted shell value with spaces', () => {
  assert.equal(redactSecrets("AWS_SECRET_ACCESS_KEY='abc def' next"), "AWS_SECRET_ACCESS_KEY='***' next");
});

test('redacts the config file spelling of the keys', () => {
  assert.equal(redactSecrets('aws_secret_access_key = wJalrXUtnFEMI/K7MDENG'), 'aws_secret_access_key = ***');
  assert.equal(redactSecrets('aws_access_key_id = AKIAIOSFODNN7EXAMPLE'), 'aws_access_key_id = ***MPLE');
});
