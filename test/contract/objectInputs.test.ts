// Contract: where a function reads an object of fields or a list, a Date is not one. Read as an object a
// Date has no fields, so the refusal used to name a field it does not have (`households must be a
// number, received undefined` for `visitQuota(new Date())`). For every object and array of every
// function's valid inputs, a Date (valid or not) or an object built on Date.prototype in its place is
// `invalid_type` at that place's own path, with the function's name and the place first in the message.
import { describe, expect, it } from 'vitest';
import { appraiseMonth } from '../../src/appraisal/appraiseMonth.js';
import { describePath } from '../../src/core/describe.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { containerPaths, errorPathFor, functions, replaceAt, thrownBy, validInputsOf } from './_support.js';

const DATE_LIKE: readonly (() => unknown)[] = [() => new Date('2026-03-02T09:00:00+08:00'), () => new Date(Number.NaN), () => Object.create(Date.prototype) as unknown];

describe('a Date where an object or a list goes', () => {
  for (const fn of functions) {
    it(`${fn.name}: is invalid_type at that place`, () => {
      const seen = new Set<string>();
      for (const args of validInputsOf(fn)) {
        for (const argsPath of containerPaths(args)) {
          const errorPath = errorPathFor(fn, args, argsPath);
          const key = JSON.stringify(errorPath);
          if (seen.has(key)) continue;
          seen.add(key);
          for (const make of DATE_LIKE) {
            const error = thrownBy(() => fn.call(...replaceAt(args, argsPath, make())));
            expect(error, `${fn.name} ${key}`).toBeInstanceOf(InvalidInputError);
            const { code, path, message } = error as InvalidInputError;
            expect({ code, path }, `${fn.name} ${key}`).toEqual({ code: 'invalid_type', path: errorPath });
            expect(message).toMatch(new RegExp(`^${fn.name}: ${describePath(errorPath).replace(/[.[\]]/g, '\\$&')} must be an? (object|array), received `));
          }
        }
      }
    });
  }
});

describe('appraiseMonth', () => {
  it('refuses a member hired after the appraised month on hiredOn, showing the hire date', () => {
    const error = thrownBy(() => appraiseMonth({ period: '2026-03', members: [{ id: 'a', hiredOn: '2026-04-01' }] } as never)) as InvalidInputError;
    expect({ code: error.code, path: error.path, message: error.message }).toEqual({
      code: 'before_hire',
      path: ['members', 0, 'hiredOn'],
      message: 'appraiseMonth: members[0].hiredOn must be an instant not after the appraised month (2026-03), received "2026-04-01"',
    });
  });
});
