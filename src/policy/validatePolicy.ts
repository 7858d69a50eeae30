// definePolicy's check of a whole policy, section by section, without zod. It says what the zod
// policy schemas in src/schemas/policy say (those remain the description JSON Schema and OpenAPI are
// built from); test/policy/validatePolicy.prop.test.ts feeds both the same generated policies.
import type { AppraisalItem } from '../appraisal/appraisalPolicy.js';
import type { Bound } from '../core/bound.js';
import { isExactToTheFen } from '../core/money.js';
import type { Policy } from './Policy.js';
import {
  APPRAISAL_ITEM_KINDS,
  BONUS_ITEMS,
  ceilingsRise,
  CLOCK_TIME,
  COMPLAINT_LEVELS,
  coversEveryCase,
  DEFAULT_APPROVERS,
  minutesOfClock,
  ROLE_ID,
  hasAtMostFourDecimals,
  isFourDecimals,
  TRAINING_COST_DECIMALS,
  isWholeBasisPoints,
  MAX_DURATION,
  MAX_LEAD_MS,
  REPAIR_CLASSES,
  RESIDENT_LEAD_MAXIMUM,
  WORKDAY_LEAD_WHOLE,
  RULE_OF_APPRAISAL_KIND,
  boundsOrdered,
  VIOLATION_ITEMS,
} from './_policyData.js';
import { array, boolean, byKey, fail, failRange, failRule, nonEmptyString, nullable, number, oneOf, optional, record, refine, wholeNumber, type Check } from './_check.js';

