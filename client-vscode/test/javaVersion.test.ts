import assert from 'node:assert/strict';
import { test } from 'node:test';

import { parseJavaMajorVersion } from '../src/server/javaVersion';

test('java -version output of modern releases', () => {
  const openjdk17 = 'openjdk version "17.0.15" 2025-04-15\n' +
    'OpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)';
  assert.equal(parseJavaMajorVersion(openjdk17), 17);
  assert.equal(parseJavaMajorVersion('openjdk version "21" 2023-09-19'), 21);
  assert.equal(parseJavaMajorVersion('java version "25.0.1" 2025-10-21 LTS'), 25);
  assert.equal(parseJavaMajorVersion('openjdk version "22-ea" 2024-03-19'), 22);
});

test('java -version output of Java 8', () => {
  assert.equal(parseJavaMajorVersion('openjdk version "1.8.0_392"\nOpenJDK Runtime Environment'), 8);
  assert.equal(parseJavaMajorVersion('java version "1.8.0_392"'), 8);
});

test('release file versions', () => {
  assert.equal(parseJavaMajorVersion('IMPLEMENTOR="Eclipse Adoptium"\nJAVA_VERSION="21"\n'), 21);
  assert.equal(parseJavaMajorVersion('JAVA_VERSION="17.0.15"\nOS_NAME="Linux"'), 17);
  assert.equal(parseJavaMajorVersion('JAVA_VERSION="1.8.0_392"'), 8);
});

test('text without a version', () => {
  assert.equal(parseJavaMajorVersion(''), undefined);
  assert.equal(parseJavaMajorVersion('bash: java: command not found'), undefined);
  assert.equal(parseJavaMajorVersion('openjdk version "abc"'), undefined);
});
