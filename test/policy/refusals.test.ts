// definePolicy's check of each setting (src/policy/validatePolicy.ts, src/policy/_check.ts): the exact
// path and message of every refusal, and the value on the other side of each boundary accepted.
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import type { DeepPartial, Policy } from '../../src/policy/Policy.js';
import { cases } from './_refusalCases.js';

const accepted: readonly string[] = [
  'min 0 itself',
  'min 1 itself',
  'max 1200 itself',
  'adjustment min 0 itself',
  'a one-character rule id',
  'an absent optional key',
  'a list of exactly one item',
  'a period amount of 1 day',
  'a period of 0.5 hours',
  'a due-soon share of 10000',
  'a fine of one fen',
  'an approver of 64 characters',
  'a display name of 100 characters',
  'a default approver with display names',
  'equal ceilings, the first exclusive',
  'a first band of exactly 0 yuan',
  'business hours to 24:00',
  'business hours that close a minute after they open',
  'business hours that touch',
  'repair deadlines of one row per class',
  'repair deadlines with both handover rows for each class',
  'an item with only a range',
  'a range of one value',
  'a shorter item table',
  'a cap equal to the base',
  'a negative base',
  'exam deducted up to just under full marks',
  'no grades',
  'a shift that ends a minute after it starts',
  'a working-day lead of 1',
  'an hour lead of 0.5',
  'an hour lead of 0',
  'a department lead of null',
  'a quota percent with two decimals',
  'a quota percent of 100',
  'a visit window of one minute',
  'an annual coverage target with four decimals',
  'a satisfaction target of 1',
  'a work-plan day of 28',
  'a working-day lead of 26100',
  'an hour lead of 876600',
  'a department lead of 876600 hours',
  'referral hours of 876600',
  'a period of 36525 days',
  'a period of 5218 weeks',
  'a period of 1200 months',
  'a period of 26100 working days',
  'a period of 876600 hours',
  'repair deadlines of 36525 days',
  'a due-soon lead of 100 years',
];

