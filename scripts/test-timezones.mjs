// The time-zone differential. Every day boundary in the library is Asia/Shanghai, so no answer may move
// when the host's zone does. Instead of rerunning the unit suite per zone, a corpus of calls of every
// exported function (scripts/timezones/corpus.mjs: valid and invalid inputs, instants around midnight
// in Shanghai, DST transitions elsewhere, the date line, year ends) is evaluated in one child process
// per host zone, and the serialized outputs (results with Dates as epoch ms; errors' class, code, path
// and message) must be byte-identical. Tests of the zone logic itself are in the unit suite.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildCorpus } from './timezones/corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const zones = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Australia/Lord_Howe', 'Pacific/Pago_Pago'];
const MINIMUM_CALLS = 500;
const work = join(root, 'test/.tmp/timezones');
mkdirSync(work, { recursive: true });

// The library from source, with the command line's registry and example lines, in one file.
const bundlePath = join(work, 'library.mjs');
await build({
  stdin: {
    contents: [
      "export * as library from './src/index.ts';",
      "export { defaultRegistry } from './src/cli/defaultRegistry.ts';",
      "export { exampleLines } from './src/cli/examples.ts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: bundlePath,
  logLevel: 'warning',
});
const { library, defaultRegistry, exampleLines } = await import(pathToFileURL(bundlePath).href);
const registry = defaultRegistry();
const corpus = buildCorpus(registry, exampleLines, library);
const corpusPath = join(work, 'corpus.json');
writeFileSync(corpusPath, JSON.stringify(corpus));

function evaluate(zone) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts/timezones/child.mjs'), bundlePath, corpusPath], {
      env: { ...process.env, TZ: zone },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0) reject(new Error(`the child under TZ=${zone} exited with ${status}`));
      else resolve(Buffer.concat(chunks).toString('utf8').split('\n').slice(0, -1));
    });
  });
}

// Two children at a time: the machine class this runs on has two cores.
const outputs = new Map();
for (let index = 0; index < zones.length; index += 2) {
  const batch = zones.slice(index, index + 2);
  const results = await Promise.all(batch.map(evaluate));
  batch.forEach((zone, position) => outputs.set(zone, results[position]));
}

const reference = outputs.get('UTC');
let passed = 0;
const failures = [];
for (let index = 0; index < corpus.length; index += 1) {
  const differing = zones.filter((zone) => outputs.get(zone)[index] !== reference[index]);
  if (differing.length === 0 && reference[index] !== undefined) passed += 1;
  else failures.push({ index, differing });
}
for (const zone of zones) {
  if (outputs.get(zone).length !== corpus.length) console.error(`TZ=${zone}: ${outputs.get(zone).length} outputs for ${corpus.length} calls`);
}

const functions = new Set(corpus.map((call) => call.fn));
const errors = reference.filter((line) => line.startsWith('{"error"')).length;
console.log(`${corpus.length} calls of ${functions.size} functions (${corpus.length - errors} results, ${errors} errors) under TZ=${zones.join(', ')}`);
for (const { index, differing } of failures.slice(0, 20)) {
  const { fn, args } = corpus[index];
  console.error(`\n✗ ${fn}(${JSON.stringify(args).slice(1, -1)})`);
  console.error(`  TZ=UTC: ${reference[index]}`);
  for (const zone of differing) console.error(`  TZ=${zone}: ${outputs.get(zone)[index]}`);
}
if (failures.length > 20) console.error(`\n… and ${failures.length - 20} more calls that differ`);
let failed = failures.length;
if (corpus.length < MINIMUM_CALLS) {
  console.error(`The corpus has ${corpus.length} calls, fewer than ${MINIMUM_CALLS}: it no longer spans the library`);
  failed += 1;
}
const unregistered = [...registry.keys()].filter((name) => !functions.has(name));
if (unregistered.length > 0) {
  console.error(`No call of ${unregistered.join(', ')}`);
  failed += unregistered.length;
}
// A plain closing line that CI reads: calls whose output is identical under every zone.
console.log(`timezones: ${passed} passed, ${failed} failed`);
if (failed > 0) process.exit(1);
