// Compiles each unit test in test/ to out/test/ so that `node --test` runs it without VS Code.
import { readdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const tests = readdirSync('test').filter((name) => name.endsWith('.test.ts')).map((name) => `test/${name}`);
rmSync('out/test', { recursive: true, force: true });
await build({
  entryPoints: tests,
  outdir: 'out/test',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  // A test that pulls in 'vscode' fails to load, which keeps the tested modules free of it.
  external: ['vscode'],
  logLevel: 'warning',
});
