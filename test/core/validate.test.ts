import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describePath, describeValue } from '../../src/core/describe.js';
import { CalendarCoverageError, InvalidInputError, PolicyError, WuyeRulesError } from '../../src/core/errors.js';
import { reachesLowerBound, withinUpperBound } from '../../src/core/bound.js';
import { deepFreeze, freezeDecision } from '../../src/core/decision.js';
import {
  requireArray,
  requireBoolean,
  requireCount,
  requireNonNegativeNumber,
  requireObject,
  requireOneOf,
  requirePositiveInteger,
  requireString,
} from '../../src/core/validate.js';
import { invalidInputOf as failure } from '../support/errors.js';


describe('argument checks', () => {
  it('accept what they promise and return it', () => {
    expect(requireCount(3, 'f', ['n'])).toBe(3);
    expect(requirePositiveInteger(1, 'f', ['n'])).toBe(1);
    expect(requireNonNegativeNumber(0.5, 'f', ['n'])).toBe(0.5);
    expect(requireBoolean(false, 'f', ['b'])).toBe(false);
    expect(requireString('x', 'f', ['s'])).toBe('x');
    expect(requireOneOf('a', ['a', 'b'], 'f', ['e'])).toBe('a');
    expect(requireObject({}, 'f', [])).toEqual({});
    expect(requireArray([], 'f', [])).toEqual([]);
  });

  it.each([
    [() => requireCount(1.5, 'f', ['n']), 'not_integer'],
    [() => requireCount(-1, 'f', ['n']), 'negative'],
    [() => requireCount(Number.NaN, 'f', ['n']), 'not_finite'],
    [() => requireCount('1', 'f', ['n']), 'invalid_type'],
    [() => requirePositiveInteger(0, 'f', ['n']), 'out_of_range'],
    [() => requireNonNegativeNumber(-0.1, 'f', ['n']), 'negative'],
    [() => requireBoolean('true', 'f', ['b']), 'invalid_type'],
    [() => requireString(1, 'f', ['s']), 'invalid_type'],
    [() => requireOneOf('c', ['a', 'b'], 'f', ['e']), 'invalid_enum'],
    [() => requireObject(null, 'f', []), 'invalid_type'],
    [() => requireObject([], 'f', []), 'invalid_type'],
    [() => requireArray({}, 'f', []), 'invalid_type'],
  ])('refuse bad values with a stable code (%#)', (action, code) => {
    expect(failure(action).code).toBe(code);
  });

  it('start the message with the function name and show the value', () => {
    const error = failure(() => requireCount(-2, 'classifyComplaint', ['collectiveHouseholds']));
    expect(error.message).toBe('classifyComplaint: collectiveHouseholds must be a non-negative whole number, received -2');
    expect(error.path).toEqual(['collectiveHouseholds']);
    expect(Object.isFrozen(error.path)).toBe(true);
  });
});

// No lone surrogate (String#isWellFormed, which the TypeScript lib of Node 18 does not declare).
const wellFormed = (text: string): boolean => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

describe('describeValue and describePath', () => {
  it('never cut a character outside the BMP in two, wherever the cut falls (no lone surrogate in a message)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 0, maxLength: 200 }), fc.nat({ max: 120 }), (text, pad) => {
        const key = `${'x'.repeat(pad)}${text}😀😀😀`;
        for (const shown of [describePath([key]), describeValue(key), describeValue({ [key]: key }), describeValue(`${'y'.repeat(pad)}😀`.repeat(3))]) {
          expect(shown.length).toBeLessThanOrEqual(100);
          expect(wellFormed(shown), shown).toBe(true);
        }
        // Each key of a path is cut on its own.
        expect(wellFormed(describePath(['a', key, 0]))).toBe(true);
      }),
    );
    // The cut at 97 falls between the halves of the 49th emoji: it is left out whole.
    expect(describePath(['😀'.repeat(60)])).toBe(`${'😀'.repeat(48)}...`);
  });

  it('render values and paths for messages', () => {
    expect(describeValue('x')).toBe('"x"');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(new Date(Number.NaN))).toBe('Invalid Date');
    expect(describeValue(new Date(0))).toBe('Date(1970-01-01T00:00:00.000Z)');
    expect(describeValue({ a: 'x'.repeat(100) })).toMatch(/\.\.\.$/);
    expect(describeValue(10n)).toBe('10');
    expect(describeValue(() => 1)).toBe('() => 1');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    // A value that contains itself cannot be shown (JSON has no cycles): named as one that cannot be read.
    expect(describeValue(cyclic)).toBe('an unreadable value');
    expect(describeValue({ get boom(): never { throw new Error('x'); } })).toBe('an unreadable value');
    expect(describePath([])).toBe('input');
    expect(describePath(['deductions', 2, 'points'])).toBe('deductions[2].points');
  });

  it('shows at most 100 characters of each key of a path, as of a value', () => {
    expect(describePath(['k'.repeat(100)])).toBe('k'.repeat(100));
    expect(describePath(['a', 'k'.repeat(101), 3])).toBe(`a.${'k'.repeat(97)}...[3]`);
    expect(describePath(['k'.repeat(5000), 'b'])).toBe(`${'k'.repeat(97)}....b`);
    // A refusal keeps the key whole in its path; only the message is cut.
    const key = 'k'.repeat(5000);
    const error = failure(() => requireObject({ a: 1, [key]: 2 }, 'f', ['o'], ['a']));
    expect(error.path).toEqual(['o', key]);
    expect(error.message).toBe(`f: o.${'k'.repeat(97)}... must be one of the known fields (a), received "${'k'.repeat(96)}...`);
  });
});

