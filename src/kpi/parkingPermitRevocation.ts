import { ruleOptions, type RuleOptions } from '../core/options.js';
import { freezeDecision, type Decision, type RuleId } from '../core/decision.js';
import { toEpochMs, type Instant } from '../core/instant.js';
import { invalid, requireBoolean, requireObject, refuseExtraArguments } from '../core/validate.js';

/** A parking permit's state, the input of {@link parkingPermitRevocation}. */
export interface ParkingPermitFacts {
  /** When the permit's paid period ends. */
  readonly expiresAt: Instant;
  /** Whether the renewal for the next period has been paid. */
  readonly renewalPaid: boolean;
  /** The instant of the check. */
  readonly asOf: Instant;
}

/** The answer of {@link parkingPermitRevocation}. */
export type ParkingPermitRevocationResult = Decision<{
  /** Whether the paid period has ended (`asOf` at or after `expiresAt`). */
  expired: boolean;
  /** Whether security revokes the permit: expired and the renewal not paid. */
  revoke: boolean;
}>;

const FN = 'parkingPermitRevocation';
const KEYS = ['expiresAt', 'renewalPaid', 'asOf'] as const;
const BASIS: readonly RuleId[] = /* @__PURE__ */ Object.freeze(['kpi.parking.revocation']);
// Three possible answers, built once (STYLE: finite answers are interned).
const VALID = /* @__PURE__ */ freezeDecision({ expired: false, revoke: false }, BASIS);
const RENEWED = /* @__PURE__ */ freezeDecision({ expired: true, revoke: false }, BASIS);
const REVOKE = /* @__PURE__ */ freezeDecision({ expired: true, revoke: true }, BASIS);

/**
 * Whether security revokes a parking permit (ZN 篇2 工作标准7): a permit whose paid period has ended and
 * whose renewal is not paid is revoked (到期未缴费由保安收回车位证). The period ends at `expiresAt`;
 * a check at that instant already finds it expired. The renewal notice a week before is
 * {@link parkingRenewalNoticeBy}.
 *
 * @param permit - When the permit expires, whether the renewal is paid, and the instant of the check.
 * @param options - The options every rule function takes (`{ policy, calendar }`), checked like theirs (an unknown
 * key is refused); no policy setting changes this rule.
 * @returns Whether the permit has expired and whether it is revoked, with the basis.
 * @throws {@link InvalidInputError} When an instant is invalid, `renewalPaid` is not a boolean or
 * missing, or a field is unknown (`unknown_key`).
 * @see RULES `kpi.parking`; ZN 篇2 工作标准7.
 *
 * @example
 * ```ts
 * import { parkingPermitRevocation } from 'wuye-rules/kpi';
 * parkingPermitRevocation({ expiresAt: '2026-04-01T00:00:00+08:00', renewalPaid: false, asOf: '2026-04-01T00:00:00+08:00' });
 * //=> { expired: true, revoke: true, basis: ['kpi.parking.revocation'] }
 * parkingPermitRevocation({ expiresAt: '2026-04-01T00:00:00+08:00', renewalPaid: false, asOf: '2026-03-31T23:59:59+08:00' }).revoke;
 * //=> false
 * parkingPermitRevocation({ expiresAt: '2026-04-01T00:00:00+08:00', renewalPaid: true, asOf: '2026-04-15T10:00:00+08:00' }).revoke;
 * //=> false
 * ```
 */
export function parkingPermitRevocation(permit: ParkingPermitFacts, options?: RuleOptions): ParkingPermitRevocationResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'parkingPermitRevocation');
  ruleOptions(options, FN);
  const record = requireObject(permit, FN, [], KEYS);
  const expiresMs = toEpochMs(record.expiresAt, FN, ['expiresAt']);
  const asOfMs = toEpochMs(record.asOf, FN, ['asOf']);
  if (record.renewalPaid === undefined) throw invalid(FN, ['renewalPaid'], 'missing', 'true or false', record.renewalPaid);
  const paid = requireBoolean(record.renewalPaid, FN, ['renewalPaid']);
  if (asOfMs < expiresMs) return VALID;
  return paid ? RENEWED : REVOKE;
}
