// A value whose read throws (a revoked Proxy, a getter or a trap that throws, an object built on
// Date.prototype that holds no time) is refused by a schema as an issue at its place, as the function
// refuses it (`unreadable`, `invalid_instant`): zod, which reads it while it parses, threw the value's
// own error out of safeParse.
import { describe, expect, it } from 'vitest';
import { classifyComplaintInputSchema, complaintDeadlinesInputSchema, instantSchema, repairStatusInputSchema } from '../../src/schemas/index.js';

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const boom = (): never => {
  throw new Error('boom');
};

describe('schemas and values whose read throws', () => {
  it('refuse a revoked Proxy, a throwing getter or trap at its place, without throwing', () => {
    const cases: [() => ReturnType<typeof classifyComplaintInputSchema.safeParse>, readonly (string | number)[]][] = [
      [() => classifyComplaintInputSchema.safeParse(revoked()), []],
      [() => classifyComplaintInputSchema.safeParse({ get media() { return boom(); } }), ['media']],
      [() => classifyComplaintInputSchema.safeParse(new Proxy({}, { ownKeys: boom })), []],
      [() => classifyComplaintInputSchema.safeParse({ unresolved: { openedAt: '2026-03-01', get asOf() { return boom(); }, causedByUs: true } }), ['unresolved', 'asOf']],
      // A class's getter is not listed by for…in: the object's own fields are probed by name too.
      [() => classifyComplaintInputSchema.safeParse(new (class { get media(): string { return boom(); } })()), ['media']],
    ];
    for (const [parse, path] of cases) {
      const result = parse();
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(path);
    }
  });

  it('refuse an object built on Date.prototype that holds no time where an instant goes', () => {
    for (const value of [Object.create(Date.prototype) as unknown, new Proxy(new Date(0), {}), revoked()]) {
      expect(instantSchema.safeParse(value).success).toBe(false);
      expect(complaintDeadlinesInputSchema.safeParse({ level: 2, receivedAt: value }).error?.issues[0]?.path).toEqual(['receivedAt']);
      expect(repairStatusInputSchema.safeParse({ repairClass: 'A', receivedAt: '2026-03-01', asOf: value }).success).toBe(false);
    }
    expect(instantSchema.safeParse(new Date(0)).success).toBe(true);
  });
});

describe('policySchema and a policy whose read throws', () => {
  it('refuses it at the place whose read threw, without throwing', async () => {
    const { policySchema } = await import('../../src/schemas/index.js');
    const cases: [unknown, readonly (string | number)[]][] = [
      [revoked(), []],
      [{ get dayCounting() { return boom(); } }, ['dayCounting']],
      [{ complaint: { get majorLevels() { return boom(); } } }, ['complaint', 'majorLevels']],
      [{ complaint: { majorLevels: new Proxy([1], { get: boom }) } }, ['complaint', 'majorLevels']],
    ];
    for (const [value, path] of cases) {
      const result = policySchema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(path);
    }
  });
});

describe('argument lists and lists whose read throws', () => {
  it('refuse a revoked Proxy, a Promise or a throwing element of an argument tuple or a list input, without throwing', async () => {
    const { addWorkdaysArgsSchema, dueAtArgsSchema, summarizeServiceRatingsInputSchema, appraiseMonthInputSchema, policySchema } = await import('../../src/schemas/index.js');
    const throwingLength = new Proxy([], { get: (target, key) => (key === 'length' ? boom() : Reflect.get(target, key)) });
    const cases: [{ success: boolean; error?: { issues: { path: PropertyKey[] }[] } }, readonly (string | number)[]][] = [
      [addWorkdaysArgsSchema.safeParse(revoked()), []],
      [addWorkdaysArgsSchema.safeParse(Promise.resolve(['2026-10-01', 1])), []],
      [dueAtArgsSchema.safeParse(['2026-10-01', revoked()]), [1]],
      [dueAtArgsSchema.safeParse(['2026-10-01', { get amount() { return boom(); }, unit: 'day' }]), [1, 'amount']],
      [summarizeServiceRatingsInputSchema.safeParse(revoked()), []],
      [summarizeServiceRatingsInputSchema.safeParse(throwingLength), []],
      [appraiseMonthInputSchema.safeParse({ members: revoked() }), ['members']],
      [policySchema.safeParse({ businessHours: throwingLength }), ['businessHours']],
    ];
    for (const [result, path] of cases) {
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(path);
    }
  });

  it('refuse a Promise where an instant goes, without throwing', () => {
    expect(instantSchema.safeParse(Promise.resolve('2026-10-01')).success).toBe(false);
    expect(repairStatusInputSchema.safeParse({ repairClass: 'A', receivedAt: Promise.resolve('2026-10-01'), asOf: '2026-10-02' }).error?.issues[0]?.path).toEqual(['receivedAt']);
  });
});

