// `wuye-rules duty --from … --to … [--role …] [--locale …] [--ics] [--out file]`: the duty calendar of a
// window, as NDJSON (one duty per line) or as an iCalendar file. A shell over dutyCalendar and
// toICalendar: it parses, calls, formats.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Locale } from '../catalog/RuleEntry.js';
import { InvalidInputError, PolicyError, WuyeRulesError } from '../core/errors.js';
import { toShanghaiIsoString } from '../core/instant.js';
import type { RuleOptions } from '../core/options.js';
import { dutyCalendar, type Duty } from '../duty/dutyCalendar.js';
import type { Role } from '../duty/dutyTable.js';
import { toICalendar } from '../duty/toICalendar.js';
import { UsageError } from './arguments.js';
import { parseCalendarFile } from './calendarFile.js';
import { policyOfSource, readPolicyFile, requireInstantOption } from './policyFile.js';

/** What the duty command needs from its surroundings. */
export interface DutyEnvironment {
  /** Where the duties go without `--out`. */
  readonly stdout: { write(text: string): unknown };
  /** Errors of the rules (a calendar year missing). */
  readonly stderr: { write(text: string): unknown };
  /** Reads `--policy` and `--calendar` files. */
  readonly readTextFile: (path: string) => Promise<string>;
  /** Writes the `--out` file; `fs.promises.writeFile` (UTF-8) unless given. */
  readonly writeTextFile?: (path: string, text: string) => Promise<void>;
}

const LOCALES: readonly Locale[] = ['zh-Hans', 'zh-Hant', 'en'];

/** The help of `wuye-rules duty --help`. */
export const DUTY_HELP = `wuye-rules duty: the dated duties of a window, per role (RULES §8), as NDJSON or an iCalendar file.

Usage
  wuye-rules duty --from <day> --to <day> [--role <role>]... [--ics] [--out <file>] [options]

Options
  --from <instant>      the window's first day (its Shanghai day counts whole), e.g. 2026-03-01
  --to <instant>        the window's last day, included; less than 24 months after --from
                        (policy duty.maxWindowMonths)
  --role <role>         service-staff, front-desk, supervisor, manager or gm-office; repeat it or
                        give a comma-separated list; every role by default
  --ics                 write an iCalendar file (RFC 5545) instead of NDJSON
  --locale <locale>     titles in zh-Hans (default), zh-Hant or en (iCalendar output)
  --name <text>         the calendar's name shown by calendar clients (iCalendar output)
  --out <file>          write to the file instead of stdout
  --policy <file>       company policy (JSON overrides, as for the other commands); of a file of
                        effective-dated versions, the version in force at --from
  --calendar <file>     working days: State Council notices or a whole calendar (as for the other commands)
  -h, --help            this help

Output   without --ics, one duty per line: {"rule","duty","role","date","dueAt","quota"?,"title"}
         with dueAt as ISO-8601 (+08:00)
Exit     0 written, 1 a rule could not be applied (e.g. a year outside the calendar), 2 usage error

Example
  wuye-rules duty --from 2026-03-01 --to 2026-03-31 --role supervisor --ics --out supervisor.ics
`;

function readOptions(argv: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      tokens: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        role: { type: 'string', multiple: true },
        ics: { type: 'boolean' },
        locale: { type: 'string' },
        name: { type: 'string' },
        out: { type: 'string' },
        policy: { type: 'string' },
        calendar: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // parseArgs reports an unknown option, a missing value or a positional as a TypeError.
    throw new UsageError(`duty: ${(error as Error).message}`);
  }
  // An option given twice is a mistake, as for the other commands (parseArgs keeps the last): only
  // --role may repeat.
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || token.name === 'role') continue;
    if (seen.has(token.name)) throw new UsageError(`duty: --${token.name} is given twice`);
    seen.add(token.name);
  }
  return parsed.values;
}

/** One duty as an NDJSON line: instants in Shanghai time, as the other commands write them. */
function dutyLine(duty: Duty): string {
  return JSON.stringify({ ...duty, dueAt: toShanghaiIsoString(duty.dueAt) });
}

/**
 * Runs `wuye-rules duty`.
 *
 * @param argv - The arguments after `duty`.
 * @param environment - Streams and file access.
 * @returns The exit status: 0 written, 1 a rule error, 2 usage error (thrown as {@link UsageError}).
 */
export async function runDuty(argv: readonly string[], environment: DutyEnvironment): Promise<number> {
  const values = readOptions(argv);
  if (values.help === true) {
    environment.stdout.write(DUTY_HELP);
    return 0;
  }
  if (values.from === undefined) throw new UsageError('duty needs --from <day>');
  if (values.to === undefined) throw new UsageError('duty needs --to <day>');
  const from = requireInstantOption(values.from, '--from');
  const to = requireInstantOption(values.to, '--to');
  const locale = values.locale;
  if (locale !== undefined && !(LOCALES as readonly string[]).includes(locale)) {
    throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}, received ${locale}`);
  }
  // Without --ics every line carries the titles in all three languages: a --locale or --name would change nothing.
  if (values.ics !== true && values.name !== undefined) throw new UsageError('--name applies to --ics output only');
  if (values.ics !== true && locale !== undefined) throw new UsageError('--locale applies to --ics output only (each NDJSON line has the titles in zh-Hans, zh-Hant and en)');
  const roles = values.role?.flatMap((value) => value.split(',').map((role) => role.trim())).filter((role) => role !== '');

  const readText = async (option: string, path: string): Promise<string> => {
    try {
      return await environment.readTextFile(path);
    } catch (error) {
      throw new UsageError(`cannot read ${option} ${path} (${(error as Error).message})`);
    }
  };
  const options: { -readonly [K in keyof RuleOptions]: RuleOptions[K] } = {};
  // A file of effective-dated versions applies the version in force on the window's first day.
  if (values.policy !== undefined) options.policy = policyOfSource(values.policy, readPolicyFile(values.policy, await readText('--policy', values.policy)), from);
  if (values.calendar !== undefined) options.calendar = parseCalendarFile(values.calendar, await readText('--calendar', values.calendar));

  let text: string;
  try {
    const duties = dutyCalendar({ from, to, ...(roles === undefined ? {} : { roles: roles as Role[] }) }, options);
    text =
      values.ics === true
        ? toICalendar(duties, { ...(locale === undefined ? {} : { locale: locale as Locale }), ...(values.name === undefined ? {} : { name: values.name }) })
        : duties.map((duty) => `${dutyLine(duty)}\n`).join('');
  } catch (error) {
    // A bad window or role is a usage error, named by its option; anything else the rules refuse is status 1.
    if (error instanceof InvalidInputError || error instanceof PolicyError) {
      const option = error.path[0] === 'roles' ? '--role' : typeof error.path[0] === 'string' ? `--${error.path[0]}` : 'duty';
      throw new UsageError(`${option}: ${error.message}`);
    }
    if (!(error instanceof WuyeRulesError)) throw error;
    environment.stderr.write(`wuye-rules duty: ${error.message}\n`);
    return 1;
  }
  if (values.out === undefined) environment.stdout.write(text);
  else {
    try {
      await (environment.writeTextFile ?? ((path: string, content: string) => writeFile(path, content, 'utf8')))(values.out, text);
    } catch (error) {
      throw new UsageError(`cannot write --out ${values.out} (${(error as Error).message})`);
    }
  }
  return 0;
}
