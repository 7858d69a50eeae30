import { describe, expect, it } from 'vitest';
import {
  checkComplaintTargetsInputSchema,
  classifyComplaintInputSchema,
  complaintDeadlinesInputSchema,
  complaintRouteInputSchema,
  countRecurrenceArgsSchema,
  countRecurrenceInputSchema,
  investigationReportDueAtInputSchema,
} from '../../src/schemas/complaint.js';

// The input schemas accept what the functions accept and refuse what they refuse, so a payload that
// passes a schema does not then fail the function on its shape.
describe('complaint input schemas', () => {
  it('classifyComplaintInputSchema', () => {
    const unresolved = { openedAt: '2026-01-15T10:00:00+08:00', asOf: '2026-03-01T00:00:00+08:00', causedByUs: true };
    expect(classifyComplaintInputSchema.safeParse({}).success).toBe(true);
    expect(classifyComplaintInputSchema.safeParse({ media: 'occurred', severeReputationalHarm: true, collectiveHouseholds: 12, unresolved }).success).toBe(true);
    expect(classifyComplaintInputSchema.safeParse({ collectiveHouseholds: -1 }).success).toBe(false);
    expect(classifyComplaintInputSchema.safeParse({ collectiveHouseholds: 1.5 }).success).toBe(false);
    expect(classifyComplaintInputSchema.safeParse({ media: 'viral' }).success).toBe(false);
    expect(classifyComplaintInputSchema.safeParse({ households: 3 }).success).toBe(false);
    const early = classifyComplaintInputSchema.safeParse({ unresolved: { ...unresolved, asOf: '2026-01-15T09:00:00+08:00' } });
    expect(early.error?.issues[0]?.path).toEqual(['unresolved', 'asOf']);
    const impossible = classifyComplaintInputSchema.safeParse({ unresolved: { ...unresolved, asOf: '2026-02-30T09:00:00+08:00' } });
    expect(impossible.error?.issues.map((issue) => issue.path)).toEqual([['unresolved', 'asOf']]);
  });

  it('countRecurrenceArgsSchema (and its alias countRecurrenceInputSchema)', () => {
    expect(countRecurrenceInputSchema).toBe(countRecurrenceArgsSchema);
    const history = [{ complainantId: 'A', issueKey: 'noise', at: '2026-03-02T21:00:00+08:00', note: 'kept' }];
    expect(countRecurrenceArgsSchema.safeParse([history, { issueKey: 'noise', asOf: '2026-03-05' }]).success).toBe(true);
    expect(countRecurrenceArgsSchema.safeParse([[{ complainantId: '', issueKey: 'noise', at: 0 }], { issueKey: 'noise', asOf: 0 }]).error?.issues[0]?.path).toEqual([0, 0, 'complainantId']);
    expect(countRecurrenceArgsSchema.safeParse([history, { issueKey: 'noise' }]).success).toBe(false);
  });

  it('complaintDeadlinesInputSchema', () => {
    expect(complaintDeadlinesInputSchema.safeParse({ level: 2, receivedAt: '2026-10-05T15:00:00+08:00' }).success).toBe(true);
    expect(complaintDeadlinesInputSchema.safeParse({ level: 2, receivedAt: '2026-10-05T15:00:00+08:00', acceptedAt: '2026-10-05T15:00:00+08:00' }).success).toBe(true);
    expect(complaintDeadlinesInputSchema.safeParse({ level: 5, receivedAt: '2026-10-05T15:00:00+08:00' }).success).toBe(false);
    const early = complaintDeadlinesInputSchema.safeParse({ level: 2, receivedAt: '2026-10-05T15:00:00+08:00', acceptedAt: '2026-10-05T14:00:00+08:00' });
    expect(early.error?.issues[0]?.path).toEqual(['acceptedAt']);
  });

  it('investigationReportDueAtInputSchema and complaintRouteInputSchema', () => {
    expect(investigationReportDueAtInputSchema.safeParse('2026-03-10T17:20:00+08:00').success).toBe(true);
    expect(investigationReportDueAtInputSchema.safeParse('2026-02-29').success).toBe(false);
    expect(complaintRouteInputSchema.safeParse(1).success).toBe(true);
    expect(complaintRouteInputSchema.safeParse(0).success).toBe(false);
  });

  it('checkComplaintTargetsInputSchema', () => {
    const figures = { complaints: 40, handled: 40, returnVisited: 38, validComplaints: 25, satisfied: 25 };
    expect(checkComplaintTargetsInputSchema.safeParse(figures).success).toBe(true);
    expect(checkComplaintTargetsInputSchema.safeParse({ ...figures, satisfied: 26 }).error?.issues[0]?.path).toEqual(['satisfied']);
    expect(checkComplaintTargetsInputSchema.safeParse({ ...figures, handled: 41, returnVisited: 41 }).error?.issues.map((issue) => issue.path)).toEqual([['handled'], ['returnVisited']]);
    expect(checkComplaintTargetsInputSchema.safeParse({ ...figures, complaints: -1 }).success).toBe(false);
  });
});
