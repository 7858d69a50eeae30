// Cold start: how long a fresh Node process takes to import the package, beside a bare Node process
// started the same way in the same run. Each case runs in its own child process, alternating with
// the baseline, and the medians of N wall-clock times and of N CPU times (user + system, as the child
// reports them at exit: less sensitive to other load on the machine) are printed with the differences
// (aim: the root import costs at most 30 ms over bare Node). Printed, never asserted. Run after a build:
//
//   npx tsup >/dev/null && node bench/cold-start.mjs [runs]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 25);

// The package imports itself by name (package.json "exports"), as a user's code would.
const cases = [
  { label: "import 'wuye-rules'", code: "import 'wuye-rules';", aim: 30 },
  { label: "require('wuye-rules')", code: "require('wuye-rules');", type: 'commonjs' },
  { label: "import { classifyComplaint } from 'wuye-rules/complaint'", code: "import { classifyComplaint } from 'wuye-rules/complaint';" },
  { label: "require('wuye-rules/complaint')", code: "require('wuye-rules/complaint');", type: 'commonjs' },
  { label: "import 'wuye-rules' + definePolicy({})", code: "import { definePolicy } from 'wuye-rules'; definePolicy({});" },
  { label: "import 'wuye-rules/schemas' (zod)", code: "import 'wuye-rules/schemas';" },
];

// Wall-clock and CPU milliseconds of one child process that runs `code` and exits.
function measure(code, type = 'module') {
  const report = `${code}\nconst usage = process.cpuUsage(); process.stdout.write(String((usage.user + usage.system) / 1000));`;
  const start = performance.now();
  const child = spawnSync(process.execPath, [`--input-type=${type}`, '-e', report], { cwd: root, encoding: 'utf8' });
  const wall = performance.now() - start;
  if (child.status !== 0) throw new Error(`${code} failed: ${child.stderr}`);
  return { wall, cpu: Number(child.stdout) };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const rows = [];
for (const benchCase of cases) {
  const type = benchCase.type ?? 'module';
  // One warm-up of each (file-system caches), then alternate so that load on the machine hits both.
  measure('', type);
  measure(benchCase.code, type);
  const bare = [];
  const library = [];
  for (let run = 0; run < runs; run += 1) {
    bare.push(measure('', type));
    library.push(measure(benchCase.code, type));
  }
  const of = (list, key) => median(list.map((entry) => entry[key]));
  rows.push({
    case: benchCase.label,
    'bare node ms': of(bare, 'wall').toFixed(1),
    'with import ms': of(library, 'wall').toFixed(1),
    'over bare ms': (of(library, 'wall') - of(bare, 'wall')).toFixed(1),
    'CPU over bare ms': (of(library, 'cpu') - of(bare, 'cpu')).toFixed(1),
    // The median of each run's difference from the bare run beside it: steadier when the machine's
    // speed drifts during the series.
    'paired CPU ms': median(library.map((entry, index) => entry.cpu - bare[index].cpu)).toFixed(1),
    aim: benchCase.aim === undefined ? '' : `≤ ${benchCase.aim}`,
  });
}
console.log(`cold start, median of ${runs} child processes each`);
console.table(rows);
