// Internal to the schemas: the range checks of the rule functions, in their schemas. A rule refuses an
// input whose result would lie outside the years 0000–9999 (+08:00), and a few refuse other ranges (an
// explanation of more than 36,600 days, a duty window longer than the policy allows). Whether a result
// leaves the span depends on the function's own arithmetic (day periods, months, working days, the
// policy's periods): a schema does not copy it, it runs the function's own check, under the default
// options (a schema has no policy), on a value that passed every other check of the schema.
import { z } from 'zod';
import { InvalidInputError } from '../core/errors.js';

type Path = readonly (string | number)[];

/**
 * A check for a schema's `.check()`: runs `check` on the parsed value (the function itself, or the
 * pure check it makes) once every other check of the schema has passed, and turns its refusal with
 * one of `codes` (`out_of_range` unless given) into an issue at the refused field: `place` maps the
 * function's error path to the schema's (the tuple position of an argument, the value itself for a
 * function of one instant). A result, another refusal and a CalendarCoverageError (the caller's
 * calendar is not the schema's to know) add nothing.
 */
export function refusesOutOfRange<T>(check: (value: T) => unknown, place: (path: Path) => Path = (path) => path, codes: readonly string[] = OUT_OF_RANGE): z.core.$ZodCheck<T> {
  return z.superRefine<T>(
    (value, context) => {
      try {
        check(value);
      } catch (error) {
        if (!(error instanceof InvalidInputError) || !codes.includes(error.code)) return;
        const at = error.message.indexOf(' must be ');
        context.addIssue({ code: 'custom', path: [...place(error.path)], message: at < 0 ? error.message : error.message.slice(at + 1) });
      }
    },
    { when: (payload) => payload.issues.length === 0 },
  );
}

const OUT_OF_RANGE: readonly string[] = ['out_of_range'];

/** The place of a function's error path in a tuple of its arguments, named in order. */
export const inArguments =
  (names: readonly string[]) =>
  (path: Path): Path => [names.indexOf(path[0] as string), ...path.slice(1)];

/** The place of a function's error path when the schema is of its only argument, an instant: the value itself. */
export const atValue = (): Path => [];
