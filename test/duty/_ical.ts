// Reads iCalendar text back with ical.js, a real RFC 5545 parser, into plain fields for comparison.
import ICAL from 'ical.js';
import { expect } from 'vitest';
import type { Locale } from '../../src/catalog/RuleEntry.js';
import type { Duty } from '../../src/duty/dutyCalendar.js';

// X- properties have no value type in RFC 5545; calendar clients read these two as TEXT (escaped).
const properties = ICAL.design.icalendar.property as Record<string, { defaultType: string }>;
properties['x-wr-calname'] = { defaultType: 'text' };
properties['x-wuye-rule'] = { defaultType: 'text' };

/** One VEVENT as the parser reads it. */
export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  categories: string;
  rule: string;
  due: string;
  stamp: string;
  allDay: boolean;
  /** `YYYY-MM-DD` of DTSTART. */
  startDate: string;
  /** `YYYY-MM-DD` of DTEND (all-day events only). */
  endDate: string | undefined;
  /** `HH:MM:SS` of DTSTART (timed events only). */
  startTime: string | undefined;
  tzid: string | undefined;
}

/** The calendar's properties and events. */
export interface ParsedCalendar {
  name: string;
  version: string;
  prodid: string;
  calscale: string;
  timezones: string[];
  events: ParsedEvent[];
}

const pad = (value: number): string => String(value).padStart(2, '0');
const dateOf = (time: ICAL.Time): string => `${time.year}-${pad(time.month)}-${pad(time.day)}`;

/** Parses iCalendar text with ical.js. */
export function parseICalendar(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((event): ParsedEvent => {
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = event.getFirstPropertyValue('dtend') as ICAL.Time | null;
    const tzid = event.getFirstProperty('dtstart')?.getParameter('tzid');
    const stamp = event.getFirstPropertyValue('dtstamp') as ICAL.Time;
    return {
      uid: String(event.getFirstPropertyValue('uid')),
      summary: String(event.getFirstPropertyValue('summary')),
      description: String(event.getFirstPropertyValue('description')),
      categories: String(event.getFirstPropertyValue('categories')),
      rule: String(event.getFirstPropertyValue('x-wuye-rule')),
      due: String(event.getFirstPropertyValue('x-wuye-due')),
      stamp: stamp.toString(),
      allDay: start.isDate,
      startDate: dateOf(start),
      endDate: end === null ? undefined : dateOf(end),
      startTime: start.isDate ? undefined : `${pad(start.hour)}:${pad(start.minute)}:${pad(start.second)}`,
      tzid: typeof tzid === 'string' ? tzid : undefined,
    };
  });
  return {
    name: String(calendar.getFirstPropertyValue('x-wr-calname')),
    version: String(calendar.getFirstPropertyValue('version')),
    prodid: String(calendar.getFirstPropertyValue('prodid')),
    calscale: String(calendar.getFirstPropertyValue('calscale')),
    timezones: calendar.getAllSubcomponents('vtimezone').map((zone) => String(zone.getFirstPropertyValue('tzid'))),
    events,
  };
}

/** Undoes RFC 5545 line folding: a CRLF followed by one space or tab joins the lines. */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

const LABELS: Record<Locale, { rule: string; quota: string; atLeast: RegExp }> = {
  'zh-Hans': { rule: '规则', quota: '数量', atLeast: /（至少\d+）$/ },
  'zh-Hant': { rule: '規則', quota: '數量', atLeast: /（至少\d+）$/ },
  en: { rule: 'Rule', quota: 'Quota', atLeast: / \(at least \d+\)$/ },
};

/** Rebuilds a duty's fields from a parsed event: what a calendar client sees must be enough. */
export function dutyOfEvent(event: ParsedEvent, locale: Locale): Omit<Duty, 'title'> & { title: string } {
  const labels = LABELS[locale];
  const lines = event.description.split('\n');
  const field = (label: string): string | undefined => lines.find((line) => line.startsWith(`${label}: `))?.slice(label.length + 2);
  const quota = field(labels.quota);
  const dueAt = event.allDay ? new Date(`${event.endDate}T00:00:00+08:00`) : new Date(`${event.startDate}T${event.startTime}+08:00`);
  const [rule, duty, role, compactDate] = event.uid.replace(/@(?:[0-9a-f]{8}\.)?wuye-rules$/, '').split(/\.(?=[a-z-]+\.[a-z-]+\.\d{8}$)|\.(?=[a-z-]+\.\d{8}$)|\.(?=\d{8}$)/);
  expect(field(labels.rule)).toBe(rule);
  expect(event.rule).toBe(rule);
  expect(event.categories).toBe(role);
  expect(event.due).toBe(`${dueAt.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`);
  expect(compactDate).toBe(event.startDate.replaceAll('-', ''));
  const parsed: Omit<Duty, 'title'> & { title: string } = {
    rule: rule!,
    duty: duty as Duty['duty'],
    role: role as Duty['role'],
    date: event.startDate,
    dueAt,
    title: quota === undefined ? event.summary : event.summary.replace(labels.atLeast, ''),
  };
  if (quota !== undefined) (parsed as { quota?: number }).quota = Number(quota);
  if (lines.length > (quota === undefined ? 3 : 4)) (parsed as { provisional?: true }).provisional = true;
  return parsed;
}

