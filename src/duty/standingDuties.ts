import type { RuleId } from '../core/decision.js';
import { deepFreeze } from '../core/decision.js';
import type { DutyTitle, Role } from './dutyTable.js';

/** A duty that holds at all times or whenever its event happens, so it has no date of its own. */
export interface StandingDuty {
  /** The rule it comes from (a key of the rule catalog). */
  readonly rule: RuleId;
  /** Who carries it. */
  readonly role: Role;
  /** What it asks, in three locales. */
  readonly title: DutyTitle;
}

/**
 * The duties of RULES §8 that have no date: the hotline staffed around the clock, and the approvals and
 * hand-offs that follow an event rather than the calendar (a voucher to countersign, an off-site job to
 * approve, a complaining customer to see, a penalty notice or a sanction to approve). {@link dutyCalendar}
 * lists dated occurrences only; these complete the picture of who does what.
 *
 * @example
 * ```ts
 * import { standingDuties } from 'wuye-rules/duty';
 * standingDuties.find((duty) => duty.rule === 'service.hotline')?.title.en;
 * //=> 'Staff the service hotline around the clock'
 * ```
 * @see RULES §8: `service.hotline` (GG 五.1), `service.voucher-countersign` (CR 第十條),
 * `service.off-site-approval` (CR 第十二條), `complaint.in-person` (CR 第二十條),
 * `complaint.penalty-approval` (CR 第二十八條.2), `complaint.sanction-approval` (CR 第二十五條.4).
 */
export const standingDuties: readonly StandingDuty[] = /* @__PURE__ */ deepFreeze<StandingDuty[]>([
  {
    rule: 'service.hotline',
    role: 'front-desk',
    title: { 'zh-Hans': '全天候接听服务热线', 'zh-Hant': '全天候接聽服務熱線', en: 'Staff the service hotline around the clock' },
  },
  {
    rule: 'service.voucher-countersign',
    role: 'manager',
    title: {
      'zh-Hans': '核签服务人员填写的服务凭证和服务登记簿',
      'zh-Hant': '核簽服務人員填寫的服務憑證和服務登記簿',
      en: 'Countersign the service vouchers and register entries of the staff',
    },
  },
  {
    rule: 'service.off-site-approval',
    role: 'manager',
    title: {
      'zh-Hans': '核准异地服务申请后服务人员方可外出',
      'zh-Hant': '核准異地服務申請後服務人員方可外出',
      en: 'Approve each off-site service request before staff leave',
    },
  },
  {
    rule: 'complaint.in-person',
    role: 'manager',
    title: {
      'zh-Hans': '亲自或专门派员前往处理每位抱怨的客户',
      'zh-Hant': '親自或專門派員前往處理每位抱怨的客戶',
      en: 'Handle every complaining customer in person or send someone assigned',
    },
  },
  {
    rule: 'complaint.penalty-approval',
    role: 'gm-office',
    title: {
      'zh-Hans': '奖罚通知单经总经理核准后方可执行罚扣',
      'zh-Hant': '獎罰通知單經總經理核准後方可執行罰扣',
      en: 'Get the general manager to approve the reward/penalty notice before deductions',
    },
  },
  {
    rule: 'complaint.sanction-approval',
    role: 'gm-office',
    title: {
      'zh-Hans': '责任人员的处分报分管副总经理批示',
      'zh-Hant': '責任人員的處分報分管副總經理批示',
      en: "Put sanctions of those responsible to the deputy general manager's approval",
    },
  },
]);
