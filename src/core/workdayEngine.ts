// The working-day engine as a value: the calendar index, the default calendar and the statutory table
// behind the operations a period may need (working days, working hours, the extension past rest
// days). A rule whose own default periods never need them does not import the engine: it takes the
// engine from the policy that asks for it, since every validated policy carries one (definePolicy and
// defaultPolicy attach it). So `import { classifyComplaint }` carries no holiday table, while a company
// policy that counts its complaint periods in working days still gets them counted on the calendar.
import { unvalidatedPolicy, type RuleOptions } from './options.js';

/** What a period needs of the calendar. */
export interface WorkdayEngine {
  /** The Shanghai day number of the `n`th working day after `day` (n ≥ 0; 0 gives `day`). */
  readonly addWorkdays: (day: number, n: number, options: RuleOptions | undefined, fn: string) => number;
  /** Whether the Shanghai day number `day` works. */
  readonly isWorkday: (day: number, options: RuleOptions | undefined, fn: string) => boolean;
  /** The end of `hours` working hours from `fromMs` (RULES C12). */
  readonly workhourDue: (fromMs: number, hours: number, options: RuleOptions | undefined, fn: string) => number;
}

// A registered symbol: a policy built by the ESM copy of the package brings its engine to the
// CommonJS copy's rules (their provisional flags are shared too, see ./provisional.ts).
const ENGINE: unique symbol = Symbol.for('wuye-rules.workday-engine') as never;

/** Gives a validated policy the engine (before it is frozen; not enumerable, so not part of its data). */
export function attachEngine<T extends object>(policy: T, engine: WorkdayEngine): T {
  return Object.defineProperty(policy, ENGINE, { value: engine });
}

/** The engine the options' policy carries, if any. */
export function engineOf(options: RuleOptions | undefined): WorkdayEngine | undefined {
  return (options?.policy as { [ENGINE]?: WorkdayEngine } | undefined)?.[ENGINE];
}

/**
 * The engine of the options' policy, for a period that needs the calendar in a rule that brings no
 * engine of its own (its defaults never need one, so only a policy can ask). A policy without one has
 * a forged mark or comes from a copy of the package older than the engine: refused as unvalidated.
 */
export function policyEngine(options: RuleOptions | undefined, fn: string): WorkdayEngine {
  return engineOf(options) ?? throwUnvalidated(options, fn);
}

function throwUnvalidated(options: RuleOptions | undefined, fn: string): never {
  throw unvalidatedPolicy(fn, options?.policy);
}
