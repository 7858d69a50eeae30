// Lines per second of `wuye-rules serve` answering a bulk POST /v1/approvalAuthority/batch: the whole
// body offered at once (as an ERP export would send it) and read back as it streams. Measures the
// high-throughput path of the batch route, which must not get slower for the sake of answering
// trickled input promptly. Printed, never asserted. Only 127.0.0.1 is used.
//
//   npm run build >/dev/null && node bench/service-batch-throughput.mjs [lines] [rounds]
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { cpuSeconds, startServer, stopServer } from './_server.mjs';

const lines = Number(process.argv[2] ?? 1_000_000);
const rounds = Number(process.argv[3] ?? 3);

// The body in 64 KiB chunks of whole and cut lines, built once: amounts of every approval tier.
const CHUNK = 1 << 16;
const text = Array.from({ length: lines }, (_, index) => `${(index * 37) % 12_000}.5\n`).join('');
const bytes = Buffer.from(text, 'utf8');
const chunks = [];
for (let at = 0; at < bytes.length; at += CHUNK) chunks.push(bytes.subarray(at, at + CHUNK));


// One batch: resolves to the milliseconds from the first byte sent to the last byte received.
function batch(url) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let newlines = 0;
    const post = request(`${url}/v1/approvalAuthority/batch`, { method: 'POST', agent: false }, (response) => {
      response.on('data', (chunk) => {
        for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) newlines += 1;
      });
      response.on('end', () => {
        if (newlines !== lines) reject(new Error(`${newlines} answers to ${lines} lines`));
        else resolve(performance.now() - started);
      });
    });
    post.on('error', reject);
    // Written as fast as the socket takes it: the service always has more input waiting.
    let index = 0;
    const pump = () => {
      while (index < chunks.length) {
        if (!post.write(chunks[index++])) {
          post.once('drain', pump);
          return;
        }
      }
      post.end();
    };
    pump();
  });
}

const service = await startServer(['dist/cli.js', 'serve', '--port', '0']);
const samples = [];
// On a shared machine the wall clock follows whatever CPU the client leaves the server; the server's
// own CPU time per line does not, so it is printed too.
const cpu = [];
try {
  await batch(service.url); // warm-up: JIT, the evaluator
  for (let round = 0; round < rounds; round += 1) {
    const before = cpuSeconds(service.child);
    samples.push(await batch(service.url));
    const after = cpuSeconds(service.child);
    if (before !== undefined && after !== undefined) cpu.push(((after - before) * 1e6) / lines);
  }
} finally {
  await stopServer(service);
}
const best = Math.min(...samples);
const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
console.log(`\nHTTP batch throughput (POST /v1/approvalAuthority/batch, ${lines.toLocaleString('en-US')} lines, ${(bytes.length / 1e6).toFixed(1)} MB, ${rounds} rounds)`);
console.table([
  {
    'best lines/s': Math.round((lines / best) * 1000).toLocaleString('en-US'),
    'mean lines/s': Math.round((lines / mean) * 1000).toLocaleString('en-US'),
    'best ms': Math.round(best),
    'server CPU µs/line': cpu.length === 0 ? 'n/a' : (cpu.reduce((sum, value) => sum + value, 0) / cpu.length).toFixed(3),
  },
]);
