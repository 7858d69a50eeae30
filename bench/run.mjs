// Runs every bench/*.bench.mjs against the built package (npm run bench builds first) and prints, for
// each case, the library's ops/s beside a hand-written inline baseline measured in the same run, and
// their ratio. Numbers are printed, never asserted: timings belong here, not in unit tests.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';

const directory = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
const files = readdirSync(directory)
  .filter((file) => file.endsWith('.bench.mjs') && (only === undefined || file.startsWith(only)))
  .sort();

const rows = [];
for (const file of files) {
  const { default: suite } = await import(pathToFileURL(`${directory}${file}`).href);
  for (const benchCase of suite.cases) {
    const bench = new Bench({ time: 300, warmupTime: 100 });
    bench.add('library', benchCase.run).add('baseline', benchCase.baseline);
    await bench.run();
    const [library, baseline] = bench.tasks.map((task) => task.result?.throughput?.mean ?? 0);
    const ratio = baseline === 0 ? 0 : library / baseline;
    rows.push({
      function: suite.name,
      case: benchCase.label,
      'library ops/s': Math.round(library).toLocaleString('en-US'),
      'baseline ops/s': Math.round(baseline).toLocaleString('en-US'),
      ratio: ratio.toFixed(2),
      aim: suite.aim === undefined ? '' : `≥ ${suite.aim}`,
    });
  }
}
console.table(rows);
