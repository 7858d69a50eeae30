// Policies refused and accepted by definePolicy: one override per rule, both sides of each boundary.
// Test data only (no library call here): test/policy/refusals.test.ts pins each verdict, path and message.
import { defaultPolicy as d } from '../../src/policy/defaultPolicy.js';
const a = d.appraisal;
const items = a.items;
const tiers = a.emergencyOverrunTiers;
const grades = a.grades;
const s = (o: unknown) => JSON.parse(JSON.stringify(o));
const withItem = (i: number, item: unknown) => {
  const copy = s(items);
  copy[i] = item;
  return copy;
};
export const cases: readonly (readonly [string, unknown])[] = [
  // number
  ['a string where a number goes', { repair: { referralHours: '1' } }],
  ['NaN', { repair: { referralHours: Number.NaN } }],
  ['a negative number below min 0', { repair: { referralHours: -0.5 } }],
  ['min 0 itself', { repair: { referralHours: 0 } }],
  ['a fraction where a whole number goes', { duty: { maxWindowMonths: 1.5 } }],
  ['an unsafe integer', { appraisal: { base: 2 ** 53, cap: 2 ** 53 } }],
  ['below min 1', { duty: { maxWindowMonths: 0 } }],
  ['min 1 itself', { duty: { maxWindowMonths: 1 } }],
  ['max 1200 itself', { duty: { maxWindowMonths: 1200 } }],
  ['above max 1200', { duty: { maxWindowMonths: 1201 } }],
  ['adjustment min above its max 0', { appraisal: { adjustment: { min: 1, max: 5 } } }],
  ['adjustment min 0 itself', { appraisal: { adjustment: { min: 0, max: 5 } } }],
  ['adjustment min fraction', { appraisal: { adjustment: { min: -1.5, max: 5 } } }],
  // boolean, string, oneOf
  ['a string where true or false goes', { extendPastRestDays: 'yes' }],
  ['an empty rule id', { communication: { notices: { works: { rule: '' } } } }],
  ['a number for a rule id', { communication: { notices: { works: { rule: 5 } } } }],
  ['a one-character rule id', { communication: { notices: { works: { rule: 'x' } } } }],
  ['an unknown enum value', { dayCounting: 'sometimes' }],
  // record
  ['not an object', { kpi: 5 }],
  ['an array for an object', { kpi: [] }],
  [
    'an unknown nested key',
    {
      complaint: {
        approvalBands: [{ approver: 'general-manager', upTo: null, extra: 1 }],
      },
    },
  ],
  ['a missing key', { complaint: { approvalBands: [{ approver: 'general-manager' }] } }],
  ['an absent optional key', { repair: { classRules: [{ repairClass: 'A', when: {} }] } }],
  // array
  ['not an array', { appraisal: { emergencyOverrunTiers: 'x' } }],
  ['an empty list that needs one item', { appraisal: { emergencyOverrunTiers: [] } }],
  ['a list of exactly one item', { appraisal: { emergencyOverrunTiers: [tiers[0]] } }],
  ['a bad item in a list', { appraisal: { emergencyOverrunTiers: [{ ...tiers[0], points: -1 }] } }],
  // byKey (period, atObject)
  [
    'an unknown period unit',
    {
      communication: {
        publicityUpdateWithin: { unit: 'fortnight', amount: 1 },
      },
    },
  ],
  ['an inherited name as a period unit', { communication: { publicityUpdateWithin: { unit: 'toString' } } }],
  ['a list as a period unit', { communication: { publicityUpdateWithin: { unit: ['day'], amount: 1 } } }],
  ['a number as a period unit', { communication: { publicityUpdateWithin: { unit: 5, amount: 1 } } }],
  ['a period amount of 0 days', { communication: { publicityUpdateWithin: { unit: 'day', amount: 0 } } }],
  ['a period amount of 1 day', { communication: { publicityUpdateWithin: { unit: 'day', amount: 1 } } }],
  ['a fractional period of days', { communication: { publicityUpdateWithin: { unit: 'day', amount: 1.5 } } }],
  ['a period of -1 hours', { communication: { publicityUpdateWithin: { unit: 'hour', amount: -1 } } }],
  ['a period of 0.5 hours', { communication: { publicityUpdateWithin: { unit: 'hour', amount: 0.5 } } }],
  ['a period that is not an object', { communication: { publicityUpdateWithin: 3 } }],
  [
    'a same-day period with an amount',
    {
      communication: { publicityUpdateWithin: { unit: 'same-day', amount: 1 } },
    },
  ],
  ['a period amount that is text', { communication: { publicityUpdateWithin: { unit: 'week', amount: '1' } } }],
  // byKey (dueSoon, not atObject)
  [
    'an unknown due-soon measure',
    {
      repair: {
        dueSoon: { measure: 'x', threshold: { value: 1, inclusive: true } },
      },
    },
  ],
  [
    'a due-soon threshold that is not true or false',
    {
      repair: {
        dueSoon: {
          measure: 'lead-ms',
          threshold: { value: 1, inclusive: 'yes' },
        },
      },
    },
  ],
  [
    'a due-soon share above 10000',
    {
      repair: {
        dueSoon: {
          measure: 'share-basis-points',
          threshold: { value: 10001, inclusive: true },
        },
      },
    },
  ],
  [
    'a due-soon share of 10000',
    {
      repair: {
        dueSoon: {
          measure: 'share-basis-points',
          threshold: { value: 10000, inclusive: true },
        },
      },
    },
  ],
  ['a due-soon that is not an object', { repair: { dueSoon: 'soon' } }],
  // byKey (fine steps, atObject)
  [
    'a fine of a tenth of a fen',
    {
      desk: {
        fines: {
          'handover-log': {
            ruleId: 'desk.handover-log',
            steps: [{ outcome: 'fine', amountYuan: 0.001 }],
          },
        },
      },
    },
  ],
  [
    'a fine of one fen',
    {
      desk: {
        fines: {
          'handover-log': {
            ruleId: 'desk.handover-log',
            steps: [{ outcome: 'fine', amountYuan: 0.01 }],
          },
        },
      },
    },
  ],
  [
    'a fine without an amount',
    {
      desk: {
        fines: {
          'handover-log': {
            ruleId: 'desk.handover-log',
            steps: [{ outcome: 'fine' }],
          },
        },
      },
    },
  ],
  [
    'an unknown fine outcome',
    {
      desk: {
        fines: {
          'handover-log': {
            ruleId: 'desk.handover-log',
            steps: [{ outcome: 'warn' }],
          },
        },
      },
    },
  ],
  [
    'a negative fine',
    {
      desk: {
        fines: {
          'handover-log': {
            ruleId: 'desk.handover-log',
            steps: [{ outcome: 'fine', amountYuan: -1 }],
          },
        },
      },
    },
  ],
  [
    'an empty ladder',
    {
      desk: {
        fines: { 'handover-log': { ruleId: 'desk.handover-log', steps: [] } },
      },
    },
  ],
  [
    'a ladder with another rule id',
    {
      desk: {
        fines: {
          'handover-log': {
            ruleId: 'desk.weekly-report',
            steps: [{ outcome: 'withhold-month-pay' }],
          },
        },
      },
    },
  ],
  // text
  [
    'an approver of 64 characters',
    {
      complaint: {
        approvalBands: [
          {
            approver: 'x'.repeat(64),
            upTo: null,
            approverName: { 'zh-Hans': 'x', 'zh-Hant': 'x', en: 'x' },
          },
        ],
      },
    },
  ],
  [
    'a role id in two bands',
    {
      complaint: {
        approvalBands: [
          { approver: 'a', approverName: { 'zh-Hans': 'A1', 'zh-Hant': 'A1', en: 'A1' }, upTo: { value: 5, inclusive: true } },
          { approver: 'a', approverName: { 'zh-Hans': 'A2', 'zh-Hant': 'A2', en: 'A2' }, upTo: null },
        ],
      },
    },
  ],
  [
    'an approver of 65 characters',
    {
      complaint: {
        approvalBands: [
          {
            approver: 'x'.repeat(65),
            upTo: null,
            approverName: { 'zh-Hans': 'x', 'zh-Hant': 'x', en: 'x' },
          },
        ],
      },
    },
  ],
  ['an empty approver', { complaint: { approvalBands: [{ approver: '', upTo: null }] } }],
  ['an approver that is not text', { complaint: { approvalBands: [{ approver: 7, upTo: null }] } }],
  [
    'a display name of 100 characters',
    {
      complaint: {
        approvalBands: [
          {
            approver: 'boss',
            upTo: null,
            approverName: {
              'zh-Hans': 'x'.repeat(100),
              'zh-Hant': 'x',
              en: 'x',
            },
          },
        ],
      },
    },
  ],
  [
    'a display name of 101 characters',
    {
      complaint: {
        approvalBands: [
          {
            approver: 'boss',
            upTo: null,
            approverName: {
              'zh-Hans': 'x'.repeat(101),
              'zh-Hant': 'x',
              en: 'x',
            },
          },
        ],
      },
    },
  ],
  [
    'a blank display name',
    {
      complaint: {
        approvalBands: [
          {
            approver: 'boss',
            upTo: null,
            approverName: { 'zh-Hans': '  ', 'zh-Hant': 'x', en: 'x' },
          },
        ],
      },
    },
  ],
  [
    'an empty display name',
    {
      complaint: {
        approvalBands: [
          {
            approver: 'boss',
            upTo: null,
            approverName: { 'zh-Hans': '', 'zh-Hant': 'x', en: 'x' },
          },
        ],
      },
    },
  ],
  [
    'a default approver with display names',
    {
      complaint: {
        approvalBands: [
          {
            approver: 'general-manager',
            upTo: null,
            approverName: { 'zh-Hans': '总', 'zh-Hant': '總', en: 'GM' },
          },
        ],
      },
    },
  ],
  // bands
  [
    'a last band with a ceiling',
    {
      complaint: {
        approvalBands: [{ approver: 'sales-manager', upTo: { value: 1, inclusive: true } }],
      },
    },
  ],
  [
    'an open band before the last',
    {
      complaint: {
        approvalBands: [
          { approver: 'sales-manager', upTo: null },
          { approver: 'general-manager', upTo: null },
        ],
      },
    },
  ],
  [
    'decreasing ceilings',
    {
      complaint: {
        approvalBands: [
          { approver: 'sales-manager', upTo: { value: 5, inclusive: true } },
          {
            approver: 'deputy-general-manager',
            upTo: { value: 4, inclusive: true },
          },
          { approver: 'general-manager', upTo: null },
        ],
      },
    },
  ],
  [
    'equal ceilings, the first exclusive',
    {
      complaint: {
        approvalBands: [
          { approver: 'sales-manager', upTo: { value: 5, inclusive: false } },
          {
            approver: 'deputy-general-manager',
            upTo: { value: 5, inclusive: true },
          },
          { approver: 'general-manager', upTo: null },
        ],
      },
    },
  ],
  [
    'a first band below every amount',
    {
      complaint: {
        approvalBands: [
          { approver: 'sales-manager', upTo: { value: 0, inclusive: false } },
          { approver: 'general-manager', upTo: null },
        ],
      },
    },
  ],
  [
    'a first band of exactly 0 yuan',
    {
      complaint: {
        approvalBands: [
          { approver: 'sales-manager', upTo: { value: 0, inclusive: true } },
          { approver: 'general-manager', upTo: null },
        ],
      },
    },
  ],
  [
    'equal ceilings that leave a band no amount reaches',
    {
      complaint: {
        approvalBands: [
          { approver: 'sales-manager', upTo: { value: 5, inclusive: true } },
          { approver: 'deputy-general-manager', upTo: { value: 5, inclusive: true } },
          { approver: 'general-manager', upTo: null },
        ],
      },
    },
  ],
  [
    'an exclusive ceiling after an inclusive one of the same amount',
    {
      complaint: {
        approvalBands: [
          { approver: 'sales-manager', upTo: { value: 5, inclusive: true } },
          { approver: 'deputy-general-manager', upTo: { value: 5, inclusive: false } },
          { approver: 'general-manager', upTo: null },
        ],
      },
    },
  ],
  [
    'a band ceiling finer than the fen',
    {
      complaint: {
        approvalBands: [
          { approver: 'sales-manager', upTo: { value: 1000.005, inclusive: true } },
          { approver: 'general-manager', upTo: null },
        ],
      },
    },
  ],
  ['no approval band', { complaint: { approvalBands: [] } }],
  [
    'a quota bracket with a ceiling last',
    {
      visit: {
        quotaBrackets: [{ upTo: { value: 300, inclusive: true }, percent: 4 }],
      },
    },
  ],
  // businessHours
  ['business hours from 24:00', { businessHours: [{ from: '24:00', to: '24:00' }] }],
  ['business hours to 24:00', { businessHours: [{ from: '23:00', to: '24:00' }] }],
  ['business hours that are not HH:MM', { businessHours: [{ from: '8:00', to: '17:00' }] }],
  ['business hours of 24:01', { businessHours: [{ from: '08:00', to: '24:01' }] }],
  ['business hours that are a number', { businessHours: [{ from: 800, to: '17:00' }] }],
  ['business hours of six characters', { businessHours: [{ from: '08:000', to: '17:00' }] }],
  ['business hours that close as they open', { businessHours: [{ from: '09:00', to: '09:00' }] }],
  ['business hours that close a minute after they open', { businessHours: [{ from: '09:00', to: '09:01' }] }],
  ['business hours that close before they open, by the hour', { businessHours: [{ from: '10:00', to: '09:30' }] }],
  [
    'business hours that touch',
    {
      businessHours: [
        { from: '08:00', to: '12:00' },
        { from: '12:00', to: '17:00' },
      ],
    },
  ],
  [
    'business hours that overlap by a minute',
    {
      businessHours: [
        { from: '08:00', to: '12:00' },
        { from: '11:59', to: '17:00' },
      ],
    },
  ],
  [
    'business hours out of order',
    {
      businessHours: [
        { from: '13:00', to: '17:00' },
        { from: '08:00', to: '12:00' },
      ],
    },
  ],
  ['no business hours', { businessHours: [] }],
  // repair
  [
    'repair deadlines missing a class',
    {
      repair: {
        deadlines: [
          { repairClass: 'A', duringHandover: null, days: 3 },
          { repairClass: 'B', duringHandover: null, days: 7 },
        ],
      },
    },
  ],
  [
    'repair deadlines missing C outside a handover',
    {
      repair: {
        deadlines: [
          { repairClass: 'A', duringHandover: null, days: 3 },
          { repairClass: 'B', duringHandover: null, days: 7 },
          { repairClass: 'C', duringHandover: true, days: 30 },
        ],
      },
    },
  ],
  [
    'repair deadlines of one row per class',
    {
      repair: {
        deadlines: [
          { repairClass: 'A', duringHandover: null, days: 3 },
          { repairClass: 'B', duringHandover: null, days: 7 },
          { repairClass: 'C', duringHandover: null, days: 30 },
        ],
      },
    },
  ],
  [
    'repair deadlines with both handover rows for each class',
    {
      repair: {
        deadlines: ['A', 'B', 'C'].flatMap((repairClass) => [
          { repairClass, duringHandover: true, days: 1 },
          { repairClass, duringHandover: false, days: 2 },
        ]),
      },
    },
  ],
  [
    'repair deadline of 0 days',
    {
      repair: {
        deadlines: [
          { repairClass: 'A', duringHandover: null, days: 0 },
          { repairClass: 'B', duringHandover: null, days: 7 },
          { repairClass: 'C', duringHandover: null, days: 30 },
        ],
      },
    },
  ],
  // appraisal items
  [
    'a bonus item of kind minor',
    {
      appraisal: {
        items: withItem(0, {
          id: 'top-performer',
          kind: 'minor',
          points: 2,
          ruleId: 'appraisal.minor',
        }),
      },
    },
  ],
  [
    'a violation item of kind bonus',
    {
      appraisal: {
        items: withItem(6, {
          id: items[6]!.id,
          kind: 'bonus',
          points: 2,
          ruleId: 'appraisal.bonus',
        }),
      },
    },
  ],
  [
    'an item with the rule id of another kind',
    {
      appraisal: {
        items: withItem(0, { ...items[0], ruleId: 'appraisal.minor' }),
      },
    },
  ],
  [
    'an item with points and range',
    {
      appraisal: {
        items: withItem(0, { ...items[0], range: { min: 1, max: 2 } }),
      },
    },
  ],
  [
    'an item with neither points nor range',
    {
      appraisal: {
        items: withItem(0, {
          id: items[0]!.id,
          kind: 'bonus',
          ruleId: 'appraisal.bonus',
        }),
      },
    },
  ],
  [
    'an item with only a range',
    {
      appraisal: {
        items: withItem(0, {
          id: items[0]!.id,
          kind: 'bonus',
          range: { min: 1, max: 2 },
          ruleId: 'appraisal.bonus',
        }),
      },
    },
  ],
  [
    'a range of one value',
    {
      appraisal: {
        items: withItem(0, {
          id: items[0]!.id,
          kind: 'bonus',
          range: { min: 2, max: 2 },
          ruleId: 'appraisal.bonus',
        }),
      },
    },
  ],
  [
    'a range whose min exceeds its max',
    {
      appraisal: {
        items: withItem(0, {
          id: items[0]!.id,
          kind: 'bonus',
          range: { min: 3, max: 2 },
          ruleId: 'appraisal.bonus',
        }),
      },
    },
  ],
  [
    'a dismissal item with points',
    {
      appraisal: {
        items: withItem(items.length - 1, {
          ...items[items.length - 1],
          points: 1,
        }),
      },
    },
  ],
  [
    'a dismissal item with a range',
    {
      appraisal: {
        items: withItem(items.length - 1, {
          ...items[items.length - 1],
          range: { min: 1, max: 2 },
        }),
      },
    },
  ],
  ['a duplicate item id', { appraisal: { items: [...s(items), s(items[0])] } }],
  ['an unknown item id', { appraisal: { items: withItem(0, { ...items[0], id: 'nap' }) } }],
  ['a shorter item table', { appraisal: { items: s(items).slice(1) } }],
  // appraisal section rules
  ['a cap below the base', { appraisal: { base: 80, cap: 79 } }],
  ['a cap equal to the base', { appraisal: { base: 80, cap: 80 } }],
  ['a negative base', { appraisal: { base: -10, cap: 0 } }],
  [
    'exam deducted up to full marks',
    {
      appraisal: {
        exam: { fullMarks: 60, deductedUpTo: { value: 60, inclusive: false } },
      },
    },
  ],
  [
    'exam deducted up to just under full marks',
    {
      appraisal: {
        exam: { fullMarks: 60.5, deductedUpTo: { value: 60, inclusive: true } },
      },
    },
  ],
  [
    'exam full marks of 0',
    {
      appraisal: {
        exam: { fullMarks: 0, deductedUpTo: { value: 0, inclusive: true } },
      },
    },
  ],
  [
    'exam full marks that are text',
    {
      appraisal: {
        exam: {
          fullMarks: '100',
          deductedUpTo: { value: 60, inclusive: true },
        },
      },
    },
  ],
  [
    'tiers with equal bounds',
    {
      appraisal: {
        emergencyOverrunTiers: [tiers[0], { ...tiers[1], over: { value: 0, inclusive: true } }],
      },
    },
  ],
  ['tiers highest first', { appraisal: { emergencyOverrunTiers: [tiers[1], tiers[0]] } }],
  ['grades with a repeated grade', { appraisal: { grades: [grades[0], { ...grades[1], grade: 'A' }] } }],
  ['grades lowest first', { appraisal: { grades: [grades[1], grades[0]] } }],
  [
    'grades with equal bounds',
    {
      appraisal: {
        // Both exclude 90: B could reach no score A does not (> 90 then ≥ 90 would leave B exactly 90).
        grades: [grades[0], { ...grades[1], from: { value: 90, inclusive: false } }],
      },
    },
  ],
  ['no grades', { appraisal: { grades: [] } }],
  ['a rate of a tenth of a fen per point', { appraisal: { payFloat: { yuanPerPoint: 12.345 } } }],
  ['a negative pay float limit', { appraisal: { payFloat: { limitYuan: -1 } } }],
  ['a pay float from month 0', { appraisal: { payFloat: { firstFloatingMonth: 0 } } }],
  // desk shifts
  [
    'a shift that ends as it starts',
    {
      desk: {
        shifts: {
          patterns: [
            {
              id: 'early',
              startMinute: 480,
              endMinute: 480,
              latestEndMinute: 480,
            },
          ],
        },
      },
    },
  ],
  [
    'a shift that ends a minute after it starts',
    {
      desk: {
        shifts: {
          patterns: [
            {
              id: 'early',
              startMinute: 480,
              endMinute: 481,
              latestEndMinute: 481,
            },
          ],
        },
      },
    },
  ],
  [
    'a shift whose latest end is before its end',
    {
      desk: {
        shifts: {
          patterns: [
            {
              id: 'early',
              startMinute: 480,
              endMinute: 1050,
              latestEndMinute: 1049,
            },
          ],
        },
      },
    },
  ],
  [
    'a shift starting at minute 1440',
    {
      desk: {
        shifts: {
          patterns: [
            {
              id: 'late',
              startMinute: 1440,
              endMinute: 1500,
              latestEndMinute: 1500,
            },
          ],
        },
      },
    },
  ],
  ['no shift patterns', { desk: { shifts: { patterns: [] } } }],
  // communication leads
  [
    'a working-day lead of 0',
    {
      communication: {
        notices: { works: { residentLead: { amount: 0, unit: 'workday' } } },
      },
    },
  ],
  [
    'a working-day lead of 1',
    {
      communication: {
        notices: { works: { residentLead: { amount: 1, unit: 'workday' } } },
      },
    },
  ],
  [
    'a working-day lead of 1.5',
    {
      communication: {
        notices: { works: { residentLead: { amount: 1.5, unit: 'workday' } } },
      },
    },
  ],
  [
    'an hour lead of 0.5',
    {
      communication: {
        notices: { works: { residentLead: { amount: 0.5, unit: 'hour' } } },
      },
    },
  ],
  [
    'an hour lead of 0',
    {
      communication: {
        notices: { works: { residentLead: { amount: 0, unit: 'hour' } } },
      },
    },
  ],
  [
    'a lead in days',
    {
      communication: {
        notices: { works: { residentLead: { amount: 1, unit: 'day' } } },
      },
    },
  ],
  ['a department lead of null', { communication: { notices: { works: { departmentLeadHours: null } } } }],
  // durations: at most 100 years in their unit (RULES C8, MAX_DURATION)
  ['a working-day lead of 26100', { communication: { notices: { works: { residentLead: { amount: 26_100, unit: 'workday' } } } } }],
  ['a working-day lead of 26101', { communication: { notices: { works: { residentLead: { amount: 26_101, unit: 'workday' } } } } }],
  ['an hour lead of 876600', { communication: { notices: { works: { residentLead: { amount: 876_600, unit: 'hour' } } } } }],
  ['an hour lead of 876600.5', { communication: { notices: { works: { residentLead: { amount: 876_600.5, unit: 'hour' } } } } }],
  ['a department lead of 876600 hours', { communication: { notices: { works: { departmentLeadHours: 876_600 } } } }],
  ['a department lead of 1e308 hours', { communication: { notices: { works: { departmentLeadHours: 1e308 } } } }],
  ['referral hours of 876600', { repair: { referralHours: 876_600 } }],
  ['referral hours of 1e308', { repair: { referralHours: 1e308 } }],
  ['paid-service hours of 876601', { repair: { paidServiceHours: 876_601 } }],
  ['a parking renewal lead of 876601 hours', { kpi: { parkingRenewalLeadHours: 876_601 } }],
  ['a period of 36525 days', { communication: { publicityUpdateWithin: { unit: 'day', amount: 36_525 } } }],
  ['a period of 36526 days', { communication: { publicityUpdateWithin: { unit: 'day', amount: 36_526 } } }],
  ['a period of 5218 weeks', { communication: { publicityUpdateWithin: { unit: 'week', amount: 5_218 } } }],
  ['a period of 5219 weeks', { communication: { publicityUpdateWithin: { unit: 'week', amount: 5_219 } } }],
  ['a period of 1200 months', { visit: { approvalWithin: { unit: 'month', amount: 1_200 } } }],
  ['a period of 1201 months', { visit: { approvalWithin: { unit: 'month', amount: 1_201 } } }],
  ['a period of 26100 working days', { kpi: { serviceDeadlines: { 'parking-permit': { unit: 'workday', amount: 26_100 } } } }],
  ['a period of 26101 working days', { kpi: { serviceDeadlines: { 'parking-permit': { unit: 'workday', amount: 26_101 } } } }],
  ['a period of 876600 hours', { complaint: { closeWithin: { unit: 'hour', amount: 876_600 } } }],
  ['a period of 1e308 hours', { complaint: { closeWithin: { unit: 'hour', amount: 1e308 } } }],
  ['a period of 876601 working hours', { complaint: { recurrenceWindow: { unit: 'workhour', amount: 876_601 } } }],
  ['an unresolved window of 36526 days', { complaint: { levelThresholds: { unresolvedLongerThan: { period: { unit: 'day', amount: 36_526 }, inclusive: false } } } }],
  ['repair deadlines of 36525 days', { repair: { deadlines: [{ repairClass: 'A', duringHandover: null, days: 36_525 }, { repairClass: 'B', duringHandover: null, days: 7 }, { repairClass: 'C', duringHandover: null, days: 15 }] } }],
  ['repair deadlines of 36526 days', { repair: { deadlines: [{ repairClass: 'A', duringHandover: null, days: 36_526 }, { repairClass: 'B', duringHandover: null, days: 7 }, { repairClass: 'C', duringHandover: null, days: 15 }] } }],
  ['a due-soon lead of 100 years', { repair: { dueSoon: { measure: 'lead-ms', threshold: { value: 3_155_760_000_000, inclusive: true } } } }],
  ['a due-soon lead past 100 years', { repair: { dueSoon: { measure: 'lead-ms', threshold: { value: 3_155_760_000_001, inclusive: true } } } }],
  ['a meeting weekday of 7', { communication: { companyMeetingWeekday: 7 } }],
  // visit
  ['a quota percent with three decimals', { visit: { quotaBrackets: [{ upTo: null, percent: 4.125 }] } }],
  ['a quota percent with two decimals', { visit: { quotaBrackets: [{ upTo: null, percent: 4.12 }] } }],
  ['a quota percent above 100', { visit: { quotaBrackets: [{ upTo: null, percent: 100.5 }] } }],
  ['a quota percent of 100', { visit: { quotaBrackets: [{ upTo: null, percent: 100 }] } }],
  [
    'a visit window that ends before it opens',
    {
      visit: {
        earliest: { value: 600, inclusive: true },
        latest: { value: 599, inclusive: true },
      },
    },
  ],
  [
    'a visit window of one minute',
    {
      visit: {
        earliest: { value: 600, inclusive: true },
        latest: { value: 600, inclusive: true },
      },
    },
  ],
  ['a visit window past midnight', { visit: { latest: { value: 1441, inclusive: true } } }],
  ['an annual coverage target with five decimals', { visit: { annualCoverageTarget: { value: 0.12345, inclusive: true } } }],
  ['an annual coverage target with four decimals', { visit: { annualCoverageTarget: { value: 0.1234, inclusive: true } } }],
  ['a summary day of 29', { visit: { summaryBeforeDay: 29 } }],
  // kpi
  ['a satisfaction target with five decimals', { kpi: { satisfactionTarget: { value: 0.98765, inclusive: true } } }],
  ['a satisfaction target above 1', { kpi: { satisfactionTarget: { value: 1.5, inclusive: true } } }],
  ['a satisfaction target of 1', { kpi: { satisfactionTarget: { value: 1, inclusive: true } } }],
  ['a work-plan day of 28', { kpi: { supervisor: { workPlanBeforeDay: 28 } } }],
  ['a work-plan day of 29', { kpi: { supervisor: { workPlanBeforeDay: 29 } } }],
];
