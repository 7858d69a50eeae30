// Contract: options that do not change the policy or the calendar do not change the answer. For every
// function that takes options, each call of its corpus (its example, inputs its JSON Schema suggests,
// their instants moved across midnights, year ends and holidays, bad values) gives the same outcome —
// the same result, or the same error with the same code, path and message — without options, with
// `undefined`, with `{}`, with only a calendar (the default one), with only the default policy, and with
// both. A rule that reads `options.policy.x` where the policy may be absent, or `options.x` where the
// options may be absent, fails here, in whichever module and branch the corpus reaches it.
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { corpusOf, optionFunctions, outcomeOf, withOptions, withoutOptions, type Outcome } from './_support.js';

// At most this many refused calls of a function's corpus are compared (every accepted call is): the
// refusals mostly stop at the same first check, and the suite must stay fast.
const REFUSED_CALLS = 40;
// At most this many calls of a function's corpus, spread evenly over it.
const CALLS = 90;
// Functions whose every call lays out months of duties: fewer calls.
const SLOW_CALLS: Readonly<Record<string, number>> = { dutyCalendar: 24 };

const VARIANTS: readonly { name: string; options: unknown; omit?: boolean }[] = [
  { name: 'undefined', options: undefined },
  { name: '{}', options: {} },
  { name: '{ calendar }', options: { calendar: chinaCalendar } },
  { name: '{ policy: defaultPolicy }', options: { policy: defaultPolicy } },
  { name: '{ policy, calendar }', options: { policy: defaultPolicy, calendar: chinaCalendar } },
  { name: '{ policy: undefined, calendar: undefined }', options: { policy: undefined, calendar: undefined } },
];

describe('options without a policy or calendar of their own', () => {
  for (const fn of optionFunctions) {
    it(`${fn.name}: give the answer of no options at all`, () => {
      const layout = fn.layout();
      // The corpus' own calls with a company policy or calendar are left out: only the input varies here.
      const calls = corpusOf(fn, SLOW_CALLS[fn.name] ?? CALLS).filter((args) => layout.optionsMerge || args.length <= layout.optionsIndex!);
      let accepted = 0;
      let refused = 0;
      for (const args of calls) {
        const plain = withoutOptions(fn, args);
        const baseline: Outcome = outcomeOf(() => fn.call(...withOptions(fn, plain, undefined, true)));
        if ('error' in baseline) {
          refused += 1;
          if (refused > REFUSED_CALLS) continue;
        } else accepted += 1;
        for (const variant of VARIANTS) {
          const outcome = outcomeOf(() => fn.call(...withOptions(fn, plain, variant.options)));
          if (JSON.stringify(outcome) !== JSON.stringify(baseline)) {
            expect(outcome, `${fn.name} with options ${variant.name}, arguments ${describeArgs(plain)}`).toEqual(baseline);
          }
        }
      }
      expect(accepted, `${fn.name}: accepted calls in the corpus`).toBeGreaterThan(0);
    });
  }
});

function describeArgs(args: readonly unknown[]): string {
  try {
    return JSON.stringify(args).slice(0, 300);
  } catch {
    return String(args);
  }
}
