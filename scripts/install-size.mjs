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

// The files under a directory: their bytes (apparent size, as `du --apparent-size --block-size=1`
// counts) and the bytes of the file system's blocks they take (as `du` counts).
function sizeUnder(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return { bytes: stat.size, disk: stat.blocks * 512 };
  const total = { bytes: 0, disk: stat.blocks * 512 };
  for (const entry of readdirSync(path)) {
    const inner = sizeUnder(join(path, entry));
    total.bytes += inner.bytes;
    total.disk += inner.disk;
  }
  return total;
}

// Decimal units (1 kB = 1,000 bytes, 1 MB = 1,000,000), as the README states the sizes.
const format = (bytes) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(0)} kB`);

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
  const row = (name, size) => ({ package: name, files: format(size.bytes), 'on disk (blocks)': format(size.disk) });
  const rows = packages.map((name) => row(name, sizeUnder(join(modules, name))));
  // The package's own parts: the builds (ESM, CommonJS, typings, JSON Schema files) and the guides.
  for (const part of ['dist', 'docs']) rows.push(row(`  wuye-rules/${part}`, sizeUnder(join(modules, 'wuye-rules', part))));
  console.table(rows);
  console.log(`tarball ${packed.filename}: ${format(statSync(tarball).size)} (${packed.entryCount} files, ${format(packed.unpackedSize)} unpacked)`);
  const all = sizeUnder(modules);
  console.log(`installed with dependencies: ${format(all.bytes)} of files, ${format(all.disk)} on disk, in ${packages.length} package${packages.length === 1 ? '' : 's'}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
