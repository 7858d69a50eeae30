import { describe, expect, it } from 'vitest';
import { dutyCalendar } from '../../src/duty/dutyCalendar.js';
import { toICalendar } from '../../src/duty/toICalendar.js';
import { parseICalendar } from '../duty/_ical.js';
import { runCli } from './_helpers.js';

// The duty command in-process: no input, the given files readable, written files collected.
function runDuty(argv: readonly string[], files: Record<string, string> = {}) {
  return runCli(['duty', ...argv], { files });
}

describe('wuye-rules duty', () => {
  it('writes the duties of a window as NDJSON, instants in Shanghai time', async () => {
    const outcome = await runDuty(['--from', '2026-03-01', '--to', '2026-03-31', '--role', 'supervisor']);
    expect(outcome.status).toBe(0);
    const lines = outcome.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { duty: string; dueAt: string; role: string });
    const expected = dutyCalendar({ from: '2026-03-01', to: '2026-03-31', roles: ['supervisor'] });
    expect(lines).toHaveLength(expected.length);
    expect(lines.find((line) => line.duty === 'work-plan')).toMatchObject({ role: 'supervisor', dueAt: '2026-03-25T00:00:00.000+08:00', date: '2026-03-24' });
  });

  it('writes an iCalendar file with --ics --out, in the chosen locale and name', async () => {
    const outcome = await runDuty(['--from=2026-03-01', '--to=2026-03-31', '--role', 'front-desk,supervisor', '--ics', '--locale', 'en', '--name', 'Desk', '--out', 'desk.ics']);
    expect(outcome).toMatchObject({ status: 0, stdout: '', stderr: '' });
    const duties = dutyCalendar({ from: '2026-03-01', to: '2026-03-31', roles: ['front-desk', 'supervisor'] });
    expect(outcome.written['desk.ics']).toBe(toICalendar(duties, { locale: 'en', name: 'Desk' }));
    const parsed = parseICalendar(outcome.written['desk.ics']!);
    expect(parsed.name).toBe('Desk');
    expect(parsed.events).toHaveLength(duties.length);
  });

  it('takes --role more than once', async () => {
    const once = await runDuty(['--from', '2026-03-01', '--to', '2026-03-31', '--role', 'manager,gm-office', '--ics']);
    const twice = await runDuty(['--from', '2026-03-01', '--to', '2026-03-31', '--role', 'manager', '--role', 'gm-office', '--ics']);
    expect(twice.stdout).toBe(once.stdout);
    expect(once.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });

  it('reads a policy file', async () => {
    const outcome = await runDuty(['--from', '2026-01-01', '--to', '2026-12-31', '--role', 'supervisor', '--policy', 'p.json'], {
      'p.json': '{"duty": {"surveyCadence": "half-yearly"}}',
    });
    expect(outcome.status).toBe(0);
    expect(outcome.stdout).toContain('"survey-return-visits"');
    expect(outcome.stdout).not.toContain('"opinion-survey"');
  });

  it.each([
    [['--to', '2026-03-31'], /--from/],
    [['--from', '2026-03-01'], /--to/],
    [['--from', 'yesterday', '--to', '2026-03-31'], /--from must be an instant/],
    [['--from', '2026-03-02', '--to', '2026-03-01'], /^wuye-rules: --to: dutyCalendar: to must be/],
    [['--from', '2026-01-01', '--to', '2028-06-01'], /--to: dutyCalendar: to must be less than 24 months/],
    [['--from', '2026-03-01', '--to', '2026-03-31', '--role', 'cleaner'], /--role: dutyCalendar: roles\[0\] must be one of/],
    [['--from', '2026-03-01', '--to', '2026-03-31', '--locale', 'fr'], /--locale must be one of/],
    [['--from', '2026-03-01', '--to', '2026-03-31', '--form', 'x'], /Unknown option '--form'/],
    [['--from', '2026-03-01', '--to', '2026-03-31', 'extra'], /duty: /],
    [['--from', '2026-03-01', '--to', '2026-03-31', '--name', 'x'], /--name applies to --ics/],
    [['--from', '2026-03-01', '--to', '2026-03-31', '--locale', 'en'], /--locale applies to --ics/],
    [['--from', '2026-03-01', '--from', '2026-03-02', '--to', '2026-03-31'], /--from is given twice/],
    [['--from', '2026-03-01', '--to', '2026-03-31', '--ics', '--out', 'a.ics', '--out', 'b.ics'], /--out is given twice/],
    [['--from', '2026-03-01', '--to', '2026-03-31', '--policy', 'missing.json'], /cannot read --policy missing.json/],
  ])('refuses %j as a usage error (status 2)', async (argv, message) => {
    const outcome = await runDuty(argv);
    expect(outcome.status).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(message);
  });

  it('reports a year outside the calendar with status 1', async () => {
    const outcome = await runDuty(['--from', '2027-03-01', '--to', '2027-03-31', '--role', 'manager']);
    expect(outcome.status).toBe(1);
    expect(outcome.stderr).toMatch(/^wuye-rules duty: dutyCalendar: 2027 is outside the calendar/);
  });

  it('prints its help', async () => {
    const outcome = await runDuty(['--help']);
    expect(outcome.status).toBe(0);
    expect(outcome.stdout).toContain('wuye-rules duty --from <day> --to <day>');
  });
});
