import { reachesLowerBound, withinUpperBound } from '../core/bound.js';
import { freezeDecision, type Decision, type RuleId } from '../core/decision.js';
import { dayOfCivilDate, HOUR_MS, resultDate, shanghaiDayOf, shanghaiTimeOfDayMs, startOfShanghaiDay, toEpochMs, type Instant } from '../core/instant.js';
import type { InputPath } from '../core/errors.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { invalid, requireArray, requireObject, requireString, refuseExtraArguments } from '../core/validate.js';
import { defaultDeskPolicy } from './deskPolicy.js';
import type { ShiftPatternId, ShiftPolicy } from './deskPolicy.js';

/** A pause within a shift (a meal break): no work between `start` and `end`. */
export interface ShiftBreak {
  /** When the pause starts. */
  readonly start: Instant;
  /** When work resumes. */
  readonly end: Instant;
}

/** One shift of a roster. */
export interface RosterShift {
  /** When the shift starts. */
  readonly start: Instant;
  /** When the shift ends (after `start`). */
  readonly end: Instant;
  /** Pauses within the shift, if any; each inside the shift, none overlapping. */
  readonly breaks?: readonly ShiftBreak[];
}

/** One employee's roster for a month, the input of {@link checkShift}. */
export interface MonthRoster {
  /** The month, `'YYYY-MM'`: rest days are counted over its days (Asia/Shanghai). */
  readonly month: string;
  /** The employee's shifts, in any order, not overlapping; shifts starting outside the month count for consecutive hours only. */
  readonly shifts: readonly RosterShift[];
}

/** A stretch of work longer than the limit (8 hours). */
export interface ConsecutiveHoursViolation {
  /** The violation's kind. */
  readonly kind: 'consecutive-hours';
  /** The indexes (in the input) of the shifts the stretch covers. */
  readonly shifts: readonly number[];
  /** When the stretch starts. */
  readonly start: Date;
  /** When the stretch ends. */
  readonly end: Date;
  /** The stretch's length in hours. */
  readonly hours: number;
  /** `['appraisal.work-hours']`. */
  readonly basis: readonly RuleId[];
}

/** A shift that follows neither shift pattern. */
export interface ShiftPatternViolation {
  /** The violation's kind. */
  readonly kind: 'shift-pattern';
  /** The index (in the input) of the shift. */
  readonly shift: number;
  /** `['desk.shifts.pattern']`. */
  readonly basis: readonly RuleId[];
}

/** A month with fewer rest days than required. */
export interface RestDaysViolation {
  /** The violation's kind. */
  readonly kind: 'rest-days';
  /** Days of the month on which no shift starts. */
  readonly restDays: number;
  /** Rest days required (3). */
  readonly required: number;
  /** `['desk.shifts.rest-days']`. */
  readonly basis: readonly RuleId[];
}

/**
 * A posted shift (CR 篇2 第1条) longer than the 8-hour rule (CR 篇1 一.1) allows without a break: a
 * conflict between the two documents, reported as such (`desk.shifts.conflict`).
 */
export interface ShiftConflict {
  /** The conflict's kind. */
  readonly kind: 'posted-shift-over-limit';
  /** The index (in the input) of the shift. */
  readonly shift: number;
  /** The posted pattern the shift follows. */
  readonly pattern: ShiftPatternId;
  /** The stretch's length in hours. */
  readonly hours: number;
  /** `['desk.shifts.conflict']`. */
  readonly basis: readonly RuleId[];
}

/** A finding of {@link checkShift}. */
export type ShiftViolation = ConsecutiveHoursViolation | ShiftPatternViolation | RestDaysViolation;

/** The answer of {@link checkShift}. */
export type CheckShiftResult = Decision<{
  /** True when there is no violation and no conflict the policy resolves against the posted shift (`shiftRule: 'work-hours'`). */
  compliant: boolean;
  /** Days of the month on which a shift starts. */
  workDays: number;
  /** Days of the month on which no shift starts (a late shift's hour past midnight does not use up the next day). */
  restDays: number;
  /** The pattern each shift follows, in input order (`null`: neither). */
  shiftPatterns: readonly (ShiftPatternId | null)[];
  /** The violations: stretches over 8 hours in time order, then off-pattern shifts, then the rest-day count. */
  violations: readonly ShiftViolation[];
  /** Posted shifts that break the 8-hour rule: the sources' conflict, not the employee's violation (the roster does not comply under `shiftRule: 'work-hours'`). */
  conflicts: readonly ShiftConflict[];
}>;