const refused: Readonly<Record<string, readonly [readonly (string | number)[], string]>> = {
  'a string where a number goes': [['repair', 'referralHours'], 'definePolicy: repair.referralHours must be a finite number, received "1"'],
  NaN: [['repair', 'referralHours'], 'definePolicy: repair.referralHours must be a finite number, received NaN'],
  'a negative number below min 0': [['repair', 'referralHours'], 'definePolicy: repair.referralHours must be at least 0, received -0.5'],
  'a fraction where a whole number goes': [['duty', 'maxWindowMonths'], 'definePolicy: duty.maxWindowMonths must be a whole number, received 1.5'],
  'an unsafe integer': [['appraisal', 'base'], 'definePolicy: appraisal.base must be a whole number, received 9007199254740992'],
  'below min 1': [['duty', 'maxWindowMonths'], 'definePolicy: duty.maxWindowMonths must be at least 1, received 0'],
  'above max 1200': [['duty', 'maxWindowMonths'], 'definePolicy: duty.maxWindowMonths must be at most 1200, received 1201'],
  'adjustment min above its max 0': [['appraisal', 'adjustment', 'min'], 'definePolicy: appraisal.adjustment.min must be at most 0, received 1'],
  'adjustment min fraction': [['appraisal', 'adjustment', 'min'], 'definePolicy: appraisal.adjustment.min must be a whole number, received -1.5'],
  'a string where true or false goes': [['extendPastRestDays'], 'definePolicy: extendPastRestDays must be true or false, received "yes"'],
  'an empty rule id': [
    ['communication', 'notices', 'works', 'rule'],
    'definePolicy: communication.notices.works.rule must be a non-empty string, received ""',
  ],
  'a number for a rule id': [
    ['communication', 'notices', 'works', 'rule'],
    'definePolicy: communication.notices.works.rule must be a non-empty string, received 5',
  ],
  'an unknown enum value': [['dayCounting'], 'definePolicy: dayCounting must be one of "civil-code", "elapsed", received "sometimes"'],
  'not an object': [['kpi'], 'definePolicy: kpi must be an object, received 5'],
  'an array for an object': [['kpi'], 'definePolicy: kpi must be an object, received []'],
  // At the key itself (it was the object), as a section's unknown key and an input's.
  'an unknown nested key': [['complaint', 'approvalBands', 0, 'extra'], 'definePolicy: complaint.approvalBands[0].extra: is not a known key (approver, approverName, upTo)'],
  'a missing key': [['complaint', 'approvalBands', 0, 'upTo'], 'definePolicy: complaint.approvalBands[0].upTo must be present, received undefined'],
  'not an array': [['appraisal', 'emergencyOverrunTiers'], 'definePolicy: appraisal.emergencyOverrunTiers must be an array, received "x"'],
  'an empty list that needs one item': [
    ['appraisal', 'emergencyOverrunTiers'],
    'definePolicy: appraisal.emergencyOverrunTiers must be an array of at least 1 item, received []',
  ],
  'a bad item in a list': [
    ['appraisal', 'emergencyOverrunTiers', 0, 'points'],
    'definePolicy: appraisal.emergencyOverrunTiers[0].points must be at least 0, received -1',
  ],
  'an unknown period unit': [
    ['communication', 'publicityUpdateWithin', 'unit'],
    'definePolicy: communication.publicityUpdateWithin.unit must be one of "day", "week", "month", "workday", "hour", "workhour", "same-day", "next-day", received "fortnight"',
  ],
  'an inherited name as a period unit': [
    ['communication', 'publicityUpdateWithin', 'unit'],
    'definePolicy: communication.publicityUpdateWithin.unit must be one of "day", "week", "month", "workday", "hour", "workhour", "same-day", "next-day", received "toString"',
  ],
  'a list as a period unit': [
    ['communication', 'publicityUpdateWithin', 'unit'],
    'definePolicy: communication.publicityUpdateWithin.unit must be one of "day", "week", "month", "workday", "hour", "workhour", "same-day", "next-day", received ["day"]',
  ],
  'a number as a period unit': [
    ['communication', 'publicityUpdateWithin', 'unit'],
    'definePolicy: communication.publicityUpdateWithin.unit must be one of "day", "week", "month", "workday", "hour", "workhour", "same-day", "next-day", received 5',
  ],
  'a period amount of 0 days': [
    ['communication', 'publicityUpdateWithin', 'amount'],
    'definePolicy: communication.publicityUpdateWithin.amount must be at least 1, received 0',
  ],
  'a fractional period of days': [
    ['communication', 'publicityUpdateWithin', 'amount'],
    'definePolicy: communication.publicityUpdateWithin.amount must be a whole number, received 1.5',
  ],
  'a period of -1 hours': [
    ['communication', 'publicityUpdateWithin', 'amount'],
    'definePolicy: communication.publicityUpdateWithin.amount must be at least 0, received -1',
  ],
  'a period that is not an object': [
    ['communication', 'publicityUpdateWithin'],
    'definePolicy: communication.publicityUpdateWithin must be an object, received 3',
  ],
  'a same-day period with an amount': [
    ['communication', 'publicityUpdateWithin', 'amount'],
    'definePolicy: communication.publicityUpdateWithin.amount: is not a known key (unit)',
  ],
  'a period amount that is text': [
    ['communication', 'publicityUpdateWithin', 'amount'],
    'definePolicy: communication.publicityUpdateWithin.amount must be a finite number, received "1"',
  ],
  'an unknown due-soon measure': [
    ['repair', 'dueSoon', 'measure'],
    'definePolicy: repair.dueSoon.measure must be one of "lead-ms", "share-basis-points", received "x"',
  ],
  'a due-soon threshold that is not true or false': [
    ['repair', 'dueSoon', 'threshold', 'inclusive'],
    'definePolicy: repair.dueSoon.threshold.inclusive must be true or false, received "yes"',
  ],
  'a due-soon share above 10000': [
    ['repair', 'dueSoon', 'threshold', 'value'],
    'definePolicy: repair.dueSoon.threshold.value must be at most 10000, received 10001',
  ],
  'a due-soon that is not an object': [['repair', 'dueSoon'], 'definePolicy: repair.dueSoon must be an object, received "soon"'],
  'a fine of a tenth of a fen': [
    ['desk', 'fines', 'handover-log', 'steps', 0, 'amountYuan'],
    'definePolicy: desk.fines.handover-log.steps[0].amountYuan must be exact to the fen (0.01 yuan), received 0.001',
  ],
  'a fine without an amount': [
    ['desk', 'fines', 'handover-log', 'steps', 0, 'amountYuan'],
    'definePolicy: desk.fines.handover-log.steps[0].amountYuan must be present, received undefined',
  ],
  'an unknown fine outcome': [
    ['desk', 'fines', 'handover-log', 'steps', 0, 'outcome'],
    'definePolicy: desk.fines.handover-log.steps[0].outcome must be one of "fine", "withhold-month-pay", "deemed-resignation", received "warn"',
  ],
  'a negative fine': [
    ['desk', 'fines', 'handover-log', 'steps', 0, 'amountYuan'],
    'definePolicy: desk.fines.handover-log.steps[0].amountYuan must be at least 0, received -1',
  ],
  'an empty ladder': [
    ['desk', 'fines', 'handover-log', 'steps'],
    'definePolicy: desk.fines.handover-log.steps must be an array of at least 1 item, received []',
  ],
  'a ladder with another rule id': [
    ['desk', 'fines', 'handover-log', 'ruleId'],
    'definePolicy: desk.fines.handover-log.ruleId must be one of "desk.handover-log", received "desk.weekly-report"',
  ],
  'a role id in two bands': [
    ['complaint', 'approvalBands', 1, 'approver'],
    'definePolicy: complaint.approvalBands[1].approver must be a role id no other band has, received "a"',
  ],
  'an approver of 65 characters': [
    ['complaint', 'approvalBands', 0, 'approver'],
    'definePolicy: complaint.approvalBands[0].approver must be a role id without surrounding spaces (at most 64 characters), received "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
  ],
  'an empty approver': [
    ['complaint', 'approvalBands', 0, 'approver'],
    'definePolicy: complaint.approvalBands[0].approver must be a role id without surrounding spaces (at most 64 characters), received ""',
  ],
  'an approver that is not text': [
    ['complaint', 'approvalBands', 0, 'approver'],
    'definePolicy: complaint.approvalBands[0].approver must be a role id without surrounding spaces (at most 64 characters), received 7',
  ],
  'a display name of 101 characters': [
    ['complaint', 'approvalBands', 0, 'approverName', 'zh-Hans'],
    'definePolicy: complaint.approvalBands[0].approverName.zh-Hans must be a display name that is not blank (at most 100 characters), received "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...',
  ],
  'a blank display name': [
    ['complaint', 'approvalBands', 0, 'approverName', 'zh-Hans'],
    'definePolicy: complaint.approvalBands[0].approverName.zh-Hans must be a display name that is not blank (at most 100 characters), received "  "',
  ],
  'an empty display name': [
    ['complaint', 'approvalBands', 0, 'approverName', 'zh-Hans'],
    'definePolicy: complaint.approvalBands[0].approverName.zh-Hans must be a display name that is not blank (at most 100 characters), received ""',
  ],
  'a last band with a ceiling': [
    ['complaint', 'approvalBands'],
    'definePolicy: complaint.approvalBands: the last approval band must be open-ended (upTo: null)',
  ],
  'an open band before the last': [
    ['complaint', 'approvalBands'],
    'definePolicy: complaint.approvalBands: only the last approval band may be open-ended',
  ],
  'decreasing ceilings': [['complaint', 'approvalBands'], 'definePolicy: complaint.approvalBands: approval band ceilings must rise (each approval band must reach an amount the ones before it do not)'],
  'a first band below every amount': [['complaint', 'approvalBands'], 'definePolicy: complaint.approvalBands: approval band ceilings must rise (each approval band must reach an amount the ones before it do not)'],
  'equal ceilings that leave a band no amount reaches': [['complaint', 'approvalBands'], 'definePolicy: complaint.approvalBands: approval band ceilings must rise (each approval band must reach an amount the ones before it do not)'],
  'an exclusive ceiling after an inclusive one of the same amount': [['complaint', 'approvalBands'], 'definePolicy: complaint.approvalBands: approval band ceilings must rise (each approval band must reach an amount the ones before it do not)'],
  'a band ceiling finer than the fen': [['complaint', 'approvalBands', 0, 'upTo', 'value'], 'definePolicy: complaint.approvalBands[0].upTo.value must be exact to the fen (0.01 yuan), received 1000.005'],
  'no approval band': [['complaint', 'approvalBands'], 'definePolicy: complaint.approvalBands must be an array of at least 1 item, received []'],
  'a quota bracket with a ceiling last': [
    ['visit', 'quotaBrackets'],
    'definePolicy: visit.quotaBrackets: the last quota bracket must be open-ended (upTo: null)',
  ],
  'business hours from 24:00': [['businessHours', 0, 'from'], 'definePolicy: businessHours[0].from must be before 24:00, received "24:00"'],
  'business hours that are not HH:MM': [['businessHours', 0, 'from'], 'definePolicy: businessHours[0].from must be a time HH:MM, received "8:00"'],
  'business hours of 24:01': [['businessHours', 0, 'to'], 'definePolicy: businessHours[0].to must be a time HH:MM, received "24:01"'],
  'business hours that are a number': [['businessHours', 0, 'from'], 'definePolicy: businessHours[0].from must be a time HH:MM, received 800'],
  'business hours of six characters': [['businessHours', 0, 'from'], 'definePolicy: businessHours[0].from must be a time HH:MM, received "08:000"'],
  'business hours that close as they open': [['businessHours', 0, 'to'], 'definePolicy: businessHours[0].to: must close after it opens'],
  'business hours that close before they open, by the hour': [
    ['businessHours', 0, 'to'],
    'definePolicy: businessHours[0].to: must close after it opens',
  ],
  'business hours that overlap by a minute': [['businessHours'], 'definePolicy: businessHours: must be sorted and not overlap'],
  'business hours out of order': [['businessHours'], 'definePolicy: businessHours: must be sorted and not overlap'],
  'no business hours': [['businessHours'], 'definePolicy: businessHours must be an array of at least 1 item, received []'],
  'repair deadlines missing a class': [
    ['repair', 'deadlines'],
    'definePolicy: repair.deadlines: must have a row for every class, during and outside a handover period',
  ],
  'repair deadlines missing C outside a handover': [
    ['repair', 'deadlines'],
    'definePolicy: repair.deadlines: must have a row for every class, during and outside a handover period',
  ],
  'repair deadline of 0 days': [['repair', 'deadlines', 0, 'days'], 'definePolicy: repair.deadlines[0].days must be at least 1, received 0'],
  'a bonus item of kind minor': [
    ['appraisal', 'items', 0, 'kind'],
    'definePolicy: appraisal.items[0].kind: must be "bonus" exactly when top-performer is a bonus item',
  ],
  'a violation item of kind bonus': [
    ['appraisal', 'items', 6, 'kind'],
    'definePolicy: appraisal.items[6].kind: must be "bonus" exactly when no-mandarin is a bonus item',
  ],
  'an item with the rule id of another kind': [
    ['appraisal', 'items', 0, 'ruleId'],
    'definePolicy: appraisal.items[0].ruleId: must be "appraisal.bonus" for a bonus item',
  ],
  'an item with points and range': [
    ['appraisal', 'items', 0, 'points'],
    'definePolicy: appraisal.items[0].points: an item has either points or range, not both or neither',
  ],
  'an item with neither points nor range': [
    ['appraisal', 'items', 0, 'points'],
    'definePolicy: appraisal.items[0].points: an item has either points or range, not both or neither',
  ],
  'a range whose min exceeds its max': [
    ['appraisal', 'items', 0, 'range'],
    'definePolicy: appraisal.items[0].range: range.min must not exceed range.max',
  ],
  'a dismissal item with points': [
    ['appraisal', 'items', 33, 'points'],
    'definePolicy: appraisal.items[33].points: a dismissal item has neither points nor range',
  ],
  'a dismissal item with a range': [
    ['appraisal', 'items', 33, 'points'],
    'definePolicy: appraisal.items[33].points: a dismissal item has neither points nor range',
  ],
  'a duplicate item id': [['appraisal', 'items'], 'definePolicy: appraisal.items: item ids must be unique'],
  'an unknown item id': [
    ['appraisal', 'items', 0, 'id'],
    'definePolicy: appraisal.items[0].id must be one of "top-performer", "exam-full-marks", "cover-shift", "extra-assignment", "zero-valid-complaints", "adopted-suggestion", "no-mandarin", "messy-desk", "cleaning-skipped", "late-or-early-leave", "handover-records", "slow-appeal-reply", "left-post", "ineffective-work", "off-topic-chat", "loud-noise", "eating-smoking", "data-entry-error", "spot-check-error", "films-or-games", "inflated-records", "unreported-anomaly", "unapproved-software", "skipped-records", "missed-meeting", "exam-below-60", "absenteeism", "customer-conflict", "outsider-in-work-area", "equipment-removed", "sleeping-on-duty", "phone-off-hook", "cliques", "abuse-of-power", received "nap"',
  ],
  'a cap below the base': [['appraisal', 'cap'], 'definePolicy: appraisal.cap: cap must not be below base'],
  'exam deducted up to full marks': [
    ['appraisal', 'exam', 'deductedUpTo'],
    'definePolicy: appraisal.exam.deductedUpTo: the deducted exam scores must stay below full marks',
  ],
  'exam full marks of 0': [['appraisal', 'exam', 'fullMarks'], 'definePolicy: appraisal.exam.fullMarks must be above 0, received 0'],
  'exam full marks that are text': [
    ['appraisal', 'exam', 'fullMarks'],
    'definePolicy: appraisal.exam.fullMarks must be a finite number, received "100"',
  ],
  'tiers with equal bounds': [
    ['appraisal', 'emergencyOverrunTiers'],
    'definePolicy: appraisal.emergencyOverrunTiers: tiers must be listed lowest first, with increasing bounds',
  ],
  'tiers highest first': [
    ['appraisal', 'emergencyOverrunTiers'],
    'definePolicy: appraisal.emergencyOverrunTiers: tiers must be listed lowest first, with increasing bounds',
  ],
  'grades with a repeated grade': [['appraisal', 'grades'], 'definePolicy: appraisal.grades: each grade may appear once'],
  'grades lowest first': [['appraisal', 'grades'], 'definePolicy: appraisal.grades: grade bands must be listed highest first'],
  'grades with equal bounds': [['appraisal', 'grades'], 'definePolicy: appraisal.grades: grade bands must be listed highest first'],
  'a rate of a tenth of a fen per point': [
    ['appraisal', 'payFloat', 'yuanPerPoint'],
    'definePolicy: appraisal.payFloat.yuanPerPoint must be exact to the fen (0.01 yuan), received 12.345',
  ],
  'a negative pay float limit': [
    ['appraisal', 'payFloat', 'limitYuan'],
    'definePolicy: appraisal.payFloat.limitYuan must be at least 0, received -1',
  ],
  'a pay float from month 0': [
    ['appraisal', 'payFloat', 'firstFloatingMonth'],
    'definePolicy: appraisal.payFloat.firstFloatingMonth must be at least 1, received 0',
  ],
  'a shift that ends as it starts': [
    ['desk', 'shifts', 'patterns', 0],
    'definePolicy: desk.shifts.patterns[0]: a pattern must end after it starts, and latestEndMinute must not be before endMinute',
  ],
  'a shift whose latest end is before its end': [
    ['desk', 'shifts', 'patterns', 0],
    'definePolicy: desk.shifts.patterns[0]: a pattern must end after it starts, and latestEndMinute must not be before endMinute',
  ],
  'a shift starting at minute 1440': [
    ['desk', 'shifts', 'patterns', 0, 'startMinute'],
    'definePolicy: desk.shifts.patterns[0].startMinute must be at most 1439, received 1440',
  ],
  'no shift patterns': [['desk', 'shifts', 'patterns'], 'definePolicy: desk.shifts.patterns must be an array of at least 1 item, received []'],
  'a working-day lead of 0': [
    ['communication', 'notices', 'works', 'residentLead', 'amount'],
    'definePolicy: communication.notices.works.residentLead.amount: a working-day lead needs a whole amount of at least 1',
  ],
  'a working-day lead of 1.5': [
    ['communication', 'notices', 'works', 'residentLead', 'amount'],
    'definePolicy: communication.notices.works.residentLead.amount: a working-day lead needs a whole amount of at least 1',
  ],
  // Durations longer than 100 years in their unit are refused at the setting (RULES C8).
  'a working-day lead of 26101': [['communication', 'notices', 'works', 'residentLead', 'amount'], 'definePolicy: communication.notices.works.residentLead.amount: a lead may be at most 876600 hours or 26100 working days (100 years)'],
  'an hour lead of 876600.5': [['communication', 'notices', 'works', 'residentLead', 'amount'], 'definePolicy: communication.notices.works.residentLead.amount: a lead may be at most 876600 hours or 26100 working days (100 years)'],
  'a department lead of 1e308 hours': [
    ['communication', 'notices', 'works', 'departmentLeadHours'],
    'definePolicy: communication.notices.works.departmentLeadHours must be at most 876600, received 1e+308',
  ],
  'referral hours of 1e308': [['repair', 'referralHours'], 'definePolicy: repair.referralHours must be at most 876600, received 1e+308'],
  'paid-service hours of 876601': [['repair', 'paidServiceHours'], 'definePolicy: repair.paidServiceHours must be at most 876600, received 876601'],
  'a parking renewal lead of 876601 hours': [['kpi', 'parkingRenewalLeadHours'], 'definePolicy: kpi.parkingRenewalLeadHours must be at most 876600, received 876601'],
  'a period of 36526 days': [
    ['communication', 'publicityUpdateWithin', 'amount'],
    'definePolicy: communication.publicityUpdateWithin.amount must be at most 36525, received 36526',
  ],
  'a period of 5219 weeks': [
    ['communication', 'publicityUpdateWithin', 'amount'],
    'definePolicy: communication.publicityUpdateWithin.amount must be at most 5218, received 5219',
  ],
  'a period of 1201 months': [['visit', 'approvalWithin', 'amount'], 'definePolicy: visit.approvalWithin.amount must be at most 1200, received 1201'],
  'a period of 26101 working days': [
    ['kpi', 'serviceDeadlines', 'parking-permit', 'amount'],
    'definePolicy: kpi.serviceDeadlines.parking-permit.amount must be at most 26100, received 26101',
  ],
  'a period of 1e308 hours': [['complaint', 'closeWithin', 'amount'], 'definePolicy: complaint.closeWithin.amount must be at most 876600, received 1e+308'],
  'a period of 876601 working hours': [
    ['complaint', 'recurrenceWindow', 'amount'],
    'definePolicy: complaint.recurrenceWindow.amount must be at most 876600, received 876601',
  ],
  'an unresolved window of 36526 days': [
    ['complaint', 'levelThresholds', 'unresolvedLongerThan', 'period', 'amount'],
    'definePolicy: complaint.levelThresholds.unresolvedLongerThan.period.amount must be at most 36525, received 36526',
  ],
  'repair deadlines of 36526 days': [['repair', 'deadlines', 0, 'days'], 'definePolicy: repair.deadlines[0].days must be at most 36525, received 36526'],
  'a due-soon lead past 100 years': [
    ['repair', 'dueSoon', 'threshold', 'value'],
    'definePolicy: repair.dueSoon.threshold.value must be at most 3155760000000, received 3155760000001',
  ],
  'a lead in days': [
    ['communication', 'notices', 'works', 'residentLead', 'unit'],
    'definePolicy: communication.notices.works.residentLead.unit must be one of "hour", "workday", received "day"',
  ],
  'a meeting weekday of 7': [
    ['communication', 'companyMeetingWeekday'],
    'definePolicy: communication.companyMeetingWeekday must be at most 6, received 7',
  ],
  'a quota percent with three decimals': [
    ['visit', 'quotaBrackets', 0, 'percent'],
    'definePolicy: visit.quotaBrackets[0].percent must be a percentage with at most two decimals, received 4.125',
  ],
  'a quota percent above 100': [
    ['visit', 'quotaBrackets', 0, 'percent'],
    'definePolicy: visit.quotaBrackets[0].percent must be at most 100, received 100.5',
  ],
  'a visit window that ends before it opens': [['visit', 'latest'], 'definePolicy: visit.latest: the visit window must not end before it opens'],
  'a visit window past midnight': [['visit', 'latest', 'value'], 'definePolicy: visit.latest.value must be at most 1440, received 1441'],
  'an annual coverage target with five decimals': [
    ['visit', 'annualCoverageTarget'],
    'definePolicy: visit.annualCoverageTarget: a rate with at most four decimals',
  ],
  'a summary day of 29': [['visit', 'summaryBeforeDay'], 'definePolicy: visit.summaryBeforeDay must be at most 28, received 29'],
  'a satisfaction target with five decimals': [
    ['kpi', 'satisfactionTarget'],
    'definePolicy: kpi.satisfactionTarget: a rate with at most four decimals',
  ],
  'a satisfaction target above 1': [
    ['kpi', 'satisfactionTarget', 'value'],
    'definePolicy: kpi.satisfactionTarget.value must be at most 1, received 1.5',
  ],
  'a work-plan day of 29': [
    ['kpi', 'supervisor', 'workPlanBeforeDay'],
    'definePolicy: kpi.supervisor.workPlanBeforeDay must be at most 28, received 29',
  ],
};

