// `npm run demo`: evaluates the sample cases in examples/*.json with the built package and prints
// each decision with the rules it rests on. Builds first when dist/ is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}dist/index.js`)) {
  console.log('Building the package first (npm run build)…');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const library = await import(pathToFileURL(`${root}dist/index.js`).href);
const locale = process.argv.includes('--zh') ? 'zh-Hans' : 'en';

// Renders a result value on one line: Dates in Shanghai time, arrays and objects compactly.
function show(value) {
  if (value instanceof Date) return library.toShanghaiIsoString(value);
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value).map(([key, field]) => `${key}: ${show(field)}`).join(', ')} }`;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const files = readdirSync(`${root}examples`).filter((file) => file.endsWith('.json')).sort();
let failures = 0;
let count = 0;
for (const file of files) {
  const cases = JSON.parse(readFileSync(`${root}examples/${file}`, 'utf8'));
  console.log(`\n━━ ${file.replace(/\.json$/, '')} ${'━'.repeat(Math.max(0, 70 - file.length))}`);
  for (const sample of cases) {
    count += 1;
    const fn = library[sample.function];
    const call = `${sample.function}(${sample.args.map((arg) => JSON.stringify(arg)).join(', ')})`;
    console.log(`\n▸ ${sample.title}`);
    console.log(`  ${call.length > 140 ? `${call.slice(0, 137)}...` : call}`);
    if (typeof fn !== 'function') {
      console.log(`  ✗ no function named ${sample.function}`);
      failures += 1;
      continue;
    }
    try {
      const result = fn(...sample.args);
      if (result !== null && typeof result === 'object' && !Array.isArray(result) && !(result instanceof Date) && 'basis' in result) {
        const { basis, ...answer } = result;
        console.log(`  → ${show(answer)}`);
        for (const [index, line] of library.explain(basis, locale).entries()) console.log(`    ${basis[index]}: ${line}`);
      } else {
        console.log(`  → ${show(result)}`);
      }
    } catch (error) {
      const expected = sample.expectError === true;
      console.log(`  ${expected ? '→ refused' : '✗'} ${error.name} [${error.code ?? ''}] ${error.message}`);
      if (!expected) failures += 1;
    }
  }
}
// The same kind of cases through the command line, as an ERP would run them (examples/cli/).
console.log(`\n━━ command line ${'━'.repeat(56)}`);
const cliSamples = spawnSync(process.execPath, [`${root}examples/cli/run-samples.mjs`], { cwd: root, stdio: 'inherit' });
if (cliSamples.status !== 0) failures += 1;

console.log(`\n${count} sample cases, ${failures} unexpected failures.`);
if (failures > 0) process.exit(1);
