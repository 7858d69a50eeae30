// The exact error (code, path and message) of every check in the complaint functions: a mutant that
// changes a field name, a path or an expectation string is seen here.
import { describe, expect, it } from 'vitest';
import { checkComplaintTargets, classifyComplaint, complaintDeadlines, complaintRoute, countRecurrence, investigationReportDueAt } from '../../src/complaint/index.js';
import { invalidInputOf } from '../support/errors.js';

const R = '2026-10-05T15:00:00+08:00';
const F = { complaints: 10, handled: 10, returnVisited: 10, validComplaints: 10, satisfied: 10 };

describe('complaint errors', () => {
  it.each([
    ['complaintDeadlines', () => complaintDeadlines({ receivedAt: R } as never), { code: 'missing', path: ['level'], message: 'complaintDeadlines: level must be a complaint level (1, 2, 3 or 4), received undefined' }],
    ['complaintDeadlines', () => complaintDeadlines({ level: 2 } as never), { code: 'missing', path: ['receivedAt'], message: 'complaintDeadlines: receivedAt must be a valid instant, received undefined' }],
    ['complaintDeadlines', () => complaintDeadlines({ level: 2, receivedAt: R, acceptedAt: '2026-10-05T14:59:59.999+08:00' }), { code: 'out_of_range', path: ['acceptedAt'], message: 'complaintDeadlines: acceptedAt must be not before receivedAt (2026-10-05T15:00:00.000+08:00), received "2026-10-05T14:59:59.999+08:00"' }],
    ['complaintDeadlines', () => complaintDeadlines({ level: 5 as never, receivedAt: R }), { code: 'invalid_enum', path: ['level'], message: 'complaintDeadlines: level must be one of 1, 2, 3, 4, received 5' }],
    ['complaintRoute', () => complaintRoute(0 as never), { code: 'invalid_enum', path: ['level'], message: 'complaintRoute: level must be one of 1, 2, 3, 4, received 0' }],
    ['countRecurrence', () => countRecurrence([], { asOf: R } as never), { code: 'missing', path: ['query', 'issueKey'], message: 'countRecurrence: query.issueKey must be a non-empty string, received undefined' }],
    ['countRecurrence', () => countRecurrence([], { issueKey: '', asOf: R }), { code: 'empty', path: ['query', 'issueKey'], message: 'countRecurrence: query.issueKey must be a non-empty string, received ""' }],
    ['countRecurrence', () => countRecurrence([], { issueKey: 'k' } as never), { code: 'missing', path: ['query', 'asOf'], message: 'countRecurrence: query.asOf must be a valid instant, received undefined' }],
    ['countRecurrence', () => countRecurrence([{ issueKey: 'k', at: R } as never], { issueKey: 'k', asOf: R }), { code: 'missing', path: ['history', 0, 'complainantId'], message: 'countRecurrence: history[0].complainantId must be a non-empty string, received undefined' }],
    ['countRecurrence', () => countRecurrence([{ complainantId: '', issueKey: 'k', at: R }], { issueKey: 'k', asOf: R }), { code: 'empty', path: ['history', 0, 'complainantId'], message: 'countRecurrence: history[0].complainantId must be a non-empty string, received ""' }],
    ['countRecurrence', () => countRecurrence([{ complainantId: 'a', issueKey: '', at: R }], { issueKey: 'k', asOf: R }), { code: 'empty', path: ['history', 0, 'issueKey'], message: 'countRecurrence: history[0].issueKey must be a non-empty string, received ""' }],
    ['countRecurrence', () => countRecurrence([{ complainantId: 'a', issueKey: 'k' } as never], { issueKey: 'k', asOf: R }), { code: 'missing', path: ['history', 0, 'at'], message: 'countRecurrence: history[0].at must be a valid instant, received undefined' }],
    ['countRecurrence', () => countRecurrence([{ complainantId: 'a', issueKey: 'k', at: 'x' }], { issueKey: 'k', asOf: R }), { code: 'invalid_instant', path: ['history', 0, 'at'], message: 'countRecurrence: history[0].at must be a valid instant (Date, epoch ms or ISO-8601 string), received "x"' }],
    ['countRecurrence', () => countRecurrence([5 as never], { issueKey: 'k', asOf: R }), { code: 'invalid_type', path: ['history', 0], message: 'countRecurrence: history[0] must be an object, received 5' }],
    ['countRecurrence', () => countRecurrence([], { issueKey: 'k', asOf: 'x' }), { code: 'invalid_instant', path: ['query', 'asOf'], message: 'countRecurrence: query.asOf must be a valid instant (Date, epoch ms or ISO-8601 string), received "x"' }],
    ['checkComplaintTargets', () => checkComplaintTargets({ ...F, complaints: undefined } as never), { code: 'missing', path: ['complaints'], message: 'checkComplaintTargets: complaints must be a non-negative whole number, received undefined' }],
    ['checkComplaintTargets', () => checkComplaintTargets({ ...F, handled: undefined } as never), { code: 'missing', path: ['handled'], message: 'checkComplaintTargets: handled must be a non-negative whole number, received undefined' }],
    ['checkComplaintTargets', () => checkComplaintTargets({ ...F, returnVisited: undefined } as never), { code: 'missing', path: ['returnVisited'], message: 'checkComplaintTargets: returnVisited must be a non-negative whole number, received undefined' }],
    ['checkComplaintTargets', () => checkComplaintTargets({ ...F, validComplaints: undefined } as never), { code: 'missing', path: ['validComplaints'], message: 'checkComplaintTargets: validComplaints must be a non-negative whole number, received undefined' }],
    ['checkComplaintTargets', () => checkComplaintTargets({ ...F, satisfied: undefined } as never), { code: 'missing', path: ['satisfied'], message: 'checkComplaintTargets: satisfied must be a non-negative whole number, received undefined' }],
    ['checkComplaintTargets', () => checkComplaintTargets({ ...F, satisfied: 11 }), { code: 'exceeds_total', path: ['satisfied'], message: 'checkComplaintTargets: satisfied must be at most validComplaints (10), received 11' }],
    ['checkComplaintTargets', () => checkComplaintTargets({ ...F, handled: 11 }), { code: 'exceeds_total', path: ['handled'], message: 'checkComplaintTargets: handled must be at most complaints (10), received 11' }],
    ['checkComplaintTargets', () => checkComplaintTargets({ ...F, returnVisited: 11 }), { code: 'exceeds_total', path: ['returnVisited'], message: 'checkComplaintTargets: returnVisited must be at most complaints (10), received 11' }],
    ['classifyComplaint', () => classifyComplaint({ unresolved: { asOf: R, causedByUs: true } } as never), { code: 'missing', path: ['unresolved', 'openedAt'], message: 'classifyComplaint: unresolved.openedAt must be a valid instant, received undefined' }],
    ['classifyComplaint', () => classifyComplaint({ unresolved: { openedAt: R, causedByUs: true } } as never), { code: 'missing', path: ['unresolved', 'asOf'], message: 'classifyComplaint: unresolved.asOf must be a valid instant, received undefined' }],
    ['classifyComplaint', () => classifyComplaint({ unresolved: { openedAt: R, asOf: R } } as never), { code: 'missing', path: ['unresolved', 'causedByUs'], message: 'classifyComplaint: unresolved.causedByUs must be true or false, received undefined' }],
    ['classifyComplaint', () => classifyComplaint({ unresolved: { openedAt: R, asOf: '2026-10-05T14:59:59.999+08:00', causedByUs: true } }), { code: 'out_of_range', path: ['unresolved', 'asOf'], message: 'classifyComplaint: unresolved.asOf must be not before unresolved.openedAt (2026-10-05T15:00:00.000+08:00), received "2026-10-05T14:59:59.999+08:00"' }],
    ['classifyComplaint', () => classifyComplaint({ unresolved: { openedAt: 'x', asOf: R, causedByUs: true } }), { code: 'invalid_instant', path: ['unresolved', 'openedAt'], message: 'classifyComplaint: unresolved.openedAt must be a valid instant (Date, epoch ms or ISO-8601 string), received "x"' }],
    ['classifyComplaint', () => classifyComplaint({ unresolved: { openedAt: R, asOf: 'x', causedByUs: true } }), { code: 'invalid_instant', path: ['unresolved', 'asOf'], message: 'classifyComplaint: unresolved.asOf must be a valid instant (Date, epoch ms or ISO-8601 string), received "x"' }],
    ['classifyComplaint', () => classifyComplaint({ unresolved: { openedAt: R, asOf: R, causedByUs: 'yes' as never } }), { code: 'invalid_type', path: ['unresolved', 'causedByUs'], message: 'classifyComplaint: unresolved.causedByUs must be true or false, received "yes"' }],
    ['classifyComplaint', () => classifyComplaint({ unresolved: { openedAt: R, asOf: R, causedByUs: true, why: 1 } as never }), { code: 'unknown_key', path: ['unresolved', 'why'], message: 'classifyComplaint: unresolved.why must be one of the known fields (openedAt, asOf, causedByUs), received "why"' }],
    ['classifyComplaint', () => classifyComplaint({ media: 'tv' as never }), { code: 'invalid_enum', path: ['media'], message: 'classifyComplaint: media must be one of "none", "possible", "occurred", received "tv"' }],
    ['classifyComplaint', () => classifyComplaint({ litigation: 'won' as never }), { code: 'invalid_enum', path: ['litigation'], message: 'classifyComplaint: litigation must be one of "none", "possible", "filed", received "won"' }],
    ['classifyComplaint', () => classifyComplaint({ colour: 1 } as never), { code: 'unknown_key', path: ['colour'], message: 'classifyComplaint: colour must be one of the known fields (media, severeReputationalHarm, litigation, litigationHouseholds, collectiveComplainants, collectiveHouseholds, sameIssueComplainantsInMonth, unresolved, repeatsAfterResolution, needsOtherDepartment), received "colour"' }],
    ['classifyComplaint', () => classifyComplaint({ severeReputationalHarm: 1 as never }), { code: 'invalid_type', path: ['severeReputationalHarm'], message: 'classifyComplaint: severeReputationalHarm must be true or false, received 1' }],
    ['classifyComplaint', () => classifyComplaint({ litigationHouseholds: -1 }), { code: 'negative', path: ['litigationHouseholds'], message: 'classifyComplaint: litigationHouseholds must be a non-negative whole number, received -1' }],
    ['classifyComplaint', () => classifyComplaint({ collectiveComplainants: 1.5 }), { code: 'not_integer', path: ['collectiveComplainants'], message: 'classifyComplaint: collectiveComplainants must be a whole number, received 1.5' }],
    ['classifyComplaint', () => classifyComplaint({ collectiveHouseholds: -1 }), { code: 'negative', path: ['collectiveHouseholds'], message: 'classifyComplaint: collectiveHouseholds must be a non-negative whole number, received -1' }],
    ['classifyComplaint', () => classifyComplaint({ sameIssueComplainantsInMonth: '2' as never }), { code: 'invalid_type', path: ['sameIssueComplainantsInMonth'], message: 'classifyComplaint: sameIssueComplainantsInMonth must be a number, received "2"' }],
    ['classifyComplaint', () => classifyComplaint({ repeatsAfterResolution: -1 }), { code: 'negative', path: ['repeatsAfterResolution'], message: 'classifyComplaint: repeatsAfterResolution must be a non-negative whole number, received -1' }],
    ['classifyComplaint', () => classifyComplaint({ needsOtherDepartment: 1 as never }), { code: 'invalid_type', path: ['needsOtherDepartment'], message: 'classifyComplaint: needsOtherDepartment must be true or false, received 1' }],
    ['classifyComplaint', () => classifyComplaint({ unresolved: 5 as never }), { code: 'invalid_type', path: ['unresolved'], message: 'classifyComplaint: unresolved must be an object, received 5' }],
    ['investigationReportDueAt', () => investigationReportDueAt('x'), { code: 'invalid_instant', path: ['investigatedAt'], message: 'investigationReportDueAt: investigatedAt must be a valid instant (Date, epoch ms or ISO-8601 string), received "x"' }],
  ])('%s refuses bad input with the exact code, path and message (%#)', (_name, run, expected) => {
    const error = invalidInputOf(run);
    expect({ code: error.code, path: error.path, message: error.message }).toEqual(expected);
  });
});
