import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { dutyCalendar, type Duty } from '../../src/duty/dutyCalendar.js';
import { ROLES } from '../../src/duty/dutyTable.js';
import { toICalendar } from '../../src/duty/toICalendar.js';
import { snapshot } from '../support/catalog.js';
import { dutyOfEvent, parseICalendar, unfold } from './_ical.js';

const DAY = 86_400_000;
const OFFSET = 8 * 3_600_000;
const dayOf = (iso: string): number => Math.floor((Date.parse(`${iso}T00:00:00+08:00`) + OFFSET) / DAY);
const iso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const window = fc
  .tuple(fc.integer({ min: dayOf('2019-01-01'), max: dayOf('2026-12-01') }), fc.integer({ min: 0, max: 30 }))
  .map(([from, length]) => ({ from: iso(from), to: iso(Math.min(from + length, dayOf('2026-12-31'))) }));
const locale = fc.constantFrom('zh-Hans' as const, 'zh-Hant' as const, 'en' as const);
// Text as people type it, any script: CJK, emoji (4-byte UTF-8), the characters RFC 5545 escapes.
// Any text but a lone surrogate, which toICalendar refuses (UTF-8 cannot write it).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const text = fc
  .string({ unit: fc.oneof(fc.constantFrom(',', ';', '\\', '\n', ':', '"', ' ', '物', '業', 'é', '😀', '𠀋'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 120 })
  .filter((value) => !LONE_SURROGATE.test(value));
// What RFC 5545 TEXT can carry: CR LF becomes LF; other control characters are dropped.
const carried = (value: string): string => value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

describe('toICalendar properties', () => {
  it('round-trips every duty of any window through a real parser, in every locale', () => {
    fc.assert(
      fc.property(window, locale, fc.option(fc.subarray([...ROLES]), { nil: undefined }), (range, chosen, roles) => {
        const duties = dutyCalendar({ ...range, ...(roles === undefined ? {} : { roles }) });
        const before = snapshot(duties);
        const output = toICalendar(duties, { locale: chosen });
        expect(duties).toEqual(before);
        const events = parseICalendar(output).events;
        expect(events).toHaveLength(duties.length);
        events.forEach((event, index) => {
          const { title, ...rest } = duties[index]!;
          expect(dutyOfEvent(event, chosen)).toEqual({ ...rest, title: title[chosen] });
        });
        expect(toICalendar(duties, { locale: chosen })).toBe(output);
      }),
      { numRuns: 25 },
    );
  });

  it('folds any text at 75 octets on character boundaries and escapes it so the parser reads it back', () => {
    const [duty] = dutyCalendar({ from: '2026-03-02', to: '2026-03-02', roles: ['supervisor'] });
    fc.assert(
      fc.property(text, text, locale, (title, name, chosen) => {
        const edited: Duty = { ...duty!, title: { 'zh-Hans': title, 'zh-Hant': title, en: title } };
        const output = toICalendar([edited], { locale: chosen, name });
        const lines = output.split('\r\n');
        expect(lines.at(-1)).toBe('');
        for (const line of lines) {
          expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
          // A split surrogate pair would be a lone surrogate: never.
          expect(line).toBe(Buffer.from(line, 'utf8').toString('utf8'));
        }
        expect(unfold(output).split('\r\n').slice(0, -1).every((line) => /^[A-Z-]+[;:]/.test(line))).toBe(true);
        const parsed = parseICalendar(output);
        expect(parsed.name).toBe(carried(name));
        expect(parsed.events[0]?.summary).toBe(carried(title));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses anything but a list of duties with InvalidInputError', () => {
    fc.assert(
      fc.property(fc.anything().filter((value) => !Array.isArray(value)), (value) => {
        expect(() => toICalendar(value as never)).toThrow(InvalidInputError);
      }),
      { numRuns: 50 },
    );
  });
});
