// instanceof across copies of the package (review, session 12): an error of another copy (the CommonJS
// build beside the ESM one) is an instance of this copy's class of the same name, told by the mark
// every copy puts on its errors' prototype (Symbol.for) and the error's name.
import { describe, expect, it } from 'vitest';
import { CalendarCoverageError, InvalidInputError, PolicyError, WuyeRulesError } from '../../src/core/errors.js';

const CLASSES = { WuyeRulesError, InvalidInputError, PolicyError, CalendarCoverageError };

// An error as another copy builds it: its own classes, each prototype marked with its class's name
// under the shared symbol.
function foreignError(name: string): Error {
  class Base extends Error {}
  Object.defineProperty(Base.prototype, Symbol.for('wuye-rules.error'), { value: 'WuyeRulesError' });
  if (name === 'WuyeRulesError') return Object.assign(new Base('from another copy'), { name });
  class Kind extends Base {}
  Object.defineProperty(Kind.prototype, Symbol.for('wuye-rules.error'), { value: name });
  return Object.assign(new Kind('from another copy'), { name });
}

const classesOf = (value: unknown): string[] => Object.entries(CLASSES).filter(([, kind]) => value instanceof kind).map(([name]) => name);

describe('the error classes', () => {
  it("take another copy's error as an instance of the class of its name, and of the base", () => {
    expect(classesOf(foreignError('InvalidInputError'))).toEqual(['WuyeRulesError', 'InvalidInputError']);
    expect(classesOf(foreignError('PolicyError'))).toEqual(['WuyeRulesError', 'PolicyError']);
    expect(classesOf(foreignError('CalendarCoverageError'))).toEqual(['WuyeRulesError', 'CalendarCoverageError']);
    expect(classesOf(foreignError('WuyeRulesError'))).toEqual(['WuyeRulesError']);
  });

  it('keep their own names as classes, as stack traces and util.inspect show them', () => {
    expect(Object.values(CLASSES).map((kind) => kind.name)).toEqual(Object.keys(CLASSES));
    expect(new PolicyError([], 'x').constructor.name).toBe('PolicyError');
  });

  it("tell another copy's errors by their classes, not by their names", () => {
    // Renamed (a caller's subclass may set its own name): still of its class.
    expect(classesOf(Object.assign(foreignError('PolicyError'), { name: 'CompanyPolicyError' }))).toEqual(['WuyeRulesError', 'PolicyError']);
    // Another copy's base subclassed by a caller and named like one of ours: not that class.
    const impostor = foreignError('WuyeRulesError');
    impostor.name = 'InvalidInputError';
    expect(classesOf(impostor)).toEqual(['WuyeRulesError']);
  });

  it('take their own errors as before, and nothing unmarked', () => {
    expect(classesOf(new InvalidInputError('negative', ['n'], 'f: n must be …'))).toEqual(['WuyeRulesError', 'InvalidInputError']);
    expect(classesOf(new PolicyError([], 'definePolicy: …'))).toEqual(['WuyeRulesError', 'PolicyError']);
    expect(classesOf(new CalendarCoverageError(2031, '…'))).toEqual(['WuyeRulesError', 'CalendarCoverageError']);
    // An error named like ours without the mark, a plain value, or one whose read throws is none of them.
    const throwing = new Proxy({}, { get: () => { throw new Error('trap'); }, getPrototypeOf: () => null });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const value of [Object.assign(new Error('x'), { name: 'PolicyError' }), { name: 'InvalidInputError' }, null, 'PolicyError', throwing, revoked.proxy]) expect(classesOf(value)).toEqual([]);
    // A caller's subclass of the base that names itself like one of ours is not that class.
    class Impostor extends WuyeRulesError {
      override name = 'InvalidInputError';
    }
    expect(classesOf(new Impostor('x'))).toEqual(['WuyeRulesError']);
    // A caller's subclass is no class of another copy's errors.
    class OwnError extends InvalidInputError {}
    expect(foreignError('InvalidInputError') instanceof OwnError).toBe(false);
    expect(new OwnError('c', [], 'm') instanceof InvalidInputError).toBe(true);
    // The mark another copy looks for is on the prototype: no own key of an error shows it (logs, JSON).
    const markOf = (error: object): unknown => (error as Record<symbol, unknown>)[Symbol.for('wuye-rules.error')];
    expect([new WuyeRulesError('x'), new InvalidInputError('c', [], 'x'), new PolicyError([], 'x'), new CalendarCoverageError(2031, 'x')].map(markOf)).toEqual(Object.keys(CLASSES));
    // Each class's own prototype carries its name, the base's the base's.
    expect(Object.hasOwn(InvalidInputError.prototype, Symbol.for('wuye-rules.error'))).toBe(true);
    expect(markOf(Object.getPrototypeOf(InvalidInputError.prototype) as object)).toBe('WuyeRulesError');
    expect(Object.getOwnPropertySymbols(new PolicyError([], 'x'))).toEqual([]);
  });
});
