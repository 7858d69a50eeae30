// Prints what `npm install wuye-rules` puts on a user's disk: the package as npm would publish it,
// installed with its runtime dependencies (no dev dependencies) into an empty temporary project.
// Builds nothing itself; run after `npm run build` (npm run size:install does both):
//
//   npm run size:install
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];

// Bytes of the files under a directory (apparent size, as `du --apparent-size` counts).
function bytesUnder(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  let total = 0;
  for (const entry of readdirSync(path)) total += bytesUnder(join(path, entry));
  return total;
}

const format = (bytes) => `${(bytes / 1024).toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} kB`;

const work = mkdtempSync(join(tmpdir(), 'wuye-rules-install-'));
try {
  const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', work, ...quiet], { cwd: root, encoding: 'utf8' }))[0];
  const tarball = join(work, packed.filename);
  const project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'install-size', private: true }));
  execFileSync(npm, ['install', '--omit=dev', '--ignore-scripts', ...quiet, tarball], { cwd: project, stdio: 'inherit' });

  const modules = join(project, 'node_modules');
  const packages = readdirSync(modules)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => (name.startsWith('@') ? readdirSync(join(modules, name)).map((inner) => `${name}/${inner}`) : [name]));
  const rows = packages.map((name) => ({ package: name, 'installed size': format(bytesUnder(join(modules, name))) }));
  console.table(rows);
  console.log(`tarball ${packed.filename}: ${format(statSync(tarball).size)} (${packed.entryCount} files, ${format(packed.unpackedSize)} unpacked)`);
  console.log(`installed with dependencies: ${format(bytesUnder(modules))} in ${packages.length} package${packages.length === 1 ? '' : 's'}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
