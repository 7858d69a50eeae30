// Reading the facts repairDeadline and repairStatus share: class, receipt and handover period (internal).
import { PolicyError } from '../core/errors.js';
import { shanghaiDayOf, shanghaiIsoText, type Instant } from '../core/instant.js';
import { invalid, requireArray, requireBoolean, requireObject, requireOneOf } from '../core/validate.js';
import { requiredInstant } from './_validate.js';
import type { RepairClass, RepairPolicy } from './repairPolicy.js';

/**
 * A centralized handover period (集中交房期) of the project: whole Shanghai days from the day of
 * `start` to the day of `end`, both included.
 */
export interface RepairHandoverPeriod {
  /** The period's first day (any instant on it; a date alone is that day in Shanghai). */
  readonly start: Instant;
  /** The period's last day, included: a receipt at any time on this day is inside the period. */
  readonly end: Instant;
}

/** The facts every repair deadline depends on: the class, the receipt and the handover period. */
export interface RepairCaseFacts {
  /** The repair's class, as {@link classifyRepair} gives it. */
  readonly repairClass: RepairClass;
  /** When the repair information was received (接收维修信息). */
  readonly receivedAt: Instant;
  /** `true` when the receipt falls in a centralized handover period; absent or `false` leaves it to `handoverPeriods`. */
  readonly centralizedHandover?: boolean;
  /** The project's centralized handover periods; the receipt's Shanghai day is checked against them. */
  readonly handoverPeriods?: readonly RepairHandoverPeriod[];
}

const CLASSES: readonly RepairClass[] = ['A', 'B', 'C'];

/** The basis of a repair deadline, per class (interned, frozen). */
export const CASE_BASIS: Readonly<Record<RepairClass, readonly string[]>> = {
  A: /* @__PURE__ */ Object.freeze(['repair.deadline', 'repair.class-a']),
  B: /* @__PURE__ */ Object.freeze(['repair.deadline', 'repair.class-b']),
  C: /* @__PURE__ */ Object.freeze(['repair.deadline', 'repair.class-c']),
};

/** A repair case's common facts, read and checked. */
export interface RepairCase {
  /** The class. */
  readonly repairClass: RepairClass;
  /** The receipt, epoch ms. */
  readonly receivedMs: number;
  /** Whether the receipt is in a centralized handover period (flag or periods). */
  readonly duringHandover: boolean;
  /** Days allowed, from the policy's deadline row. */
  readonly days: number;
  /** `['repair.deadline', 'repair.class-…']`, interned. */
  readonly basis: readonly string[];
}

/** True when the Shanghai day of `receivedMs` lies in one of the periods (checked on the way). */
function inHandoverPeriods(value: unknown, receivedMs: number, fn: string): boolean {
  const periods = requireArray(value, fn, ['handoverPeriods']);
  const receivedDay = shanghaiDayOf(receivedMs);
  let inside = false;
  periods.forEach((period, index) => {
    const path = ['handoverPeriods', index];
    const fields = requireObject(period, fn, path, ['start', 'end']);
    const startMs = requiredInstant(fields.start, fn, [...path, 'start']);
    const endMs = requiredInstant(fields.end, fn, [...path, 'end']);
    // The period is made of whole days: an end earlier in the clock than the start, on the same day,
    // still names that day (a one-day period); only an end on an earlier day is refused.
    const startDay = shanghaiDayOf(startMs);
    const endDay = shanghaiDayOf(endMs);
    if (endDay < startDay) throw invalid(fn, [...path, 'end'], 'out_of_range', `not on a day before the period's start (${shanghaiIsoText(startMs)})`, fields.end);
    if (startDay <= receivedDay && receivedDay <= endDay) inside = true;
  });
  return inside;
}

/**
 * Reads `repairClass`, `receivedAt`, `centralizedHandover` and `handoverPeriods` from an input object
 * and picks the deadline row of the policy. A receipt is in a handover period when the flag is `true`
 * or its Shanghai day lies in one of the periods (so an explicit `false` defers to the periods).
 */
export function readRepairCase(input: Record<string, unknown>, fn: string, policy: RepairPolicy): RepairCase {
  if (input.repairClass === undefined) throw invalid(fn, ['repairClass'], 'missing', 'one of "A", "B", "C"', undefined);
  const repairClass = requireOneOf(input.repairClass, CLASSES, fn, ['repairClass']);
  const receivedMs = requiredInstant(input.receivedAt, fn, ['receivedAt']);
  const flag = input.centralizedHandover === undefined ? false : requireBoolean(input.centralizedHandover, fn, ['centralizedHandover']);
  const inPeriod = input.handoverPeriods === undefined ? false : inHandoverPeriods(input.handoverPeriods, receivedMs, fn);
  const duringHandover = flag || inPeriod;
  for (const row of policy.deadlines) {
    if (row.repairClass === repairClass && (row.duringHandover === null || row.duringHandover === duringHandover)) {
      return { repairClass, receivedMs, duringHandover, days: row.days, basis: CASE_BASIS[repairClass] };
    }
  }
  // definePolicy guarantees every class and period is covered; only a hand-assembled policy gets here.
  throw new PolicyError(['repair', 'deadlines'], `${fn}: the policy's repair deadlines have no row for class ${repairClass} ${duringHandover ? 'during' : 'outside'} a handover period`, 'not_covered');
}
