// The one table of the checks a schema cannot hold (issue 12). The zod schemas and the JSON Schemas
// built from them accept exactly what the functions accept, except for these rows: each is a check the
// function makes that relates two fields (or, for the fen, a decimal check JSON Schema validators do
// not make alike). The conformance suite (./schemas.test.ts) allows a schema to accept an input its
// function refuses only when a row covers the refusal, and fails when a row is never met.
// docs/erp-integration.md (and its zh-Hans twin) lists the same rows for integrators.

/** A refusal a schema cannot express. */
export interface CrossFieldException {
  /** The functions that make the check. */
  readonly fns: readonly string[];
  /** The error code the function refuses with. */
  readonly code: string;
  /** The error paths (`'*'` for any index). */
  readonly paths: readonly (readonly (string | number)[])[];
  /**
   * True when the zod schema checks the rule too (a refinement), so that only the JSON Schema misses
   * it; false when the rule depends on something no schema sees (the policy, the calendar).
   */
  readonly zodChecks: boolean;
  /** The rule, in a few words. */
  readonly rule: string;
  /** Why a JSON Schema cannot hold it. */
  readonly reason: string;
}

const TWO_FIELDS = 'relates two fields; JSON Schema compares a value with constants only';

export const crossFieldExceptions: readonly CrossFieldException[] = [
  {
    fns: ['approvalAuthority', 'collectionRate', 'probationSettlement'],
    code: 'sub_fen_amount',
    paths: [['amountYuan'], ['billedYuan'], ['collectedYuan'], ['monthlyWageYuan']],
    zodChecks: true,
    rule: 'a yuan amount is exact to the fen (1000.004 is refused)',
    reason: 'multipleOf 0.01 is decimal arithmetic that validators do in binary floating point, each differently (0.07 fails in some)',
  },
  {
    fns: ['checkComplaintTargets'],
    code: 'exceeds_total',
    paths: [['handled'], ['returnVisited'], ['satisfied']],
    zodChecks: true,
    rule: 'handled and returnVisited ≤ complaints; satisfied ≤ validComplaints',
    reason: TWO_FIELDS,
  },
  {
    fns: ['customerArchiveRate'],
    code: 'exceeds_total',
    paths: [['archived']],
    zodChecks: true,
    rule: 'archived ≤ households',
    reason: TWO_FIELDS,
  },
  {
    fns: ['visitQuota'],
    code: 'out_of_range',
    paths: [['occupied']],
    zodChecks: true,
    rule: 'occupied ≤ households',
    reason: TWO_FIELDS,
  },
  {
    fns: ['collectionRate'],
    code: 'out_of_range',
    paths: [['collectedYuan']],
    zodChecks: true,
    rule: 'collectedYuan ≤ billedYuan',
    reason: TWO_FIELDS,
  },
  {
    fns: ['checkShift'],
    code: 'end_before_start',
    paths: [['shifts', '*', 'end'], ['shifts', '*', 'breaks', '*', 'end']],
    zodChecks: true,
    rule: 'a shift or a break ends after it starts',
    reason: TWO_FIELDS,
  },
  {
    fns: ['checkShift'],
    code: 'out_of_range',
    paths: [['shifts', '*', 'breaks', '*', 'start']],
    zodChecks: true,
    rule: 'a break lies within its shift',
    reason: TWO_FIELDS,
  },
  {
    fns: ['checkShift'],
    code: 'overlap',
    paths: [['shifts', '*', 'start']],
    zodChecks: true,
    rule: 'two shifts do not overlap',
    reason: TWO_FIELDS,
  },
  {
    fns: ['probationSettlement'],
    code: 'end_before_start',
    paths: [['resignedAt']],
    zodChecks: true,
    rule: 'resignedAt is not before onPostAt',
    reason: TWO_FIELDS,
  },
  {
    fns: ['repairStatus'],
    code: 'out_of_range',
    paths: [['asOf'], ['planAcceptedAt'], ['completedAt'], ['pauses', '*', 'start'], ['pauses', '*', 'end']],
    zodChecks: true,
    rule: 'planAcceptedAt, completedAt, asOf and pauses are not before receivedAt (and not after asOf)',
    reason: TWO_FIELDS,
  },
  {
    fns: ['dutyCalendar'],
    code: 'out_of_range',
    paths: [['to'], ['from']],
    zodChecks: true,
    rule: "to's day is not before from's; the window's days lie within 0000-01-01 … 9999-12-30, so that every duty lies within the years 0000–9999 (+08:00)",
    reason: TWO_FIELDS,
  },
  {
    fns: ['dutyCalendar'],
    code: 'window_too_long',
    paths: [['to']],
    zodChecks: true,
    rule: 'the window is shorter than the policy’s duty.maxWindowMonths (the zod schema checks the default, 24 months)',
    reason: 'relates two fields in calendar months; the limit is the policy’s, which the schema of the input does not see',
  },
  {
    fns: ['employmentMonth'],
    code: 'before_hire',
    paths: [['period']],
    zodChecks: true,
    rule: 'the period is not before the month of hiredOn (Shanghai)',
    reason: TWO_FIELDS,
  },
  {
    fns: ['appraiseMonth'],
    code: 'before_hire',
    paths: [['members', '*', 'hiredOn']],
    zodChecks: true,
    rule: 'a member’s hiredOn is not after the appraised period',
    reason: TWO_FIELDS,
  },
  {
    fns: ['appraiseMonth'],
    code: 'missing',
    paths: [['period']],
    zodChecks: true,
    rule: 'a team with a member’s hiredOn names the appraised period',
    reason: 'whether period is required depends on the members’ fields',
  },
  {
    fns: ['appraiseMonth'],
    code: 'duplicate_id',
    paths: [['members', '*', 'id']],
    zodChecks: true,
    rule: 'no two members share an id',
    reason: 'uniqueness of one field across the items of a list (uniqueItems compares whole items)',
  },
  {
    fns: ['appraiseMonth'],
    code: 'mismatch',
    paths: [['members', '*', 'employmentMonth']],
    zodChecks: true,
    rule: 'a member’s employmentMonth, given with hiredOn, is the one hiredOn and the period make',
    reason: 'a count of months between two dates',
  },
  {
    fns: ['classifyComplaint'],
    code: 'out_of_range',
    paths: [['unresolved', 'asOf']],
    zodChecks: true,
    rule: 'unresolved.asOf is not before unresolved.openedAt',
    reason: TWO_FIELDS,
  },
  {
    fns: ['complaintDeadlines'],
    code: 'out_of_range',
    paths: [['acceptedAt']],
    zodChecks: true,
    rule: 'acceptedAt is not before receivedAt',
    reason: TWO_FIELDS,
  },
  {
    fns: ['repairDeadline'],
    code: 'out_of_range',
    paths: [['handoverPeriods', '*', 'end']],
    zodChecks: true,
    rule: 'a handover period does not end before it starts',
    reason: TWO_FIELDS,
  },
  {
    fns: [
      'addWorkdays', 'checkShift', 'communicationDueAt', 'companyMeetingDay', 'complaintDeadlines', 'dueAt', 'explainDeadline', 'fineOccurrence',
      'investigationReportDueAt', 'noticePlan', 'paidServiceDueAt', 'parkingRenewalNoticeBy', 'publicityUpdateDueAt', 'referralDueAt', 'repairDeadline',
      'repairStatus', 'retentionUntil', 'serviceDueAt', 'supervisorMonthDeadlines', 'visitPaperworkDue', 'visitSummaryApprovalDueAt', 'weeklyReportCheck',
    ],
    code: 'out_of_range',
    paths: [
      ['from'], ['n'], ['period', 'amount'], ['period', 'unit'], ['receivedAt'], ['acceptedAt'], ['requestedAt'], ['investigatedAt'], ['lastUpdatedAt'],
      ['submittedAt'], ['visitedAt'], ['expiresAt'], ['startsAt'], ['at'], ['month'], ['weekOf'], ['pauses'], ['shifts', '*', 'start'], ['shifts', '*', 'end'],
    ],
    zodChecks: true,
    rule: 'every instant of the result lies within the years 0000–9999 (+08:00), under the default options (and an explanation spans at most 36,600 days)',
    reason: 'computed from the instant and the period (day, month and working-day arithmetic); the zod schema runs the function’s own check',
  },
  {
    fns: ['scoreMonth'],
    code: 'missing',
    paths: [['deductions', '*', 'points'], ['bonuses', '*', 'points']],
    zodChecks: true,
    rule: 'an item scored in a range (late-or-early-leave) gives its points',
    reason: 'which items need points, and their range, depends on the item field',
  },
  {
    fns: ['scoreMonth'],
    code: 'not_integer',
    paths: [['deductions', '*', 'points'], ['bonuses', '*', 'points']],
    zodChecks: true,
    rule: 'the points of an item scored in a range are whole',
    reason: 'which items need points, and their range, depends on the item field',
  },
  {
    fns: ['scoreMonth'],
    code: 'out_of_range',
    paths: [['deductions', '*', 'points'], ['bonuses', '*', 'points']],
    zodChecks: true,
    rule: 'the points are within the item’s range, or its fixed points',
    reason: 'which items need points, and their range, depends on the item field',
  },
  {
    fns: ['scoreMonth'],
    code: 'not_allowed',
    paths: [['deductions', '*', 'points'], ['bonuses', '*', 'points']],
    zodChecks: true,
    rule: 'an item with fixed points is given no points',
    reason: 'which items need points, and their range, depends on the item field',
  },
  {
    fns: ['scoreMonth'],
    code: 'once_a_month',
    paths: [['deductions', '*', 'times'], ['bonuses', '*', 'times'], ['deductions', '*', 'item'], ['bonuses', '*', 'item']],
    zodChecks: true,
    rule: 'an item that counts once a month is given once (times 1, listed once)',
    reason: 'depends on the item field, and on the other entries of the list',
  },
  {
    fns: ['scoreMonth'],
    code: 'conflicting_exam_item',
    paths: [['deductions', '*', 'item'], ['bonuses', '*', 'item']],
    zodChecks: true,
    rule: 'an exam item is not given with examScore, which derives it',
    reason: TWO_FIELDS,
  },
  {
    fns: ['scoreMonth'],
    code: 'out_of_range',
    paths: [['deductions', '*', 'times'], ['bonuses', '*', 'times']],
    zodChecks: true,
    rule: 'the points of a list total at most 2^52 (times × the item’s points, summed)',
    reason: 'a sum over the entries, each weighed by its item’s points',
  },
  {
    fns: ['weeklyReportCheck'],
    code: 'missing',
    paths: [['content']],
    zodChecks: true,
    rule: 'a sent report (submittedAt) gives content or characters',
    reason: TWO_FIELDS,
  },
  {
    fns: ['weeklyReportCheck'],
    code: 'not_allowed',
    paths: [['characters'], ['content']],
    zodChecks: true,
    rule: 'a report not sent has neither content nor characters; a sent one not both',
    reason: TWO_FIELDS,
  },
  {
    fns: ['defineCalendar'],
    code: 'out_of_range',
    paths: [['to'], ['holidays', '*'], ['workdays', '*']],
    zodChecks: true,
    rule: 'to is not before from; every date lies within the years from–to',
    reason: TWO_FIELDS,
  },
  {
    fns: ['toICalendar'],
    code: 'invalid_type',
    paths: [['duties', '*', 'title', 'zh-Hans'], ['duties', '*', 'title', 'zh-Hant'], ['duties', '*', 'title', 'en']],
    zodChecks: true,
    rule: "each duty's title in the chosen locale (zh-Hans unless options.locale says otherwise) is a string",
    reason: 'relates each duty to the options argument',
  },
  {
    fns: ['toICalendar'],
    code: 'out_of_range',
    paths: [['duties', '*', 'dueAt']],
    zodChecks: true,
    rule: "each duty's dueAt is a deadline an iCalendar text can hold: 0000-01-01T00:00Z to 9999-12-31T23:59:59.999+08:00",
    reason: 'narrower than an instant, whose text carries its own offset: which texts fall outside depends on the offset, which a pattern would have to spell out',
  },
  {
    fns: ['defineCalendar'],
    code: 'conflicting_date',
    paths: [['workdays', '*']],
    zodChecks: true,
    rule: 'no date is both a rest day and a working day',
    reason: 'a value shared by two lists',
  },
  {
    fns: ['extendCalendar'],
    code: 'conflicting_date',
    paths: [['calendar', 'workdays', '*'], ['notice', 'workdays', '*'], ['notice', 'days', '*', 'isOffDay']],
    zodChecks: true,
    rule: 'no date is both a rest day and a working day (in two lists, or two days of a holiday-cn file)',
    reason: 'a value shared by two lists, or by two items of one list with different flags',
  },
  {
    fns: ['toICalendar'],
    code: 'conflicting_date',
    paths: [['duties', '*', 'date']],
    zodChecks: true,
    rule: "a duty's date, when given, is dueAt's Shanghai day",
    reason: TWO_FIELDS,
  },
  {
    fns: ['toICalendar'],
    code: 'duplicate_duty',
    paths: [['duties', '*']],
    zodChecks: true,
    rule: 'no two duties make one event (the same rule, duty or titles, role and day) with different text',
    reason: 'relates the duties of a list to one another',
  },
  {
    fns: ['extendCalendar'],
    code: 'out_of_range',
    paths: [['notice', 'holidays', '*'], ['notice', 'workdays', '*'], ['notice', 'days', '*', 'date'], ['notice', 'year'], ['calendar', 'to'], ['calendar', 'holidays', '*'], ['calendar', 'workdays', '*']],
    zodChecks: true,
    rule: "a notice's dates lie within its year, the year after the calendar's last; the calendar's to is not before its from, and its dates lie within its years from–to",
    reason: 'relates two fields, and the notice to the calendar argument',
  },
];

