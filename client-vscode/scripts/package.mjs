// Builds the server jar, copies it next to the extension, bundles the extension and packs the .vsix.
// SKIP_SERVER_BUILD=1 reuses the jar that server/target already holds.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = path.resolve(clientDir, '..');
const builtJar = path.join(repoDir, 'server', 'target', 'assume-role-server.jar');
const bundledJar = path.join(clientDir, 'server', 'assume-role-server.jar');
const vsix = path.join(clientDir, 'assume-role-vscode.vsix');

function run(command, args, cwd) {
  console.log(`> ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd, stdio: 'inherit' });
}

if (process.env.SKIP_SERVER_BUILD === '1') {
  console.log('SKIP_SERVER_BUILD=1: using the jar already built.');
} else {
  run('mvn', ['-B', '-q', '-f', path.join(repoDir, 'pom.xml'), 'package', '-DskipTests'], repoDir);
}
if (!existsSync(builtJar)) {
  console.error(`Missing ${builtJar}. Build it with "mvn -B package" at the repository root.`);
  process.exit(1);
}
mkdirSync(path.dirname(bundledJar), { recursive: true });
copyFileSync(builtJar, bundledJar);

run(process.execPath, [path.join(clientDir, 'scripts', 'bundle.mjs'), '--minify'], clientDir);
run(process.execPath, [
  path.join(clientDir, 'node_modules', '@vscode', 'vsce', 'vsce'),
  'package',
  '--no-dependencies',
  '--allow-missing-repository',
  '--skip-license',
  '--out', vsix,
], clientDir);
console.log(`Packed ${vsix} (${(statSync(vsix).size / 1024 / 1024).toFixed(2)} MB).`);
