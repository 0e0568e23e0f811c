import assert from 'node:assert/strict';
import { test } from 'node:test';

import { Messages } from '../src/messages';
import { normalizeMfaCode, validateMfaCode } from '../src/prompts/mfaCode';

test('MFA code of six digits is valid', () => {
  assert.equal(validateMfaCode('123456'), undefined);
  assert.equal(validateMfaCode('000000'), undefined);
});

test('MFA code with spaces is valid and normalized', () => {
  assert.equal(validateMfaCode(' 123 456 '), undefined);
  assert.equal(normalizeMfaCode(' 123 456 '), '123456');
  assert.equal(normalizeMfaCode('123\t456\n'), '123456');
});

test('MFA code of wrong length or characters is rejected', () => {
  for (const value of ['', '12345', '1234567', '12345a', 'abcdef', '١٢٣٤٥٦', '12-456', '+12345']) {
    assert.equal(validateMfaCode(value), Messages.mfaCodeInvalid, JSON.stringify(value));
  }
});
