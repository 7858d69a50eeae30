// The site search's reading of a Chinese query (site/search/hanQuery.ts): Han runs as overlapping
// pairs, everything else as typed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hanQuery } from '../../site/search/hanQuery.js';

describe('hanQuery', () => {
  it('reads a run of Han characters longer than two as its overlapping pairs', () => {
    expect(hanQuery('投诉升级')).toBe('投诉 诉升 升级');
    expect(hanQuery('调休上班日')).toBe('调休 休上 上班 班日');
  });

  it('keeps runs of one or two characters, Latin words and spaces as they are', () => {
    expect(hanQuery('投诉')).toBe('投诉');
    expect(hanQuery('诉')).toBe('诉');
    expect(hanQuery('complaint level')).toBe('complaint level');
    expect(hanQuery('  repair   工作日 ')).toBe('repair 工作 作日');
    expect(hanQuery('')).toBe('');
  });

  it('splits letters and digits from the Han characters beside them, as the index does', () => {
    expect(hanQuery('A级投诉')).toBe('A 级投 投诉');
    expect(hanQuery('24小时内')).toBe('24 小时 时内');
    expect(hanQuery('dueAt的期限')).toBe('dueAt 的期 期限');
  });

  it('never splits a character outside the basic plane', () => {
    expect(hanQuery('𠀀𠀁𠀂')).toBe('𠀀𠀁 𠀁𠀂');
  });

  it('keeps every character but spaces, in order, and leaves text without Han characters alone', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('投', '诉', '升', '级', 'a', '1', ' ', '-') }), (query) => {
        const read = hanQuery(query);
        expect(read).toBe(read.trim());
        expect(read).not.toMatch(/\s{2}/);
        // Each word is a piece of the query without spaces.
        for (const word of read.split(' ').filter(Boolean)) expect(query.replace(/\s+/g, ' ')).toContain(word);
        if (!/[投诉升级]/.test(query)) expect(read).toBe(query.trim().split(/\s+/).filter(Boolean).join(' '));
        // Without a run of three, nothing is repeated: only spaces move.
        else if (!/[投诉升级]{3}/.test(query)) expect(read.replace(/ /g, '')).toBe(query.replace(/\s+/g, ''));
      }),
    );
  });
});