const FN = 'checkShift';
const MINUTE_MS = 60_000;
const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const COMPLIANT_BASIS: readonly RuleId[] = ['desk.shifts', 'appraisal.work-hours'];
const WORK_HOURS_BASIS: readonly RuleId[] = /* @__PURE__ */ Object.freeze(['appraisal.work-hours']);
const PATTERN_BASIS: readonly RuleId[] = /* @__PURE__ */ Object.freeze(['desk.shifts.pattern']);
const REST_DAYS_BASIS: readonly RuleId[] = /* @__PURE__ */ Object.freeze(['desk.shifts.rest-days']);
const CONFLICT_BASIS: readonly RuleId[] = /* @__PURE__ */ Object.freeze(['desk.shifts.conflict']);
const NO_CONFLICTS: readonly ShiftConflict[] = /* @__PURE__ */ Object.freeze([]);

interface Interval {
  readonly start: number;
  readonly end: number;
  /** The start as given, for messages. */
  readonly startValue: unknown;
  /** The fields as read once (a shift's `breaks` among them). */
  readonly fields: Readonly<Record<string, unknown>>;
}

const SHIFT_KEYS = ['start', 'end', 'breaks'] as const;
const BREAK_KEYS = ['start', 'end'] as const;
const ROSTER_KEYS = ['month', 'shifts'] as const;

/** Reads an interval, once, whose end must come after its start. */
function readInterval(value: unknown, path: InputPath, known: readonly string[]): Interval {
  const fields = requireObject(value, FN, path, known);
  const start = toEpochMs(fields.start, FN, [...path, 'start']);
  const end = toEpochMs(fields.end, FN, [...path, 'end']);
  if (end <= start) throw invalid(FN, [...path, 'end'], 'end_before_start', 'an instant after start', fields.end);
  return { start, end, startValue: fields.start, fields };
}

/** The pattern a shift follows, or null. */
function patternOf(shift: Interval, rules: ShiftPolicy): ShiftPatternId | null {
  const dayStart = startOfShanghaiDay(shanghaiDayOf(shift.start));
  const startMinute = shanghaiTimeOfDayMs(shift.start) / MINUTE_MS;
  const endMinute = (shift.end - dayStart) / MINUTE_MS;
  for (const pattern of rules.patterns) {
    if (startMinute === pattern.startMinute && endMinute >= pattern.endMinute && endMinute <= pattern.latestEndMinute) return pattern.id;
  }
  return null;
}

/**
 * Checks one employee's monthly roster against the desk's working-time rules: no stretch of more
 * than 8 consecutive working hours (CR 篇1 一.1; shifts that touch, or pauses shorter than the
 * policy's `minimumBreakMinutes`, join into one stretch); every shift follows a pattern (early
 * 08:00–17:30, late 16:00 to 00:00, extended up to 01:00 while a customer is still served); at least 3
 * rest days in the month (a day on which no shift starts). Both standard shifts are longer than 8 hours,
 * so a roster complies only when the shifts record their breaks: the source's two rules pull against
 * each other and the check reports it rather than hiding it. A posted shift that runs past 8 hours
 * without a break is listed in `conflicts` (basis `desk.shifts.conflict`), never in `violations`: the
 * employee worked the shift the company posted. The policy's `desk.shiftRule` says which document
 * prevails: under `'work-hours'` (the default) such a roster does not comply (`compliant: false`, basis
 * `appraisal.work-hours` and `desk.shifts.conflict`); under `'posted-shifts'` the posted shift stands.
 *
 * @param roster - The month (`'YYYY-MM'`) and the employee's shifts, with their breaks.
 * @param options - `policy` for a company's own patterns and limits.
 * @returns Whether the roster complies, the work and rest days, each shift's pattern, the violations
 * (each with its basis) and the basis.
 * @throws {@link InvalidInputError} When the month is not `'YYYY-MM'` (`invalid_period`), an instant is
 * invalid, an end is not after its start (`end_before_start`), a break lies outside its shift or
 * overlaps another (`out_of_range`, `overlap`), two shifts overlap (`overlap`), or a stretch of work the
 * result names begins or ends outside the years 0000–9999 (+08:00) (`out_of_range` at its first shift's
 * start or its last shift's end).
 * @see RULES `desk.shifts`, `desk.shifts.conflict`, `appraisal.work-hours`; CR 篇2 第1条, CR 篇1 一.1.
 *
 * @example
 * ```ts
 * import { checkShift } from 'wuye-rules/desk';
 * const early = (day: number) => ({
 *   start: `2026-03-${String(day).padStart(2, '0')}T08:00:00+08:00`,
 *   end: `2026-03-${String(day).padStart(2, '0')}T17:30:00+08:00`,
 *   breaks: [{ start: `2026-03-${String(day).padStart(2, '0')}T12:00:00+08:00`, end: `2026-03-${String(day).padStart(2, '0')}T13:00:00+08:00` }],
 * });
 * const days = Array.from({ length: 27 }, (_, index) => index + 1);
 * checkShift({ month: '2026-03', shifts: days.map(early) }).compliant;
 * //=> true
 * checkShift({ month: '2026-03', shifts: [...days, 28, 29].map(early) }).violations;
 * //=> [{ kind: 'rest-days', restDays: 2, required: 3, basis: ['desk.shifts.rest-days'] }]
 * const unbroken = checkShift({ month: '2026-03', shifts: [{ start: '2026-03-02T08:00:00+08:00', end: '2026-03-02T17:30:00+08:00' }] });
 * [unbroken.compliant, unbroken.violations, unbroken.basis];
 * //=> [false, [], ['appraisal.work-hours', 'desk.shifts.conflict']]
 * unbroken.conflicts;
 * //=> [{ kind: 'posted-shift-over-limit', shift: 0, pattern: 'early', hours: 9.5, basis: ['desk.shifts.conflict'] }]
 * ```
 */
