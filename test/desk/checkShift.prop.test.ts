import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkShift, type RosterShift } from '../../src/desk/index.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { inCatalog, snapshot } from './_helpers.js';

const HOUR = 3_600_000;
const MARCH_START = Date.parse('2026-03-01T00:00:00+08:00');

// Up to 40 non-overlapping shifts in and around March 2026, each 1–12 hours, some with a break.
const roster: fc.Arbitrary<RosterShift[]> = fc
  .array(fc.record({ gapHours: fc.integer({ min: 0, max: 30 }), lengthQuarters: fc.integer({ min: 4, max: 48 }), withBreak: fc.boolean() }), { maxLength: 40 })
  .map((specs) => {
    let cursor = MARCH_START - 12 * HOUR;
    return specs.map(({ gapHours, lengthQuarters, withBreak }) => {
      const start = cursor + gapHours * HOUR;
      const end = start + (lengthQuarters * HOUR) / 4;
      cursor = end;
      const middle = start + Math.floor((end - start) / 2 / 60_000) * 60_000;
      return {
        start: new Date(start).toISOString(),
        end: new Date(end).toISOString(),
        ...(withBreak && end - start > HOUR ? { breaks: [{ start: new Date(middle).toISOString(), end: new Date(middle + 30 * 60_000).toISOString() }] } : {}),
      };
    });
  });

describe('checkShift properties', () => {
  it('splits the month into work and rest days and reports every rule it names', () => {
    fc.assert(
      fc.property(roster, (shifts) => {
        const result = checkShift({ month: '2026-03', shifts });
        expect(result.workDays + result.restDays).toBe(31);
        // Under the default shiftRule a posted shift's conflict keeps the roster from complying too.
        expect(result.compliant).toBe(result.violations.length === 0 && result.conflicts.length === 0);
        expect(result.shiftPatterns).toHaveLength(shifts.length);
        expect(result.violations.some((v) => v.kind === 'rest-days')).toBe(result.restDays < 3);
        for (const violation of result.violations) {
          if (violation.kind === 'consecutive-hours') expect(violation.hours).toBeGreaterThan(8);
          expect(inCatalog(violation.basis)).toBe(true);
        }
        expect(inCatalog(result.basis)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('flags every shift longer than 8 hours without a break: a violation, or the conflict of a posted shift', () => {
    fc.assert(
      fc.property(roster, (shifts) => {
        const result = checkShift({ month: '2026-03', shifts });
        shifts.forEach((shift, index) => {
          if (shift.breaks === undefined && Date.parse(String(shift.end)) - Date.parse(String(shift.start)) > 8 * HOUR) {
            const violation = result.violations.some((v) => v.kind === 'consecutive-hours' && v.shifts.includes(index));
            const conflict = result.conflicts.some((c) => c.shift === index);
            // One or the other, never both: a posted shift's overrun is not the employee's violation.
            expect(violation !== conflict).toBe(true);
            expect(result.compliant).toBe(false);
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  it('never gains rest days when a shift is added', () => {
    fc.assert(
      fc.property(roster, fc.integer({ min: 1, max: 31 }), (shifts, day) => {
        const extra = { start: `2026-03-${String(day).padStart(2, '0')}T03:00:00+08:00`, end: `2026-03-${String(day).padStart(2, '0')}T03:30:00+08:00` };
        const overlaps = shifts.some((shift) => Date.parse(String(shift.start)) < Date.parse(extra.end) && Date.parse(extra.start) < Date.parse(String(shift.end)));
        fc.pre(!overlaps);
        expect(checkShift({ month: '2026-03', shifts: [...shifts, extra] }).restDays).toBeLessThanOrEqual(checkShift({ month: '2026-03', shifts }).restDays);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic, order-independent for days and hours, and does not mutate its input', () => {
    fc.assert(
      fc.property(roster, (shifts) => {
        const input = { month: '2026-03', shifts };
        const copy = snapshot(input);
        const result = checkShift(input);
        expect(checkShift(input)).toEqual(result);
        const reversed = checkShift({ month: '2026-03', shifts: [...shifts].reverse() });
        expect([reversed.workDays, reversed.restDays, reversed.violations.length]).toEqual([result.workDays, result.restDays, result.violations.length]);
        expect(input).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });

  it('throws InvalidInputError for a shift that ends before it starts', () => {
    fc.assert(
      fc.property(roster.filter((shifts) => shifts.length > 0), fc.nat(), (shifts, at) => {
        const index = at % shifts.length;
        const broken = shifts.map((shift, i) => (i === index ? { start: shift.end, end: shift.start } : shift));
        expect(() => checkShift({ month: '2026-03', shifts: broken })).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
