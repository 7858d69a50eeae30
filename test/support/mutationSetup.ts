// Setup of the suite as Stryker runs it (vitest.mutation.config.ts). definePolicy builds its checks on
// its first call and keeps them; with per-test coverage Stryker credits the code that builds them to
// that first test alone, and runs only it against each mutant there, so the tests that pin each
// setting's refusal never met those mutants (they were reported as survivors). Building the checks
// again before every test lets each test that calls definePolicy cover, and kill, them.
import { beforeEach } from 'vitest';
import { forgetPolicyCheck } from '../../src/policy/validatePolicy.js';

beforeEach(() => {
  forgetPolicyCheck();
});
