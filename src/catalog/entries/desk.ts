import type { RuleEntries } from '../RuleEntry.js';

const FINE_RISK =
  'Fines on employees have had no legal basis since the 企业职工奖惩条例 was repealed in 2008 (Labour Contract Law); wage deductions are limited by 工资支付暂行规定 arts. 15–16.';
const LADDER_RISK = `${FINE_RISK} Withholding a month's pay breaks the duty to pay wages in full (Labour Contract Law art. 30); "deemed resignation" (自动离职) is no lawful ground: only arts. 39–41 let an employer end a contract.`;
const HOURS_RISK =
  'The statutory week is 40 hours with at least one rest day a week (Labour Law arts. 36, 38); 9-hour shifts with 3 rest days a month exceed it unless a comprehensive working-hours system is approved, and overtime is capped and paid (arts. 41, 44).';

/** Catalog entries of the desk rules (RULES §4, CR 篇2, and the probation notes of CR 篇1 六). */
export const deskEntries: RuleEntries = {
  'desk.shifts': {
    source: 'CR',
    clause: '篇2 第1條',
    summary: {
      'zh-Hans': '班次：早班8:00–17:30，晚班16:00–次日1:00（原则上0点下班，仍有客户咨询时顺延）；每月休息3天，由主管轮流安排。',
      'zh-Hant': '班次：早班8:00–17:30，晚班16:00–次日1:00（原則上0點下班，仍有客戶諮詢時順延）；每月休息3天，由主管輪流安排。',
      en: 'Shifts: early 08:00–17:30, late 16:00 to 01:00 (ending at midnight in principle, later while a customer is still being served); 3 rest days a month, rotated by the supervisor.',
    },
    legalRisk: HOURS_RISK,
  },
  'desk.shifts.pattern': {
    source: 'CR',
    clause: '篇2 第1條',
    summary: {
      'zh-Hans': '每个班次应符合早班（8:00上班、17:30下班）或晚班（16:00上班、次日0:00至1:00之间下班）。',
      'zh-Hant': '每個班次應符合早班（8:00上班、17:30下班）或晚班（16:00上班、次日0:00至1:00之間下班）。',
      en: 'Each shift follows the early pattern (08:00 to 17:30) or the late one (16:00 to between 00:00 and 01:00 the next day).',
    },
    assumption: 'The late shift "ends at 00:00 in principle" and the posted end is 01:00, so any end from 00:00 to 01:00 inclusive fits the late pattern; starts must be exact. Policy: desk.shifts.patterns.',
    legalRisk: HOURS_RISK,
  },
  'desk.shifts.rest-days': {
    source: 'CR',
    clause: '篇2 第1條',
    summary: {
      'zh-Hans': '每月至少休息3天；当天没有开始任何班次即为休息日。',
      'zh-Hant': '每月至少休息3天；當天沒有開始任何班次即為休息日。',
      en: 'At least 3 rest days a month; a rest day is a day on which no shift starts.',
    },
    assumption: 'A day counts as worked when a shift starts on it (Asia/Shanghai), so the hour a late shift runs past midnight does not use up the next day. Policy: desk.shifts.minimumRestDays.',
    legalRisk: HOURS_RISK,
  },
  'desk.handover-log': {
    source: 'CR',
    clause: '篇2 第1條',
    summary: {
      'zh-Hans': '晚班未把交接事项录入系统：第1次罚30元，第2次50元，第3次80元，第4次扣发一个月工资，第5次视为自动离职。',
      'zh-Hant': '晚班未把交接事項錄入系統：第1次罰30元，第2次50元，第3次80元，第4次扣發一個月工資，第5次視為自動離職。',
      en: 'Handover not logged: 30 yuan the first time, 50 the second, 80 the third; the fourth withholds one month\'s pay, the fifth is treated as resignation.',
    },
    assumption: 'Occurrences are counted from 1; every occurrence past the last step gets the last step. The source gives no counting window: by default the calendar month (policy desk.ladderWindow, see desk.ladder-window).',
    legalRisk: LADDER_RISK,
  },
  'desk.weekly-report': {
    source: 'CR',
    clause: '篇2 第3條',
    summary: {
      'zh-Hans': '每周六17:00前须交不少于200字的周工作总结；未交第1次扣50元，第2次100元，第3次200元，第4次扣当月工资，第5次视为自动离职。',
      'zh-Hant': '每週六17:00前須交不少於200字的週工作總結；未交第1次扣50元，第2次100元，第3次200元，第4次扣當月工資，第5次視為自動離職。',
      en: 'A weekly summary of at least 200 characters is due by Saturday 17:00; missing it costs 50 yuan the first time, 100 the second, 200 the third; the fourth withholds the month\'s pay, the fifth is treated as resignation.',
    },
    assumption: 'A report counts when sent by 17:00 (inclusive) of the week\'s Saturday, Asia/Shanghai, with at least 200 characters counted as Unicode code points without whitespace; a late or short report is a missing one. Occurrences are counted from 1 within the calendar month by default (policy desk.ladderWindow); past the last step the last step applies.',
    legalRisk: LADDER_RISK,
  },
  'desk.customer-complaint': {
    source: 'CR',
    clause: '篇2 第6條',
    summary: {
      'zh-Hans': '同一自然月内因服务原因被客户投诉：第1次罚100元，第2次加倍为200元，第3次起视为自动离职。',
      'zh-Hant': '同一自然月內因服務原因被客戶投訴：第1次罰100元，第2次加倍為200元，第3次起視為自動離職。',
      en: 'Customer complaints caused by the service within one calendar month: 100 yuan the first time, double the second, resignation assumed from the third.',
    },
    assumption: 'The occurrence is counted within the calendar month (the caller counts); from the third on the last step applies.',
    legalRisk: LADDER_RISK,
  },
  'desk.misc': {
    source: 'CR',
    clause: '篇2 第8、11、13、14條',
    summary: {
      'zh-Hans': '其他罚则：上班闲聊每次50元，不打扫卫生每次50元，泄露客户信息每次150元；罚款归部门基金。',
      'zh-Hant': '其他罰則：上班閒聊每次50元，不打掃衛生每次50元，洩露客戶資訊每次150元；罰款歸部門基金。',
      en: 'Other fines: off-work chat 50 yuan, skipped cleaning 50, leaking customer data 150, each time; fines go to the department fund.',
    },
    legalRisk: FINE_RISK,
  },
  'desk.misc.off-work-chat': {
    source: 'CR',
    clause: '篇2 第8條',
    summary: {
      'zh-Hans': '上班时间用个人聊天软件闲聊、看视频、玩游戏或私装软件：每次罚50元。',
      'zh-Hant': '上班時間用個人聊天軟件閒聊、看視頻、玩遊戲或私裝軟件：每次罰50元。',
      en: 'Personal chat, videos, games or unapproved software during work: 50 yuan each time.',
    },
    legalRisk: FINE_RISK,
  },
  'desk.misc.cleaning-duty': {
    source: 'CR',
    clause: '篇2 第11條',
    summary: {
      'zh-Hans': '未按排班表打扫办公室且未提前换班：每次罚50元。',
      'zh-Hant': '未按排班表打掃辦公室且未提前換班：每次罰50元。',
      en: 'Skipping one\'s turn at cleaning the office without swapping in advance: 50 yuan each time.',
    },
    legalRisk: FINE_RISK,
  },
  'desk.misc.customer-data-leak': {
    source: 'CR',
    clause: '篇2 第13條',
    summary: {
      'zh-Hans': '擅自向他人透露公司客户信息：每次罚150元，情节严重的依法追究刑事责任。',
      'zh-Hant': '擅自向他人透露公司客戶資訊：每次罰150元，情節嚴重的依法追究刑事責任。',
      en: 'Disclosing customer information to others: 150 yuan each time; serious cases may be criminal.',
    },
    legalRisk: `${FINE_RISK} Leaking personal information can be a crime (Criminal Law art. 253-1).`,
  },
  'desk.probation': {
    source: 'CR',
    clause: '篇1 六.1–六.2',
    summary: {
      'zh-Hans': '培训上岗后一个月内辞职不结算工资；试用期内辞职须交半个月工资作为培训费。',
      'zh-Hant': '培訓上崗後一個月內辭職不結算工資；試用期內辭職須交半個月工資作為培訓費。',
      en: 'Resigning within a month after training: wages are not settled; resigning during probation: half a month\'s wage is charged as a training fee.',
    },
    legalRisk: 'Both conflict with PRC law: wages are paid in full when employment ends (工资支付暂行规定 art. 9); a probationer may resign on 3 days\' notice (Labour Contract Law art. 37); training costs are recoverable only for special training under a service-period agreement (art. 22), other penalties are barred (art. 25).',
  },
  'desk.ladder-window': {
    source: 'CR',
    clause: '篇2 第1、3、6條',
    summary: {
      'zh-Hans': '罚则阶梯的计次期间：交接未录入、周报未交等条文未写明期间，默认按自然月计次（亦可按整个任职期间）；客户投诉按自然月计。',
      'zh-Hant': '罰則階梯的計次期間：交接未錄入、週報未交等條文未寫明期間，預設按自然月計次（亦可按整個任職期間）；客戶投訴按自然月計。',
      en: 'The window a fine ladder counts occurrences in: the handover-log and weekly-report clauses name none, so the calendar month by default (or the whole employment); customer complaints always count within the calendar month.',
    },
    assumption: 'Default the calendar month (Asia/Shanghai), mirroring the customer-complaint clause (一个自然月内). Policy: desk.ladderWindow (month | employment).',
    legalRisk: LADDER_RISK,
  },
  'desk.shifts.conflict': {
    source: 'CR',
    clause: '篇2 第1條; 篇1 一.1',
    summary: {
      'zh-Hans': '来源冲突：前台排班早班9.5小时、晚班9小时，而考核制度规定连续工作不得超过8小时；无休息时段的排班按公司政策认定哪一条优先。',
      'zh-Hant': '來源衝突：前台排班早班9.5小時、晚班9小時，而考核制度規定連續工作不得超過8小時；無休息時段的排班按公司政策認定哪一條優先。',
      en: 'Source conflict: the posted desk shifts run 9.5 and 9 hours while the appraisal rules allow at most 8 consecutive hours; without a recorded break, company policy decides which prevails.',
    },
    assumption: 'The conflict is reported as such, never as the employee\'s violation. By default the 8-hour rule prevails (a roster with the conflict does not comply); policy desk.shiftRule: posted-shifts lets the posted shift stand, and only reports the conflict.',
    legalRisk: HOURS_RISK,
  },
};
