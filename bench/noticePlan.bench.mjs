// noticePlan against the same rules written inline: hour leads subtracted from the start, pest control
// barred on Saturdays and Sundays; the community event counts back 3 working days over a hand-written
// set of the 2026 rest days and make-up working days.
import { noticePlan } from '../dist/communication.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const OFFSET = 8 * HOUR;
const LEADS = { 'pest-control': [24, 12], 'utility-outage': [32, 24], works: [null, 24] };
// 2026 statutory rest days on weekdays, and make-up working days on weekends (State Council notice).
const dayOf = (iso) => Math.floor((Date.parse(`${iso}T00:00:00+08:00`) + OFFSET) / DAY);
const HOLIDAYS = new Set(['2026-01-01', '2026-01-02', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23', '2026-04-06', '2026-05-01', '2026-05-04', '2026-05-05', '2026-06-19', '2026-09-25', '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'].map(dayOf));
const MAKE_UP = new Set(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'].map(dayOf));

function isWorkday(day) {
  if (HOLIDAYS.has(day)) return false;
  if (MAKE_UP.has(day)) return true;
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6;
}

function inlinePlan(kind, startsAt) {
  const start = typeof startsAt === 'number' ? startsAt : Date.parse(startsAt);
  if (Number.isNaN(start)) throw new Error('bad startsAt');
  const day = Math.floor((start + OFFSET) / DAY);
  if (kind === 'community-event') {
    let cursor = day;
    for (let found = 0; found < 3; ) if (isWorkday(--cursor)) found += 1;
    return { residentNoticeBy: new Date((cursor + 1) * DAY - OFFSET), allowed: true, basis: ['notice.community-event'] };
  }
  const [department, resident] = LEADS[kind];
  const allowed = kind !== 'pest-control' || isWorkday(day);
  const basis = allowed ? [`notice.${kind}`] : [`notice.${kind}`, 'notice.pest-control.rest-day'];
  const residentNoticeBy = new Date(start - resident * HOUR);
  return department === null ? { residentNoticeBy, allowed, basis } : { departmentNoticeBy: new Date(start - department * HOUR), residentNoticeBy, allowed, basis };
}

const hourCases = [
  ['pest-control', '2026-03-05T09:00:00+08:00'],
  ['pest-control', '2026-10-01T09:00:00+08:00'],
  ['utility-outage', '2026-03-08T10:00:00+08:00'],
  ['works', '2026-06-18T14:30:00+08:00'],
];
const eventCases = [
  ['community-event', '2026-03-06T19:00:00+08:00'],
  ['community-event', '2026-10-08T10:00:00+08:00'],
  ['community-event', '2026-10-12T10:00:00+08:00'],
  ['community-event', '2026-02-25T15:00:00+08:00'],
];

function cycle(list) {
  let index = 0;
  return () => list[index++ % list.length];
}
const [nextHour, nextHour2, nextEvent, nextEvent2] = [hourCases, hourCases, eventCases, eventCases].map(cycle);

export default {
  name: 'noticePlan',
  aim: 0.5,
  cases: [
    { label: 'hour leads (with the rest-day check)', run: () => noticePlan(...nextHour()), baseline: () => inlinePlan(...nextHour2()) },
    { label: 'community event (3 working days back)', run: () => noticePlan(...nextEvent()), baseline: () => inlinePlan(...nextEvent2()) },
  ],
};
