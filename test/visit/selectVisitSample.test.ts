import { describe, expect, it } from 'vitest';
import { selectVisitSample } from '../../src/visit/selectVisitSample.js';
import { invalidInputOf as failure } from '../support/errors.js';


// 3 buildings × 4 floors × 2 flats.
const HOUSEHOLDS = Object.freeze(
  [1, 2, 3].flatMap((building) => [1, 2, 3, 4].flatMap((floor) => [1, 2].map((flat) => `${building}-${floor}0${flat}`))),
);

describe('selectVisitSample', () => {
  it('draws the requested number of distinct households, none visited or excluded', () => {
    const visited = ['1-101', '1-102', '2-301'];
    const excluded = ['3-401', '3-402'];
    const sample = selectVisitSample({ households: HOUSEHOLDS, visited, excluded, count: 10, seed: '2026-03' });
    expect(sample).toHaveLength(10);
    expect(new Set(sample).size).toBe(10);
    for (const id of sample) {
      expect(HOUSEHOLDS).toContain(id);
      expect(visited).not.toContain(id);
      expect(excluded).not.toContain(id);
    }
  });

  it('is reproducible for a seed and varies with the seed', () => {
    const input = { households: HOUSEHOLDS, visited: [], count: 5, seed: 'march' };
    expect(selectVisitSample(input)).toEqual(selectVisitSample({ ...input }));
    const draws = new Set(Array.from({ length: 20 }, (_, index) => selectVisitSample({ ...input, seed: `seed-${index}` }).join(',')));
    expect(draws.size).toBeGreaterThan(15);
  });

  it('does not depend on the order of any list', () => {
    const visited = ['1-101', '2-201', '3-301'];
    const excluded = ['1-401', '2-402'];
    const base = selectVisitSample({ households: HOUSEHOLDS, visited, excluded, count: 6, seed: 'order' });
    const reversed = selectVisitSample({
      households: [...HOUSEHOLDS].reverse(),
      visited: [...visited].reverse(),
      excluded: [...excluded].reverse(),
      count: 6,
      seed: 'order',
    });
    expect(reversed).toEqual(base);
  });

  it('returns every eligible household, in the register order, when no more remain than requested', () => {
    const households = ['B-2', 'A-1', 'C-3', 'D-4'];
    expect(selectVisitSample({ households, visited: ['A-1'], count: 5, seed: 'x' })).toEqual(['B-2', 'C-3', 'D-4']);
    expect(selectVisitSample({ households, visited: ['A-1'], count: 3, seed: 'x' })).toEqual(['B-2', 'C-3', 'D-4']);
    expect(selectVisitSample({ households, visited: households, count: 3, seed: 'x' })).toEqual([]);
    expect(selectVisitSample({ households: [], visited: [], count: 3, seed: 'x' })).toEqual([]);
  });

  it('draws nothing for a count of 0', () => {
    expect(selectVisitSample({ households: HOUSEHOLDS, visited: [], count: 0, seed: 'x' })).toEqual([]);
  });

  it('counts a repeated household once and ignores visited or excluded ids that are not in the register', () => {
    expect(selectVisitSample({ households: ['A', 'B', 'A', 'C'], visited: ['Z'], excluded: ['Y'], count: 5, seed: 'x' })).toEqual(['A', 'B', 'C']);
    const sample = selectVisitSample({ households: ['A', 'A', 'A', 'B', 'C'], visited: [], count: 2, seed: 'x' });
    expect(new Set(sample).size).toBe(2);
  });

  it('gives every eligible household a fair chance (deterministic over 4,000 seeds)', () => {
    const households = ['a', 'b', 'c', 'd', 'e'];
    const counts = new Map(households.map((id) => [id, 0]));
    for (let index = 0; index < 4000; index += 1) {
      for (const id of selectVisitSample({ households, visited: ['e'], count: 1, seed: `s${index}` })) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect(counts.get('e')).toBe(0);
    for (const id of ['a', 'b', 'c', 'd']) {
      expect(counts.get(id)).toBeGreaterThan(850);
      expect(counts.get(id)).toBeLessThan(1150);
    }
  });

  it('does not mutate its input', () => {
    const households = Object.freeze(['C', 'A', 'B', 'D']);
    const visited = Object.freeze(['A']);
    const excluded = Object.freeze(['B']);
    const input = Object.freeze({ households, visited, excluded, count: 1, seed: 'x' });
    expect(() => selectVisitSample(input)).not.toThrow();
    expect(households).toEqual(['C', 'A', 'B', 'D']);
  });

  it('returns a frozen array that is not the input', () => {
    const input = { households: ['A', 'B'], visited: [], count: 5, seed: 'x' };
    const first = selectVisitSample(input);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(selectVisitSample({ ...input, count: 1 }))).toBe(true);
    expect(first).not.toBe(input.households);
    expect(selectVisitSample(input)).toEqual(['A', 'B']);
    expect(input.households).toEqual(['A', 'B']);
  });

  it.each([
    [{ households: 'A,B', visited: [], count: 1, seed: 'x' }, 'invalid_type', ['households']],
    [{ households: ['A', 2], visited: [], count: 1, seed: 'x' }, 'invalid_type', ['households', 1]],
    [{ households: ['A'], count: 1, seed: 'x' }, 'invalid_type', ['visited']],
    [{ households: ['A'], visited: [null], count: 1, seed: 'x' }, 'invalid_type', ['visited', 0]],
    [{ households: ['A'], visited: [], excluded: 'B', count: 1, seed: 'x' }, 'invalid_type', ['excluded']],
    [{ households: ['A'], visited: [], count: -1, seed: 'x' }, 'negative', ['count']],
    [{ households: ['A'], visited: [], count: 1.5, seed: 'x' }, 'not_integer', ['count']],
    [{ households: ['A'], visited: [], count: Number.NaN, seed: 'x' }, 'not_finite', ['count']],
    [{ households: ['A'], visited: [], seed: 'x' }, 'invalid_type', ['count']],
    [{ households: ['A'], visited: [], count: 1, seed: 42 }, 'invalid_type', ['seed']],
    [{ households: ['A'], visited: [], count: 1 }, 'invalid_type', ['seed']],
    [null, 'invalid_type', []],
    [{ households: ['A'], visited: [], exclude: ['A'], count: 1, seed: 'x' }, 'unknown_key', ['exclude']],
  ])('refuses %j with %s', (input, code, path) => {
    const error = failure(() => selectVisitSample(input as never));
    expect(error).toMatchObject({ code, path });
    expect(error.message).toMatch(/^selectVisitSample: /);
  });
});