describe('every exported schema and a value whose read throws', () => {
  // Each schema, the building blocks included, met with values whose every read throws: an issue, never
  // an exception out of safeParse (a new export is covered without being listed).
  it('answers with an issue, never throws', async () => {
    const exported = Object.entries(await import('../../src/schemas/index.js')) as [string, { safeParse?: (value: unknown) => { success: boolean } }][];
    const fields = ['amount', 'unit', 'value', 'inclusive', 'from', 'to', 'level', 'media', 'receivedAt', 'asOf', 'year', 'month', 'dayCounting', 'collectiveHouseholds'];
    const throwingFields = (): object => Object.defineProperties({}, Object.fromEntries(fields.map((field) => [field, { enumerable: true, get: boom }])));
    const schemas = exported.filter(([, schema]) => typeof schema.safeParse === 'function');
    expect(schemas.length).toBeGreaterThan(100);
    // The same fields defined non-enumerable (read by the functions and zod alike), a Proxy whose get trap
    // throws for fields it does not list, and one whose has trap throws.
    const hiddenThrowingFields = (): object => Object.defineProperties({}, Object.fromEntries(fields.map((field) => [field, { enumerable: false, get: boom }])));
    const trapping = (): object => new Proxy({}, { get: (target, key) => (fields.includes(key as string) ? boom() : (target as Record<PropertyKey, unknown>)[key]) });
    const hasTrap = (): object => new Proxy({ amount: 1, unit: 'day', value: 1 }, { has: boom });
    for (const [name, schema] of schemas) {
      for (const value of [revoked(), throwingFields(), [throwingFields()], new Proxy({}, { ownKeys: boom }), hasTrap()]) {
        expect(() => schema.safeParse!(value), name).not.toThrow();
        expect(schema.safeParse!(value).success, name).toBe(false);
      }
      // (Hidden properties that are none of a schema's fields, and traps of none of them, are passed over,
      // as zod passes them over: then a valid input may remain.)
      for (const value of [hiddenThrowingFields(), [hiddenThrowingFields()], trapping()]) expect(() => schema.safeParse!(value), name).not.toThrow();
    }
  });

  it('refuses a throwing field of the period and the bound at the field', async () => {
    const { boundSchema, periodSchema, policyPeriodSchema } = await import('../../src/schemas/index.js');
    expect(periodSchema.safeParse({ unit: 'day', get amount() { return boom(); } }).error?.issues[0]?.path).toEqual(['amount']);
    expect(policyPeriodSchema.safeParse(revoked()).error?.issues[0]?.path).toEqual([]);
    expect(boundSchema.safeParse({ value: 1, get inclusive() { return boom(); } }).error?.issues[0]?.path).toEqual(['inclusive']);
    // A field defined non-enumerable, or trapped by a Proxy that does not list it, is read at its place too.
    expect(periodSchema.safeParse(Object.defineProperty({ amount: 1 }, 'unit', { get: boom })).error?.issues[0]?.path).toEqual(['unit']);
    expect(periodSchema.safeParse(new Proxy({}, { get: (_target, key) => (key === 'unit' ? boom() : undefined) })).error?.issues[0]?.path).toEqual(['unit']);
    const { classifyComplaintInputSchema: facts } = await import('../../src/schemas/index.js');
    expect(facts.safeParse(Object.defineProperty({}, 'collectiveHouseholds', { get: boom })).error?.issues[0]?.path).toEqual(['collectiveHouseholds']);
  });
});

describe('schemas: the safety net under the probes, and hidden properties that are no field', () => {
  it('never throw for a function whose prototype trap throws, nor for a Date whose own getTime throws', async () => {
    const schemas = await import('../../src/schemas/index.js');
    const functionProxy = new Proxy(function facts() {}, { getPrototypeOf: boom });
    const date = Object.defineProperty(new Date('2026-03-02T09:00:00+08:00'), 'getTime', { get: boom });
    for (const [name, schema] of Object.entries(schemas) as [string, { safeParse?: (value: unknown) => { success: boolean } }][]) {
      if (typeof schema.safeParse !== 'function') continue;
      for (const value of [functionProxy, [functionProxy], date, [date, functionProxy]]) expect(() => schema.safeParse!(value), name).not.toThrow();
    }
    // Such a Date is the instant it holds, as the functions read it (they never call its own getTime).
    expect(schemas.isWorkdayInputSchema.safeParse(date).success).toBe(true);
  });

  it('accept a hidden property that is no field, at any depth, as the functions do', async () => {
    const { dueAtArgsSchema } = await import('../../src/schemas/index.js');
    const { dueAt } = await import('../../src/calendar/dueAt.js');
    const period = Object.defineProperty({ amount: 2, unit: 'day' }, 'cache', { get: boom, enumerable: false });
    expect(() => dueAt('2026-03-02T09:00:00+08:00', period as never)).not.toThrow();
    expect(dueAtArgsSchema.safeParse(['2026-03-02T09:00:00+08:00', period]).success).toBe(true);
  });
});

