import type { RuleEntries } from '../RuleEntry.js';

/** Catalog entries of the complaint rules (RULES §1). */
export const complaintEntries: RuleEntries = {
  'complaint.approval': {
    source: 'CR',
    clause: '篇3 第二十七條',
    summary: {
      'zh-Hans': '投诉金额核决权限：1000元以下（含）由销售部门经理核决，1000元以上不满5000元由副总经理核决，5000元以上（含）由总经理核决。',
      'zh-Hant': '投訴金額核決權限：1000元以下（含）由銷售部門經理核決，1000元以上不滿5000元由副總經理核決，5000元以上（含）由總經理核決。',
      en: 'Approval of a complaint amount: up to and including 1,000 yuan the sales department manager; above 1,000 and below 5,000 the deputy general manager; 5,000 and above the general manager.',
    },
    assumption: '"1000元以下" and "5000元以上" are read as inclusive (Civil Code art. 1259), so 1,000 goes to the sales manager and 5,000 to the general manager. Policy: complaint.approvalBands.',
  },
};
