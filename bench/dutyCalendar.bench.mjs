// dutyCalendar for a year of every role (1,909 duties in 2026) and for a month of one role, against the
// same duties written as a hand-written loop: a day-by-day walk over the year with a holiday set, the
// fixed days of the month and the weekdays tested inline, a frozen object per duty, sorted by deadline.
// The aim is a year for all roles under 5 ms, i.e. at least 200 calls a second.
import { dutyCalendar } from '../dist/duty.js';
import { DAY, OFFSET, loopAddWorkdays, loopIsWorkday } from './_dayByDay.mjs';

const dayStart = (day) => day * DAY - OFFSET;
const iso = (day) => new Date(day * DAY).toISOString().slice(0, 10);
const dayOfIso = (text) => Date.parse(`${text}T00:00:00Z`) / DAY;
const weekday = (day) => (((day + 4) % 7) + 7) % 7;
const TITLE = Object.freeze({ 'zh-Hans': '…', 'zh-Hant': '…', en: '…' });

// The table, inline: [rule, duty, role, kind, argument, minute, quota].
const DAILY_WORKDAY = [
  ['supervisor.daily-review', 'record-review', 'supervisor'],
  ['supervisor.daily-meeting', 'daily-meeting', 'supervisor'],
  ['front-desk.daily-patrol', 'facility-patrol', 'front-desk'],
];
const WEEKLY = [
  ['supervisor.cadence', 'area-inspections', 'supervisor', 0, 1440, 2],
  ['desk.weekly-report', 'weekly-report', 'front-desk', 6, 1020],
  ['internal.weekly-meeting', 'department-meeting', 'manager', 1, 0],
  ['internal.weekly-meeting', 'company-meeting', 'manager', 1, 1440],
  ['internal.weekly-meeting', 'company-meeting', 'gm-office', 1, 1440],
];
// [rule, duty, role, day (0 = last), minute, every, quota]
const MONTHLY = [
  ['kpi.finance-reconcile', 'finance-reconciliation', 'supervisor', 5, 1440, 1],
  ['visit.summary', 'visit-summary', 'supervisor', 5, 0, 1],
  ['complaint.case-review', 'complaint-case-review', 'gm-office', 10, 0, 1],
  ['supervisor.cadence', 'work-plan', 'supervisor', 25, 0, 1],
  ['kpi.collection', 'collection-check', 'service-staff', 28, 1440, 1],
  ['kpi.collection', 'collection-check', 'supervisor', 28, 1440, 1],
  ['kpi.finance-reconcile', 'arrears-report', 'supervisor', 28, 1440, 1],
  ['supervisor.cadence', 'monthly-statistics-report', 'supervisor', 0, 1440, 1],
  ['kpi.monthly-report', 'area-monthly-report', 'service-staff', 0, 1440, 1],
  ['visit.quota', 'owner-visits', 'service-staff', 0, 1440, 1],
  ['visit.role-minimum', 'role-visits', 'supervisor', 0, 1440, 1, 5],
  ['visit.role-minimum', 'role-visits', 'manager', 0, 1440, 1, 5],
  ['notice.publicity', 'publicity-update', 'service-staff', 0, 1440, 1],
  ['kpi.parking', 'parking-reconciliation', 'service-staff', 0, 1440, 1],
  ['kpi.survey', 'opinion-survey', 'service-staff', 0, 1440, 3],
  ['kpi.survey', 'opinion-survey', 'supervisor', 0, 1440, 3],
  ['manager.year-end-summary', 'year-end-summary', 'manager', 0, 1440, 12],
];

function push(list, rule, duty, role, dueMs, quota) {
  const day = Math.floor((dueMs - 1 + OFFSET) / DAY);
  const entry = { rule, duty, role, date: iso(day), dueAt: new Date(dueMs), title: TITLE };
  if (quota !== undefined) entry.quota = quota;
  list.push(Object.freeze(entry));
}

function loopDutyCalendar(fromIso, toIso) {
  const from = dayOfIso(fromIso);
  const to = dayOfIso(toIso);
  const duties = [];
  for (let day = from; day <= to; day += 1) {
    const works = loopIsWorkday(day);
    if (works) for (const [rule, duty, role] of DAILY_WORKDAY) push(duties, rule, duty, role, dayStart(day + 1));
    push(duties, 'service.dispatch-next-day', 'priority-dispatch', 'service-staff', dayStart(day + 1));
    for (const [rule, duty, role, wd, minute, quota] of WEEKLY) {
      const dueDay = minute === 0 ? day + 1 : day;
      if (weekday(dueDay) === wd) push(duties, rule, duty, role, dayStart(dueDay) + minute * 60_000, quota);
    }
    const date = new Date(day * DAY);
    const month = date.getUTCMonth();
    const tomorrow = new Date((day + 1) * DAY);
    const last = tomorrow.getUTCMonth() !== month;
    for (const [rule, duty, role, dom, minute, every, quota] of MONTHLY) {
      if (dom === 0 ? last && (month + 1) % every === 0 : minute === 0 ? tomorrow.getUTCDate() === dom : date.getUTCDate() === dom) {
        push(duties, rule, duty, role, dayStart(minute === 0 ? day + 1 : day) + minute * 60_000, quota);
      }
    }
    // The approval: 2 working days counted from the summary deadline, 00:00 of the 5th.
    if (tomorrow.getUTCDate() === 5) {
      const due = loopAddWorkdays(dayStart(day + 1), 2).getTime();
      const dueDay = Math.floor((due + OFFSET) / DAY);
      if (dueDay <= to) push(duties, 'visit.summary', 'visit-summary-approval', 'manager', dayStart(dueDay + 1));
    }
  }
  duties.sort((a, b) => a.dueAt - b.dueAt || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return Object.freeze(duties);
}

export default {
  name: 'dutyCalendar',
  aim: 0.5,
  cases: [
    {
      label: 'a year, every role (aim: under 5 ms = 200 ops/s)',
      run: () => dutyCalendar({ from: '2026-01-01', to: '2026-12-31' }),
      baseline: () => loopDutyCalendar('2026-01-01', '2026-12-31'),
    },
    {
      label: 'a month, the supervisor',
      run: () => dutyCalendar({ from: '2026-10-01', to: '2026-10-31', roles: ['supervisor'] }),
      baseline: () => loopDutyCalendar('2026-10-01', '2026-10-31').filter((duty) => duty.role === 'supervisor'),
    },
  ],
};
