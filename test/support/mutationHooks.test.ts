// The hooks test/support/mutationSetup.ts calls before each test under Stryker: after them the next
// call builds its tables again, and answers exactly as before.
import { describe, expect, it } from 'vitest';
import { dutyCalendar, forgetCompiledDuties } from '../../src/duty/dutyCalendar.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { forgetPolicyCheck } from '../../src/policy/validatePolicy.js';
import { policyErrorOf } from './errors.js';

describe('the mutation-test hooks', () => {
  it('rebuild the duty table with the same duties', () => {
    const range = { from: '2026-03-01', to: '2026-03-07' };
    const before = JSON.stringify(dutyCalendar(range));
    forgetCompiledDuties();
    expect(JSON.stringify(dutyCalendar(range))).toBe(before);
  });

  it("rebuild definePolicy's checks with the same verdicts", () => {
    const before = policyErrorOf(() => definePolicy({ dayCounting: 'sometimes' } as never)).message;
    forgetPolicyCheck();
    expect(policyErrorOf(() => definePolicy({ dayCounting: 'sometimes' } as never)).message).toBe(before);
    expect(definePolicy({ dayCounting: 'elapsed' }).dayCounting).toBe('elapsed');
  });
});
