// Runs every bench/*.bench.mjs against the built package (npm run bench builds first) and prints, for
// each case, the library's ops/s beside a hand-written inline baseline measured in the same run, and
// their ratio. Numbers are printed, never asserted: timings belong here, not in unit tests.
//
// Each case runs in up to ROUNDS short rounds, library then baseline in each, and the table shows the
// medians: on a shared machine one long pair of measurements gave ratios anywhere from 0.30 to 0.67
// for the same build (a neighbour's load landing on one side of the pair); the median of paired rounds
// moved by about a tenth between runs of the whole bench on the same machine.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';

const directory = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
const files = readdirSync(directory)
  .filter((file) => file.endsWith('.bench.mjs') && (only === undefined || file.startsWith(only)))
  .sort();

const ROUNDS = 7;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const rows = [];
for (const file of files) {
  const { default: suite } = await import(pathToFileURL(`${directory}${file}`).href);
  for (const benchCase of suite.cases) {
    const libraries = [];
    const baselines = [];
    const ratios = [];
    const started = performance.now();
    // At least three rounds; seven unless a case is slow (appraiseMonth of 100,000 members).
    for (let round = 0; round < ROUNDS && (round < 3 || performance.now() - started < 4_000); round += 1) {
      // tinybench's default minimum of 64 iterations would hold a one-second call for a minute a round.
      const bench = new Bench({ time: 120, iterations: 1, warmupTime: round === 0 ? 100 : 20, warmupIterations: round === 0 ? 2 : 1 });
      bench.add('library', benchCase.run).add('baseline', benchCase.baseline);
      await bench.run();
      const [roundLibrary, roundBaseline] = bench.tasks.map((task) => task.result?.throughput?.mean ?? 0);
      libraries.push(roundLibrary);
      baselines.push(roundBaseline);
      ratios.push(roundBaseline === 0 ? 0 : roundLibrary / roundBaseline);
    }
    const library = median(libraries);
    const baseline = median(baselines);
    const ratio = median(ratios);
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
