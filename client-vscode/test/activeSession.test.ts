import assert from 'node:assert/strict';
import { test } from 'node:test';

import { fromStored, toStored, type ActiveSession } from '../src/session/activeSession';

const active: ActiveSession = {
  session: {
    profile: 'admin',
    roleArn: 'arn:aws:iam::123456789012:role/admin',
    assumedRoleArn: 'arn:aws:sts::123456789012:assumed-role/admin/alice',
    accountId: '123456789012',
    sessionName: 'alice',
    expiration: '2026-12-04T13:00:00Z',
  },
  variables: new Map([['AWS_ACCESS_KEY_ID', 'ASIA1234'], ['AWS_ASSUME_ROLE_PROFILE', 'admin']]),
  restored: false,
};

test('stored session round trip marks it restored', () => {
  const restored = fromStored(JSON.stringify(toStored(active)));
  assert.ok(restored);
  assert.deepEqual(restored.session, active.session);
  assert.deepEqual([...restored.variables], [...active.variables]);
  assert.equal(restored.restored, true);
});

test('stored session rejects other content', () => {
  assert.equal(fromStored(undefined), undefined);
  assert.equal(fromStored(''), undefined);
  assert.equal(fromStored('not json'), undefined);
  assert.equal(fromStored('{"version": 2}'), undefined);
  assert.equal(fromStored(JSON.stringify({ ...toStored(active), variables: 'x' })), undefined);
  assert.equal(fromStored(JSON.stringify({ ...toStored(active), session: { profile: 'a' } })), undefined);
});

test('stored session drops malformed variables', () => {
  const text = JSON.stringify({ ...toStored(active), variables: [['A', 'b'], ['C'], [1, 'd'], 'e'] });
  assert.deepEqual([...(fromStored(text)?.variables ?? [])], [['A', 'b']]);
});