// The checks are built on the first definePolicy call, not when the package is imported (a cold
// `import 'wuye-rules'` builds nothing it does not need: bench/cold-start.mjs).
function buildPolicyCheck(): Check {
  // Shared shapes (src/schemas/policy/common.ts).
  const bound = record({ value: number({ min: 0 }), inclusive: boolean });
  const rateBound = record({ value: number({ min: 0, max: 1 }), inclusive: boolean });
  const yuan: Check = (value, path) => {
    number({ min: 0 })(value, path);
    if (!isExactToTheFen(value as number)) failRange(path, 'exact to the fen (0.01 yuan)', value, 'sub_fen_amount');
  };
  // A ceiling in yuan: exact to the fen, as every amount it is compared with (RULES C9).
  const yuanBound = record({ value: yuan, inclusive: boolean });
  const count = wholeNumber();
  const positive: Check = (value, path) => {
    number()(value, path);
    if ((value as number) <= 0) failRange(path, 'above 0', value);
  };
  // A string of `min`–`max` characters that matches `pattern`.
  const text =
    (min: number, max: number, pattern: RegExp, expected: string): Check =>
    (value, path) => {
      if (typeof value !== 'string') fail(path, expected, value);
      if (value.length === 0) failRange(path, expected, value, 'empty');
      if (value.length < min || value.length > max || !pattern.test(value)) failRange(path, expected, value, 'invalid_format');
    };

  // Business hours (RULES C12): HH:MM intervals, each opening before it closes, sorted, not overlapping.
  const clock = text(5, 5, CLOCK_TIME, 'a time HH:MM');
  const businessHours = refine<{ from: string; to: string }[]>(
    array(
      refine<{ from: string; to: string }>(
        record({
          from: (value, path) => {
            clock(value, path);
            if (value === '24:00') failRange(path, 'before 24:00', value);
          },
          to: clock,
        }),
        (span) => minutesOfClock(span.from) < minutesOfClock(span.to),
        'must close after it opens',
        ['to'],
        'end_before_start'
      ),
      1
    ),
    (spans) => spans.every((span, index) => index === 0 || minutesOfClock(span.from) >= minutesOfClock((spans[index - 1] as { to: string }).to)),
    'must be sorted and not overlap',
    [],
    'unordered'
  );
  // Durations are at most 100 years in their unit (MAX_DURATION): a longer one is refused here, at the
  // setting, rather than as a deadline out of range at the instant it is counted from.
  const hours = number({ min: 0, max: MAX_DURATION.hour });
  const amountOf = (unit: Check, amount: Check): Check => record({ amount, unit });
  const period = byKey(
    'unit',
    {
      day: amountOf(oneOf(['day']), wholeNumber(1, MAX_DURATION.day)),
      week: amountOf(oneOf(['week']), wholeNumber(1, MAX_DURATION.week)),
      month: amountOf(oneOf(['month']), wholeNumber(1, MAX_DURATION.month)),
      workday: amountOf(oneOf(['workday']), wholeNumber(1, MAX_DURATION.workday)),
      hour: amountOf(oneOf(['hour']), hours),
      workhour: amountOf(oneOf(['workhour']), number({ min: 0, max: MAX_DURATION.workhour })),
      'same-day': record({ unit: oneOf(['same-day']) }),
      'next-day': record({ unit: oneOf(['next-day']) }),
    }
  );
  const bands = <T extends { upTo: Bound | null }>(row: Check, what: string, reach: string, perUnit: number): Check =>
    refine<T[]>(
      refine<T[]>(
        refine<T[]>(array(row, 1), (rows) => rows.at(-1)?.upTo === null, `the last ${what} must be open-ended (upTo: null)`),
        (rows) => ceilingsRise(rows, perUnit),
        `${what} ceilings must rise (each ${what} must reach ${reach} the ones before it do not)`,
        [],
        'unordered'
      ),
      (rows) => rows.slice(0, -1).every((entry) => entry.upTo !== null),
      `only the last ${what} may be open-ended`
    );

  // complaint (src/schemas/policy/complaint.ts)
  const complaintLevel = oneOf(COMPLAINT_LEVELS);
  const defaultApprovers: ReadonlySet<string> = new Set(DEFAULT_APPROVERS);
  const displayName = text(1, 100, /\S/, 'a display name that is not blank (at most 100 characters)');
  const approvalBand = refine<{ approver: string; approverName?: unknown }>(
    record({
      approver: text(1, 64, ROLE_ID, 'a role id without surrounding spaces (at most 64 characters)'),
      approverName: optional(record({ 'zh-Hans': displayName, 'zh-Hant': displayName, en: displayName })),
      upTo: nullable(yuanBound),
    }),
    (band) => band.approverName !== undefined || defaultApprovers.has(band.approver),
    'a role of your own needs its display names (approverName with zh-Hans, zh-Hant and en)',
    ['approverName'],
    'missing'
  );
  const approvalBands = bands(approvalBand, 'approval band', 'an amount', 100);
  const complaint = record({
    // Each role in one band: its display names are keyed by its id (approverNames), and a second band of
    // the same id would be a second set of names for one role.
    approvalBands: (value, path) => {
      approvalBands(value, path);
      const seen = new Set<string>();
      (value as readonly { approver: string }[]).forEach((band, index) => {
        if (seen.has(band.approver)) fail([...path, index, 'approver'], 'a role id no other band has', band.approver, 'duplicate_id');
        seen.add(band.approver);
      });
    },
    levelThresholds: record({
      groupLitigationHouseholds: bound,
      recurrenceComplainants: bound,
      collectiveComplainants: bound,
      collectiveHouseholds: bound,
      unresolvedLongerThan: record({ period, inclusive: boolean }),
      repeatsAfterResolution: bound,
    }),
    recurrenceWindow: period,
    forwardWithin: period,
    majorLevels: array(complaintLevel),
    routineResponseWithin: period,
    majorResponseWithin: period,
    closeWithin: period,
    reportWithin: period,
    especiallySeriousLevels: array(complaintLevel),
    targets: record({ satisfaction: rateBound, handling: rateBound, returnVisit: rateBound }),
    collectiveAboveTenHouseholds: oneOf([2, 1]),
  });

  // repair (src/schemas/policy/repair.ts)
  const repairClass = oneOf(REPAIR_CLASSES);
  const optionalFlag = optional(boolean);
  const repair = record({
    classRules: array(
      record({
        repairClass,
        when: record({ movedIn: optionalFlag, affectsDailyLife: optionalFlag, renovationStarted: optionalFlag, affectsRenovation: optionalFlag }),
      })
    ),
    deadlines: refine(
      array(record({ repairClass, duringHandover: nullable(boolean), days: wholeNumber(1, MAX_DURATION.day) })),
      coversEveryCase,
      'must have a row for every class, during and outside a handover period',
      [],
      'missing'
    ),
    clockStartsAt: oneOf(['receipt', 'acceptance']),
    dueSoon: nullable(
      byKey('measure', {
        'lead-ms': record({ measure: oneOf(['lead-ms']), threshold: record({ value: wholeNumber(0, MAX_LEAD_MS), inclusive: boolean }) }),
        'share-basis-points': record({ measure: oneOf(['share-basis-points']), threshold: record({ value: wholeNumber(0, 10_000), inclusive: boolean }) }),
      })
    ),
    referralHours: hours,
    paidServiceHours: hours,
  });

  // appraisal (src/schemas/policy/appraisal.ts)
  const bonusIds: ReadonlySet<string> = new Set(BONUS_ITEMS);
  const points = wholeNumber();
  const appraisalItemFields = record({
    id: oneOf([...BONUS_ITEMS, ...VIOLATION_ITEMS]),
    kind: oneOf(APPRAISAL_ITEM_KINDS),
    points: optional(points),
    range: optional(
      refine<{ min: number; max: number }>(record({ min: points, max: points }), (range) => range.min <= range.max, 'range.min must not exceed range.max')
    ),
    ruleId: oneOf(Object.values(RULE_OF_APPRAISAL_KIND)),
  });
  const appraisalItem: Check = (value, path) => {
    appraisalItemFields(value, path);
    const item = value as AppraisalItem;
    if (bonusIds.has(item.id) !== (item.kind === 'bonus')) failRule([...path, 'kind'], `must be "bonus" exactly when ${item.id} is a bonus item`);
    if (item.ruleId !== RULE_OF_APPRAISAL_KIND[item.kind])
      failRule([...path, 'ruleId'], `must be "${RULE_OF_APPRAISAL_KIND[item.kind]}" for a ${item.kind} item`);
    const given = (item.points === undefined ? 0 : 1) + (item.range === undefined ? 0 : 1);
    if (item.kind === 'dismissal' ? given !== 0 : given !== 1) {
      failRule(
        [...path, 'points'],
        item.kind === 'dismissal' ? 'a dismissal item has neither points nor range' : 'an item has either points or range, not both or neither'
      );
    }
  };
  const appraisal = refine<{ exam: { fullMarks: number; deductedUpTo: Bound } }>(
    refine<{ cap: number; base: number }>(
      record({
        base: wholeNumber(-Number.MAX_SAFE_INTEGER),
        cap: wholeNumber(-Number.MAX_SAFE_INTEGER),
        items: refine<AppraisalItem[]>(array(appraisalItem), (items) => new Set(items.map((item) => item.id)).size === items.length, 'item ids must be unique', [], 'duplicate_id'),
        emergencyOverrunTiers: refine<{ over: Bound }[]>(
          array(record({ severity: oneOf(['minor', 'moderate', 'severe']), over: bound, points }), 1),
          (tiers) =>
            boundsOrdered(
              tiers.map((tier) => tier.over),
              false
            ),
          'tiers must be listed lowest first, with increasing bounds',
          [],
          'unordered'
        ),
        escalation: record({ points, moderate: bound, minor: bound }),
        escalationCountsBy: oneOf(['clauses', 'occurrences']),
        adjustment: record({ min: number({ int: true, max: 0 }), max: wholeNumber() }),
        grades: refine<{ grade: string; from: Bound }[]>(
          refine<{ grade: string; from: Bound }[]>(
            array(record({ grade: oneOf(['A', 'B', 'C', 'D', 'E']), from: bound })),
            (rows) => new Set(rows.map((row) => row.grade)).size === rows.length,
            'each grade may appear once',
            [],
            'duplicate_id'
          ),
          (rows) =>
            boundsOrdered(
              rows.map((row) => row.from),
              true
            ),
          'grade bands must be listed highest first',
          [],
          'unordered'
        ),
        payFloat: record({ standardScore: number(), yuanPerPoint: yuan, limitYuan: yuan, firstFloatingMonth: wholeNumber(1) }),
        termination: record({ lowScore: bound, lastPlaceScore: bound }),
        exam: record({ fullMarks: positive, deductedUpTo: bound }),
      }),
      (section) => section.cap >= section.base,
      'cap must not be below base',
      ['cap']
    ),
    (section) => section.exam.deductedUpTo.value < section.exam.fullMarks,
    'the deducted exam scores must stay below full marks',
    ['exam', 'deductedUpTo']
  );

  // desk (src/schemas/policy/desk.ts)
  const fineStep = byKey(
    'outcome',
    {
      fine: record({ outcome: oneOf(['fine']), amountYuan: yuan }),
      'withhold-month-pay': record({ outcome: oneOf(['withhold-month-pay']) }),
      'deemed-resignation': record({ outcome: oneOf(['deemed-resignation']) }),
    }
  );
  const ladder = (ruleId: string): Check => record({ ruleId: oneOf([ruleId]), steps: array(fineStep, 1) });
  const shiftPattern = refine<{ startMinute: number; endMinute: number; latestEndMinute: number }>(
    record({ id: oneOf(['early', 'late']), startMinute: wholeNumber(0, 1439), endMinute: wholeNumber(1), latestEndMinute: wholeNumber(1) }),
    (pattern) => pattern.endMinute > pattern.startMinute && pattern.latestEndMinute >= pattern.endMinute,
    'a pattern must end after it starts, and latestEndMinute must not be before endMinute',
    [],
    'end_before_start'
  );
  const desk = record({
    fines: record({
      'handover-log': ladder('desk.handover-log'),
      'weekly-report': ladder('desk.weekly-report'),
      'customer-complaint': ladder('desk.customer-complaint'),
      'off-work-chat': ladder('desk.misc.off-work-chat'),
      'cleaning-duty': ladder('desk.misc.cleaning-duty'),
      'customer-data-leak': ladder('desk.misc.customer-data-leak'),
    }),
    ladderWindow: oneOf(['month', 'employment']),
    shiftRule: oneOf(['work-hours', 'posted-shifts']),
    shifts: record({ patterns: array(shiftPattern, 1), maxConsecutiveHours: bound, minimumRestDays: bound, minimumBreakMinutes: number({ min: 0 }) }),
    weeklyReport: record({ weekday: wholeNumber(0, 6), minute: wholeNumber(0, 1440), minimumCharacters: count }),
    probation: record({
      unsettledMonths: wholeNumber(1, MAX_DURATION.month),
      trainingCostMonths: refine<number>(number({ min: 0, max: 12 }), isFourDecimals, TRAINING_COST_DECIMALS, [], 'too_many_decimals'),
    }),
  });

  // communication (src/schemas/policy/communication.ts)
  const noticeRule = record({
    rule: nonEmptyString,
    departmentLeadHours: nullable(hours),
    residentLead: refine<{ amount: number; unit: 'hour' | 'workday' }>(
      // A working-day lead counts whole working days, at least one: refused at its amount, with the
      // codes a period's amount gets (not_integer, out_of_range).
      refine<{ amount: number; unit: string }>(
        refine<{ amount: number; unit: string }>(
          record({ amount: number({ min: 0 }), unit: oneOf(['hour', 'workday']) }),
          (lead) => lead.unit === 'hour' || Number.isInteger(lead.amount),
          WORKDAY_LEAD_WHOLE,
          ['amount'],
          'not_integer'
        ),
        (lead) => lead.unit === 'hour' || lead.amount >= 1,
        WORKDAY_LEAD_WHOLE,
        ['amount'],
        'out_of_range'
      ),
      (lead) => lead.amount <= MAX_DURATION[lead.unit],
      RESIDENT_LEAD_MAXIMUM,
      ['amount'],
      'out_of_range'
    ),
    forbiddenOnRestDays: boolean,
  });
  const communication = record({
    notices: record({ 'pest-control': noticeRule, 'utility-outage': noticeRule, 'community-event': noticeRule, works: noticeRule }),
    deadlines: record({
      'contract-unclear': period,
      'contract-change': period,
      'property-loss': period,
      'report-publication': period,
      'appeal-reply': period,
      'appeal-escalated': period,
    }),
    retention: record({ 'meeting-minutes': period, notice: period }),
    publicityUpdateWithin: period,
    companyMeetingWeekday: wholeNumber(0, 6),
  });

  // visit (src/schemas/policy/visit.ts)
  const minuteOfDayBound = record({ value: number({ min: 0, max: 1440 }), inclusive: boolean });
  const visit = refine<{ earliest: Bound; latest: Bound }>(
    record({
      quotaBrackets: bands(
        record({
          upTo: nullable(bound),
          percent: (value, path) => {
            number({ min: 0, max: 100 })(value, path);
            if (!isWholeBasisPoints(value as number)) failRange(path, 'a percentage with at most two decimals', value, 'too_many_decimals');
          },
        }),
        'quota bracket',
        'a size',
        1
      ),
      roleMinimums: record({ manager: count, supervisor: count }),
      earliest: minuteOfDayBound,
      latest: minuteOfDayBound,
      recordWithin: period,
      summaryBeforeDay: wholeNumber(1, 28),
      approvalWithin: period,
      annualCoverageTarget: refine(bound, hasAtMostFourDecimals, 'a rate with at most four decimals', [], 'too_many_decimals'),
      archiveTarget: refine(rateBound, hasAtMostFourDecimals, 'a rate with at most four decimals', [], 'too_many_decimals'),
    }),
    (section) => section.earliest.value <= section.latest.value,
    'the visit window must not end before it opens',
    ['latest'],
    'end_before_start'
  );

  // kpi (src/schemas/policy/kpi.ts)
  const dayOfMonth = wholeNumber(1, 28);
  const kpi = record({
    collectionTargets: record({ current: rateBound, previous: rateBound, beforePrevious: rateBound }),
    satisfactionTarget: refine(rateBound, hasAtMostFourDecimals, 'a rate with at most four decimals', [], 'too_many_decimals'),
    phoneRings: bound,
    serviceDeadlines: record({ 'renovation-permit': period, 'secondary-renovation': period, 'parking-permit': period }),
    parkingRenewalLeadHours: hours,
    supervisor: record({ inspectionsPerWeek: bound, workPlanBeforeDay: dayOfMonth, financeReconcileDay: dayOfMonth, arrearsReportDay: dayOfMonth }),
  });

  // duty (src/schemas/policy/duty.ts)
  const duty = record({
    surveyCadence: oneOf(['quarterly', 'half-yearly', 'both']),
    dailyDutiesOn: oneOf(['workdays', 'every-day']),
    maxWindowMonths: wholeNumber(1, 1200),
  });

  return record({
    dayCounting: oneOf(['civil-code', 'elapsed']),
    extendPastRestDays: boolean,
    beforeDayInclusive: boolean,
    restDays: oneOf(['calendar', 'weekends']),
    outOfCoverage: oneOf(['throw', 'statutory', 'weekends']),
    hourCounting: oneOf(['elapsed', 'business-hours']),
    businessHours,
    complaint,
    repair,
    appraisal,
    desk,
    communication,
    visit,
    kpi,
    duty,
  });
}

let policyCheck: Check | undefined;

/**
 * Drops the built checks: the next {@link validatePolicy} builds them again. For the mutation tests
 * only (test/support/mutationSetup.ts): Stryker credits the code that builds the checks to the one
 * test that happened to run it first, and would run only that test against a mutant of it.
 */
export function forgetPolicyCheck(): void {
  policyCheck = undefined;
}

/**
 * Checks a whole policy (after the overrides are laid over the base): every key known, every value of
 * its type and range, every rule between settings kept. Throws a PolicyError at the first problem.
 */
export function validatePolicy(value: unknown): asserts value is Policy {
  (policyCheck ??= buildPolicyCheck())(value, []);
}
