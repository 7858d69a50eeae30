import { reachesLowerBound } from '../core/bound.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { requireFiniteNumber, refuseExtraArguments } from '../core/validate.js';
import { _appraisalPolicyOf } from './_shared.js';
import type { AppraisalGrade, GradeBand } from './appraisalPolicy.js';

/** The grade of a score under a grade table: the first band (highest first) the score reaches. */
export function _gradeOf(score: number, bands: readonly GradeBand[]): AppraisalGrade | null {
  for (const band of bands) {
    if (reachesLowerBound(score, band.from)) return band.grade;
  }
  return null;
}

/**
 * The performance grade (绩效) of a month's score: above 90 A; 80 to 90 B (90 itself is B); 70 to
 * below 80 C; 65 to below 70 D; 60 to below 65 E; below 60 no grade (`null`). Each lower band
 * includes its lower bound. Fractional scores are graded as they are (89.5 is B). The bands come
 * from the policy's `appraisal.grades`.
 *
 * @param score - The month's score (as {@link scoreMonth} returns it); any finite number.
 * @param options - `policy` to use a company's own bands.
 * @returns `'A'` to `'E'`, or `null` below the lowest band.
 * @throws {@link InvalidInputError} When `score` is not a finite number.
 * @see RULES `appraisal.grade`; CR 篇1 三 (考核分>90绩效为A …).
 *
 * @example
 * ```ts
 * import { gradeForScore } from 'wuye-rules/appraisal';
 * gradeForScore(90);
 * //=> 'B'
 * gradeForScore(90.5);
 * //=> 'A'
 * gradeForScore(64.5);
 * //=> 'E'
 * gradeForScore(59);
 * //=> null
 * ```
 */
export function gradeForScore(score: number, options?: RuleOptions): AppraisalGrade | null {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'gradeForScore');
  options = ruleOptions(options, 'gradeForScore');
  requireFiniteNumber(score, 'gradeForScore', ['score']);
  return _gradeOf(score, _appraisalPolicyOf(options).grades);
}
