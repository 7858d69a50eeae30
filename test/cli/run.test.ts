import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/cli/defaultRegistry.js';
import { exampleLines } from '../../src/cli/examples.js';
import { run } from '../../src/cli/run.js';
import { CalendarCoverageError, InvalidInputError, PolicyError, WuyeRulesError } from '../../src/core/errors.js';
import { toEpochMs } from '../../src/core/instant.js';
import type { Policy } from '../../src/policy/Policy.js';
import { Collector, fakeRegistry, instantJson, runCli } from './_helpers.js';

const recordSchema = {
  type: 'object',
  properties: {
    amount: { type: 'number' },
    code: { type: 'string' },
    flag: { type: 'boolean' },
    tags: { type: 'array', items: { type: 'string' } },
    asOf: instantJson,
    unresolved: { type: 'object', properties: { openedAt: instantJson, asOf: instantJson } },
  },
  required: ['amount'],
};

// Stand-ins with known behaviour, so the command line is tested apart from the rules.
const registry = fakeRegistry({
  record: [(input: unknown) => ({ received: input }), recordSchema, 'input'],
  instant: [
    (value: unknown) => {
      const ms = toEpochMs(value, 'instant', ['value']);
      return { at: new Date(ms), later: [new Date(ms + 3_600_000)], basis: ['complaint.approval'] };
    },
    instantJson,
    'input',
  ],
  crash: [
    (value: unknown) => {
      if (value === 'string') throw 'a thrown string';
      if (value === 'policy') throw new PolicyError(['complaint', 'approvalBands'], 'crash: the bands leave 5 uncovered', 'not_covered');
      if (value === 'coverage') throw new CalendarCoverageError(2031, 'crash: 2031 is not covered');
      if (value === 'coverage-at') throw new CalendarCoverageError(2031, 'crash: 2031 is not covered', ['day']);
      if (value === 'rule') throw new WuyeRulesError('crash: some other refusal');
      if (value === 'bad-date') return new Date(Number.NaN);
      if (value === 'undefined') return undefined;
      return (value as { missing: { field: number } }).missing.field;
    },
    {},
    'input',
  ],
  deadline: [
    (from: unknown, period: unknown, options?: { policy?: Policy }) => ({ from, period, dayCounting: options?.policy?.dayCounting ?? 'none' }),
    { type: 'array', prefixItems: [instantJson, { type: 'object', properties: { amount: { type: 'integer' }, unit: { type: 'string' } }, required: ['unit'] }] },
    'args',
  ],
  bag: [
    (score: unknown, options?: { employmentMonth?: number; policy?: Policy }) => ({
      score,
      employmentMonth: options?.employmentMonth ?? null,
      dayCounting: options?.policy?.dayCounting ?? 'none',
    }),
    { type: 'array', prefixItems: [{ type: 'number' }, { type: 'object', properties: { employmentMonth: { type: 'integer' } } }] },
    'args',
  ],
  tupleWithOptions: [
    (value: unknown, options?: { policy?: Policy }) => ({ value, dayCounting: options?.policy?.dayCounting ?? 'none' }),
    { type: 'array', prefixItems: [{ type: 'number' }, { type: 'object', properties: { policy: { type: 'object' } } }] },
    'args',
  ],
});

const elapsedPolicy = JSON.stringify({ dayCounting: 'elapsed' });

