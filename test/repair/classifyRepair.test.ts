import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { classifyRepair } from '../../src/repair/classifyRepair.js';
import type { RepairFacts } from '../../src/repair/repairPolicy.js';
import { invalidInputOf, policyWith } from './_support.js';

const facts = (movedIn: boolean, affectsDailyLife: boolean, renovationStarted: boolean, affectsRenovation: boolean): RepairFacts => ({
  movedIn,
  affectsDailyLife,
  renovationStarted,
  affectsRenovation,
});

describe('classifyRepair', () => {
  it('puts a leak in a home the owner lives in at class A', () => {
    expect(classifyRepair(facts(true, true, false, false))).toEqual({ repairClass: 'A', basis: ['repair.class-a'] });
  });

  it('puts a faulty drain that holds up the renovation of an empty flat at class B', () => {
    expect(classifyRepair(facts(false, false, true, true))).toEqual({ repairClass: 'B', basis: ['repair.class-b'] });
  });

  it('puts a cosmetic defect in a lived-in home at class C', () => {
    expect(classifyRepair(facts(true, false, false, false))).toEqual({ repairClass: 'C', basis: ['repair.class-c'] });
  });

  it('needs the owner to have moved in for class A: daily life affected but not moved in is not A', () => {
    expect(classifyRepair(facts(false, true, false, false)).repairClass).toBe('C');
  });

  it('needs the renovation itself to be affected for class B', () => {
    expect(classifyRepair(facts(false, true, true, false)).repairClass).toBe('C');
    expect(classifyRepair(facts(false, false, false, true)).repairClass).toBe('C');
  });

  it('does not make a moved-in owner class B, even while renovating', () => {
    expect(classifyRepair(facts(true, false, true, true)).repairClass).toBe('C');
    expect(classifyRepair(facts(true, true, true, true)).repairClass).toBe('A');
  });

  it.each([
    // movedIn, affectsDailyLife, renovationStarted, affectsRenovation → class
    [true, true, true, true, 'A'],
    [true, true, true, false, 'A'],
    [true, true, false, true, 'A'],
    [true, true, false, false, 'A'],
    [true, false, true, true, 'C'],
    [true, false, true, false, 'C'],
    [true, false, false, true, 'C'],
    [true, false, false, false, 'C'],
    [false, true, true, true, 'B'],
    [false, true, true, false, 'C'],
    [false, true, false, true, 'C'],
    [false, true, false, false, 'C'],
    [false, false, true, true, 'B'],
    [false, false, true, false, 'C'],
    [false, false, false, true, 'C'],
    [false, false, false, false, 'C'],
  ] as const)('classifies movedIn=%s dailyLife=%s renovation=%s affectsRenovation=%s as %s', (a, b, c, d, expected) => {
    expect(classifyRepair(facts(a, b, c, d)).repairClass).toBe(expected);
  });

  it('returns three frozen, interned answers', () => {
    const first = classifyRepair(facts(true, true, false, false));
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.basis)).toBe(true);
    expect(classifyRepair(facts(true, true, true, true))).toBe(first);
    expect(classifyRepair(facts(false, false, true, true))).toBe(classifyRepair(facts(false, true, true, true)));
    expect(classifyRepair(facts(false, false, false, false))).toBe(classifyRepair(facts(true, false, false, false)));
  });

  it("follows a company's own classification rows", () => {
    // A company that also treats a renovation held up after moving in as class B.
    const policy = policyWith({
      classRules: [
        { repairClass: 'A', when: { movedIn: true, affectsDailyLife: true } },
        { repairClass: 'B', when: { renovationStarted: true, affectsRenovation: true } },
      ],
    });
    expect(classifyRepair(facts(true, false, true, true), { policy }).repairClass).toBe('B');
    expect(classifyRepair(facts(true, false, true, true)).repairClass).toBe('C');
    expect(classifyRepair(facts(true, true, true, true), { policy }).repairClass).toBe('A');
    // No rows at all: everything is class C.
    expect(classifyRepair(facts(true, true, false, false), { policy: policyWith({ classRules: [] }) }).repairClass).toBe('C');
  });

  it.each(['movedIn', 'affectsDailyLife', 'renovationStarted', 'affectsRenovation'] as const)('requires %s', (key) => {
    const input: Record<string, unknown> = { ...facts(true, true, false, false) };
    delete input[key];
    const error = invalidInputOf(() => classifyRepair(input as unknown as RepairFacts));
    expect(error).toMatchObject({ code: 'missing', path: [key] });
    expect(error.message).toMatch(new RegExp(`^classifyRepair: ${key} must be true or false`));
  });

  it.each([
    ['movedIn', 'yes'],
    ['affectsDailyLife', 1],
    ['renovationStarted', null],
    ['affectsRenovation', 'false'],
  ] as const)('refuses a non-boolean %s (%j)', (key, value) => {
    const error = invalidInputOf(() => classifyRepair({ ...facts(true, true, false, false), [key]: value } as unknown as RepairFacts));
    expect(error).toMatchObject({ code: 'invalid_type', path: [key] });
  });

  it.each([null, undefined, 'A', 3, [true, true, false, false]])('refuses %j as the facts', (value) => {
    const error = invalidInputOf(() => classifyRepair(value as unknown as RepairFacts));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({ code: 'invalid_type', path: [] });
  });
});

describe('classifyRepair unknown fields', () => {
  it('refuses a misspelt field instead of ignoring it', () => {
    expect(() =>
      classifyRepair({ movedIn: true, affectsDailyLife: true, renovationStarted: false, affectsRenovation: false, movedln: true } as never),
    ).toThrow(expect.objectContaining({ code: 'unknown_key', path: ['movedln'] }));
  });
});
