import assert from 'node:assert/strict';
import { test } from 'node:test';

import { formatCountdown, secondsUntil } from '../src/statusBar/countdown';

test('countdown below an hour shows minutes and seconds', () => {
  assert.equal(formatCountdown(59 * 60 + 12), '59:12');
  assert.equal(formatCountdown(65), '1:05');
  assert.equal(formatCountdown(9), '0:09');
});

test('countdown from an hour shows hours', () => {
  assert.equal(formatCountdown(3600), '1:00:00');
  assert.equal(formatCountdown(3599), '59:59');
  assert.equal(formatCountdown(12 * 3600 - 1), '11:59:59');
  assert.equal(formatCountdown(3600 + 5 * 60 + 7), '1:05:07');
});

test('countdown at zero and below shows 0:00', () => {
  assert.equal(formatCountdown(0), '0:00');
  assert.equal(formatCountdown(-1), '0:00');
  assert.equal(formatCountdown(-3600), '0:00');
  assert.equal(formatCountdown(Number.NaN), '0:00');
});

test('countdown drops fractions of a second', () => {
  assert.equal(formatCountdown(59.99), '0:59');
});

test('secondsUntil counts whole seconds to the expiration', () => {
  const now = new Date('2026-12-04T12:00:00.000Z');
  assert.equal(secondsUntil('2026-12-04T13:00:00Z', now), 3600);
  assert.equal(secondsUntil('2026-12-04T11:59:00Z', now), -60);
  assert.equal(secondsUntil('not a date', now), 0);
});