// The code of each refusal: InvalidInputError's code for the same fault, or the kind of rule broken.
const codes: Readonly<Record<string, string>> = {
  // Durations longer than 100 years in their unit.
  'a working-day lead of 26101': 'out_of_range',
  'an hour lead of 876600.5': 'out_of_range',
  'a department lead of 1e308 hours': 'out_of_range',
  'referral hours of 1e308': 'out_of_range',
  'paid-service hours of 876601': 'out_of_range',
  'a parking renewal lead of 876601 hours': 'out_of_range',
  'a period of 36526 days': 'out_of_range',
  'a period of 5219 weeks': 'out_of_range',
  'a period of 1201 months': 'out_of_range',
  'a period of 26101 working days': 'out_of_range',
  'a period of 1e308 hours': 'out_of_range',
  'a period of 876601 working hours': 'out_of_range',
  'an unresolved window of 36526 days': 'out_of_range',
  'repair deadlines of 36526 days': 'out_of_range',
  'a due-soon lead past 100 years': 'out_of_range',
  'a string where a number goes': 'invalid_type',
  'NaN': 'not_finite',
  'a negative number below min 0': 'negative',
  'a fraction where a whole number goes': 'not_integer',
  'an unsafe integer': 'out_of_range',
  'below min 1': 'out_of_range',
  'above max 1200': 'out_of_range',
  'adjustment min above its max 0': 'out_of_range',
  'adjustment min fraction': 'not_integer',
  'a string where true or false goes': 'invalid_type',
  'an empty rule id': 'empty',
  'a number for a rule id': 'invalid_type',
  'an unknown enum value': 'invalid_enum',
  'not an object': 'invalid_type',
  'an array for an object': 'invalid_type',
  'an unknown nested key': 'unknown_key',
  'a missing key': 'missing',
  'not an array': 'invalid_type',
  'an empty list that needs one item': 'out_of_range',
  'a bad item in a list': 'negative',
  'an unknown period unit': 'invalid_enum',
  'an inherited name as a period unit': 'invalid_enum',
  'a list as a period unit': 'invalid_enum',
  'a number as a period unit': 'invalid_enum',
  'a period amount of 0 days': 'out_of_range',
  'a fractional period of days': 'not_integer',
  'a period of -1 hours': 'negative',
  'a period that is not an object': 'invalid_type',
  'a same-day period with an amount': 'unknown_key',
  'a period amount that is text': 'invalid_type',
  'an unknown due-soon measure': 'invalid_enum',
  'a due-soon threshold that is not true or false': 'invalid_type',
  'a due-soon share above 10000': 'out_of_range',
  'a due-soon that is not an object': 'invalid_type',
  'a fine of a tenth of a fen': 'sub_fen_amount',
  'a fine without an amount': 'missing',
  'an unknown fine outcome': 'invalid_enum',
  'a negative fine': 'negative',
  'an empty ladder': 'out_of_range',
  'a ladder with another rule id': 'invalid_enum',
  'a role id in two bands': 'duplicate_id',
  'an approver of 65 characters': 'invalid_format',
  'an empty approver': 'empty',
  'an approver that is not text': 'invalid_type',
  'a display name of 101 characters': 'invalid_format',
  'a blank display name': 'invalid_format',
  'an empty display name': 'empty',
  'a last band with a ceiling': 'inconsistent',
  'an open band before the last': 'inconsistent',
  'decreasing ceilings': 'unordered',
  'a first band below every amount': 'unordered',
  'equal ceilings that leave a band no amount reaches': 'unordered',
  'an exclusive ceiling after an inclusive one of the same amount': 'unordered',
  'a band ceiling finer than the fen': 'sub_fen_amount',
  'no approval band': 'out_of_range',
  'a quota bracket with a ceiling last': 'inconsistent',
  'business hours from 24:00': 'out_of_range',
  'business hours that are not HH:MM': 'invalid_format',
  'business hours of 24:01': 'invalid_format',
  'business hours that are a number': 'invalid_type',
  'business hours of six characters': 'invalid_format',
  'business hours that close as they open': 'end_before_start',
  'business hours that close before they open, by the hour': 'end_before_start',
  'business hours that overlap by a minute': 'unordered',
  'business hours out of order': 'unordered',
  'no business hours': 'out_of_range',
  'repair deadlines missing a class': 'missing',
  'repair deadlines missing C outside a handover': 'missing',
  'repair deadline of 0 days': 'out_of_range',
  'a bonus item of kind minor': 'inconsistent',
  'a violation item of kind bonus': 'inconsistent',
  'an item with the rule id of another kind': 'inconsistent',
  'an item with points and range': 'inconsistent',
  'an item with neither points nor range': 'inconsistent',
  'a range whose min exceeds its max': 'inconsistent',
  'a dismissal item with points': 'inconsistent',
  'a dismissal item with a range': 'inconsistent',
  'a duplicate item id': 'duplicate_id',
  'an unknown item id': 'invalid_enum',
  'a cap below the base': 'inconsistent',
  'exam deducted up to full marks': 'inconsistent',
  'exam full marks of 0': 'out_of_range',
  'exam full marks that are text': 'invalid_type',
  'tiers with equal bounds': 'unordered',
  'tiers highest first': 'unordered',
  'grades with a repeated grade': 'duplicate_id',
  'grades lowest first': 'unordered',
  'grades with equal bounds': 'unordered',
  'a rate of a tenth of a fen per point': 'sub_fen_amount',
  'a negative pay float limit': 'negative',
  'a pay float from month 0': 'out_of_range',
  'a shift that ends as it starts': 'end_before_start',
  'a shift whose latest end is before its end': 'end_before_start',
  'a shift starting at minute 1440': 'out_of_range',
  'no shift patterns': 'out_of_range',
  'a working-day lead of 0': 'out_of_range',
  'a working-day lead of 1.5': 'not_integer',
  'a lead in days': 'invalid_enum',
  'a meeting weekday of 7': 'out_of_range',
  'a quota percent with three decimals': 'too_many_decimals',
  'a quota percent above 100': 'out_of_range',
  'a visit window that ends before it opens': 'end_before_start',
  'a visit window past midnight': 'out_of_range',
  'an annual coverage target with five decimals': 'too_many_decimals',
  'a summary day of 29': 'out_of_range',
  'a satisfaction target with five decimals': 'too_many_decimals',
  'a satisfaction target above 1': 'out_of_range',
  'a work-plan day of 29': 'out_of_range',
};

function verdict(overrides: unknown): PolicyError | null {
  try {
    definePolicy(overrides as DeepPartial<Policy>);
    return null;
  } catch (error) {
    if (error instanceof PolicyError) return error;
    throw error;
  }
}

describe('definePolicy', () => {
  it('has a verdict for every case of the table', () => {
    for (const [label] of cases) expect(accepted.includes(label) !== Object.hasOwn(refused, label), label).toBe(true);
    expect(Object.keys(codes).sort()).toEqual(Object.keys(refused).sort());
  });

  it.each(cases.filter(([label]) => accepted.includes(label)))('accepts %s', (_label, overrides) => {
    expect(verdict(overrides)).toBeNull();
  });

  it.each(cases.filter(([label]) => Object.hasOwn(refused, label)))('refuses %s, naming the setting, the fault and the rule', (label, overrides) => {
    const error = verdict(overrides);
    const [path, message] = refused[label]!;
    expect(error).toBeInstanceOf(PolicyError);
    expect({ path: error?.path, code: error?.code, message: error?.message }).toEqual({
      path,
      code: codes[label],
      message,
    });
  });
});
