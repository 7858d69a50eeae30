import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineEvaluator, toJsonValue } from '../../src/cli/evaluate.js';
import { toShanghaiIsoString } from '../../src/core/instant.js';
import { fakeRegistry } from './_helpers.js';

// What the command line wrote before it had its own writer: JSON.stringify over a copy whose Dates
// are +08:00 text. The writer must produce the same text for every result a function can return.
const reference = (value: unknown): string => JSON.stringify(toJsonValue(value)) ?? 'null';

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
};

const leaf = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15 - 8 * 3_600_000), noInvalidDate: true }),
);
const { value: results } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 5 }),
}));

function evaluatorReturning(): { evaluator: LineEvaluator; set: (value: unknown) => void } {
  let current: unknown;
  const registry = fakeRegistry({ give: [() => current, { type: 'array', prefixItems: [] }, 'args'] });
  const fn = registry.get('give');
  if (fn === undefined) throw new Error('the stand-in function is missing');
  return { evaluator: new LineEvaluator({ fn }), set: (value) => (current = value) };
}

describe('LineEvaluator', () => {
  it('writes every result exactly as JSON.stringify writes it with dates in +08:00, frozen or not', () => {
    const { evaluator, set } = evaluatorReturning();
    fc.assert(
      fc.property(results, fc.boolean(), (value, frozen) => {
        const result = frozen ? deepFreeze(value) : value;
        set(result);
        // Twice: the second time frozen parts come from the cache.
        for (let round = 0; round < 2; round += 1) {
          expect(evaluator.call([], 1)).toBe(`{"line":1,"ok":true,"result":${reference(result)}}`);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never serves a frozen answer holding a Date from the cache after the Date changed', () => {
    const { evaluator, set } = evaluatorReturning();
    const date = new Date('2026-10-01T00:00:00+08:00');
    const answer = Object.freeze({ dueAt: date, basis: Object.freeze(['repair.deadline']) });
    set(answer);
    expect(evaluator.call([], 1)).toContain('"dueAt":"2026-10-01T00:00:00.000+08:00"');
    date.setTime(Date.parse('2026-10-02T00:00:00+08:00'));
    expect(evaluator.call([], 2)).toContain('"dueAt":"2026-10-02T00:00:00.000+08:00"');
  });

  it('writes a Map, a class with toJSON and a null-prototype record as JSON.stringify does', () => {
    const { evaluator, set } = evaluatorReturning();
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });
    class Money {
      toJSON(): string {
        return '1.00';
      }
    }
    for (const value of [new Map([[1, 2]]), new Money(), bare, [undefined, () => 1], { skipped: undefined, kept: 1 }]) {
      set(value);
      expect(evaluator.call([], 1)).toBe(`{"line":1,"ok":true,"result":${reference(value)}}`);
    }
  });

  it('reports an invalid Date in a result as an internal error, not as text', () => {
    const { evaluator, set } = evaluatorReturning();
    set({ dueAt: new Date(Number.NaN) });
    expect(JSON.parse(evaluator.call([], 1)).error.code).toBe('internal_error');
  });

  it('reports an object dressed as a Date with the error toShanghaiIsoString gives for it', () => {
    const { evaluator, set } = evaluatorReturning();
    const fake = Object.create(Date.prototype) as Date;
    let expected = '';
    try {
      toShanghaiIsoString(fake);
    } catch (error) {
      expected = (error as Error).message;
    }
    expect(expected).toMatch(/^toShanghaiIsoString: /);
    set({ dueAt: fake });
    expect(JSON.parse(evaluator.call([], 1)).error).toEqual({
      code: 'internal_error',
      path: [],
      message: `give: internal error: the result cannot be written (${expected})`,
    });
  });

  it('writes more distinct short strings than it remembers, long ones and ones that need escaping, as JSON.stringify does', () => {
    const { evaluator, set } = evaluatorReturning();
    const strings = [
      ...Array.from({ length: 600 }, (_, index) => `s${index}`),
      'x'.repeat(40),
      'y'.repeat(41),
      'a"b\\c\n\u2028中文\uD800',
      '',
    ];
    for (let round = 0; round < 2; round += 1) {
      for (const text of strings) {
        set(Object.freeze({ state: text, list: Object.freeze([text, text]) }));
        expect(evaluator.call([], 1)).toBe(`{"line":1,"ok":true,"result":${JSON.stringify({ state: text, list: [text, text] })}}`);
      }
    }
  });

  it('passes a line of one, two or more arguments exactly as given, in order', () => {
    const registry = fakeRegistry({
      echo: [function echo(...given: unknown[]) { return { count: given.length, given }; }, { type: 'array', prefixItems: [{}, {}, {}, {}] }, 'args'],
    });
    const fn = registry.get('echo');
    if (fn === undefined) throw new Error('the stand-in function is missing');
    const evaluator = new LineEvaluator({ fn });
    expect(evaluator.jsonLine('"a"', 1)).toBe('{"line":1,"ok":true,"result":{"count":1,"given":["a"]}}');
    expect(evaluator.jsonLine('["a"]', 2)).toBe('{"line":2,"ok":true,"result":{"count":1,"given":["a"]}}');
    expect(evaluator.jsonLine('["a",2]', 3)).toBe('{"line":3,"ok":true,"result":{"count":2,"given":["a",2]}}');
    expect(evaluator.jsonLine('["a",2,null]', 4)).toBe('{"line":4,"ok":true,"result":{"count":3,"given":["a",2,null]}}');
    expect(evaluator.jsonLine('[1,2,3,4]', 5)).toBe('{"line":5,"ok":true,"result":{"count":4,"given":[1,2,3,4]}}');
    expect(evaluator.jsonLine('[]', 6)).toBe('{"line":6,"ok":true,"result":{"count":0,"given":[]}}');
  });

  it('writes keys that need escaping, and more distinct keys than it remembers, as JSON.stringify does', () => {
    const { evaluator, set } = evaluatorReturning();
    const many = Object.fromEntries(Array.from({ length: 600 }, (_, index) => [`k${index}"\\\u2028`, index]));
    for (let round = 0; round < 2; round += 1) {
      set(many);
      expect(evaluator.call([], 1)).toBe(`{"line":1,"ok":true,"result":${JSON.stringify(many)}}`);
      set(Object.freeze({ 'a"b': 1, '': 2, '\n': 3, 中文: 4 }));
      expect(evaluator.call([], 2)).toBe(`{"line":2,"ok":true,"result":${JSON.stringify({ 'a"b': 1, '': 2, '\n': 3, 中文: 4 })}}`);
    }
  });
});

