// Every day boundary is Asia/Shanghai, whatever TZ the host has. These expectations are fixed +08:00
// strings, so they only pass if no result depends on the host's zone; `npm run test:timezones`
// compares a corpus of calls of every function under six host zones (scripts/test-timezones.mjs).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addWorkdays } from '../../src/calendar/addWorkdays.js';
import { dueAt } from '../../src/calendar/dueAt.js';
import { isWorkday } from '../../src/calendar/isWorkday.js';
import { workdaysBetween } from '../../src/calendar/workdaysBetween.js';
import { elapsed, shanghai } from './_helpers.js';

// Instants chosen where host zones disagree about the date: just before and after midnight in
// Shanghai, which is mid-afternoon in UTC, the previous day in New York and the next in Kiritimati.
const GOLDEN: [string, () => unknown, unknown][] = [
  ['isWorkday at 23:59:59.999 on the last holiday', () => isWorkday('2026-10-07T23:59:59.999+08:00'), false],
  ['isWorkday at 00:00 after it', () => isWorkday('2026-10-08T00:00:00+08:00'), true],
  ['isWorkday of an offset-less date', () => isWorkday('2026-10-10'), true],
  ['isWorkday of a UTC instant on the next Shanghai day', () => isWorkday('2026-10-07T16:00:00Z'), true],
  ['isWorkday of a New York evening', () => isWorkday('2026-10-07T12:30:00-04:00'), true],
  ['isWorkday of a Kiritimati morning', () => isWorkday('2026-10-09T02:00:00+14:00'), true],
  ['addWorkdays across National Day', () => shanghai(addWorkdays('2026-09-30T23:30:00+08:00', 1)), '2026-10-08T23:30:00.000+08:00'],
  ['addWorkdays from an offset-less time', () => shanghai(addWorkdays('2026-09-30T00:15', 2)), '2026-10-09T00:15:00.000+08:00'],
  ['workdaysBetween around midnight', () => workdaysBetween('2026-09-30T23:59:59+08:00', '2026-10-08T00:00:01+08:00'), 1],
  ['dueAt 3 days from 23:59', () => shanghai(dueAt('2026-10-05T23:59:00+08:00', { amount: 3, unit: 'day' })), '2026-10-09T00:00:00.000+08:00'],
  ['dueAt 3 days from 00:00', () => shanghai(dueAt('2026-10-05T00:00:00+08:00', { amount: 3, unit: 'day' })), '2026-10-09T00:00:00.000+08:00'],
  ['dueAt 1 month from a month end', () => shanghai(dueAt('2026-01-31T23:30:00+08:00', { amount: 1, unit: 'month' })), '2026-03-01T00:00:00.000+08:00'],
  ['dueAt elapsed month at 23:30', () => shanghai(dueAt('2026-01-31T23:30:00+08:00', { amount: 1, unit: 'month' }, elapsed)), '2026-02-28T23:30:00.000+08:00'],
  ['dueAt same-day from a UTC instant', () => shanghai(dueAt('2026-10-05T16:30:00Z', { unit: 'same-day' })), '2026-10-07T00:00:00.000+08:00'],
  ['dueAt 2 working days', () => shanghai(dueAt('2026-09-30T10:00:00+08:00', { amount: 2, unit: 'workday' })), '2026-10-10T00:00:00.000+08:00'],
  ['dueAt across the 1900s (no two-digit-year quirk)', () => shanghai(dueAt('1999-12-31T23:00:00+08:00', { amount: 2, unit: 'month' })), '2000-03-01T00:00:00.000+08:00'],
];

describe('host time zone independence (RULES C6)', () => {
  for (const [name, run, expected] of GOLDEN) {
    it(`${name} (TZ=${process.env.TZ ?? 'unset'})`, () => {
      expect(run()).toEqual(expected);
    });
  }

  // The code never reads the host zone: no local-time Date method appears in src/calendar.
  it('uses no local-time Date method in src/calendar', () => {
    const local = /\.(getDate|getDay|getFullYear|getMonth|getHours|getMinutes|getTimezoneOffset|setDate|setFullYear|setMonth|setHours|setMinutes|toLocaleDateString|toLocaleString|toLocaleTimeString|toDateString|toTimeString)\(|new Date\(\s*\d+\s*,|Intl\.DateTimeFormat/;
    const files = (directory: string): string[] =>
      readdirSync(directory).flatMap((name) => {
        const path = join(directory, name);
        return statSync(path).isDirectory() ? files(path) : [path];
      });
    const offenders = files(join(__dirname, '../../src/calendar')).filter((file) => local.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