export function checkShift(roster: MonthRoster, options?: RuleOptions): CheckShiftResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'checkShift');
  options = ruleOptions(options, 'checkShift');
  const desk = options?.policy?.desk ?? defaultDeskPolicy;
  const rules = desk.shifts;
  const conflicts: ShiftConflict[] = [];
  const record = requireObject(roster, FN, [], ROSTER_KEYS);
  const monthText = requireString(record.month, FN, ['month']);
  const match = MONTH_PATTERN.exec(monthText);
  if (match === null) throw invalid(FN, ['month'], 'invalid_period', 'a month as "YYYY-MM"', record.month);
  const firstDay = dayOfCivilDate(Number(match[1]), Number(match[2]), 1);
  const nextMonthDay = dayOfCivilDate(Number(match[1]), Number(match[2]) + 1, 1);

  // Read every shift and its breaks; work segments are the shift minus its breaks.
  const shifts = requireArray(record.shifts, FN, ['shifts']).map((value, index) => {
    const path = ['shifts', index] as const;
    const shift = readInterval(value, path, SHIFT_KEYS);
    const breaksValue = shift.fields.breaks;
    const breaks =
      breaksValue === undefined
        ? []
        : requireArray(breaksValue, FN, [...path, 'breaks'])
            .map((pause, breakIndex) => ({ ...readInterval(pause, [...path, 'breaks', breakIndex], BREAK_KEYS), breakIndex }))
            .sort((a, b) => a.start - b.start);
    const segments: { start: number; end: number }[] = [];
    let cursor = shift.start;
    for (const pause of breaks) {
      const pausePath = [...path, 'breaks', pause.breakIndex, 'start'];
      if (pause.start < shift.start || pause.end > shift.end) throw invalid(FN, pausePath, 'out_of_range', 'a break within its shift', pause.startValue);
      if (pause.start < cursor) throw invalid(FN, pausePath, 'overlap', 'a break that does not overlap another', pause.startValue);
      if (pause.start > cursor) segments.push({ start: cursor, end: pause.start });
      cursor = pause.end;
    }
    if (shift.end > cursor) segments.push({ start: cursor, end: shift.end });
    return { index, shift, segments, pattern: patternOf(shift, rules) };
  });

  const ordered = [...shifts].sort((a, b) => a.shift.start - b.shift.start || a.index - b.index);
  ordered.forEach((entry, position) => {
    const previous = ordered[position - 1];
    if (previous !== undefined && entry.shift.start < previous.shift.end) {
      throw invalid(FN, ['shifts', entry.index, 'start'], 'overlap', `an instant not before the end of shift ${previous.index}`, entry.shift.startValue);
    }
  });

  const violations: ShiftViolation[] = [];

  // Stretches of consecutive work: segments joined when they touch or the pause is shorter than the minimum break.
  const minimumBreakMs = rules.minimumBreakMinutes * MINUTE_MS;
  let stretch: { start: number; end: number; shifts: number[] } | null = null;
  const closeStretch = (): void => {
    if (stretch === null) return;
    const hours = (stretch.end - stretch.start) / HOUR_MS;
    if (!withinUpperBound(hours, rules.maxConsecutiveHours)) {
      // A stretch within one posted shift: the two documents conflict; the policy says which prevails.
      const only = stretch.shifts.length === 1 ? shifts[stretch.shifts[0] as number] : undefined;
      const pattern = only?.pattern ?? null;
      // RULES appraisal.work-hours: reported as the conflict it is, never as the employee's violation;
      // the policy's shiftRule decides whether the roster complies (below).
      if (only !== undefined && pattern !== null) {
        conflicts.push(Object.freeze({ kind: 'posted-shift-over-limit' as const, shift: only.index, pattern, hours, basis: CONFLICT_BASIS }));
        return;
      }
      // The stretch lies within its shifts: one that begins before 0000-01-01 or ends past 9999-12-31
      // (+08:00) is refused on its first shift's start or its last shift's end, which lie outside too.
      const first = shifts[stretch.shifts[0] as number] as (typeof shifts)[number];
      const last = shifts[stretch.shifts.at(-1) as number] as (typeof shifts)[number];
      violations.push(
        Object.freeze({
          kind: 'consecutive-hours' as const,
          shifts: Object.freeze([...stretch.shifts]),
          start: resultDate(stretch.start, FN, ['shifts', first.index, 'start'], first.shift.startValue),
          end: resultDate(stretch.end, FN, ['shifts', last.index, 'end'], last.shift.fields.end),
          hours,
          basis: WORK_HOURS_BASIS,
        }),
      );
    }
  };
  for (const entry of ordered) {
    for (const segment of entry.segments) {
      const pause = stretch === null ? Infinity : segment.start - stretch.end;
      if (stretch !== null && (pause === 0 || pause < minimumBreakMs)) {
        stretch.end = segment.end;
        if (stretch.shifts.at(-1) !== entry.index) stretch.shifts.push(entry.index);
      } else {
        closeStretch();
        stretch = { start: segment.start, end: segment.end, shifts: [entry.index] };
      }
    }
  }
  closeStretch();

  for (const entry of shifts) {
    if (entry.pattern === null) violations.push(Object.freeze({ kind: 'shift-pattern' as const, shift: entry.index, basis: PATTERN_BASIS }));
  }

  const workDaySet = new Set<number>();
  for (const entry of shifts) {
    const day = shanghaiDayOf(entry.shift.start);
    if (day >= firstDay && day < nextMonthDay) workDaySet.add(day);
  }
  const workDays = workDaySet.size;
  const restDays = nextMonthDay - firstDay - workDays;
  if (!reachesLowerBound(restDays, rules.minimumRestDays)) {
    violations.push(Object.freeze({ kind: 'rest-days' as const, restDays, required: rules.minimumRestDays.value, basis: REST_DAYS_BASIS }));
  }

  // Under shiftRule 'work-hours' (the default) the 8-hour rule prevails over the posted shift: a roster
  // with such a conflict does not comply, though no violation is the employee's; under 'posted-shifts'
  // the posted shift stands.
  const conflictsPrevail = desk.shiftRule !== 'posted-shifts' && conflicts.length > 0;
  const compliant = violations.length === 0 && !conflictsPrevail;
  const basis: RuleId[] = [];
  for (const finding of [...violations, ...conflicts]) {
    for (const id of finding.basis) if (!basis.includes(id)) basis.push(id);
  }
  if (conflictsPrevail && !basis.includes('appraisal.work-hours')) basis.unshift('appraisal.work-hours');
  return freezeDecision(
    {
      compliant,
      workDays,
      restDays,
      shiftPatterns: Object.freeze(shifts.map((entry) => entry.pattern)),
      violations: Object.freeze(violations),
      conflicts: conflicts.length === 0 ? NO_CONFLICTS : Object.freeze(conflicts),
    },
    basis.length === 0 ? COMPLIANT_BASIS : compliant ? [...COMPLIANT_BASIS, ...basis] : basis,
  );
}
