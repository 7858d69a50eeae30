import { LOCALES, type Locale } from '../catalog/RuleEntry.js';
import { civilDateOfDay, shanghaiDayOf, SHANGHAI_OFFSET_MS, startOfShanghaiDay, toEpochMs, type Instant } from '../core/instant.js';
import { invalid, requireArray, requireObject, requireOneOf, refuseExtraArguments } from '../core/validate.js';
import { requireWellFormedString } from '../core/wellFormed.js';
import type { Duty, dutyCalendar } from './dutyCalendar.js';
import { hashText, ICALENDAR_SPAN, readICalendarDuties } from './_iCalendarDuties.js';
import { inICalendarSpan } from './_iCalendarSpan.js';
import type { DutyKind, DutyTitle, Role } from './dutyTable.js';

/**
 * A duty as {@link toICalendar} reads it: a {@link Duty} as {@link dutyCalendar} returns it, or its JSON
 * copy (`dueAt` as ISO-8601 text), whose `duty` and `date` may be left out (the duty's titles then tell
 * it from the other duties of its rule, role and day) and whose titles may be given only in the locale
 * written.
 */
export type ICalendarDuty = Omit<Duty, 'duty' | 'date' | 'dueAt' | 'title'> & {
  /** Which duty of its rule (one of that rule's duties in the table); without it, the titles tell the duty apart. */
  readonly duty?: DutyKind;
  /** The Shanghai day of `dueAt`, `YYYY-MM-DD`: when given, it must be that day (`dueAt` places the event). */
  readonly date?: string;
  /** The deadline: a `Date` as dutyCalendar returns it, or any instant (its JSON copy's text). */
  readonly dueAt: Instant;
  /** The title by locale; the one of the locale written must be given. */
  readonly title: Partial<DutyTitle>;
};

/** The options of {@link toICalendar}. */
export interface ICalendarOptions {
  /** The language of titles and descriptions; `'zh-Hans'` unless given. */
  readonly locale?: Locale;
  /**
   * The calendar's name, shown by clients (`X-WR-CALNAME`); a name per locale unless given. A given
   * name also scopes the UIDs, so two communities' calendars imported into one client stay apart.
   */
  readonly name?: string;
  /**
   * The `DTSTAMP` of every event. Unless given, each event's stamp is its own deadline, so the same
   * duty always gives the same text (the function reads no clock).
   */
  readonly stamp?: Instant;
}

const FN = 'toICalendar';
const OPTION_KEYS = ['locale', 'name', 'stamp'];
const TZID = 'Asia/Shanghai';
const CRLF = '\r\n';

const ROLE_NAMES: Readonly<Record<Role, Readonly<Record<Locale, string>>>> = {
  'service-staff': { 'zh-Hans': '客服人员', 'zh-Hant': '客服人員', en: 'Service staff' },
  'front-desk': { 'zh-Hans': '前台', 'zh-Hant': '前台', en: 'Front desk' },
  supervisor: { 'zh-Hans': '客服主管', 'zh-Hant': '客服主管', en: 'Service supervisor' },
  manager: { 'zh-Hans': '服务中心经理', 'zh-Hant': '服務中心經理', en: 'Service-center manager' },
  'gm-office': { 'zh-Hans': '总经理办公室', 'zh-Hant': '總經理辦公室', en: "General manager's office" },
};

interface Labels {
  readonly calendar: string;
  readonly rule: string;
  readonly role: string;
  readonly due: string;
  readonly quota: string;
  readonly provisional: string;
  readonly atLeast: (quota: number) => string;
}

const LABELS: Readonly<Record<Locale, Labels>> = {
  'zh-Hans': {
    calendar: '物业客服工作日历',
    rule: '规则',
    role: '岗位',
    due: '截止（北京时间）',
    quota: '数量',
    provisional: '按临时日历推算（当年国务院放假通知未收录）',
    atLeast: (quota) => `（至少${quota}）`,
  },
  'zh-Hant': {
    calendar: '物業客服工作日曆',
    rule: '規則',
    role: '崗位',
    due: '截止（北京時間）',
    quota: '數量',
    provisional: '按臨時日曆推算（當年國務院放假通知未收錄）',
    atLeast: (quota) => `（至少${quota}）`,
  },
  en: {
    calendar: 'Property customer-service duties',
    rule: 'Rule',
    role: 'Role',
    due: 'Due (Asia/Shanghai)',
    quota: 'Quota',
    provisional: 'Dated on a provisional calendar (the year’s State Council notice is not included)',
    atLeast: (quota) => ` (at least ${quota})`,
  },
};

