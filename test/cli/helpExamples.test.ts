// The example of every function in `--help` is a shell command a reader can paste: the quoted line
// reaches the command exactly as src/cli/examples.ts holds it (toICalendar's "week's" had ended the
// quote early, a syntax error in bash).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/cli/defaultRegistry.js';
import { exampleLines } from '../../src/cli/examples.js';
import { generalHelp } from '../../src/cli/help.js';

describe('the examples of --help', () => {
  it('pass every example line through a POSIX shell unchanged', () => {
    const commands = generalHelp(defaultRegistry())
      .split('\n')
      .map((line) => /^\s+echo (.*) \| wuye-rules (\w+)$/.exec(line))
      .filter((match) => match !== null);
    expect(commands.length).toBe(defaultRegistry().size);
    // One shell run for all of them: each word echoed on its own line, then compared with its line.
    const script = commands.map((match) => `printf '%s\\n' ${match[1]}`).join('\n');
    const echoed = execFileSync('sh', ['-c', script], { encoding: 'utf8' }).split('\n').slice(0, -1);
    expect(echoed).toEqual(commands.map((match) => exampleLines[match[2]!]));
  });
});
