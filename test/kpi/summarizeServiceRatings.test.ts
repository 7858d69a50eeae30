import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { summarizeServiceRatings, type ServiceRatingCard } from '../../src/kpi/summarizeServiceRatings.js';
import { definePolicy } from '../../src/policy/definePolicy.js';

const zero = { 'very-satisfied': 0, satisfied: 0, average: 0, poor: 0 };
const card = (attitude: string, skill: string, arrival: string, promise: string): ServiceRatingCard =>
  ({ attitude, skill, arrival, promise }) as ServiceRatingCard;
const all = (rating: string): ServiceRatingCard => card(rating, rating, rating, rating);

describe('summarizeServiceRatings', () => {
  it('gives null rate and verdict without ratings, and zero counts', () => {
    expect(summarizeServiceRatings([])).toEqual({
      satisfactionRate: null,
      byAspect: { attitude: zero, skill: zero, arrival: zero, promise: zero },
      meetsTarget: null,
    });
  });

  it('counts (very satisfied + satisfied) over all ratings of the four aspects', () => {
    const summary = summarizeServiceRatings([card('very-satisfied', 'satisfied', 'average', 'poor'), all('satisfied')]);
    expect(summary).toEqual({
      satisfactionRate: 0.75,
      byAspect: {
        attitude: { ...zero, 'very-satisfied': 1, satisfied: 1 },
        skill: { ...zero, satisfied: 2 },
        arrival: { ...zero, satisfied: 1, average: 1 },
        promise: { ...zero, satisfied: 1, poor: 1 },
      },
      meetsTarget: false,
    });
  });

  it('meets the 95% target exactly at 95% (19 of 20 ratings) and not one rating below', () => {
    // 5 cards = 20 ratings; one average rating leaves 19 of 20 = 95%.
    const atTarget = [card('average', 'satisfied', 'satisfied', 'satisfied'), ...Array.from({ length: 4 }, () => all('very-satisfied'))];
    expect(summarizeServiceRatings(atTarget)).toMatchObject({ satisfactionRate: 0.95, meetsTarget: true });
    const below = [card('average', 'poor', 'satisfied', 'satisfied'), ...Array.from({ length: 4 }, () => all('very-satisfied'))];
    expect(summarizeServiceRatings(below)).toMatchObject({ satisfactionRate: 0.9, meetsTarget: false });
  });

  it('compares in integers: 57 of 60 ratings (95%) meets the target', () => {
    // 15 cards = 60 ratings, 3 of them poor.
    const cards = [card('poor', 'poor', 'poor', 'satisfied'), ...Array.from({ length: 14 }, () => all('satisfied'))];
    const summary = summarizeServiceRatings(cards);
    expect(summary.satisfactionRate).toBe(57 / 60);
    expect(summary.meetsTarget).toBe(true);
  });

  it('is all-satisfied at 1 and all-poor at 0', () => {
    expect(summarizeServiceRatings([all('very-satisfied')])).toMatchObject({ satisfactionRate: 1, meetsTarget: true });
    expect(summarizeServiceRatings([all('poor'), all('average')])).toMatchObject({ satisfactionRate: 0, meetsTarget: false });
  });

  it("follows the policy's target", () => {
    const policy = definePolicy({ kpi: { satisfactionTarget: { value: 0.75, inclusive: false } } });
    expect(summarizeServiceRatings([card('very-satisfied', 'satisfied', 'average', 'satisfied')], { policy }).meetsTarget).toBe(false);
    expect(summarizeServiceRatings([all('satisfied')], { policy }).meetsTarget).toBe(true);
  });

  it('returns a deep-frozen summary and leaves the cards alone', () => {
    const cards = Object.freeze([Object.freeze(all('satisfied'))]);
    const summary = summarizeServiceRatings(cards);
    expect(Object.isFrozen(summary)).toBe(true);
    expect(Object.isFrozen(summary.byAspect.skill)).toBe(true);
  });

  it.each([
    [[card('good', 'satisfied', 'satisfied', 'satisfied')], 'invalid_enum', [0, 'attitude']],
    [[all('satisfied'), { attitude: 'satisfied', skill: 'satisfied', arrival: 'satisfied' }], 'invalid_enum', [1, 'promise']],
    [[all('satisfied'), 'satisfied'], 'invalid_type', [1]],
    [[null], 'invalid_type', [0]],
    [[{ ...all('satisfied'), speed: 'poor' }], 'unknown_key', [0, 'speed']],
    [{ attitude: 'satisfied' }, 'invalid_type', []],
  ])('refuses %j with %s', (input, code, path) => {
    expect(() => summarizeServiceRatings(input as never)).toThrow(InvalidInputError);
    expect(() => summarizeServiceRatings(input as never)).toThrow(
      expect.objectContaining({ code, path, message: expect.stringMatching(/^summarizeServiceRatings: /) }),
    );
  });
});
