// Contract: the options argument of every function that takes one is read by the one reader of rule
// options, under the function's own name. A misspelt or unknown key, a policy or calendar not built by
// the library, and options that are not an object are refused with the function's name first in the
// message, the exact code and the exact path — for every function at once, so a function whose name or
// paths drift in its options line is caught whichever module it is in.
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';
import { InvalidInputError, PolicyError } from '../../src/core/errors.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { exampleArguments, functions, optionFunctions, thrownBy, withOptions } from './_support.js';

// The callable functions without an options parameter; anything else must take `{ policy, calendar }`.
// Every rule function takes them (API.md), also one whose rule no setting changes (serviceOrderKind):
// an options argument it ignored would let a misspelt key pass without a word.
const WITHOUT_OPTIONS = [
  'defineCalendar',
  'extendCalendar',
  // Its options are the iCalendar's (locale, name, stamp): no rule is counted.
  'toICalendar',
];

// Keys a function accepts in its options besides policy and calendar.
const EXTRA_KEYS: Readonly<Record<string, readonly string[]>> = { payFloat: ['employmentMonth'] };

function knownKeys(name: string): string {
  return ['policy', 'calendar', ...(EXTRA_KEYS[name] ?? [])].join(', ');
}

function invalidInput(call: () => unknown): InvalidInputError {
  const error = thrownBy(call);
  expect(error).toBeInstanceOf(InvalidInputError);
  return error as InvalidInputError;
}

describe('the options of every function', () => {
  it('are taken by every callable function but the listed ones', () => {
    expect(functions.filter((fn) => !optionFunctions.includes(fn)).map((fn) => fn.name)).toEqual(WITHOUT_OPTIONS);
    expect(optionFunctions.length).toBeGreaterThan(40);
  });

  for (const fn of optionFunctions) {
    describe(fn.name, () => {
      it('refuses an unknown key with its name, unknown_key and the path [options, key]', () => {
        const args = exampleArguments(fn);
        for (const [key, value] of [
          ['bogus', 1],
          ['policey', defaultPolicy],
          ['calender', chinaCalendar],
          ['Policy', defaultPolicy],
        ] as const) {
          const error = invalidInput(() => fn.call(...withOptions(fn, args, { [key]: value })));
          expect({ code: error.code, path: error.path, message: error.message }).toEqual({
            code: 'unknown_key',
            path: ['options', key],
            message: `${fn.name}: options.${key} must be one of the known fields (${knownKeys(fn.name)}), received "${key}"`,
          });
        }
        // Beside a valid policy and calendar too.
        const error = invalidInput(() => fn.call(...withOptions(fn, args, { policy: defaultPolicy, calendar: chinaCalendar, bogus: 1 })));
        expect([error.code, error.path]).toEqual(['unknown_key', ['options', 'bogus']]);
      });

      it('refuses a policy not built by definePolicy with a PolicyError at [options, policy] naming it', () => {
        const error = thrownBy(() => fn.call(...withOptions(fn, exampleArguments(fn), { policy: { ...defaultPolicy } })));
        expect(error).toBeInstanceOf(PolicyError);
        expect((error as PolicyError).path).toEqual(['options', 'policy']);
        expect((error as PolicyError).message).toMatch(new RegExp(`^${fn.name}: options\\.policy must be built with definePolicy, received `));
      });

      it('refuses a calendar not built by the library with unvalidated_calendar at [options, calendar] naming it', () => {
        const error = invalidInput(() => fn.call(...withOptions(fn, exampleArguments(fn), { calendar: { ...chinaCalendar } })));
        expect([error.code, error.path]).toEqual(['unvalidated_calendar', ['options', 'calendar']]);
        expect(error.message).toMatch(new RegExp(`^${fn.name}: options\\.calendar must be built with defineCalendar, received `));
      });

      it('refuses options that are not an object with invalid_type at [options] naming it', () => {
        const args = exampleArguments(fn);
        for (const options of [null, 3, 'policy', [defaultPolicy], new Map([['policy', defaultPolicy]]), new Set(['policy']), new Date(0)]) {
          // A merged options argument is the function's own settings object: replace it whole.
          const call = fn.layout().optionsMerge ? [...args.slice(0, fn.layout().optionsIndex!), options] : withOptions(fn, args, options);
          const error = invalidInput(() => fn.call(...call));
          expect({ code: error.code, path: error.path }).toEqual({ code: 'invalid_type', path: ['options'] });
          expect(error.message.startsWith(`${fn.name}: options must be an object, received `)).toBe(true);
        }
      });
    });
  }
});
