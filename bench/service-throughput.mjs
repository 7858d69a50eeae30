// Requests per second of `wuye-rules serve` answering POST /v1/approvalAuthority, beside a bare node:http
// server that parses and echoes the same JSON (bench/_echoServer.mjs), both measured with autocannon on
// loopback in the same run, alternately, each in its own process. The ratio is printed, never
// asserted (aim: at least 0.6). Only 127.0.0.1 is used; every round is bounded in time.
//
//   npm run build >/dev/null && node bench/service-throughput.mjs [seconds per round] [rounds]
import { cpuSeconds, startServer, stopServer } from './_server.mjs';
import autocannon from 'autocannon';

const seconds = Number(process.argv[2] ?? 5);
const rounds = Number(process.argv[3] ?? 2);
const body = '1000.01';

async function measure(server, path) {
  const { url } = server;
  const cpuBefore = cpuSeconds(server.child);
  const result = await autocannon({
    url: `${url}${path}`,
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json' },
    connections: 16,
    duration: seconds,
  });
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0) throw new Error(`${url}${path}: ${failed} failed requests`);
  const cpuAfter = cpuSeconds(server.child);
  const cpuPerRequest = cpuBefore === undefined || cpuAfter === undefined ? undefined : ((cpuAfter - cpuBefore) * 1e6) / result.requests.total;
  return { perSecond: result.requests.average, cpuPerRequest };
}

const bare = await startServer(['bench/_echoServer.mjs']);
const service = await startServer(['dist/cli.js', 'serve', '--port', '0']);
// A first short round warms both up (JIT, the service's evaluator).
await measure(bare, '/');
await measure(service, '/v1/approvalAuthority');
const samples = { bare: [], service: [] };
try {
  for (let round = 0; round < rounds; round += 1) {
    samples.bare.push(await measure(bare, '/'));
    samples.service.push(await measure(service, '/v1/approvalAuthority'));
  }
} finally {
  await Promise.all([stopServer(bare), stopServer(service)]);
}
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
const perSecond = (sample) => mean(sample.map((value) => value.perSecond));
const ratio = perSecond(samples.service) / perSecond(samples.bare);
const cpu = (sample) => (sample.some((value) => value.cpuPerRequest === undefined) ? undefined : mean(sample.map((value) => value.cpuPerRequest)));
const [serviceCpu, bareCpu] = [cpu(samples.service), cpu(samples.bare)];
console.log(`\nHTTP service throughput (autocannon, 16 connections, loopback, ${rounds} alternating rounds of ${seconds} s)`);
console.table([
  {
    request: `POST /v1/approvalAuthority ${body}`,
    'service req/s': Math.round(perSecond(samples.service)).toLocaleString('en-US'),
    'bare node:http echo req/s': Math.round(perSecond(samples.bare)).toLocaleString('en-US'),
    ratio: ratio.toFixed(2),
    aim: '≥ 0.6',
  },
]);
// On a shared machine the request rate follows whatever CPU the processes get; the server's own CPU
// time per request does not, so its ratio is printed too (bare ÷ service: higher is better, like the other).
if (serviceCpu !== undefined && bareCpu !== undefined) {
  console.log(`server CPU per request: service ${serviceCpu.toFixed(1)} µs, bare echo ${bareCpu.toFixed(1)} µs, ratio ${(bareCpu / serviceCpu).toFixed(2)}`);
}
