import { describe, expect, it } from 'vitest';
import { checkComplaintTargets, type ComplaintTargetFigures } from '../../src/complaint/checkComplaintTargets.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { complaintPolicy } from './_policy.js';

const perfect: ComplaintTargetFigures = { complaints: 40, handled: 40, returnVisited: 40, validComplaints: 25, satisfied: 25 };

describe('checkComplaintTargets', () => {
  it('passes a period where every complaint was handled and visited back and every valid one satisfied', () => {
    expect(checkComplaintTargets(perfect)).toEqual({
      pass: true,
      targets: [
        { target: 'satisfaction', rate: 1, minimum: 1, pass: true },
        { target: 'handling', rate: 1, minimum: 1, pass: true },
        { target: 'return-visit', rate: 1, minimum: 1, pass: true },
      ],
      basis: ['complaint.targets'],
    });
  });

  it('fails a target one complaint short of 100%', () => {
    const result = checkComplaintTargets({ ...perfect, handled: 39 });
    expect(result.pass).toBe(false);
    expect(result.targets[1]).toEqual({ target: 'handling', rate: 0.975, minimum: 1, pass: false });
    expect(checkComplaintTargets({ ...perfect, satisfied: 24 }).targets[0]).toEqual({ target: 'satisfaction', rate: 0.96, minimum: 1, pass: false });
    expect(checkComplaintTargets({ ...perfect, returnVisited: 38 }).targets[2]).toEqual({ target: 'return-visit', rate: 0.95, minimum: 1, pass: false });
  });

  it('reads a period without complaints as nothing missed (rate 1)', () => {
    expect(checkComplaintTargets({ complaints: 0, handled: 0, returnVisited: 0, validComplaints: 0, satisfied: 0 }).targets.map((check) => check.rate)).toEqual([1, 1, 1]);
    expect(checkComplaintTargets({ complaints: 3, handled: 3, returnVisited: 3, validComplaints: 0, satisfied: 0 }).pass).toBe(true);
  });

  it("follows the policy's minimums and their boundaries", () => {
    const policy = complaintPolicy({ targets: { satisfaction: { value: 0.95, inclusive: true }, returnVisit: { value: 0.95, inclusive: false } } });
    const result = checkComplaintTargets({ complaints: 20, handled: 20, returnVisited: 19, validComplaints: 20, satisfied: 19 }, { policy });
    expect(result.targets.map((check) => [check.target, check.rate, check.minimum, check.pass])).toEqual([
      ['satisfaction', 0.95, 0.95, true],
      ['handling', 1, 1, true],
      ['return-visit', 0.95, 0.95, false],
    ]);
    expect(result.pass).toBe(false);
  });

  it('returns a deep-frozen result and does not mutate its input', () => {
    const input = { ...perfect };
    const result = checkComplaintTargets(input);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.targets)).toBe(true);
    expect(Object.isFrozen(result.targets[0])).toBe(true);
    expect(input).toEqual(perfect);
  });

  describe('bad input', () => {
    it.each([
      [{ ...perfect, handled: 41 }, 'exceeds_total', ['handled']],
      [{ ...perfect, returnVisited: 41 }, 'exceeds_total', ['returnVisited']],
      [{ ...perfect, satisfied: 26 }, 'exceeds_total', ['satisfied']],
      [{ ...perfect, complaints: -1 }, 'negative', ['complaints']],
      [{ ...perfect, validComplaints: 2.5 }, 'not_integer', ['validComplaints']],
      [{ ...perfect, handled: Number.NaN }, 'not_finite', ['handled']],
      [{ ...perfect, satisfied: '25' }, 'invalid_type', ['satisfied']],
      [{ complaints: 1, handled: 1, returnVisited: 1, validComplaints: 1 }, 'missing', ['satisfied']],
      [{ ...perfect, satisfactionRate: 1 }, 'unknown_key', ['satisfactionRate']],
    ])('refuses %j with %s at %j', (figures, code, path) => {
      let caught: unknown;
      try {
        checkComplaintTargets(figures as ComplaintTargetFigures);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidInputError);
      expect(caught).toMatchObject({ code, path });
      expect((caught as Error).message).toMatch(/^checkComplaintTargets: /);
    });

    it('refuses a non-object', () => {
      expect(() => checkComplaintTargets([] as never)).toThrow(expect.objectContaining({ code: 'invalid_type', path: [] }));
    });
  });
});
