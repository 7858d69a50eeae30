import { ruleOptions, type RuleOptions } from '../core/options.js';
import { deepFreeze } from '../core/decision.js';
import { requireOneOf, refuseExtraArguments } from '../core/validate.js';

/** The letter of a service order type (CR 第六條). */
export type ServiceOrderCode = 'A' | 'B' | 'C' | 'D';

/** What a service order is: paid (有偿服务), under contract (合同服务), free (免费服务) or internal (内务服务). */
export type ServiceOrderKind = 'paid' | 'contract' | 'free' | 'internal';

/** One service order type of CR 第六條. */
export interface ServiceOrderType {
  /** The letter the regulation gives it. */
  readonly code: ServiceOrderCode;
  /** What it is. */
  readonly kind: ServiceOrderKind;
  /** Its name in the regulation, in simplified Chinese. */
  readonly name: string;
}

/**
 * The four types of after-sales service orders (CR 第六條), in the regulation's order: paid (A),
 * contract (B), free (C) and internal (D).
 *
 * @see RULES `service.type`; CR 篇3 第六條.
 *
 * @example
 * ```ts
 * import { serviceOrderTypes } from 'wuye-rules/kpi';
 * serviceOrderTypes.map((type) => type.code + ':' + type.kind).join(' ');
 * //=> 'A:paid B:contract C:free D:internal'
 * ```
 */
export const serviceOrderTypes: readonly ServiceOrderType[] = /* @__PURE__ */ deepFreeze([
  { code: 'A', kind: 'paid', name: '有偿服务' },
  { code: 'B', kind: 'contract', name: '合同服务' },
  { code: 'C', kind: 'free', name: '免费服务' },
  { code: 'D', kind: 'internal', name: '内务服务' },
]);

const KINDS: Readonly<Record<ServiceOrderCode, ServiceOrderKind>> = { A: 'paid', B: 'contract', C: 'free', D: 'internal' };
const CODES: readonly ServiceOrderCode[] = ['A', 'B', 'C', 'D'];

/**
 * What a service order's type letter means (CR 第六條): A paid, B contract, C free, D internal.
 *
 * @param code - `'A'`, `'B'`, `'C'` or `'D'`.
 * @param options - The options every rule function takes (`{ policy, calendar }`), checked like theirs (an unknown
 * key is refused); no policy setting changes this rule.
 * @returns The order's kind.
 * @throws {@link InvalidInputError} When `code` is not one of the four letters (`invalid_enum`).
 * @see RULES `service.type`; CR 篇3 第六條.
 *
 * @example
 * ```ts
 * import { serviceOrderKind } from 'wuye-rules/kpi';
 * serviceOrderKind('A');
 * //=> 'paid'
 * ```
 */
export function serviceOrderKind(code: ServiceOrderCode, options?: RuleOptions): ServiceOrderKind {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'serviceOrderKind');
  ruleOptions(options, 'serviceOrderKind');
  return KINDS[requireOneOf(code, CODES, 'serviceOrderKind', ['code'])];
}