/**
 * Inputs that break a row's rule, by function, given to the conformance suite besides its generated
 * inputs: a rule that one mutation of the example line seldom breaks (two shifts that overlap, a member
 * id given twice) is still met, so that each row stays proven.
 */
export const crossFieldProbes: Readonly<Record<string, readonly (readonly unknown[])[]>> = {
  checkShift: [
    [
      {
        month: '2026-10',
        shifts: [
          { start: '2026-10-05T08:00:00+08:00', end: '2026-10-05T12:00:00+08:00' },
          { start: '2026-10-05T10:00:00+08:00', end: '2026-10-05T14:00:00+08:00' },
        ],
      },
    ],
  ],
  scoreMonth: [
    [{ bonuses: [{ item: 'zero-valid-complaints', times: 2 }] }],
    [{ bonuses: [{ item: 'zero-valid-complaints' }, { item: 'zero-valid-complaints' }] }],
    [{ deductions: [{ item: 'exam-below-60' }], examScore: 50 }],
    [{ deductions: [{ item: 'abuse-of-power', points: 5 }] }],
  ],
  appraiseMonth: [
    [{ members: [{ id: 'a', hiredOn: '2026-01-01' }] }],
    [{ period: '2026-10', members: [{ id: 'a' }, { id: 'a' }] }],
    [{ period: '2026-10', members: [{ id: 'a', hiredOn: '2026-01-01', employmentMonth: 3 }] }],
  ],
  defineCalendar: [
    [{ from: 2030, to: 2029, holidays: [], workdays: [] }],
    [{ from: 2026, to: 2026, holidays: ['2026-06-01'], workdays: ['2026-06-06', '2026-06-01'] }],
  ],
  extendCalendar: [
    [{ from: 2026, to: 2026, holidays: [], workdays: [] }, { year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-01'] }],
    [{ from: 2026, to: 2026, holidays: [], workdays: [] }, { year: 2027, holidays: ['2027-01-01', '2028-01-01'], workdays: [] }],
    [
      { from: 2026, to: 2026, holidays: [], workdays: [] },
      {
        year: 2027,
        days: [
          { name: '元旦', date: '2027-01-01', isOffDay: true },
          { name: '元旦', date: '2027-01-01', isOffDay: false },
        ],
      },
    ],
    [{ from: 2026, to: 2026, holidays: [], workdays: [] }, { year: 2027, days: [{ name: '元旦', date: '2028-01-01', isOffDay: true }] }],
  ],
};
