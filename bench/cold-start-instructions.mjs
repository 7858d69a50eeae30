// Cold start counted in instructions rather than milliseconds: on a shared machine the CPU time of a
// ~150 ms Node start drifts by tens of milliseconds between series, while the instruction count of a
// single-threaded Node with fixed seeds, address randomization off, under valgrind's callgrind, is the
// same to within a few thousand from run to run. Prints bare Node, an empty package imported by name
// (what Node spends on any package), and `import 'wuye-rules'`. Needs valgrind and setarch
// (`apt-get install valgrind`); not part of `npm run bench`. Run after a build:
//
//   npm run build && node bench/cold-start-instructions.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function instructions(code, cwd) {
  const args = ['-R', 'valgrind', '--tool=callgrind', '--callgrind-out-file=/dev/null', '--smc-check=all-non-file', process.execPath, '--single-threaded', '--hash-seed=1', '--random-seed=1', '--input-type=module', '-e', code];
  const run = spawnSync('setarch', args, { cwd, encoding: 'utf8' });
  if (run.error || run.status !== 0) throw new Error(`valgrind failed (${run.error?.message ?? run.stderr.slice(-300)})`);
  const collected = /Collected : (\d+)/.exec(run.stderr);
  if (!collected) throw new Error('no instruction count in valgrind output');
  return Number(collected[1]);
}

// An empty package beside the repository's own node_modules, imported by name as wuye-rules is.
const scratch = mkdtempSync(join(tmpdir(), 'wuye-cold-'));
try {
  mkdirSync(join(scratch, 'node_modules', 'empty-package'), { recursive: true });
  writeFileSync(join(scratch, 'node_modules', 'empty-package', 'package.json'), JSON.stringify({ name: 'empty-package', type: 'module', exports: './index.js' }));
  writeFileSync(join(scratch, 'node_modules', 'empty-package', 'index.js'), 'export const empty = true;\n');
  const bare = instructions('', root);
  const empty = instructions("import 'empty-package';", scratch);
  const library = instructions("import 'wuye-rules';", root);
  const millions = (count) => `${(count / 1e6).toFixed(1)} M`;
  console.log('cold start in instructions (callgrind, single-threaded, fixed seeds)');
  console.table([
    { case: 'bare node', instructions: millions(bare), 'over bare': '' },
    { case: "import 'empty-package'", instructions: millions(empty), 'over bare': millions(empty - bare) },
    { case: "import 'wuye-rules'", instructions: millions(library), 'over bare': millions(library - bare), 'over an empty package': millions(library - empty) },
  ]);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
