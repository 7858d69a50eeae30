import type { RuleEntries } from '../RuleEntry.js';

const EVERY_DAY =
  '每天/每日 is read as every calendar day, weekends and holidays included: RULES §8 puts daily duties on working days unless the source says every day, and this source does (the desk works through weekends). Policy duty.dailyDutiesOn: \'workdays\' lists only the working days of the calendar instead.';

/** Catalog entries of the cadences and procedures of the duty calendar (RULES §8). */
export const dutyEntries: RuleEntries = {
  'complaint.case-review': {
    source: 'CR',
    clause: '篇3 第二十八條.1',
    summary: {
      'zh-Hans': '总经理办公室每月10日前审视上月结案的客户投诉案件，行政处分经整理后送人力资源部公布。',
      'zh-Hant': '總經理辦公室每月10日前審視上月結案的客戶投訴案件，行政處分經整理後送人力資源部公佈。',
      en: "The general manager's office reviews last month's closed complaint cases before the 10th; administrative sanctions go to HR for publication.",
    },
    assumption: 'Before the 10th excludes the 10th (RULES C5): due at 00:00 of the 10th; policy beforeDayInclusive moves it to 24:00 of the 10th.',
  },
  'complaint.penalty-approval': {
    source: 'CR',
    clause: '篇3 第二十八條.2',
    summary: {
      'zh-Hans': '总经理办公室开立的奖罚通知单须经总经理核准后方可执行罚扣。',
      'zh-Hant': '總經理辦公室開立的獎罰通知單須經總經理核准後方可執行罰扣。',
      en: "The reward/penalty notice of the general manager's office needs the general manager's approval before deductions are made.",
    },
    assumption: 'An approval on demand, with no date of its own: a standing duty of the general manager\'s office.',
  },
  'complaint.sanction-approval': {
    source: 'CR',
    clause: '篇3 第二十五條.4',
    summary: {
      'zh-Hans': '责任部门的损失金额和责任人员的处分种类须呈分管副总经理批示后执行。',
      'zh-Hant': '責任部門的損失金額和責任人員的處分種類須呈分管副總經理批示後執行。',
      en: 'The loss charged to the responsible department and the sanctions of those responsible need the deputy general manager\'s approval.',
    },
    assumption: 'An approval on demand, with no date of its own; the duty calendar has no deputy-GM role and lists it under the general manager\'s office.',
  },
  'service.dispatch-next-day': {
    source: 'CR',
    clause: '篇3 第十一條',
    summary: {
      'zh-Hans': '客户服务部核对服务凭证后，将当天未派修的工作于次日送部门经理优先派工。',
      'zh-Hant': '客戶服務部核對服務憑證後，將當天未派修的工作於次日送部門經理優先派工。',
      en: "Jobs not dispatched today go to the department manager the next day for priority dispatch.",
    },
    assumption: '次日 is the next calendar day (RULES C5), so the hand-over is a duty of every day, rest days included.',
  },
  'service.voucher-countersign': {
    source: 'CR',
    clause: '篇3 第十條',
    summary: {
      'zh-Hans': '服务人员填写的服务凭证和服务登记簿经部门经理核签后，再送客户签章并归档。',
      'zh-Hant': '服務人員填寫的服務憑證和服務登記簿經部門經理核簽後，再送客戶簽章並歸檔。',
      en: 'The department manager countersigns the service vouchers and register entries before they go to the customer and the archive.',
    },
  },
  'service.off-site-approval': {
    source: 'CR',
    clause: '篇3 第十二條',
    summary: {
      'zh-Hans': '异地服务须填写异地服务申请单，经部门经理核准后方可外出。',
      'zh-Hant': '異地服務須填寫異地服務申請單，經部門經理核准後方可外出。',
      en: 'Off-site service only after the department manager approves the off-site request.',
    },
  },
  'complaint.in-person': {
    source: 'CR',
    clause: '篇3 第二十條',
    summary: {
      'zh-Hans': '对抱怨的客户，无论情节大小、责任在谁，均由客户服务部经理亲自或专门派员前往处理。',
      'zh-Hant': '對抱怨的客戶，無論情節大小、責任在誰，均由客戶服務部經理親自或專門派員前往處理。',
      en: 'Every complaining customer, whatever the case, is handled by the service manager in person or by someone assigned.',
    },
  },
  'supervisor.daily-review': {
    source: 'SD',
    clause: '职责一 一',
    summary: {
      'zh-Hans': '客服主管每天收取并审阅投诉记录、巡查报告和管理日志，并跟进处理。',
      'zh-Hant': '客服主管每天收取並審閱投訴記錄、巡查報告和管理日誌，並跟進處理。',
      en: 'The supervisor reviews the complaint records, patrol reports and logs every day and follows them up.',
    },
    assumption: EVERY_DAY,
  },
  'supervisor.daily-meeting': {
    source: 'SD',
    clause: '职责二 2',
    summary: {
      'zh-Hans': '客服主管每天召开部门总结会议，解决工作难点，协调工作关系。',
      'zh-Hant': '客服主管每天召開部門總結會議，解決工作難點，協調工作關係。',
      en: 'The supervisor holds a department review meeting every day.',
    },
    assumption: EVERY_DAY,
  },
  'supervisor.survey-visits': {
    source: 'SD',
    clause: '职责二 5',
    summary: {
      'zh-Hans': '客服主管根据公司每半年下发的《顾客意见调查表》反馈内容安排回访。',
      'zh-Hant': '客服主管根據公司每半年下發的《顧客意見調查表》反饋內容安排回訪。',
      en: "The supervisor arranges return visits on the feedback of the company's half-yearly opinion form.",
    },
    assumption:
      "Due by the end of each half-year (30 June, 31 December). It disagrees with kpi.survey's quarterly cadence; policy duty.surveyCadence ('quarterly' by default, 'half-yearly' or 'both') decides which the duty calendar lists.",
  },
  'front-desk.daily-patrol': {
    source: 'ZN',
    clause: '篇3 §9',
    summary: {
      'zh-Hans': '每日巡查辖区内公共设施设备是否完好、清洁是否达标、安全设施是否完好、标识是否齐全。',
      'zh-Hant': '每日巡查轄區內公共設施設備是否完好、清潔是否達標、安全設施是否完好、標識是否齊全。',
      en: 'Public facilities, cleanliness, safety installations and signs are patrolled every day.',
    },
    assumption: EVERY_DAY,
  },
  'kpi.monthly-report': {
    source: 'ZN',
    clause: '篇2 岗位职责5',
    summary: {
      'zh-Hans': '客服人员统计本区域每月客户情况，编制月报表。',
      'zh-Hant': '客服人員統計本區域每月客戶情況，編製月報表。',
      en: "Service staff compile a monthly report of their area's customers.",
    },
    assumption: 'The source names no day: the report is due at month end (24:00 of the last day).',
  },
  'manager.year-end-summary': {
    source: 'ZN',
    clause: '篇4 岗位职责4',
    summary: {
      'zh-Hans': '客户服务部经理制定本部门工作计划，年终进行工作总结。',
      'zh-Hant': '客戶服務部經理制定本部門工作計劃，年終進行工作總結。',
      en: "The department manager draws up the department's work plan and writes a work summary at year end.",
    },
    assumption: "Year end is 24:00 of 31 December; the next year's plan is listed with the summary.",
  },
  'service.hotline': {
    source: 'GG',
    clause: '五.1',
    summary: {
      'zh-Hans': '设立服务热线，为客户提供全天候电话服务。',
      'zh-Hant': '設立服務熱線，為客戶提供全天候電話服務。',
      en: 'A service hotline answers customers around the clock.',
    },
    assumption: 'A standing duty with no date: listed in standingDuties, not in the dated duty calendar.',
  },
};
