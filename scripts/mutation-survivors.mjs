// node scripts/mutation-survivors.mjs reports/mutation/<name>.json: the surviving and uncovered mutants of
// a Stryker JSON report, one line each (file:line:column, mutator, the replacement), and the score per
// file — the list a contributor works through when adding tests.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (file === undefined) {
  console.error('usage: node scripts/mutation-survivors.mjs reports/mutation/<name>.json');
  process.exit(2);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const detected = new Set(['Killed', 'Timeout']);
const counted = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
for (const [path, { source, mutants }] of Object.entries(report.files)) {
  const lines = source.split('\n');
  const scored = mutants.filter((mutant) => counted.has(mutant.status));
  const killed = scored.filter((mutant) => detected.has(mutant.status)).length;
  const score = scored.length === 0 ? 'n/a' : `${((100 * killed) / scored.length).toFixed(1)}%`;
  console.log(`${path}: ${score} (${killed} of ${scored.length})`);
  for (const mutant of mutants) {
    if (detected.has(mutant.status) || !counted.has(mutant.status)) continue;
    const { line, column } = mutant.location.start;
    const original = lines[line - 1].trim();
    console.log(`  ${mutant.status} ${path}:${line}:${column} ${mutant.mutatorName}: ${original.slice(0, 100)}\n      → ${String(mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 120)}`);
  }
}
