// Runs the vitest suite once per host time zone. Every day boundary in the library is Asia/Shanghai,
// so the results must not move when the host's TZ does (RULES C6). The packaging and browser tests
// (test/integration) and the streaming-memory test load built files and measure no dates: they run
// once, in `npm run test:unit`.
import { spawnSync } from 'node:child_process';

const zones = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati'];
let failed = [];
for (const zone of zones) {
  console.log(`\n▶ vitest under TZ=${zone}`);
  const run = spawnSync('npx', ['vitest', 'run', '--reporter=dot', '--exclude', 'test/integration/**', '--exclude', 'test/cli/memory.test.ts'], { stdio: 'inherit', env: { ...process.env, TZ: zone } });
  if (run.status !== 0) failed.push(zone);
}
// A plain closing line that CI reads: whole-suite runs per time zone.
console.log(`\ntimezones: ${zones.length - failed.length} passed, ${failed.length} failed`);
if (failed.length > 0) {
  console.error(`The suite failed under TZ=${failed.join(', ')}`);
  process.exit(1);
}
console.log(`The suite passed under TZ=${zones.join(', ')}`);
