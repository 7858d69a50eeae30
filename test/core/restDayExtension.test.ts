// A decision whose deadline the rest-day extension moved names it in its basis (RULES C2, API:
// "basis: the rules that produced it"), before calendar.provisional; one it did not move does not.
import { describe, expect, it } from 'vitest';
import { explainDeadline } from '../../src/calendar/explainDeadline.js';
import { classifyComplaint } from '../../src/complaint/classifyComplaint.js';
import { complaintDeadlines } from '../../src/complaint/complaintDeadlines.js';
import { countRecurrence } from '../../src/complaint/countRecurrence.js';
import { CalendarCoverageError } from '../../src/core/errors.js';
import { REST_DAY_EXTENSION_RULE } from '../../src/core/restDayExtension.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { repairDeadline } from '../../src/repair/repairDeadline.js';
import { repairStatus } from '../../src/repair/repairStatus.js';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';

const extending = { policy: definePolicy({ extendPastRestDays: true }) };
const provisionalExtending = { policy: definePolicy({ extendPastRestDays: true, outOfCoverage: 'statutory' }) };

describe('the rest-day extension in a basis', () => {
  it('is a catalogued rule, the one explainDeadline names', () => {
    expect(ruleCatalog[REST_DAY_EXTENSION_RULE]).toBeDefined();
    expect(explainDeadline('2026-09-29T10:00:00+08:00', { amount: 3, unit: 'day' }, extending).basis).toContain(REST_DAY_EXTENSION_RULE);
  });

  it('is named by complaintDeadlines when a deadline moved, and not otherwise', () => {
    // Received 30 September: a routine complaint's one-day response would end on 1 October (National Day), moved to 8 October.
    const moved = complaintDeadlines({ level: 4, receivedAt: '2026-09-30T10:00:00+08:00' }, extending);
    expect(moved.basis.at(-1)).toBe(REST_DAY_EXTENSION_RULE);
    expect(moved.basis.slice(0, -1)).toEqual(complaintDeadlines({ level: 4, receivedAt: '2026-09-30T10:00:00+08:00' }).basis);
    // Received on a Monday of an ordinary week: nothing ends on a rest day.
    expect(complaintDeadlines({ level: 4, receivedAt: '2026-03-02T10:00:00+08:00' }, extending).basis).not.toContain(REST_DAY_EXTENSION_RULE);
    expect(complaintDeadlines({ level: 4, receivedAt: '2026-09-30T10:00:00+08:00' }).basis).not.toContain(REST_DAY_EXTENSION_RULE);
  });

  it('is named by repairDeadline and repairStatus when the limit moved', () => {
    // Class A, 3 days from 29 September: 2 October rests, moved to 9 October.
    const deadline = repairDeadline({ repairClass: 'A', receivedAt: '2026-09-29T10:00:00+08:00' }, extending);
    expect(deadline.basis).toEqual(['repair.deadline', 'repair.class-a', REST_DAY_EXTENSION_RULE]);
    expect(repairDeadline({ repairClass: 'A', receivedAt: '2026-03-02T10:00:00+08:00' }, extending).basis).toEqual(['repair.deadline', 'repair.class-a']);
    const status = repairStatus({ repairClass: 'A', receivedAt: '2026-09-29T10:00:00+08:00', planAcceptedAt: '2026-09-29T11:00:00+08:00', asOf: '2026-10-05T10:00:00+08:00' }, extending);
    expect(status.basis).toContain(REST_DAY_EXTENSION_RULE);
  });

  it('is named by classifyComplaint when the overdue period it measured was moved', () => {
    // Opened 2 September 2026: one month ends on 2 October (a holiday), moved to 9 October.
    const unresolved = { openedAt: '2026-09-02T10:00:00+08:00', asOf: '2026-10-05T10:00:00+08:00', causedByUs: true };
    const extended = classifyComplaint({ unresolved }, extending);
    expect([extended.level, extended.basis]).toEqual([4, ['complaint.level4', REST_DAY_EXTENSION_RULE]]);
    expect(classifyComplaint({ unresolved }).basis).toEqual(['complaint.level2.overdue']);
    // Before either end, and after both, the extension decides nothing: it is no reason.
    expect(classifyComplaint({ unresolved: { ...unresolved, asOf: '2026-09-20T10:00:00+08:00' } }, extending).basis).toEqual(['complaint.level4']);
    expect(classifyComplaint({ unresolved: { ...unresolved, asOf: '2026-10-12T10:00:00+08:00' } }, extending).basis).toEqual(['complaint.level2.overdue']);
  });

  it('is never asked of a classifyComplaint or countRecurrence case before the unmoved end: no calendar needed, no provisional flag', () => {
    // Opened 10 December 2026, judged on the 20th: the month ends in January 2027, which the shipped
    // calendar lacks; the extension could only move that end later, so the answer needs no 2027 day.
    const early = { openedAt: '2026-12-10T10:00:00+08:00', asOf: '2026-12-20T10:00:00+08:00', causedByUs: true };
    expect(classifyComplaint({ unresolved: early }, extending)).toEqual({ level: 4, crisis: false, basis: ['complaint.level4'] });
    const history = [{ complainantId: 'A', issueKey: 'lift', at: '2026-12-10T10:00:00+08:00' }];
    expect(countRecurrence(history, { issueKey: 'lift', asOf: '2026-12-20T10:00:00+08:00' }, extending)).toBe(1);
    // Under the provisional calendar such an answer used no provisional day: it carries no flag.
    const provisionalEarly = { openedAt: '2027-01-06T10:00:00+08:00', asOf: '2027-01-20T00:00:00+08:00', causedByUs: true };
    expect(classifyComplaint({ unresolved: provisionalEarly }, provisionalExtending)).toEqual({ level: 4, crisis: false, basis: ['complaint.level4'] });
    // Past the unmoved end the moved end decides, and the calendar must know its day.
    expect(() => classifyComplaint({ unresolved: { ...early, asOf: '2027-01-11T10:00:00+08:00' } }, extending)).toThrow(CalendarCoverageError);
    expect(() => countRecurrence(history, { issueKey: 'lift', asOf: '2027-01-11T10:00:00+08:00' }, extending)).toThrow(CalendarCoverageError);
    expect(classifyComplaint({ unresolved: { ...provisionalEarly, asOf: '2027-02-08T10:00:00+08:00' } }, provisionalExtending).provisional).toBe(true);
  });

  it('is not named by a decision whose input getter called a rule that moved its own deadline', () => {
    // The getter's call moves a deadline (30 September + 1 day); the outer case, received on a Monday, moves none.
    const input = {
      level: 4,
      get receivedAt(): string {
        complaintDeadlines({ level: 4, receivedAt: '2026-09-30T10:00:00+08:00' }, extending);
        return '2026-03-02T10:00:00+08:00';
      },
    };
    expect(complaintDeadlines(input as never, extending).basis).not.toContain(REST_DAY_EXTENSION_RULE);
  });

  it('comes before calendar.provisional, each once', () => {
    // Received 30 December 2026: a major complaint's 3 days end on 2 January 2027, a Saturday of the provisional year.
    const decision = complaintDeadlines({ level: 2, receivedAt: '2026-12-30T10:00:00+08:00' }, provisionalExtending);
    expect(decision.basis.slice(-2)).toEqual([REST_DAY_EXTENSION_RULE, 'calendar.provisional']);
    expect(decision.basis.filter((id) => id === REST_DAY_EXTENSION_RULE)).toHaveLength(1);
    expect(Object.isFrozen(decision) && Object.isFrozen(decision.basis)).toBe(true);
  });
});
