// The duties toICalendar writes, read and checked, one per event: shared by toICalendar and its schema
// (src/schemas/duty.ts), which runs this very check for what a schema cannot say (two duties of one
// event) without carrying the iCalendar writer.
import { LOCALES, type Locale } from '../catalog/RuleEntry.js';
import { formatDay, shanghaiDayOf, toEpochMs } from '../core/instant.js';
import { invalid, requireCount, requireObject, requireOneOf, requirePresent, requireString } from '../core/validate.js';
import { requireWellFormedString } from '../core/wellFormed.js';
import { dutiesOfRule, dutyRuleIds } from './_dutyRules.js';
import { inICalendarSpan } from './_iCalendarSpan.js';
import { ROLES, type Role } from './dutyTable.js';

const FN = 'toICalendar';
const DUTY_KEYS = ['rule', 'duty', 'role', 'date', 'dueAt', 'quota', 'provisional', 'title'];

/** What a deadline and a stamp must be: an instant written with a four-digit year in UTC and in Shanghai. */
export const ICALENDAR_SPAN = 'an instant within the years 0000–9999 in UTC and +08:00 (0000-01-01T00:00Z to 9999-12-31T23:59:59.999+08:00)';

/**
 * A short stable hash of a text (32-bit FNV-1a over its UTF-16 units), as 8 hex digits. Another offset
 * basis gives another 32 bits, for a hash of 64.
 */
export function hashText(text: string, basis = 0x811c9dc5): string {
  let hash = basis;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A duty checked field by field: a hand-built or JSON-read duty (dueAt as a string) is accepted. */
export interface ICalendarDutyRead {
  readonly rule: string;
  /** What tells the duty from its rule's others in its UID: the duty's name, or a hash of its titles. */
  readonly identity: string;
  readonly role: Role;
  readonly dueMs: number;
  /** The Shanghai day the deadline falls on: the day whose 24:00 it is, or the day of a deadline inside a day. */
  readonly day: number;
  readonly quota: number | undefined;
  readonly provisional: boolean;
  /** The title in the locale written. */
  readonly title: string;
  /** Every title given, in every locale: what two copies of one duty must agree on. */
  readonly titles: string;
}

function readDuty(value: unknown, index: number, locale: Locale): ICalendarDutyRead {
  const path = ['duties', index];
  const duty = requireObject(value, FN, path, DUTY_KEYS);
  requirePresent(duty.rule, FN, [...path, 'rule'], 'a rule id');
  requireString(duty.rule, FN, [...path, 'rule']);
  // A duty comes from a rule of the duty table, and its name (when given) is one of that rule's duties:
  // anything else would be written out as a rule id no program reading the file knows.
  const rule = requireOneOf(duty.rule, dutyRuleIds(), FN, [...path, 'rule']);
  if (duty.duty !== undefined) requireOneOf(requireString(duty.duty, FN, [...path, 'duty']), dutiesOfRule(rule), FN, [...path, 'duty']);
  const role = requireOneOf(duty.role, ROLES, FN, [...path, 'role']);
  requirePresent(duty.dueAt, FN, [...path, 'dueAt'], 'a valid instant (Date, epoch ms or ISO-8601 string)');
  const dueMs = toEpochMs(duty.dueAt, FN, [...path, 'dueAt']);
  // The deadline is written in UTC (X-WUYE-DUE, and DTSTAMP unless a stamp is given) and on its
  // Shanghai day: both must be dates of four-digit years, as from 0000-01-01T00:00Z they are.
  if (!inICalendarSpan(dueMs)) throw invalid(FN, [...path, 'dueAt'], 'out_of_range', ICALENDAR_SPAN, duty.dueAt);
  const day = shanghaiDayOf(dueMs - 1);
  // `date` is not read for the event (dueAt decides), but one that names another day than dueAt's is
  // a duty that contradicts itself: which day was meant cannot be told.
  if (duty.date !== undefined && requireString(duty.date, FN, [...path, 'date']) !== formatDay(day)) {
    throw invalid(FN, [...path, 'date'], 'conflicting_date', `the Shanghai day of dueAt (${formatDay(day)}) or absent`, duty.date);
  }
  const quota = duty.quota === undefined ? undefined : requireCount(duty.quota, FN, [...path, 'quota']);
  if (duty.provisional !== undefined && duty.provisional !== true) throw invalid(FN, [...path, 'provisional'], 'invalid_type', 'true or absent', duty.provisional);
  // Read once, as every object of fields: a getter or a Proxy that throws is `unreadable`, never a TypeError.
  // A title's keys are locales: another key (a typo such as `zh-hans`) is refused, not ignored.
  const titles = requireObject(duty.title, FN, [...path, 'title'], LOCALES);
  const title = requireWellFormedString(titles[locale], FN, [...path, 'title', locale]);
  // All the titles that are given, in every locale: they tell a duty without its name from the other
  // duties of its rule, role and day (so that the UID does not change with the locale), and two copies of
  // a duty must agree on them whichever locale is written.
  let text = '';
  for (const each of LOCALES) if (titles[each] !== undefined) text += `${each}\u0000${requireWellFormedString(titles[each], FN, [...path, 'title', each])}\u0000`;
  // Without its name (API.md's Duty has none), 64 bits of the titles: two titles of one rule, role and
  // day that hashed alike would be refused as one event.
  const identity = (duty.duty as string | undefined) ?? `title-${hashText(text)}${hashText(text, 0x050c5d1f)}`;
  return { rule, identity, role, dueMs, day, quota, provisional: duty.provisional === true, title, titles: text };
}

/**
 * The duties of a list, read and checked, one per event (its rule, identity, role and day): a duty given
 * again is left out; two duties of one event that differ in what the event shows (deadline, quota,
 * provisional mark, titles in any locale) are refused at the second (`duplicate_duty`), since either would
 * silently replace the other in a calendar client.
 */
export function readICalendarDuties(list: readonly unknown[], locale: Locale): ICalendarDutyRead[] {
  const read: ICalendarDutyRead[] = [];
  const seen = new Map<string, { readonly index: number; readonly duty: ICalendarDutyRead }>();
  list.forEach((value, index) => {
    const duty = readDuty(value, index, locale);
    const event = `${duty.rule}\u0000${duty.identity}\u0000${duty.role}\u0000${duty.day}`;
    const earlier = seen.get(event);
    if (earlier === undefined) {
      seen.set(event, { index, duty });
      read.push(duty);
      return;
    }
    const first = earlier.duty;
    if (first.dueMs === duty.dueMs && first.quota === duty.quota && first.provisional === duty.provisional && first.titles === duty.titles) return;
    throw invalid(FN, ['duties', index], 'duplicate_duty', `duties[${earlier.index}] again or a duty of its own (one rule, duty or titles, role and day make one event)`, value);
  });
  return read;
}
