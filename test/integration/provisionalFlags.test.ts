// The provisional flags across modules (RULES C11): a decision that used a day of a provisional year
// says `provisional: true` and ends its basis with `calendar.provisional`; one that did not has no
// `provisional` key at all. The command line flags its output line, Date-returning functions included.
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { noticePlan } from '../../src/communication/noticePlan.js';
import { complaintDeadlines } from '../../src/complaint/complaintDeadlines.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { repairDeadline } from '../../src/repair/repairDeadline.js';
import { repairStatus } from '../../src/repair/repairStatus.js';
import { runCli } from '../cli/_helpers.js';

const statutory = { policy: definePolicy({ outOfCoverage: 'statutory' }) };
const extended = { policy: definePolicy({ outOfCoverage: 'statutory', extendPastRestDays: true }) };

describe('provisional flags on decisions', () => {
  it('flags a notice plan counted back over provisional working days', () => {
    const plan = noticePlan('community-event', '2027-02-12T09:00:00+08:00', statutory);
    expect(plan.provisional).toBe(true);
    expect(plan.basis.at(-1)).toBe('calendar.provisional');
    expect(Object.isFrozen(plan) && Object.isFrozen(plan.basis)).toBe(true);
    // 3 working days before Friday 12 Feb 2027: 9–10 Feb are compensation days, so 4, 3 and 2 Feb… → 3 Feb.
    expect(plan.residentNoticeBy.toISOString()).toBe('2027-02-03T16:00:00.000Z');
  });

  it('has no provisional key when no provisional day was used, even under the statutory policy', () => {
    const plan = noticePlan('community-event', '2026-11-12T09:00:00+08:00', statutory);
    expect(Object.hasOwn(plan, 'provisional')).toBe(false);
    expect(plan.basis).not.toContain('calendar.provisional');
    const deadlines = complaintDeadlines({ level: 4, receivedAt: '2027-02-04T10:00:00+08:00' }, statutory);
    expect(Object.hasOwn(deadlines, 'provisional')).toBe(false);
  });

  it('flags a deadline moved past provisional rest days (extendPastRestDays)', () => {
    const deadlines = complaintDeadlines({ level: 4, receivedAt: '2027-02-04T10:00:00+08:00' }, extended);
    expect(deadlines.provisional).toBe(true);
    expect(deadlines.basis.filter((id) => id === 'calendar.provisional')).toHaveLength(1);
    const repair = repairDeadline({ repairClass: 'A', receivedAt: '2027-02-04T10:00:00+08:00' }, extended);
    expect(repair.provisional).toBe(true);
    const status = repairStatus({ repairClass: 'A', receivedAt: '2027-02-04T10:00:00+08:00', planAcceptedAt: '2027-02-04T11:00:00+08:00', asOf: '2027-02-05T10:00:00+08:00' }, extended);
    expect(status).toMatchObject({ state: 'open', provisional: true });
    expect(status.basis.at(-1)).toBe('calendar.provisional');
  });

  it('catalogs calendar.provisional with its assumption', () => {
    expect(ruleCatalog['calendar.provisional']?.assumption).toMatch(/statutory/);
  });
});

describe('provisional flags on the command line', () => {
  const files = { 'policy.json': JSON.stringify({ outOfCoverage: 'statutory' }) };

  it('marks the output line of an answer that used a provisional day, Date and boolean answers included', async () => {
    const { lines } = await runCli(['isWorkday', '--policy', 'policy.json'], { input: '"2027-02-09"\n"2026-10-08"\n', files });
    expect(lines).toEqual([
      { line: 1, ok: true, result: false, provisional: true },
      { line: 2, ok: true, result: true },
    ]);
    const due = await runCli(['addWorkdays', '--policy', 'policy.json'], { input: '["2026-12-30T10:00:00+08:00", 2]\n["2026-12-30T10:00:00+08:00", 1]\n', files });
    expect(due.lines).toEqual([
      { line: 1, ok: true, result: '2027-01-04T10:00:00.000+08:00', provisional: true },
      { line: 2, ok: true, result: '2026-12-31T10:00:00.000+08:00' },
    ]);
  });

  it('reports the coverage error when the policy does not opt in', async () => {
    const { lines } = await runCli(['isWorkday'], { input: '"2027-02-09"\n' });
    expect(lines[0]?.error?.message).toMatch(/2027.*extendCalendar.*outOfCoverage: 'statutory'/);
  });
});
