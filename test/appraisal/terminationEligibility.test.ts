import { describe, expect, it } from 'vitest';
import { terminationEligibility } from '../../src/appraisal/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { expectInvalid, inCatalog } from './_helpers.js';

const NONE = { eligible: false, basis: ['appraisal.termination'] };

describe('terminationEligibility', () => {
  it('allows termination below 60, not at 60', () => {
    expect(terminationEligibility({ score: 59 })).toEqual({ eligible: true, basis: ['appraisal.termination.low-score'] });
    expect(terminationEligibility({ score: 59.99 }).eligible).toBe(true);
    expect(terminationEligibility({ score: -10 }).eligible).toBe(true);
    expect(terminationEligibility({ score: 60 })).toEqual(NONE);
    expect(terminationEligibility({ score: 95 })).toEqual(NONE);
  });

  it('allows termination after two months last with scores below 70', () => {
    const facts = { score: 69, lastPlace: true, previousMonth: { score: 65, lastPlace: true } };
    expect(terminationEligibility(facts)).toEqual({ eligible: true, basis: ['appraisal.termination.last-place'] });
  });

  it.each([
    ['this month at 70', { score: 70, lastPlace: true, previousMonth: { score: 65, lastPlace: true } }],
    ['last month at 70', { score: 65, lastPlace: true, previousMonth: { score: 70, lastPlace: true } }],
    ['not last this month', { score: 65, lastPlace: false, previousMonth: { score: 65, lastPlace: true } }],
    ['not last last month', { score: 65, lastPlace: true, previousMonth: { score: 65, lastPlace: false } }],
    ['no previous month', { score: 65, lastPlace: true }],
    ['last place not given', { score: 65, previousMonth: { score: 65, lastPlace: true } }],
  ])('does not allow it on last place with %s', (_, facts) => {
    expect(terminationEligibility(facts)).toEqual(NONE);
  });

  it('allows termination on a dismissal offense, whatever the score', () => {
    expect(terminationEligibility({ score: 105, dismissalOffense: true })).toEqual({
      eligible: true,
      basis: ['appraisal.termination.dismissal-offense'],
    });
    expect(terminationEligibility({ score: 105, dismissalOffense: false })).toEqual(NONE);
  });

  it('lists every ground that holds, dismissal first', () => {
    const result = terminationEligibility({ score: 40, lastPlace: true, previousMonth: { score: 50, lastPlace: true }, dismissalOffense: true });
    expect(result).toEqual({
      eligible: true,
      basis: ['appraisal.termination.dismissal-offense', 'appraisal.termination.low-score', 'appraisal.termination.last-place'],
    });
    expect(inCatalog(result.basis)).toBe(true);
    expect(Object.isFrozen(result)).toBe(true);
  });

  it('follows a company policy with its own thresholds', () => {
    const policy = definePolicy({
      appraisal: { termination: { lowScore: { value: 60, inclusive: true }, lastPlaceScore: { value: 75, inclusive: false } } },
    });
    expect(terminationEligibility({ score: 60 }, { policy }).eligible).toBe(true);
    expect(terminationEligibility({ score: 72, lastPlace: true, previousMonth: { score: 74, lastPlace: true } }, { policy }).eligible).toBe(true);
  });

  it.each([
    [null, 'invalid_type', []],
    [{}, 'invalid_type', ['score']],
    [{ score: Number.NaN }, 'not_finite', ['score']],
    [{ score: 60, lastPlace: 'yes' }, 'invalid_type', ['lastPlace']],
    [{ score: 60, dismissalOffense: 1 }, 'invalid_type', ['dismissalOffense']],
    [{ score: 60, previousMonth: 55 }, 'invalid_type', ['previousMonth']],
    [{ score: 60, previousMonth: { score: Infinity, lastPlace: true } }, 'not_finite', ['previousMonth', 'score']],
    [{ score: 60, previousMonth: { score: 55 } }, 'invalid_type', ['previousMonth', 'lastPlace']],
    [{ score: 60, previousMonth: { score: 55, lastPlace: true, rank: 9 } }, 'unknown_key', ['previousMonth', 'rank']],
    [{ score: 60, lastplace: true }, 'unknown_key', ['lastplace']],
  ])('refuses %j', (facts, code, path) => {
    const error = expectInvalid(() => terminationEligibility(facts as never), code, path);
    expect(error.message.startsWith('terminationEligibility: ')).toBe(true);
  });
});
