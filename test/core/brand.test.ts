import { describe, expect, it } from 'vitest';
import { isMarkedHere, isValidated, markValidated } from '../../src/core/brand.js';

describe('the validated mark', () => {
  it('is recognised only on a marked object that is frozen', () => {
    const marked = Object.freeze(markValidated({ a: 1 }));
    expect(isValidated(marked)).toBe(true);
    expect(isMarkedHere(marked)).toBe(true);
    expect(isValidated(markValidated({ a: 1 }))).toBe(false);
    expect(isMarkedHere(markValidated({ a: 1 }))).toBe(false);
  });

  it('is not found on unmarked objects, frozen or not, nor on other values', () => {
    for (const value of [{}, Object.freeze({}), [], Object.freeze([]), null, undefined, 'policy', 1, true, Symbol.for('wuye-rules.validated')]) {
      expect(isValidated(value)).toBe(false);
    }
  });

  it('is found on a copy from another copy of the package, but only this copy remembers its own', () => {
    const foreign = Object.freeze(Object.defineProperty({}, Symbol.for('wuye-rules.validated'), { value: true }));
    expect(isValidated(foreign)).toBe(true);
    expect(isMarkedHere(foreign)).toBe(false);
  });

  it('counts a Proxy whose traps throw as unmarked', () => {
    const hostile = new Proxy(Object.freeze(markValidated({})), {
      getOwnPropertyDescriptor() {
        throw new Error('trap');
      },
    });
    expect(isValidated(hostile)).toBe(false);
    expect(isMarkedHere(hostile)).toBe(false);
  });
});
