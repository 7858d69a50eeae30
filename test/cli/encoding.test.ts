// Strict input decoding (issue 12): GBK/GB18030 exports must not be misread as UTF-8 replacement
// characters. The GBK bytes are a table of known encodings (checked against iconv where it exists).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from './_helpers.js';

// 投诉 (GBK CD B6 CB DF), 电梯 (B5 E7 CC DD), 漏水 (C2 A9 CB AE): different keys, each invalid as UTF-8.
const GBK: Record<string, readonly number[]> = {
  投诉: [0xcd, 0xb6, 0xcb, 0xdf],
  电梯: [0xb5, 0xe7, 0xcc, 0xdd],
  漏水: [0xc2, 0xa9, 0xcb, 0xae],
};

/** The GBK bytes of a text made of ASCII and the table's words. */
function gbk(text: string): Buffer {
  const bytes: number[] = [];
  for (let index = 0; index < text.length; ) {
    const word = Object.keys(GBK).find((key) => text.startsWith(key, index));
    if (word !== undefined) {
      bytes.push(...(GBK[word] as number[]));
      index += word.length;
    } else {
      bytes.push(text.charCodeAt(index));
      index += 1;
    }
  }
  return Buffer.from(bytes);
}

const history = (first: string, second: string): string =>
  `[[{"complainantId": "a", "issueKey": "${first}", "at": "2026-03-02T10:00:00+08:00"}, {"complainantId": "b", "issueKey": "${second}", "at": "2026-03-10T10:00:00+08:00"}], {"issueKey": "${first}", "asOf": "2026-03-20T00:00:00+08:00"}]\n`;

describe('command-line input encoding', () => {
  it('has a GBK table that agrees with iconv (when the host has it)', () => {
    let converted: Buffer;
    try {
      converted = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: '投诉电梯漏水' });
    } catch {
      return;
    }
    expect([...converted]).toEqual([...gbk('投诉电梯漏水')]);
  });

  it('refuses GBK bytes read as UTF-8 with a usage error (exit 2) that suggests --encoding', async () => {
    const outcome = await runCli(['countRecurrence'], { input: [gbk(history('电梯', '漏水'))] });
    expect(outcome.status).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(/not valid utf-8.*--encoding gb18030/);
  });

  it('answers the lines before the first bytes that are not UTF-8, then names their line and byte', async () => {
    const good = '800\n1200\r\n';
    // Whole, and cut inside the bad line and inside a good character before it.
    for (const input of [[Buffer.concat([Buffer.from(good), gbk('"投诉"\n'), Buffer.from('900\n')])], [Buffer.from('800\n12'), Buffer.from('00\r\n"'), gbk('投诉"\n900\n')]]) {
      const outcome = await runCli(['approvalAuthority'], { input });
      expect(outcome.status).toBe(2);
      expect(outcome.lines.map((line) => line.line)).toEqual([1, 2]);
      // 投诉's GBK bytes begin at byte 12, after 11 bytes of good lines and a quote; their first two
      // (CD B6) happen to be a UTF-8 character, so the first bytes that are not are CB DF, at byte 14.
      expect(outcome.stderr).toContain('line 3 of the input (byte 14) is not valid utf-8: give --encoding gb18030');
    }
    const cut = await runCli(['approvalAuthority'], { input: [Buffer.from('800\n'), Buffer.from([0x39, 0xe9, 0x87])] });
    expect(cut.lines.map((line) => line.line)).toEqual([1]);
    expect(cut.stderr).toContain('line 2 of the input (byte 6) is not valid utf-8');
  });

  it('counts a CSV line by the lines of the file, a quoted cell\'s line breaks included', async () => {
    const input = [Buffer.concat([Buffer.from('amount\n"80\n0"\n900\n'), Buffer.from([0xff]), Buffer.from('\n')])];
    const outcome = await runCli(['approvalAuthority', '--format', 'csv'], { input });
    expect(outcome.status).toBe(2);
    expect(outcome.lines.map((line) => [line.line, line.ok])).toEqual([
      [2, false],
      [4, true],
    ]);
    expect(outcome.stderr).toContain('line 5 of the input (byte 19) is not valid utf-8');
  });

  it.each(['gb18030', 'gbk', 'GBK'])('decodes GBK bytes with --encoding %s: different keys stay different', async (encoding) => {
    const outcome = await runCli(['countRecurrence', '--encoding', encoding], { input: [gbk(history('电梯', '漏水'))] });
    expect(outcome.status).toBe(0);
    expect(outcome.lines[0]?.result).toBe(1);
    const same = await runCli(['countRecurrence', '--encoding', encoding], { input: [gbk(history('电梯', '电梯'))] });
    expect(same.lines[0]?.result).toBe(2);
  });

  it('decodes a character split across two chunks', async () => {
    const bytes = gbk(history('电梯', '漏水'));
    const cut = bytes.indexOf(0xb5) + 1;
    const outcome = await runCli(['countRecurrence', '--encoding', 'gbk'], { input: [bytes.subarray(0, cut), bytes.subarray(cut)] });
    expect(outcome.lines[0]?.result).toBe(1);
  });

  it('decodes UTF-16LE with --encoding utf-16le', async () => {
    const outcome = await runCli(['countRecurrence', '--encoding', 'utf-16le'], { input: [Buffer.from(history('电梯', '漏水'), 'utf16le')] });
    expect(outcome.lines[0]?.result).toBe(1);
  });

  it('refuses an unknown --encoding', async () => {
    const outcome = await runCli(['countRecurrence', '--encoding', 'latin1'], { input: '' });
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toMatch(/--encoding must be one of utf-8, gb18030, gbk, utf-16le/);
  });

  it('says so on stderr when the input is empty', async () => {
    const outcome = await runCli(['countRecurrence'], { input: [] });
    expect(outcome.stderr).toMatch(/the input is empty/);
  });
});
