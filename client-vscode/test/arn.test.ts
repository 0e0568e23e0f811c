import assert from 'node:assert/strict';
import { test } from 'node:test';

import { accountIdFromArn } from '../src/contract/arn';

test('account id from role and MFA ARNs', () => {
  assert.equal(accountIdFromArn('arn:aws:iam::123456789012:role/admin'), '123456789012');
  assert.equal(accountIdFromArn('arn:aws:iam::123456789012:mfa/alice'), '123456789012');
  assert.equal(accountIdFromArn('arn:aws-cn:iam::210987654321:role/path/to/dev'), '210987654321');
  assert.equal(accountIdFromArn('arn:aws:sts::123456789012:assumed-role/admin/alice'), '123456789012');
});

test('account id missing from other text', () => {
  assert.equal(accountIdFromArn(undefined), undefined);
  assert.equal(accountIdFromArn(''), undefined);
  assert.equal(accountIdFromArn('GAHT12345678'), undefined);
  assert.equal(accountIdFromArn('arn:aws:s3:::bucket'), undefined);
  assert.equal(accountIdFromArn('arn:aws:iam::12345:role/short'), undefined);
});