describe('error classes', () => {
  it('form one hierarchy with names', () => {
    const errors = [new InvalidInputError('x', [], 'm'), new PolicyError(['a'], 'm'), new CalendarCoverageError(2031, 'm')];
    for (const error of errors) {
      expect(error).toBeInstanceOf(WuyeRulesError);
      expect(error).toBeInstanceOf(Error);
    }
    expect(errors.map((error) => error.name)).toEqual(['InvalidInputError', 'PolicyError', 'CalendarCoverageError']);
  });
});

describe('bounds', () => {
  it('apply their own boundary', () => {
    expect(reachesLowerBound(10, { value: 10, inclusive: true })).toBe(true);
    expect(reachesLowerBound(10, { value: 10, inclusive: false })).toBe(false);
    expect(withinUpperBound(10, { value: 10, inclusive: true })).toBe(true);
    expect(withinUpperBound(10, { value: 10, inclusive: false })).toBe(false);
  });
});

describe('decisions', () => {
  it('are frozen, basis included, and copy the basis', () => {
    const basis = ['a'];
    const decision = freezeDecision({ x: 1 }, basis);
    basis.push('b');
    expect(decision).toEqual({ x: 1, basis: ['a'] });
    expect(Object.isFrozen(decision) && Object.isFrozen(decision.basis)).toBe(true);
    const nested = deepFreeze({ a: { b: [1] } });
    expect(Object.isFrozen(nested.a.b)).toBe(true);
  });

  it('share a basis that is already frozen instead of copying it', () => {
    const basis = Object.freeze(['C2']);
    expect(freezeDecision({ x: 1 }, basis).basis).toBe(basis);
    expect(freezeDecision({ x: 1 }, ['C2']).basis).toEqual(['C2']);
  });

  it('take an object that is already frozen as frozen through (shared constants are not walked)', () => {
    const inner = { n: 1 };
    const frozenOuter = deepFreeze(Object.freeze({ inner }));
    expect(Object.isFrozen(frozenOuter)).toBe(true);
    expect(Object.isFrozen(inner)).toBe(false);
    const compute = (): number => 1;
    expect(deepFreeze(compute)).toBe(compute);
    expect(Object.isFrozen(compute)).toBe(false);
  });
});

describe('requireObject', () => {
  it('refuses a Map, a Set and a Date as an object of fields, at the field they were given for', () => {
    for (const value of [new Map([['households', 10]]), new Set(['households']), new Date(0)]) {
      let caught: unknown;
      try {
        requireObject(value, 'visitQuota', ['input']);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidInputError);
      expect([(caught as InvalidInputError).code, (caught as InvalidInputError).path]).toEqual(['invalid_type', ['input']]);
      expect((caught as InvalidInputError).message.startsWith('visitQuota: input must be an object, received ')).toBe(true);
    }
  });

  it('reads a plain object and an object without a prototype alike', () => {
    expect({ ...requireObject({ a: 1 }, 'fn', ['input'], ['a']) }).toEqual({ a: 1 });
    expect({ ...requireObject(Object.assign(Object.create(null), { a: 1 }), 'fn', ['input'], ['a']) }).toEqual({ a: 1 });
  });
});
