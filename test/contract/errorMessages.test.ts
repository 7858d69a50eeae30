// Contract: every refusal of every function says whose it is, where and what. Over each function's corpus
// (bad values at its input's leaves, instants moved, generated inputs) and every single adversarial
// mutation of its valid inputs (each JSON and JavaScript oddity at each position, extra keys, holes) of its example and first samples, each
// InvalidInputError thrown has a snake_case code; a path that names a field of the input as given (or a
// key missing from an object of it); and the message `<function>: <path> must be <what, in words>,
// received <the value at that path>` — so an error that names another function, another field, or no field is caught in
// whichever module it is thrown.
import { describe, expect, it } from 'vitest';
import { describePath, describeValue } from '../../src/core/describe.js';
import { InvalidInputError } from '../../src/core/errors.js';
import type { CliFunction } from '../../src/cli/registry.js';
import { allMutations, applyMutation } from '../support/adversarial.js';
import { corpusOf, functions, UNREADABLE, validInputsOf, valueAtPath } from './_support.js';

// At most this many calls of a function's corpus, spread evenly over it.
const CORPUS_CALLS = 150;
// The example line and at most this many sample cases are mutated.
const MUTATED_INPUTS = 3;
const SNAKE_CASE = /^[a-z]+(?:_[a-z]+)*$/;

/** The problem with a refusal, or null when it keeps the contract. */
function problemOf(fn: CliFunction, args: readonly unknown[], error: InvalidInputError): string | null {
  if (!SNAKE_CASE.test(error.code)) return `code ${JSON.stringify(error.code)} is not snake_case`;
  const prefix = `${fn.name}: ${describePath(error.path)} `;
  if (!error.message.startsWith(prefix)) return `message does not start with ${JSON.stringify(prefix)}`;
  // An argument past the function's last parameter is named by its position among the call's arguments.
  const extra = error.code === 'too_many_arguments' && error.path.length === 1 && typeof error.path[0] === 'number' && error.path[0] < args.length;
  const named = extra ? { found: true, value: args[error.path[0] as number] } : valueAtPath(fn, args, error.path);
  if (!named.found) {
    // A missing field is named by its key inside an object (or array) of the input that exists.
    const parent = valueAtPath(fn, args, error.path.slice(0, -1));
    const container = error.path.length > 0 && parent.found && typeof parent.value === 'object' && parent.value !== null && !(parent.value instanceof Date);
    if (!container) return `path ${JSON.stringify(error.path)} names no field of the input`;
  }
  // An unknown key's message shows the key; any other shows the value at the path.
  const shown = error.code === 'unknown_key' ? error.path.at(-1) : named.value;
  const suffix = `, received ${shown === UNREADABLE ? 'an unreadable value' : describeValue(shown)}`;
  if (!error.message.endsWith(suffix)) return `message does not end with ${JSON.stringify(suffix)}`;
  // Between the two: what the field must be, in words.
  const expectation = error.message.slice(prefix.length, error.message.length - suffix.length);
  if (!/^must be \S/.test(expectation)) return `message does not say what ${describePath(error.path)} must be`;
  return null;
}

function describeArgs(args: readonly unknown[]): string {
  try {
    return JSON.stringify(args).slice(0, 200);
  } catch {
    return '(arguments JSON cannot show)';
  }
}

describe('the refusals of every function', () => {
  for (const fn of functions) {
    it(`${fn.name}: name the function, the field and the value received`, () => {
      const calls: unknown[][] = [...corpusOf(fn, CORPUS_CALLS)];
      const layout = fn.layout();
      for (const args of validInputsOf(fn).slice(0, MUTATED_INPUTS)) for (const mutation of allMutations(args, false)) calls.push(applyMutation(args, mutation, layout.optionsIndex));
      const problems: string[] = [];
      let refusals = 0;
      for (const args of calls) {
        try {
          fn.call(...args);
        } catch (error) {
          if (!(error instanceof InvalidInputError)) continue;
          refusals += 1;
          const problem = problemOf(fn, args, error);
          if (problem !== null) problems.push(`${problem}: ${error.code} ${JSON.stringify(error.path)} "${error.message.slice(0, 160)}" for ${describeArgs(args)}`);
        }
      }
      expect(problems.slice(0, 5), `${problems.length} of ${refusals} refusals of ${fn.name}`).toEqual([]);
      expect(refusals).toBeGreaterThan(10);
    });
  }
});