describe('wuye-rules command line: NDJSON', () => {
  it('answers every line in order, good and bad mixed, and exits 1 when a line failed', async () => {
    const { status, lines, stderr } = await runCli(['approvalAuthority'], { input: '800\n1000.01\n-1\n"x"\n5000\n1000.004\n' });
    expect(status).toBe(1);
    expect(stderr).toBe('');
    expect(lines).toEqual([
      { line: 1, ok: true, result: { approver: 'sales-manager', basis: ['complaint.approval'] } },
      { line: 2, ok: true, result: { approver: 'deputy-general-manager', basis: ['complaint.approval'] } },
      { line: 3, ok: false, error: { code: 'negative', path: ['amountYuan'], message: 'approvalAuthority: amountYuan must be a non-negative number, received -1' } },
      { line: 4, ok: false, error: { code: 'invalid_type', path: ['amountYuan'], message: 'approvalAuthority: amountYuan must be a number, received "x"' } },
      { line: 5, ok: true, result: { approver: 'general-manager', basis: ['complaint.approval'] } },
      { line: 6, ok: false, error: expect.objectContaining({ code: 'sub_fen_amount', path: ['amountYuan'] }) },
    ]);
  });

  it('exits 0 when every line succeeded, and writes nothing for empty input', async () => {
    expect((await runCli(['approvalAuthority'], { input: '0\n999.99\n' })).status).toBe(0);
    const empty = await runCli(['approvalAuthority'], { input: '' });
    expect([empty.status, empty.stdout]).toEqual([0, '']);
  });

  it('skips blank lines but keeps counting them, and reads CRLF, a byte-order mark and a last line without a break', async () => {
    const { lines } = await runCli(['approvalAuthority'], { input: '\uFEFF800\r\n\r\n   \n\t\n6000' });
    expect(lines.map((line) => [line.line, line.ok])).toEqual([
      [1, true],
      [5, true],
    ]);
  });

  it('answers a line longer than the limit with its own line_too_long error and goes on, however the line arrives', async () => {
    const long = `[${'1'.repeat(40)}]`;
    for (const input of [`800\n${long}\n5000\n`, ['800\n[1', '1'.repeat(30), `${'1'.repeat(9)}]\n5000`], `800\r\n${long}`]) {
      const { status, lines } = await runCli(['approvalAuthority'], { input, maxLineCharacters: 20 });
      expect(status).toBe(1);
      expect(lines[0]).toMatchObject({ line: 1, ok: true });
      expect(lines[1]).toEqual({
        line: 2,
        ok: false,
        error: { code: 'line_too_long', path: [], message: 'approvalAuthority: the line is longer than 20 characters, the most a line may have' },
      });
      expect(lines.slice(2)).toEqual(typeof input === 'string' && input.endsWith(']') ? [] : [expect.objectContaining({ line: 3, ok: true })]);
    }
    // A line of exactly the limit, a \r before its break not counted, is read.
    expect((await runCli(['approvalAuthority'], { input: `${' '.repeat(16)}1000\r\n`, maxLineCharacters: 20 })).lines).toEqual([expect.objectContaining({ line: 1, ok: true })]);
  });

  it('reports a line that is not JSON as invalid_json and goes on', async () => {
    const { status, lines } = await runCli(['approvalAuthority'], { input: '{bad\n800\n' });
    expect(status).toBe(1);
    expect(lines[0]).toEqual({ line: 1, ok: false, error: { code: 'invalid_json', path: [], message: expect.stringMatching(/^approvalAuthority: the line is not valid JSON \(/) } });
    expect(lines[1]).toMatchObject({ line: 2, ok: true });
  });

  it('reads a JSON array as the arguments in order and refuses more arguments than the function takes', async () => {
    const { lines } = await runCli(['approvalAuthority'], { input: '[800]\n[800, 1]\n[]\n' });
    expect(lines[0]).toMatchObject({ ok: true, result: { approver: 'sales-manager' } });
    expect(lines[1]).toEqual({ line: 2, ok: false, error: { code: 'too_many_arguments', path: [1], message: 'approvalAuthority: a line gives at most 1 argument, received 2' } });
    expect(lines[2]).toMatchObject({ ok: false, error: { code: 'invalid_type', path: ['amountYuan'] } });
    const two = await runCli(['deadline'], { registry, input: '["2026-10-05", {"unit": "next-day"}, 3]\n' });
    expect(two.lines[0]?.error).toMatchObject({ code: 'too_many_arguments', path: [2], message: 'deadline: a line gives at most 2 arguments, received 3' });
  });

  it('writes instants in results as ISO-8601 with +08:00, at any depth', async () => {
    const { lines } = await runCli(['instant'], { registry, input: '"2026-10-01T01:30:00Z"\n1767225600000\n' });
    expect(lines[0]?.result).toEqual({ at: '2026-10-01T09:30:00.000+08:00', later: ['2026-10-01T10:30:00.000+08:00'], basis: ['complaint.approval'] });
    expect(lines[1]?.result).toMatchObject({ at: '2026-01-01T08:00:00.000+08:00' });
  });

  it('turns what a function throws into the line\'s error, bugs included, and goes on', async () => {
    const input = ['{}', '"string"', '"policy"', '"coverage"', '"rule"', '"bad-date"', '"undefined"'].join('\n');
    const { status, lines } = await runCli(['crash'], { registry, input });
    expect(status).toBe(1);
    expect(lines.map((line) => line.error?.code ?? 'ok')).toEqual([
      'internal_error',
      'internal_error',
      'invalid_policy',
      'calendar_coverage',
      'rule_error',
      'internal_error',
      'ok',
    ]);
    expect(lines[0]?.error?.message).toMatch(/^crash: internal error: /);
    expect(lines[1]?.error?.message).toBe('crash: internal error: a thrown string');
    expect(lines[2]?.error).toEqual({ code: 'invalid_policy', path: ['complaint', 'approvalBands'], message: 'crash: the bands leave 5 uncovered' });
    expect(lines[3]?.error).toEqual({ code: 'calendar_coverage', path: [], message: 'crash: 2031 is not covered' });
    expect(lines[6]).toEqual({ line: 7, ok: true, result: null });
  });

  it("reports a calendar coverage error with the error's own code and path", async () => {
    const { lines } = await runCli(['crash'], { registry, input: '"coverage-at"\n' });
    expect(lines[0]?.error).toEqual({ code: 'calendar_coverage', path: ['day'], message: 'crash: 2031 is not covered' });
  });

  it('leaves the stack-trace limit as it found it', async () => {
    const before = Error.stackTraceLimit;
    await runCli(['crash'], { registry, input: '{}\n' });
    expect(Error.stackTraceLimit).toBe(before);
  });
});

describe('wuye-rules command line: --explain and --locale', () => {
  it('adds the basis in words, in the chosen locale', async () => {
    const english = await runCli(['approvalAuthority', '--explain', '--locale', 'en'], { input: '800\n' });
    expect(english.lines[0]?.result).toEqual({
      approver: 'sales-manager',
      basis: ['complaint.approval'],
      explanation: [expect.stringMatching(/^Approval of a complaint amount.*\(Property customer-service regulations, 篇3 第二十七條\)$/)],
    });
    const chinese = await runCli(['approvalAuthority', '--explain'], { input: '800\n800\n' });
    expect((chinese.lines[0]?.result as { explanation: string[] }).explanation[0]).toMatch(/^投诉金额核决权限/);
    expect(chinese.lines[1]?.result).toEqual(chinese.lines[0]?.result);
  });

  it('takes --locale alone as asking for the explanation', async () => {
    const { lines } = await runCli(['approvalAuthority', '--locale=zh-Hant'], { input: '800\n' });
    expect((lines[0]?.result as { explanation: string[] }).explanation[0]).toMatch(/^投訴金額核決權限/);
  });

  it('explains results that carry dates too, and leaves results without a basis alone', async () => {
    const dated = await runCli(['instant', '--explain', '--locale', 'en'], { registry, input: '"2026-10-01"\n' });
    expect(dated.lines[0]?.result).toMatchObject({ at: '2026-10-01T00:00:00.000+08:00', explanation: [expect.stringMatching(/^Approval/)] });
    const plain = await runCli(['record', '--explain'], { registry, input: '{"amount": 1}\n' });
    expect(plain.lines[0]?.result).toEqual({ received: { amount: 1 } });
  });
});

describe('wuye-rules command line: --policy', () => {
  const bands = JSON.stringify({
    complaint: {
      approvalBands: [
        { approver: 'sales-manager', upTo: { value: 2000, inclusive: true } },
        { approver: 'deputy-general-manager', upTo: { value: 10000, inclusive: false } },
        { approver: 'general-manager', upTo: null },
      ],
    },
  });

  it('applies a file of overrides to every line', async () => {
    const { status, lines } = await runCli(['approvalAuthority', '--policy', 'company.json'], { input: '1500\n9999.99\n10000\n', files: { 'company.json': bands } });
    expect(status).toBe(0);
    expect(lines.map((line) => (line.result as { approver: string }).approver)).toEqual(['sales-manager', 'deputy-general-manager', 'general-manager']);
  });

  it('passes the policy after the arguments, padding arguments a line leaves out', async () => {
    const { lines } = await runCli(['deadline', '--policy=p.json'], { registry, input: '["2026-10-05", {"unit": "same-day"}]\n"2026-10-05"\n', files: { 'p.json': elapsedPolicy } });
    expect(lines[0]?.result).toEqual({ from: '2026-10-05', period: { unit: 'same-day' }, dayCounting: 'elapsed' });
    expect(lines[1]?.result).toEqual({ from: '2026-10-05', dayCounting: 'elapsed' });
  });

  it('merges the policy into a bag of settings the line gives, and refuses a policy from the line itself', async () => {
    const { lines } = await runCli(['bag', '--policy', 'p.json'], {
      registry,
      input: '[91, {"employmentMonth": 3}]\n91\n[91, 5]\n[91, {"policy": {}}]\n[91, {"calendar": {}}]\n',
      files: { 'p.json': elapsedPolicy },
    });
    expect(lines[0]?.result).toEqual({ score: 91, employmentMonth: 3, dayCounting: 'elapsed' });
    expect(lines[1]?.result).toEqual({ score: 91, employmentMonth: null, dayCounting: 'elapsed' });
    expect(lines[2]?.result).toEqual({ score: 91, employmentMonth: null, dayCounting: 'none' });
    expect(lines[3]?.error).toEqual({ code: 'unsupported_option', path: [1, 'policy'], message: 'bag: policy cannot come from an input line; give it with --policy' });
    expect(lines[4]?.error).toMatchObject({ code: 'unsupported_option', path: [1, 'calendar'] });
    const without = await runCli(['bag'], { registry, input: '[91, {"policy": {"dayCounting": "elapsed"}}]\n' });
    expect(without.lines[0]?.error?.code).toBe('unsupported_option');
  });

  it('does not let a line give the options a tuple schema names as its last item, and reads empty ones as none', async () => {
    const { lines } = await runCli(['tupleWithOptions', '--policy', 'p.json'], { registry, input: '7\n[7, {"policy": {}}]\n[7, {}]\n[7, {"locale": "en"}]\n[7, {}, {}]\n', files: { 'p.json': elapsedPolicy } });
    expect(lines[0]?.result).toEqual({ value: 7, dayCounting: 'elapsed' });
    expect(lines[1]?.error).toEqual({ code: 'unsupported_option', path: [1, 'policy'], message: 'tupleWithOptions: policy cannot come from an input line; give it with --policy' });
    // `{}` (a serializer's options with nothing set) is no options: the run's policy applies.
    expect(lines[2]?.result).toEqual({ value: 7, dayCounting: 'elapsed' });
    expect(lines[3]?.error?.code).toBe('too_many_arguments');
    expect(lines[4]?.error?.code).toBe('too_many_arguments');
  });

  it('refuses a policy or a calendar a line gives as the options argument as unsupported_option, not as one argument too many (regression: too_many_arguments)', async () => {
    // Every function that takes the rule options after its arguments, from the one without arguments to dueAt.
    const cases: readonly [string, readonly unknown[]][] = [
      ['approverNames', []],
      ['approvalAuthority', [1000]],
      ['isWorkday', ['2026-10-08']],
      ['dueAt', ['2026-10-05T15:00:00+08:00', { amount: 3, unit: 'day' }]],
      ['repairDeadline', [{ repairClass: 'A', receivedAt: '2026-10-05' }]],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...cases), fc.constantFrom('policy', 'calendar'), fc.jsonValue(), fc.dictionary(fc.constantFrom('locale', 'x'), fc.jsonValue(), { maxKeys: 1 }), async ([name, args], key, value, others) => {
        const options = { ...others, [key]: value };
        const { lines } = await runCli([name], { input: `${JSON.stringify([...args, options])}\n` });
        expect(lines[0]?.error).toEqual({ code: 'unsupported_option', path: [args.length, key], message: `${name}: ${key} cannot come from an input line; give it with --${key}` });
      }),
      { numRuns: 60 },
    );
    // Empty options are none, as approvalAuthority(1000, {}) is; anything else past the arguments is one too many.
    const { lines } = await runCli(['approvalAuthority'], { input: '[1000, {}]\n[1000, {"polcy": {}}]\n[1000, 5]\n[1000, []]\n' });
    expect(lines.map((line) => line.error?.code)).toEqual([undefined, 'too_many_arguments', 'too_many_arguments', 'too_many_arguments']);
    expect(lines[0]?.result).toEqual({ approver: 'sales-manager', basis: ['complaint.approval'] });
  });

  it('passes no options to a function whose later parameters are something else, and refuses --policy for it', async () => {
    const own = fakeRegistry({ definePolicy: [(overrides: unknown, base?: unknown) => ({ overrides, base: base ?? null }), { type: 'object', properties: {} }, 'input'] });
    const plain = await runCli(['definePolicy'], { registry: own, input: '{"dayCounting": "elapsed"}\n' });
    expect(plain.lines[0]?.result).toEqual({ overrides: { dayCounting: 'elapsed' }, base: null });
    const refused = await runCli(['definePolicy', '--policy', 'p.json'], { registry: own, input: '{}\n', files: { 'p.json': elapsedPolicy } });
    expect([refused.status, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toMatch(/definePolicy takes no rule options: --policy and --calendar do not apply to it/);
  });

  it('picks the version in force from a file of effective-dated versions', async () => {
    const versions = JSON.stringify([
      { effectiveFrom: '2026-01-01', policy: {} },
      { effectiveFrom: '2026-07-01', policy: { dayCounting: 'elapsed' } },
    ]);
    const files = { 'versions.json': versions };
    const input = '["2026-10-05", {"unit": "same-day"}]\n';
    const before = await runCli(['deadline', '--policy', 'versions.json', '--policy-at', '2026-06-30T23:59:59+08:00'], { registry, input, files });
    expect((before.lines[0]?.result as { dayCounting: string }).dayCounting).toBe('civil-code');
    const after = await runCli(['deadline', '--policy', 'versions.json', '--policy-at', '2026-07-01'], { registry, input, files });
    expect((after.lines[0]?.result as { dayCounting: string }).dayCounting).toBe('elapsed');
    const byAsOf = await runCli(['deadline', '--policy', 'versions.json', '--as-of', String(Date.parse('2026-08-01T00:00:00+08:00'))], { registry, input, files });
    expect((byAsOf.lines[0]?.result as { dayCounting: string }).dayCounting).toBe('elapsed');
  });

  it('picks, without --policy-at, the version in force at each case\'s own instant, line by line', async () => {
    const files = {
      'versions.json': JSON.stringify([
        { effectiveFrom: '2026-07-01', policy: { dayCounting: 'elapsed' } },
        { effectiveFrom: '2026-01-01', policy: {} },
      ]),
    };
    const input = [
      '["2026-06-30T23:59:59+08:00", {"unit": "same-day"}]',
      '["2026-07-01T00:00:00+08:00", {"unit": "same-day"}]',
      '["2025-12-31T23:59:59+08:00", {"unit": "same-day"}]',
      '["someday", {"unit": "same-day"}]',
      '[null, {"unit": "same-day"}]',
    ].join('\n');
    const { status, lines } = await runCli(['deadline', '--policy', 'versions.json'], { registry, input, files });
    expect(status).toBe(1);
    expect(lines.map((line) => (line.result as { dayCounting?: string } | undefined)?.dayCounting ?? line.error?.code)).toEqual([
      'civil-code',
      'elapsed',
      'no_policy_in_force',
      'invalid_instant',
      'no_policy_instant',
    ]);
    expect(lines[2]?.error).toMatchObject({ path: [0], message: expect.stringMatching(/^deadline: the policy version in force at argument 1 cannot be chosen/) });
  });

  it('tells a case with no instant to choose a version by what is wrong with it when the function refuses it anyway', async () => {
    const files = { 'versions.json': JSON.stringify([{ effectiveFrom: '2026-01-01', policy: {} }]) };
    const { lines } = await runCli(['repairDeadline', '--policy', 'versions.json'], { input: '150\n{"repairClass": "A"}\n', files });
    expect(lines.map((line) => [line.error?.code, line.error?.path])).toEqual([
      ['invalid_type', []],
      ['missing', ['receivedAt']],
    ]);
  });

  it('chooses the version by an argument that is itself an instant (isWorkday, referralDueAt)', async () => {
    const files = {
      'versions.json': JSON.stringify([
        { effectiveFrom: '2026-01-01', policy: {} },
        { effectiveFrom: '2027-01-01', policy: { outOfCoverage: 'statutory' } },
      ]),
    };
    // 2027 is outside the published calendar: only the 2027 version (statutory) answers for it.
    const days = await runCli(['isWorkday', '--policy', 'versions.json'], { input: '"2027-02-20"\n"2026-10-08"\n"2025-06-02"\n', files });
    expect(days.lines.map((line) => [line.result ?? line.error?.code, line.provisional ?? false])).toEqual([
      [false, true],
      [true, false],
      ['no_policy_in_force', false],
    ]);
    // A function of one input names the place as the function does: here the input itself, its day.
    expect(days.lines[2]?.error).toMatchObject({ path: ['day'], message: expect.stringMatching(/^isWorkday: the policy version in force at day cannot be chosen/) });
    // As its own errors name it.
    const bad = await runCli(['isWorkday', '--policy', 'versions.json'], { input: '"2026-13-01"\n', files });
    expect(bad.lines[0]?.error).toMatchObject({ code: 'invalid_instant', path: ['day'] });
    const complaint = await runCli(['complaintDeadlines', '--policy', 'versions.json'], { input: '{"level": 2, "receivedAt": "2025-06-02T09:00:00+08:00"}\n', files });
    expect(complaint.lines[0]?.error).toMatchObject({
      code: 'no_policy_in_force',
      path: ['receivedAt'],
      message: expect.stringMatching(/^complaintDeadlines: the policy version in force at receivedAt cannot be chosen/),
    });
    const referral = await runCli(['referralDueAt', '--policy', 'versions.json'], { input: '"2026-07-01T10:00:00+08:00"\n', files });
    expect(referral.lines[0]?.ok).toBe(true);
  });

  it.each([
    [['--policy', 'missing.json'], {}, /^wuye-rules: cannot read --policy missing\.json \(ENOENT/],
    [['--policy', 'p.json'], { 'p.json': '{"dayCounting": ' }, /^wuye-rules: --policy p\.json is not valid JSON/],
    [['--policy', 'p.json'], { 'p.json': '42' }, /must hold a JSON object of policy overrides/],
    [['--policy', 'p.json'], { 'p.json': '{"dayCounting": "sometimes"}' }, /^wuye-rules: --policy p\.json: definePolicy: dayCounting/],
    [['--policy', 'p.json'], { 'p.json': '{"dayCountin": "elapsed"}' }, /unknown policy key dayCountin/],
    [['--policy', 'p.json'], { 'p.json': '[]' }, /p\.json holds no version/],
    [['--policy', 'p.json'], { 'p.json': '[{"effectiveFrom": "soon", "policy": {}}]' }, /p\.json: policyAt: .*effectiveFrom/],
    [['--policy', 'p.json'], { 'p.json': '[{"effectiveFrom": "2026-01-01", "policy": {}}, {"effectiveFrom": "2026-01-01", "policy": {}}]' }, /duplicate|no other version/],
    [['--policy', 'p.json', '--policy-at', '2026-01-01'], { 'p.json': '[{"effectiveFrom": "2026-01-01"}]' }, /version 0 must be/],
    [['--policy', 'p.json', '--policy-at', '2026-01-01'], { 'p.json': '[{"effectiveFrom": "2026-01-01", "policy": {"restDays": 7}}]' }, /p\.json: version 0: definePolicy: restDays/],
    [['--policy', 'p.json', '--policy-at', '2025-01-01'], { 'p.json': '[{"effectiveFrom": "2026-01-01", "policy": {}}]' }, /no_policy_in_force|on or after the earliest effectiveFrom/],
    [['--policy', 'p.json', '--policy-at', 'soon'], { 'p.json': '{}' }, /--policy-at must be an instant/],
    [['--policy-at', '2026-01-01'], {}, /--policy-at needs --policy/],
  ])('refuses a bad policy before reading any line (%j): exit 2, message on stderr, no output', async (options, files, message) => {
    const { status, stdout, stderr } = await runCli(['approvalAuthority', ...options], { input: '800\n', files });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/Run wuye-rules --help for usage\.\n$/);
  });
});

describe('wuye-rules command line: --calendar', () => {
  const notice2027 = { year: 2027, holidays: ['2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'], workdays: ['2027-02-20'] };
  const notice2028 = { year: 2028, holidays: ['2028-01-03'], workdays: [] };

  it('adds newly published State Council notices to the China calendar for the whole run', async () => {
    const input = '"2027-02-08"\n"2027-02-20"\n"2028-01-03"\n"2026-10-08"\n';
    const without = await runCli(['isWorkday'], { input });
    expect(without.lines.map((line) => line.error?.code ?? line.result)).toEqual(['calendar_coverage', 'calendar_coverage', 'calendar_coverage', true]);
    const files = { 'notices.json': JSON.stringify([notice2028, notice2027]), 'one.json': JSON.stringify(notice2027) };
    const withList = await runCli(['isWorkday', '--calendar', 'notices.json'], { input, files });
    expect(withList.lines.map((line) => line.result)).toEqual([false, true, false, true]);
    const withOne = await runCli(['isWorkday', '--calendar', 'one.json'], { input, files });
    expect(withOne.lines.map((line) => line.error?.code ?? line.result)).toEqual([false, true, 'calendar_coverage', true]);
  });

  it('replaces the calendar with a whole one, and passes it with the policy', async () => {
    const whole = JSON.stringify({ from: 2030, to: 2030, holidays: ['2030-01-01'], workdays: [] });
    const { lines } = await runCli(['deadline', '--calendar', 'c.json', '--policy', 'p.json'], {
      registry: fakeRegistry({
        deadline: [
          (_from: unknown, _period: unknown, options?: { policy?: Policy; calendar?: { from: number; holidays: string[] } }) => ({
            calendar: options?.calendar?.from,
            holidays: options?.calendar?.holidays,
            dayCounting: options?.policy?.dayCounting,
          }),
          { type: 'array', prefixItems: [instantJson, { type: 'object', properties: { unit: { type: 'string' } } }] },
          'args',
        ],
      }),
      input: '["2030-01-02", {"unit": "same-day"}]\n',
      files: { 'c.json': whole, 'p.json': elapsedPolicy },
    });
    expect(lines[0]?.result).toEqual({ calendar: 2030, holidays: ['2030-01-01'], dayCounting: 'elapsed' });
  });

  it('refuses a calendar from an input line', async () => {
    const { lines } = await runCli(['bag'], { registry, input: '[91, {"calendar": {"from": 2030}}]\n' });
    expect(lines[0]?.error).toEqual({ code: 'unsupported_option', path: [1, 'calendar'], message: 'bag: calendar cannot come from an input line; give it with --calendar' });
  });

  it.each([
    [{}, /cannot read --calendar c\.json \(ENOENT/],
    [{ 'c.json': '[' }, /--calendar c\.json is not valid JSON/],
    [{ 'c.json': '[]' }, /must hold a holiday notice/],
    [{ 'c.json': '[1, 2]' }, /must hold a holiday notice/],
    [{ 'c.json': JSON.stringify({ year: 2029, holidays: [], workdays: [] }) }, /^wuye-rules: --calendar c\.json: extendCalendar: notice\.year must be 2027, received 2029/],
    [{ 'c.json': JSON.stringify({ from: 2030, to: 2029, holidays: [], workdays: [] }) }, /^wuye-rules: --calendar c\.json: defineCalendar: /],
  ])('refuses a bad calendar file before reading any line (%j)', async (files, message) => {
    const { status, stdout, stderr } = await runCli(['isWorkday', '--calendar', 'c.json'], { input: '"2026-10-08"\n', files });
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
  });
});

describe('wuye-rules command line: --as-of', () => {
  it('fills in asOf where the input object has the field and the line lacks it, nested objects included', async () => {
    const input = [
      '{"amount": 1}',
      '{"amount": 2, "asOf": "2026-01-01T00:00:00+08:00"}',
      '{"amount": 3, "unresolved": {"openedAt": "2026-01-01"}}',
      '[{"amount": 4}]',
      '5',
    ].join('\n');
    const { lines } = await runCli(['record', '--as-of', '2026-03-01T09:00:00+08:00'], { registry, input });
    expect(lines.map((line) => line.result)).toEqual([
      { received: { amount: 1, asOf: '2026-03-01T09:00:00+08:00' } },
      { received: { amount: 2, asOf: '2026-01-01T00:00:00+08:00' } },
      { received: { amount: 3, asOf: '2026-03-01T09:00:00+08:00', unresolved: { openedAt: '2026-01-01', asOf: '2026-03-01T09:00:00+08:00' } } },
      { received: { amount: 4, asOf: '2026-03-01T09:00:00+08:00' } },
      { received: 5 },
    ]);
  });

  it('gives epoch milliseconds as a number, and leaves functions without an asOf field alone', async () => {
    const record = await runCli(['record', '--as-of', '1767225600000'], { registry, input: '{"amount": 1}\n' });
    expect(record.lines[0]?.result).toEqual({ received: { amount: 1, asOf: 1767225600000 } });
    const deadline = await runCli(['deadline', '--as-of', '2026-01-01'], { registry, input: '["2026-10-05", {"unit": "same-day"}]\n' });
    expect(deadline.lines[0]?.result).toEqual({ from: '2026-10-05', period: { unit: 'same-day' }, dayCounting: 'none' });
  });

  it('refuses an --as-of that is not an instant', async () => {
    const { status, stderr } = await runCli(['record', '--as-of', 'yesterday'], { registry, input: '{"amount": 1}\n' });
    expect(status).toBe(2);
    expect(stderr).toMatch(/--as-of must be an instant .*received "yesterday"/);
  });
});

describe('wuye-rules command line: files, usage, help and version', () => {
  it('reads the file named after the function, or stdin for "-"', async () => {
    const fromFile = await runCli(['approvalAuthority', 'cases.ndjson'], { files: { 'cases.ndjson': '800\n' } });
    expect(fromFile.lines).toEqual([{ line: 1, ok: true, result: { approver: 'sales-manager', basis: ['complaint.approval'] } }]);
    const fromStdin = await runCli(['approvalAuthority', '-'], { input: '800\n' });
    expect(fromStdin.lines).toEqual(fromFile.lines);
  });

  it('says how to end the input when stdin is a terminal', async () => {
    const stdin = Object.assign(Readable.from(['800\n']), { isTTY: true });
    const stderr = new Collector();
    const status = await run(['approvalAuthority'], { stdin, stdout: new Collector(), stderr, version: 'x' });
    expect(status).toBe(0);
    expect(stderr.text).toBe('wuye-rules approvalAuthority: reading lines from the terminal; end with Ctrl-D (Ctrl-Z on Windows), or give a file\n');
  });

  it('reports an input that cannot be read as a usage error', async () => {
    const { status, stderr } = await runCli(['approvalAuthority', 'missing.ndjson']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^wuye-rules: cannot read missing\.ndjson \(ENOENT/);
  });

  it('reads a real file from disk by default', async () => {
    const stdout = new Collector();
    const stderr = new Collector();
    const status = await run(['approvalAuthority', 'package.json', '--format', 'ndjson'], { stdin: Readable.from([]), stdout, stderr, version: 'x' });
    expect(status).toBe(1);
    expect(stdout.text.split('\n')[0]).toMatch(/^\{"line":1,"ok":false,"error":\{"code":"invalid_json"/);
    const missing = await run(['approvalAuthority', 'test/.tmp/no-such-file.ndjson'], { stdin: Readable.from([]), stdout, stderr, version: 'x' });
    expect(missing).toBe(2);
  });

  it.each([
    [[], /^wuye-rules: name the function to run/],
    [['aprovalAuthority'], /unknown function "aprovalAuthority"; did you mean approvalAuthority\?/],
    [['APPROVALAUTHORITY'], /did you mean approvalAuthority\?/],
    [['noSuchThing'], /^wuye-rules: unknown function "noSuchThing"\n/],
    [['approvalAuthority', '--explian'], /unknown option --explian/],
    [['approvalAuthority', '--explain=yes'], /unknown option --explain=yes/],
    [['approvalAuthority', '--policy'], /--policy needs a value/],
    [['approvalAuthority', '--locale', 'fr'], /--locale must be one of zh-Hans, zh-Hant, en, received fr/],
    [['approvalAuthority', '--format', 'xml'], /--format must be one of ndjson, csv/],
    [['approvalAuthority', '--csv', '--format', 'ndjson'], /--csv contradicts --format ndjson/],
    [['approvalAuthority', '--as-of', 'a', '--as-of', 'b'], /--as-of is given twice/],
    [['approvalAuthority', 'a.ndjson', 'b.ndjson'], /unexpected argument b\.ndjson/],
    [['--help', 'noSuchThing'], /unknown function "noSuchThing"/],
  ])('exits 2 with a message for %j', async (argv, message) => {
    const { status, stdout, stderr } = await runCli(argv, { input: '800\n' });
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
  });

  it('treats arguments after -- as names, not options', async () => {
    const { status, stderr } = await runCli(['--', '--help'], { input: '' });
    expect(status).toBe(2);
    expect(stderr).toMatch(/unknown function "--help"/);
  });

  it('prints the version', async () => {
    for (const flag of ['--version', '-V']) {
      const { status, stdout } = await runCli([flag]);
      expect([status, stdout]).toEqual([0, '9.9.9-test\n']);
    }
  });

  it('lists every callable function with an example line, or a summary of its input', async () => {
    const { status, stdout } = await runCli(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^wuye-rules: the customer-service standards/);
    for (const name of defaultRegistry().keys()) expect(stdout).toContain(`\n  ${name}\n      `);
    expect(stdout).toContain(`echo '1000.01' | wuye-rules approvalAuthority`);
    expect(stdout).toContain(`Functions (${defaultRegistry().size})`);
    const fake = await runCli(['-h'], { registry });
    // Long summaries are cut at 110 characters.
    expect(fake.stdout).toContain('  record\n      input: { amount: number, code?: string, flag?: boolean, tags?: string[], asOf?: Instant, unresolved?: { openedAt?: I…\n');
    expect(fake.stdout).toContain('  instant\n      input: integer | string\n');
    expect(fake.stdout).toContain('  deadline\n      input: [Instant, { amount?: integer, unit: string }]');
  });

  it('explains one function', async () => {
    const { status, stdout } = await runCli(['approvalAuthority', '--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('wuye-rules approvalAuthority\n  approvalAuthority input\n');
    expect(stdout).toContain('A line holds the only argument');
    expect(stdout).toContain('Input: number');
    expect(stdout).toContain('JSON Schema: dist/schemas/approvalAuthority.json');
    const tuple = await runCli(['--help', 'deadline'], { registry });
    expect(tuple.stdout).toContain('A line holds a JSON array of up to 2 arguments, in order.');
  });
});

describe('wuye-rules command line: years', () => {
  it('never writes a six-digit year: a result past 9999 (+08:00) is an out_of_range line', async () => {
    const dueAt = await runCli(['dueAt'], { input: '["2026-01-01", {"amount": 1e9, "unit": "hour"}]\n["9999-12-31T12:00", {"amount": 1, "unit": "day"}]\n["9999-12-29T12:00", {"amount": 1, "unit": "day"}]\n' });
    expect(dueAt.lines.map((line) => (line.ok ? line.result : line.error?.code))).toEqual(['out_of_range', 'out_of_range', '9999-12-31T00:00:00.000+08:00']);
    const referral = await runCli(['referralDueAt'], { input: '"9999-12-31T22:00"\n"9999-12-31T23:30"\n' });
    expect(referral.lines.map((line) => (line.ok ? line.result : line.error?.path))).toEqual(['9999-12-31T23:00:00.000+08:00', ['receivedAt']]);
    expect(dueAt.stdout + referral.stdout).not.toMatch(/[+-]\d{6}-/);
  });
});

describe('wuye-rules command line: progress and backpressure', () => {
  it('writes a progress line to stderr when it is a terminal, and nothing when it is not', async () => {
    const input = Array.from({ length: 25 }, (_, index) => (index % 5 === 0 ? '-1' : '800')).join('\n');
    const terminal = await runCli(['approvalAuthority'], { input, stderrIsTTY: true, progressEvery: 10 });
    expect(terminal.stderr).toBe(
      '\rwuye-rules approvalAuthority: 10 lines, 2 failed\rwuye-rules approvalAuthority: 20 lines, 4 failed\rwuye-rules approvalAuthority: 25 lines, 5 failed, done\n',
    );
    const piped = await runCli(['approvalAuthority'], { input, progressEvery: 10 });
    expect(piped.stderr).toBe('');
  });

  it('answers the lines of one input chunk one by one, waiting for a slow consumer between large answers', async () => {
    // 200 lines of a month's duties each (~20 KB of answer from ~50 bytes of input), all in one chunk.
    const line = '{"from": "2026-03-01", "to": "2026-03-31"}\n';
    const input = Readable.from([Buffer.from(line.repeat(200))]);
    const stdout = new Collector({ highWaterMark: 16_384, slow: true });
    let mostQueued = 0;
    const write = stdout.write.bind(stdout) as (chunk: unknown, ...rest: unknown[]) => boolean;
    stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
      const result = write(chunk, ...rest);
      mostQueued = Math.max(mostQueued, stdout.writableLength);
      return result;
    }) as typeof stdout.write;
    const status = await run(['dutyCalendar'], { stdin: input, stdout, stderr: new Collector(), version: 'x' });
    expect(status).toBe(0);
    const lines = stdout.text.trimEnd().split('\n');
    expect(lines).toHaveLength(200);
    const answer = Buffer.byteLength(lines[0] as string);
    expect(answer).toBeGreaterThan(10_000);
    // Answered all at once, the chunk's 200 answers (~4 MB) would be queued before the consumer took any.
    expect(mostQueued).toBeLessThan(16_384 + 2 * answer + 65_536);
  });

  it('waits for a slow consumer instead of reading ahead of it', async () => {
    const total = 40_000;
    let produced = 0;
    let maxAhead = 0;
    const stdout = new Collector({ highWaterMark: 1024, slow: true });
    const originalWrite = stdout._write.bind(stdout);
    stdout._write = (chunk, encoding, callback) => {
      originalWrite(chunk, encoding, callback);
      const written = stdout.text.split('\n').length - 1;
      maxAhead = Math.max(maxAhead, produced - written);
    };
    const input = Readable.from(
      (function* lines() {
        for (let index = 0; index < total; index += 1) {
          produced += 1;
          yield `${index % 7 === 0 ? '"x"' : '800'}\n`;
        }
      })(),
      { objectMode: false },
    );
    const status = await run(['approvalAuthority'], { stdin: input, stdout, stderr: new Collector(), version: 'x' });
    expect(status).toBe(1);
    const lines = stdout.text.trimEnd().split('\n');
    expect(lines).toHaveLength(total);
    expect(lines.every((line, index) => line.startsWith(`{"line":${index + 1},`))).toBe(true);
    // Without waiting for 'drain' the whole input would be read before the consumer caught up.
    expect(maxAhead).toBeLessThan(total / 4);
  });
});

describe('wuye-rules command line: the examples of --help', () => {
  it('has an example for every function of API.md that the package has, and each succeeds', async () => {
    for (const [name, line] of Object.entries(exampleLines)) {
      if (!defaultRegistry().has(name)) continue;
      const { status, lines } = await runCli([name], { input: `${line}\n` });
      expect({ name, status, ok: lines[0]?.ok, error: lines[0]?.error }).toEqual({ name, status: 0, ok: true, error: undefined });
    }
  });

  it('registers only functions that have a schema', () => {
    const names = [...defaultRegistry().keys()];
    expect(names).toContain('approvalAuthority');
    expect(names).not.toContain('InvalidInputError');
    expect(names).not.toContain('ruleCatalog');
    expect(names).toEqual([...names].sort());
  });

  it('keeps InvalidInputError the same class the rules throw', async () => {
    const fn = defaultRegistry().get('approvalAuthority');
    expect(() => fn?.call(-1)).toThrow(InvalidInputError);
  });
});
