// Every check's whole message for every way it refuses a value: the message is part of the contract
// (it names the function, the field, what was expected and what came), and the boundaries between
// accepted and refused sit exactly where the checks say.
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import {
  isPlainObject,
  requireArray,
  requireBoolean,
  requireCount,
  requireFiniteNumber,
  requireNonNegativeNumber,
  requireObject,
  requireOneOf,
  requirePositiveInteger,
  requirePresent,
  requireString,
} from '../../src/core/validate.js';
import { invalidInputOf as failure } from '../support/errors.js';

const MAX = Number.MAX_SAFE_INTEGER;

describe('each check refuses with its own code, path and whole message', () => {
  it.each([
    [() => requireFiniteNumber('1', 'f', ['n']), 'invalid_type', ['n'], 'f: n must be a number, received "1"'],
    [() => requireFiniteNumber(Number.NEGATIVE_INFINITY, 'f', ['n']), 'not_finite', ['n'], 'f: n must be a finite number, received -Infinity'],
    [() => requireNonNegativeNumber(-0.5, 'f', ['n']), 'negative', ['n'], 'f: n must be a non-negative number, received -0.5'],
    [() => requireNonNegativeNumber(Number.NaN, 'f', ['n']), 'not_finite', ['n'], 'f: n must be a finite number, received NaN'],
    [() => requireCount(2.5, 'f', ['n']), 'not_integer', ['n'], 'f: n must be a whole number, received 2.5'],
    [() => requireCount(-3, 'f', ['n']), 'negative', ['n'], 'f: n must be a non-negative whole number, received -3'],
    [() => requireCount(MAX + 1, 'f', ['n']), 'out_of_range', ['n'], 'f: n must be a whole number up to 2^53 − 1, received 9007199254740992'],
    [() => requirePositiveInteger(0, 'f', ['a', 0, 'n']), 'out_of_range', ['a', 0, 'n'], 'f: a[0].n must be a whole number of at least 1, received 0'],
    [() => requireBoolean(1, 'f', ['b']), 'invalid_type', ['b'], 'f: b must be true or false, received 1'],
    [() => requireString(null, 'f', ['s']), 'invalid_type', ['s'], 'f: s must be a string, received null'],
    [() => requireOneOf('c', ['a', 'b'], 'f', ['e']), 'invalid_enum', ['e'], 'f: e must be one of "a", "b", received "c"'],
    [() => requireOneOf('1', [1, 2], 'f', ['e']), 'invalid_enum', ['e'], 'f: e must be one of 1, 2, received "1"'],
    [() => requireObject('x', 'f', ['o']), 'invalid_type', ['o'], 'f: o must be an object, received "x"'],
    [() => requireObject({ a: 1, b: 2 }, 'f', ['o'], ['a']), 'unknown_key', ['o', 'b'], 'f: o.b must be one of the known fields (a), received "b"'],
    [() => requireArray({ length: 0 }, 'f', ['list']), 'invalid_type', ['list'], 'f: list must be an array, received {"length":0}'],
    // eslint-disable-next-line no-sparse-arrays
    [() => requireArray([1, , 3], 'f', ['list']), 'missing', ['list', 1], 'f: list[1] must be an element, not a hole, received undefined'],
    [() => requirePresent(undefined, 'f', ['x'], 'a date'), 'missing', ['x'], 'f: x must be a date, received undefined'],
  ])('%#', (action, code, path, message) => {
    const error = failure(action);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect([error.code, error.path, error.message]).toEqual([code, path, message]);
  });
});

describe('each check accepts up to its boundary', () => {
  it('takes 0 and 2^53 − 1 as counts, 1 as a positive integer, 0 as a non-negative number', () => {
    expect(requireCount(0, 'f', ['n'])).toBe(0);
    expect(requireCount(MAX, 'f', ['n'])).toBe(MAX);
    expect(requirePositiveInteger(1, 'f', ['n'])).toBe(1);
    expect(requirePositiveInteger(MAX, 'f', ['n'])).toBe(MAX);
    expect(requireNonNegativeNumber(0, 'f', ['n'])).toBe(0);
    expect(requireFiniteNumber(-Number.MAX_VALUE, 'f', ['n'])).toBe(-Number.MAX_VALUE);
    expect(requireBoolean(true, 'f', ['b'])).toBe(true);
    expect(requireString('', 'f', ['s'])).toBe('');
    expect(requireOneOf(2, [1, 2], 'f', ['e'])).toBe(2);
    expect(() => requirePresent(null, 'f', ['x'], 'a date')).not.toThrow();
  });

  it('read −0 as 0, so that no −0 reaches an answer', () => {
    for (const check of [requireFiniteNumber, requireNonNegativeNumber, requireCount]) expect(Object.is(check(-0, 'f', ['n']), 0)).toBe(true);
    expect(requireFiniteNumber(-1e-300, 'f', ['n'])).toBe(-1e-300);
  });
});

describe('requireObject and requireArray', () => {
  it('copy own enumerable fields into a record with nothing inherited', () => {
    const source = { a: 1, toString: 'field' };
    const read = requireObject(source, 'f', ['o']);
    expect(read).not.toBe(source);
    expect({ ...read }).toEqual({ a: 1, toString: 'field' });
    expect(read['constructor']).toBeUndefined();
    expect(read['hasOwnProperty']).toBeUndefined();
    expect(Object.getPrototypeOf(Object.getPrototypeOf(read))).toBeNull();
    // Without a list of known keys, any key is taken.
    expect({ ...requireObject({ z: 1 }, 'f', ['o']) }).toEqual({ z: 1 });
  });

  it('copy an array element by element into a real array', () => {
    const source = [1, 'two', { three: 3 }];
    const read = requireArray(source, 'f', ['list']);
    expect(read).not.toBe(source);
    expect(Array.isArray(read)).toBe(true);
    expect(read).toEqual(source);
    expect(requireArray([undefined], 'f', ['list'])).toEqual([undefined]);
  });

  it('turn a throwing getter or trap into unreadable at the field it guards', () => {
    const getter = Object.defineProperty({}, 'a', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect([failure(() => requireObject(getter, 'f', ['o'])).code, failure(() => requireObject(getter, 'f', ['o'])).path]).toEqual(['unreadable', ['o', 'a']]);
    const trap = new Proxy([1], { get: () => { throw new Error('boom'); } });
    expect(failure(() => requireArray(trap, 'f', ['list'])).message).toMatch(/^f: list must be readable, received /);
  });

  it('refuse an array as an object and an object as an array', () => {
    expect(failure(() => requireObject([1], 'f', ['o'])).message).toBe('f: o must be an object, received [1]');
    expect(failure(() => requireArray(new Set([1]), 'f', ['list'])).code).toBe('invalid_type');
  });
});

describe('isPlainObject', () => {
  it('holds for records only', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
    for (const value of [null, undefined, [], new Date(0), 'x', 1, true]) expect(isPlainObject(value)).toBe(false);
  });
});
