// Throughput of the command line (in-process `run` over NDJSON lines of approvalAuthority input)
// beside a plain NDJSON passthrough measured in the same run: the same chunked input, each line
// JSON.parse'd and JSON.stringify'd into an output line, written in batches to the same sink. The
// ratio is printed, by the wall clock and by CPU time, never asserted (aims: at least 0.5 for approvalAuthority, whose own cost is
// negligible, and 0.6 for repairStatus on 1 M lines, whose deadline is written as +08:00 text; for a costlier rule such as dueAt the last column shows how many lines per second the
// function alone manages, which bounds the command line). Self-contained, because bench/run.mjs
// times synchronous calls and a stream is not one:
//
//   npm run build >/dev/null && node bench/cli-throughput.mjs [lines | -] [functionName]
//
// Each case runs in a child process of its own, as the command line does (one process per batch and
// function): run one after another in one process, a case inherits the heap and the garbage of the
// cases before it, which moved the repairStatus ratio by 0.1 from run to run.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Readable, Writable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { run } from '../dist/cli.js';
import * as library from '../dist/index.js';

// A number on the command line sets every case's line count; otherwise each case's own (200,000 unless
// it says more: the repairStatus aim is stated for 1 M lines).
const linesArgument = process.argv[2] === undefined || process.argv[2] === '-' ? undefined : Number(process.argv[2]);
// A function name after it runs only that function's cases: node bench/cli-throughput.mjs - repairStatus
const onlyFunction = process.argv[3];
const CHUNK = 1 << 16;

function inputOf(values, lineCount) {
  let text = '';
  for (let index = 0; index < lineCount; index += 1) text += `${values[index % values.length]}\n`;
  return Buffer.from(text);
}

function readableOf(buffer) {
  return Readable.from(
    (function* chunks() {
      for (let start = 0; start < buffer.length; start += CHUNK) yield buffer.subarray(start, start + CHUNK);
    })(),
    { objectMode: false },
  );
}

function sink() {
  const counter = { bytes: 0 };
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      counter.bytes += chunk.length;
      callback();
    },
  });
  return { stream, counter };
}

