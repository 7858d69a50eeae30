import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { dutyCalendar } from '../../src/duty/dutyCalendar.js';
import { dutyCalendarInputSchema, dutyPolicySchema, roleSchema, toICalendarArgsSchema } from '../../src/schemas/duty.js';
import { toICalendar } from '../../src/duty/toICalendar.js';
import type { Instant } from '../../src/core/instant.js';
import { ROLES } from '../../src/duty/dutyTable.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { policyErrorPath } from '../support/errors.js';

// A range as a payload may carry it: instants in several forms, good and bad, roles known and not.
const instant = fc.oneof(
  fc.integer({ min: Date.parse('2025-01-01T00:00:00+08:00'), max: Date.parse('2026-12-31T00:00:00+08:00') }).map((ms) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10)),
  fc.constantFrom<unknown>('2026-03-01T09:00:00+08:00', '2026-03-01T23:30:00Z', 1_772_000_000_000, '2026-02-30', 'soon', null, 1.5),
);
const role = fc.oneof(fc.constantFrom(...ROLES), fc.constantFrom('cleaner', '', 'Supervisor'));
const range = fc.record(
  { from: instant, to: instant, roles: fc.array(role, { maxLength: 3 }), role: fc.constant(['supervisor']) },
  { requiredKeys: [] },
);

describe('dutyCalendar schemas', () => {
  it('agree with dutyCalendar on every range within the window limit', () => {
    fc.assert(
      fc.property(range, (value) => {
        let refused = false;
        try {
          dutyCalendar(value as never);
        } catch (error) {
          if (!(error instanceof InvalidInputError)) throw error;
          // The window limit is the policy's: a cross-field rule the schema cannot know.
          if (error.code === 'window_too_long') return;
          refused = true;
        }
        expect(dutyCalendarInputSchema.safeParse(value).success).toBe(!refused);
      }),
      { numRuns: 300 },
    );
  });

  it('describe the roles and the duty policy section', () => {
    expect(roleSchema.options).toEqual([...ROLES]);
    expect(dutyPolicySchema.safeParse(defaultPolicy.duty).success).toBe(true);
    expect(dutyPolicySchema.safeParse({ ...defaultPolicy.duty, surveyCadence: 'monthly' }).success).toBe(false);
    expect(dutyPolicySchema.safeParse({ ...defaultPolicy.duty, maxWindowMonths: 0 }).success).toBe(false);
  });

  it('make definePolicy refuse a bad duty setting, naming it', () => {
    expect(policyErrorPath(() => definePolicy({ duty: { surveyCadence: 'monthly' as never } }))).toEqual(['duty', 'surveyCadence']);
    expect(policyErrorPath(() => definePolicy({ duty: { dailyDutiesOn: 'weekends' as never } }))).toEqual(['duty', 'dailyDutiesOn']);
    expect(policyErrorPath(() => definePolicy({ duty: { maxWindowMonths: 2.5 } }))).toEqual(['duty', 'maxWindowMonths']);
    expect(policyErrorPath(() => definePolicy({ duty: { surveyCadense: 'both' } as never }))).toEqual(['duty', 'surveyCadense']);
    expect(definePolicy({ duty: { surveyCadence: 'both' } }).duty).toEqual({ surveyCadence: 'both', dailyDutiesOn: 'every-day', maxWindowMonths: 24 });
  });
});

describe('toICalendar and its schema, typed alike', () => {
  it('takes what the schema parses, a JSON copy with text deadlines and one-locale titles included', () => {
    const duties = dutyCalendar({ from: '2026-03-07', to: '2026-03-07', roles: ['front-desk'] });
    const copy = JSON.parse(JSON.stringify(duties)) as { title: Record<string, string> }[];
    const oneLocale = copy.map((duty) => ({ ...duty, title: { en: duty.title.en } }));
    const [parsed, options] = toICalendarArgsSchema.parse([oneLocale, { locale: 'en' }]);
    // The parsed deadline is the text it was given: typed as an instant, not as a Date.
    const first: Instant = parsed[0]!.dueAt;
    expect(typeof first).toBe('string');
    expect(toICalendar(parsed, options)).toContain('SUMMARY:');
    expect(toICalendar(parsed, options)).toBe(toICalendar(duties, { locale: 'en' }));
  });
});
