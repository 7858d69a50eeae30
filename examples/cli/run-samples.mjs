// Runs every sample file of examples/cli/ through the built command line (dist/cli.js), as an ERP
// would: `node examples/cli/run-samples.mjs [extra options, e.g. --locale en]`. Prints each command and
// its NDJSON answers. Exits 1 when a run ends with a usage error (exit 2) or a sample's function does
// not exist; refused lines (exit 1) are expected: the samples mix good and bad cases on purpose.
//
// File names say how to run them: <function>.ndjson or <function>.csv; `.policy.` adds
// --policy company-policy.json, `.calendar.` adds --calendar example-notice-2027.json.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const directory = fileURLToPath(new URL('.', import.meta.url));
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const extra = process.argv.slice(2);
const width = 200;

let problems = 0;
for (const file of readdirSync(directory).filter((name) => /\.(ndjson|csv)$/.test(name)).sort()) {
  const functionName = file.split('.')[0];
  const args = [functionName, `examples/cli/${file}`, ...extra];
  if (file.includes('.policy.')) args.push('--policy', 'examples/cli/company-policy.json');
  if (file.includes('.calendar.')) args.push('--calendar', 'examples/cli/example-notice-2027.json');
  console.log(`\n$ wuye-rules ${args.join(' ')}`);
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8' });
  for (const line of run.stdout.split('\n').filter((text) => text !== '')) {
    console.log(`  ${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
  }
  if (run.stderr !== '') process.stderr.write(run.stderr);
  console.log(`  exit ${run.status}${run.status === 1 ? ' (some lines refused, as intended)' : ''}`);
  if (run.status !== 0 && run.status !== 1) problems += 1;
}
console.log(`\n${problems === 0 ? 'Every sample file ran.' : `${problems} sample file(s) could not run.`}`);
if (problems > 0) process.exit(1);