// The library reads every Shanghai time at UTC+08:00 (the zone has kept it without daylight saving since
// 1991), so the zone is +08:00 from 1601, Outlook's own earliest onset: a client reads a time before
// the first onset its own way (ical.js read a 1975 event at UTC, 8 hours off, under an onset of 1991).
// The zone's name is written out: a template literal at module level would count as a side effect for bundlers.
const VTIMEZONE = ['BEGIN:VTIMEZONE', 'TZID:Asia/Shanghai', 'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'TZNAME:CST', 'END:STANDARD', 'END:VTIMEZONE'];

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; drops other controls. */
function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\n/g, '\\n');
}

/** UTF-8 length of a code point. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line to at most 75 octets per physical line (RFC 5545 §3.1): continuation lines
 * start with one space, and a line never breaks inside a UTF-8 character.
 */
function fold(line: string): string {
  let octets = 0;
  let out = '';
  for (const character of line) {
    const length = utf8Length(character.codePointAt(0) as number);
    if (octets + length > 75) {
      out += `${CRLF} `;
      octets = 1;
    }
    out += character;
    octets += length;
  }
  return out;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** `YYYYMMDD` of a Shanghai day number. */
function dateValue(day: number): string {
  const { year, month, day: date } = civilDateOfDay(day);
  return `${pad(year, 4)}${pad(month)}${pad(date)}`;
}

/** `YYYYMMDDTHHMMSS` of an instant's Shanghai wall-clock time (whole seconds, truncated). */
function localDateTime(ms: number): string {
  const day = shanghaiDayOf(ms);
  const secondOfDay = Math.floor((ms - startOfShanghaiDay(day)) / 1000);
  return `${dateValue(day)}T${pad(Math.floor(secondOfDay / 3600))}${pad(Math.floor(secondOfDay / 60) % 60)}${pad(secondOfDay % 60)}`;
}

/** `YYYYMMDDTHHMMSSZ` of an instant in UTC. */
function utcDateTime(ms: number): string {
  // The UTC wall clock is Shanghai's shifted back by eight hours: reuse the Shanghai formatter.
  return `${localDateTime(ms - SHANGHAI_OFFSET_MS)}Z`;
}

/** `.sss` of an instant's milliseconds, or nothing when it falls on a whole second. */
function fraction(ms: number): string {
  const milliseconds = ((ms % 1000) + 1000) % 1000;
  return milliseconds === 0 ? '' : `.${pad(milliseconds, 3)}`;
}

/** `YYYY-MM-DD HH:MM` of an instant, Shanghai time, with the seconds (and milliseconds) when it has them: the exact deadline. */
function readableDue(ms: number): string {
  const text = localDateTime(ms);
  const seconds = text.slice(13, 15) === '00' && fraction(ms) === '' ? '' : `:${text.slice(13, 15)}${fraction(ms)}`;
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)} ${text.slice(9, 11)}:${text.slice(11, 13)}${seconds}`;
}

/**
 * Writes duties as an iCalendar file (RFC 5545) that calendar clients import or subscribe to (Outlook,
 * Google, Apple, DingTalk, WeCom): CRLF line ends, lines folded at 75 octets without splitting a
 * character, TEXT escaped, one `VEVENT` per duty. A deadline at 24:00 of a day (most of them) is an
 * all-day event on that day; a deadline inside a day (the weekly report, Saturday 17:00) is an event at
 * that moment in `Asia/Shanghai`, whose `VTIMEZONE` the file carries. Each event's `UID` is made of
 * its rule, duty, role and day (and a hash of `name`, when given), so importing the same duties again
 * updates them instead of adding copies; a duty given without its `duty` (as another system may rebuild it) is
 * told from the other duties of its rule, role and day by a 64-bit hash of its titles in every locale
 * given (`supervisor.cadence.title-….supervisor.20260524`). Every duty given is one event: the same duty
 * given twice is written once, and two duties that would make one event with different text are
 * refused (`duplicate_duty`). `SUMMARY` is the title in the chosen locale (with the quota), `DESCRIPTION` names the rule,
 * the role and the deadline (to the second, or the millisecond, when it has them), `CATEGORIES` the role;
 * `X-WUYE-RULE` and `X-WUYE-DUE` (UTC, `YYYYMMDDTHHMMSSZ`, with `.sss` before the `Z` when the deadline
 * is not a whole second) carry the rule id and the exact deadline for programs. The text depends only on the arguments.
 *
 * @param duties - Duties as {@link dutyCalendar} returns them (a JSON copy, with `dueAt` as a string, works
 *   too; `duty` and `date` may be left out).
 * @param options - `locale` (`'zh-Hans'` by default), `name` of the calendar, `stamp` for `DTSTAMP`.
 * @returns The iCalendar text.
 * @throws {@link InvalidInputError} When `duties` is not an array of duties (a field names the problem,
 *   e.g. `duties.3.role`): a `rule` no duty of the table comes from or a `duty` that is not one of its
 *   rule's (`invalid_enum`), a `date` other than `dueAt`'s Shanghai day (`conflicting_date`), a deadline
 *   or stamp outside 0000-01-01T00:00Z … 9999-12-31T23:59:59.999+08:00 (`out_of_range`), two duties
 *   that make one event with different text (`duplicate_duty`, at the second); or an option is unknown
 *   or invalid.
 * @see RFC 5545; RULES §8.
 *
 * @example
 * ```ts
 * import { dutyCalendar, toICalendar } from 'wuye-rules/duty';
 * const duties = dutyCalendar({ from: '2026-03-07', to: '2026-03-07', roles: ['front-desk'] });
 * const text = toICalendar(duties, { locale: 'en', name: 'Front desk' });
 * text.split('\r\n').filter((line) => line.startsWith('DTSTART;') || line.startsWith('SUMMARY'));
 * //=> [
 * //   'DTSTART;TZID=Asia/Shanghai:20260307T170000',
 * //   "SUMMARY:Hand in this week's work summary (at least 200 characters)",
 * //   'DTSTART;VALUE=DATE:20260307',
 * //   'SUMMARY:Patrol public facilities\\, cleanliness\\, safety installations and s',
 * // ]
 * ```
 */
export function toICalendar(duties: readonly ICalendarDuty[], options?: ICalendarOptions): string {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'toICalendar');
  const list = requireArray(duties, FN, ['duties']);
  let locale: Locale = 'zh-Hans';
  let name: string | undefined;
  let stampMs: number | undefined;
  if (options !== undefined) {
    const given = requireObject(options, FN, ['options'], OPTION_KEYS);
    if (given.locale !== undefined) locale = requireOneOf(given.locale, LOCALES, FN, ['options', 'locale']);
    if (given.name !== undefined) name = requireWellFormedString(given.name, FN, ['options', 'name']);
    if (given.stamp !== undefined) {
      stampMs = toEpochMs(given.stamp, FN, ['options', 'stamp']);
      if (!inICalendarSpan(stampMs)) throw invalid(FN, ['options', 'stamp'], 'out_of_range', ICALENDAR_SPAN, given.stamp);
    }
  }
  const labels = LABELS[locale];
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//wuye-rules//Duty calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name ?? labels.calendar)}`,
    `X-WR-TIMEZONE:${TZID}`,
    ...VTIMEZONE,
  ];
  const domain = name === undefined ? 'wuye-rules' : `${hashText(name)}.wuye-rules`;
  for (const duty of readICalendarDuties(list, locale)) {
    const day = duty.day;
    const allDay = duty.dueMs === startOfShanghaiDay(day + 1);
    const uid = `${duty.rule}.${duty.identity}.${duty.role}.${dateValue(day)}@${domain}`;
    const summary = duty.quota === undefined ? duty.title : `${duty.title}${labels.atLeast(duty.quota)}`;
    const description = [
      `${labels.rule}: ${duty.rule}`,
      `${labels.role}: ${ROLE_NAMES[duty.role][locale]}`,
      `${labels.due}: ${allDay ? `${readableDue(duty.dueMs - 1).slice(0, 10)} 24:00` : readableDue(duty.dueMs)}`,
      ...(duty.quota === undefined ? [] : [`${labels.quota}: ${duty.quota}`]),
      ...(duty.provisional ? [labels.provisional] : []),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(uid)}`,
      `DTSTAMP:${utcDateTime(stampMs ?? duty.dueMs)}`,
      ...(allDay ? [`DTSTART;VALUE=DATE:${dateValue(day)}`, `DTEND;VALUE=DATE:${dateValue(day + 1)}`] : [`DTSTART;TZID=${TZID}:${localDateTime(duty.dueMs)}`]),
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${escapeText(duty.role)}`,
      'TRANSP:TRANSPARENT',
      `X-WUYE-RULE:${escapeText(duty.rule)}`,
      // The exact deadline for programs: DTSTART has whole seconds only (RFC 5545), this keeps a fraction.
      `X-WUYE-DUE:${utcDateTime(duty.dueMs).slice(0, -1)}${fraction(duty.dueMs)}Z`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
}
