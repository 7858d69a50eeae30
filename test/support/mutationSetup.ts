// Setup of the suite as Stryker runs it (vitest.mutation.config.ts). definePolicy builds its checks on
// its first call and keeps them, and dutyCalendar compiles its table once per policy; with per-test
// coverage Stryker credits the code that builds them to that first test alone, and runs only it
// against each mutant there, so the tests that pin each refusal or each duty never met those mutants
// (they were reported as survivors). Building them again before every test lets each test that calls
// definePolicy or dutyCalendar cover, and kill, them.
import { beforeEach } from 'vitest';
import { forgetCompiledDuties } from '../../src/duty/dutyCalendar.js';
import { forgetPolicyCheck } from '../../src/policy/validatePolicy.js';

beforeEach(() => {
  forgetPolicyCheck();
  forgetCompiledDuties();
});