// The baseline: split, parse, stringify, write in batches; nothing else.
async function passthrough(buffer, output) {
  const decoder = new TextDecoder();
  let rest = '';
  let line = 0;
  let batch = '';
  for await (const chunk of readableOf(buffer)) {
    const text = rest + decoder.decode(chunk, { stream: true });
    let start = 0;
    let newline = text.indexOf('\n');
    while (newline !== -1) {
      line += 1;
      const value = JSON.parse(text.slice(start, newline));
      batch += `${JSON.stringify({ line, ok: true, result: value })}\n`;
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    rest = text.slice(start);
    if (batch.length >= CHUNK) {
      if (!output.write(batch)) await new Promise((resolve) => output.once('drain', resolve));
      batch = '';
    }
  }
  output.write(batch);
}

const cliOf = (functionName) => async (buffer, output) => {
  const status = await run([functionName], {
    stdin: readableOf(buffer),
    stdout: output,
    stderr: sink().stream,
    version: 'bench',
  });
  if (status > 1) throw new Error(`the command line exited with ${status}`);
};

// The function alone, called on already-parsed arguments: how much of a line's cost is the rule's own.
function directLinesPerSecond(functionName, values, lineCount) {
  const fn = library[functionName];
  if (typeof fn !== 'function') return 0;
  const argumentLists = values.map((value) => {
    const parsed = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : [parsed];
  });
  const start = performance.now();
  for (let index = 0; index < lineCount; index += 1) {
    try {
      fn(...argumentLists[index % argumentLists.length]);
    } catch {
      // Refused lines cost what they cost.
    }
  }
  return lineCount / ((performance.now() - start) / 1000);
}

// Lines per second by the wall clock and by this process's CPU time (user + system): on a machine
// shared with other work the wall clock counts time the process waited for a core, the CPU time does
// not, so the CPU ratio is the steadier one.
async function time(task, buffer, lineCount) {
  const { stream, counter } = sink();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  await task(buffer, stream);
  const cpu = process.cpuUsage(cpuStart);
  const seconds = (performance.now() - start) / 1000;
  return { linesPerSecond: lineCount / seconds, linesPerCpuSecond: lineCount / ((cpu.user + cpu.system) / 1e6), bytes: counter.bytes };
}

const cases = [
  { functionName: 'approvalAuthority', label: 'valid amounts', aim: 0.5, values: ['0', '800', '1000', '1000.01', '4999.99', '5000', '120000'] },
  {
    functionName: 'approvalAuthority',
    label: '1 line in 10 invalid',
    aim: 0.5,
    values: ['0', '800', '1000', '1000.01', '4999.99', '5000', '120000', '-1', '800', '1000'],
  },
  // A fresh answer per line, with a Date to format: the cost of a deadline function.
  {
    functionName: 'dueAt',
    label: 'day periods',
    values: ['["2026-10-05T15:00:00+08:00",{"amount":3,"unit":"day"}]', '["2026-03-02T09:30:00+08:00",{"amount":1,"unit":"month"}]'],
  },
  // The helpdesk's batch: a repair's state with its deadline written as +08:00 text on every line.
  {
    functionName: 'repairStatus',
    label: 'mixed states',
    aim: 0.6,
    lines: 1_000_000,
    values: [
      '{"repairClass":"A","receivedAt":"2026-09-30T18:00:00+08:00","planAcceptedAt":"2026-09-30T20:00:00+08:00","asOf":"2026-10-03T12:00:00+08:00"}',
      '{"repairClass":"B","receivedAt":"2026-09-30T18:00:00+08:00","planAcceptedAt":"2026-10-01T10:00:00+08:00","asOf":"2026-10-09T12:00:00+08:00"}',
      '{"repairClass":"C","receivedAt":"2026-09-30T18:00:00+08:00","completedAt":"2026-10-12T08:00:00+08:00","asOf":"2026-10-20T00:00:00+08:00"}',
      '{"repairClass":"A","receivedAt":"2026-11-02T08:15:00+08:00","planAcceptedAt":"2026-11-02T09:00:00+08:00","asOf":"2026-11-04T17:30:00+08:00"}',
      '{"repairClass":"A","receivedAt":"2026-09-30T18:00:00+08:00","asOf":"2026-10-01T09:00:00+08:00"}',
    ],
  },
];

// The child's part: one case, its row as JSON on stdout.
const caseArgument = process.argv.find((argument) => argument.startsWith('--case='));
if (caseArgument !== undefined) {
  const benchCase = cases[Number(caseArgument.slice('--case='.length))];
  const lineCount = linesArgument ?? benchCase.lines ?? 200_000;
  const buffer = inputOf(benchCase.values, lineCount);
  const cli = cliOf(benchCase.functionName);
  // Warm up both, then keep the best of three alternating runs of each.
  await time(cli, buffer, lineCount);
  await time(passthrough, buffer, lineCount);
  const best = { cli: 0, baseline: 0, cliCpu: 0, baselineCpu: 0 };
  for (let round = 0; round < 3; round += 1) {
    const cliRun = await time(cli, buffer, lineCount);
    const baselineRun = await time(passthrough, buffer, lineCount);
    best.cli = Math.max(best.cli, cliRun.linesPerSecond);
    best.baseline = Math.max(best.baseline, baselineRun.linesPerSecond);
    best.cliCpu = Math.max(best.cliCpu, cliRun.linesPerCpuSecond);
    best.baselineCpu = Math.max(best.baselineCpu, baselineRun.linesPerCpuSecond);
  }
  process.stdout.write(
    `${JSON.stringify({
      function: `wuye-rules ${benchCase.functionName}`,
      case: `${benchCase.label}, ${lineCount.toLocaleString('en-US')} lines`,
      'CLI lines/s': Math.round(best.cli).toLocaleString('en-US'),
      'passthrough lines/s': Math.round(best.baseline).toLocaleString('en-US'),
      ratio: (best.cli / best.baseline).toFixed(2),
      'ratio by CPU time': (best.cliCpu / best.baselineCpu).toFixed(2),
      aim: benchCase.aim === undefined ? '' : `≥ ${benchCase.aim}`,
      'function alone lines/s': Math.round(directLinesPerSecond(benchCase.functionName, benchCase.values, lineCount)).toLocaleString('en-US'),
    })}\n`,
  );
} else {
  const rows = [];
  for (const [index, benchCase] of cases.entries()) {
    if (typeof library[benchCase.functionName] !== 'function' || (onlyFunction !== undefined && benchCase.functionName !== onlyFunction)) continue;
    const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), process.argv[2] ?? '-', benchCase.functionName, `--case=${index}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    });
    rows.push(JSON.parse(output));
  }
  console.table(rows);
}
