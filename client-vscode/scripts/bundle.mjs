// Bundles the extension into dist/extension.js with esbuild.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  minify: process.argv.includes('--minify'),
  sourcemap: process.argv.includes('--sourcemap'),
  logLevel: 'warning',
});
