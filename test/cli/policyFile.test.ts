import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/arguments.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readUtf8File } from '../../src/cli/jsonFile.js';
import { readPolicyFile } from '../../src/cli/policyFile.js';
import { runCli } from './_helpers.js';

function usageMessage(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
}

// A key no version entry has: anything but effectiveFrom and policy, the keys of Object.prototype and
// JSON.parse's own __proto__ included.
const unknownKey = fc.oneof(
  fc.constantFrom('effectiveTo', 'effectivefrom', 'Policy', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', ''),
  fc.string({ maxLength: 12 }),
).filter((key) => key !== 'effectiveFrom' && key !== 'policy');

describe('readPolicyFile: effective-dated versions', () => {
  it('refuses an unknown key in any version entry, naming it at its index (regression: effectiveTo was ignored)', () => {
    fc.assert(
      fc.property(unknownKey, fc.jsonValue(), fc.nat({ max: 2 }), (key, value, at) => {
        const entries = ['2026-01-01', '2026-07-01', '2027-01-01'].map((effectiveFrom) => `{"effectiveFrom": "${effectiveFrom}", "policy": {}}`);
        entries[at] = `{"effectiveFrom": "2026-0${at + 1}-15", "policy": {}, ${JSON.stringify(key)}: ${JSON.stringify(value)}}`;
        const message = usageMessage(() => readPolicyFile('pv.json', `[${entries.join(', ')}]`));
        expect(message).toContain(`--policy pv.json: policyAt: versions[${at}].${key} must be one of the known fields (effectiveFrom, policy)`);
      }),
      { numRuns: 200 },
    );
  });

  it('still reads versions that have only effectiveFrom and policy', () => {
    const source = readPolicyFile('pv.json', '[{"effectiveFrom": "2026-01-01", "policy": {}}, {"policy": {"dayCounting": "elapsed"}, "effectiveFrom": "2026-07-01"}]');
    expect(source.kind === 'versions' && source.versions.map((version) => Object.keys(version).sort())).toEqual([
      ['effectiveFrom', 'policy'],
      ['effectiveFrom', 'policy'],
    ]);
  });

  it('stops the command line with exit 2 before reading any line, as for an unknown policy key', async () => {
    const files = { 'pv.json': '[{"effectiveFrom":"2026-01-01","policy":{},"effectiveTo":"2026-06-30"},{"effectiveFrom":"2026-07-01","policy":{"dayCounting":"elapsed"}}]' };
    const { status, stdout, stderr } = await runCli(['dueAt', '--policy', 'pv.json'], { input: '["2026-08-01T15:00:00+08:00",{"amount":1,"unit":"day"}]\n', files });
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^wuye-rules: --policy pv\.json: policyAt: versions\[0\]\.effectiveTo must be one of the known fields/);
  });
});

describe('readPolicyFile and --calendar: a leading byte-order mark', () => {
  it('reads a policy file saved with a BOM as the same file without it (regression: it was invalid JSON)', () => {
    fc.assert(
      fc.property(fc.constantFrom('{"dayCounting": "elapsed"}', '{}', '[{"effectiveFrom": "2026-01-01", "policy": {"dayCounting": "elapsed"}}]', ' \n{"restDays": "weekends"}'), (text) => {
        expect(readPolicyFile('p.json', `\uFEFF${text}`)).toEqual(readPolicyFile('p.json', text));
      }),
    );
    // Only one mark, and only at the start: anything else is still not JSON.
    expect(usageMessage(() => readPolicyFile('p.json', '\uFEFF\uFEFF{}'))).toMatch(/^--policy p\.json is not valid JSON/);
    expect(usageMessage(() => readPolicyFile('p.json', ' \uFEFF{}'))).toMatch(/^--policy p\.json is not valid JSON/);
  });

  it('runs the command line and the calendar file with a BOM', async () => {
    const files = { 'p.json': '\uFEFF{"dayCounting": "elapsed"}', 'c.json': '\uFEFF{"year": 2027, "holidays": ["2027-01-01"], "workdays": []}' };
    const { status, lines } = await runCli(['isWorkday', '--policy', 'p.json', '--calendar', 'c.json'], { input: '"2027-01-01"\n"2027-01-04"\n', files });
    expect(status).toBe(0);
    expect(lines.map((line) => line.result)).toEqual([false, true]);
  });
});

describe('--policy and --calendar files: a setting given twice, bytes that are not UTF-8', () => {
  it('refuses a member name given twice in one object, naming where (JSON.parse would keep the last)', async () => {
    expect(usageMessage(() => readPolicyFile('p.json', '{"dayCounting": "elapsed", "restDays": "weekends", "dayCounting": "civil-code"}'))).toBe(
      '--policy p.json gives dayCounting twice in one object; give each setting once (JSON would keep the last one silently)',
    );
    expect(usageMessage(() => readPolicyFile('pv.json', '[{"effectiveFrom": "2026-01-01", "policy": {"complaint": {"x": 1, "\\u0078": 2}}}]'))).toContain('gives [0].policy.complaint.x twice');
    const { status, stdout, stderr } = await runCli(['isWorkday', '--calendar', 'c.json'], {
      input: '"2027-01-04"\n',
      files: { 'c.json': '{"from": 2027, "to": 2027, "holidays": [], "workdays": [], "to": 2028}' },
    });
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toContain('--calendar c.json gives to twice in one object');
  });

  it('reads the same file when each name is given once, wherever names repeat across objects', () => {
    expect(readPolicyFile('p.json', '{"complaint": {"approvalBands": [{"approver": "sales-manager", "upTo": {"value": 1000, "inclusive": true}}, {"approver": "general-manager", "upTo": null}]}}').kind).toBe('policy');
  });

  it('refuses a file that is not UTF-8 rather than reading its bytes as replacement characters', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'wuye-utf8-'));
    try {
      const file = join(directory, 'p.json');
      await writeFile(file, Buffer.concat([Buffer.from('{"complaint": {"approvers": {"x": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}}}')]));
      await expect(readUtf8File(file)).rejects.toThrow(/^line 1 \(byte 36\) is not valid UTF-8$/);
      // Where: the line and the byte of the first fault, a BOM and earlier lines counted.
      await writeFile(file, Buffer.concat([Buffer.from('\uFEFF{\n  "dayCounting":\r\n "'), Buffer.from([0xe6, 0x97]), Buffer.from('"}')]));
      await expect(readUtf8File(file)).rejects.toThrow(/^line 3 \(byte 26\) is not valid UTF-8$/);
      await writeFile(file, '\uFEFF{"dayCounting": "elapsed"}');
      expect(readPolicyFile(file, await readUtf8File(file)).kind).toBe('policy');
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
