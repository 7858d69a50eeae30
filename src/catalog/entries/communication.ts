import type { RuleEntries } from '../RuleEntry.js';

/** Catalog entries of the owner-communication and internal-communication rules (RULES §5). */
export const communicationEntries: RuleEntries = {
  'notice.pest-control': {
    source: 'JM',
    clause: '篇1 4.2（1）',
    summary: {
      'zh-Hans': '消杀作业：环境部须提前24小时告知客服中心，客服中心须在作业前12小时通知业户。',
      'zh-Hant': '消殺作業：環境部須提前24小時告知客服中心，客服中心須在作業前12小時通知業戶。',
      en: 'Pest control: the environment department tells the service center 24 hours ahead, and the center notifies residents 12 hours before the work starts.',
    },
  },
  'notice.pest-control.rest-day': {
    source: 'JM',
    clause: '篇1 4.2（1）',
    summary: {
      'zh-Hans': '消杀作业不得安排在公休日开始。',
      'zh-Hant': '消殺作業不得安排在公休日開始。',
      en: 'Pest control may not be scheduled to start on a rest day.',
    },
    assumption:
      '"周六、周日公休日" is read as the rest days of the working-day calendar: weekends and statutory holidays, with make-up working days (调休) open for work. Policy restDays: "weekends" bars Saturdays and Sundays only. The source bars the work itself (不安排作业) on those days; noticePlan knows only when the work starts, so it checks the start: work that starts on a working day and runs into a rest day is the planner\'s to avoid.',
  },
  'notice.rest-day': {
    source: 'library',
    clause: 'policy communication.notices.*.forbiddenOnRestDays',
    summary: {
      'zh-Hans': '按本公司政策，该作业不得安排在公休日开始。',
      'zh-Hant': '按本公司政策，該作業不得安排在公休日開始。',
      en: "Under the company's policy this operation may not start on a rest day.",
    },
  },
  'notice.utility-outage': {
    source: 'JM',
    clause: '篇1 4.2（2）',
    summary: {
      'zh-Hans': '计划停水停电：工程部须提前32小时告知客服中心，客服中心须在施工前24小时通知业户。',
      'zh-Hant': '計劃停水停電：工程部須提前32小時告知客服中心，客服中心須在施工前24小時通知業戶。',
      en: 'Planned water or power cut: engineering tells the service center 32 hours ahead, and the center notifies residents 24 hours before the work starts.',
    },
  },
  'notice.community-event': {
    source: 'JM',
    clause: '篇1 4.2（3）',
    summary: {
      'zh-Hans': '社区文化活动：客服中心须于活动日前第N个工作日24时前通知业户（默认N为3）。',
      'zh-Hant': '社區文化活動：客服中心須於活動日前第N個工作日24時前通知業戶（預設N為3）。',
      en: "Community event: residents are told by 24:00 of the Nth working day before the event's day (N = 3 by default).",
    },
    assumption:
      'The number of working days is illegible in the source; the library assumes 3. Policy communication.notices["community-event"].residentLead.',
  },
  'notice.publicity': {
    source: 'JM',
    clause: '篇1 4.2（4）',
    summary: {
      'zh-Hans': '消防、法规等宣传内容至少每月更新一次，即距上次更新不超过一个月。',
      'zh-Hant': '消防、法規等宣傳內容至少每月更新一次，即距上次更新不超過一個月。',
      en: 'Fire-safety and legal publicity is refreshed at least monthly: within one month of the last update.',
    },
    assumption: '"每月" is read as a one-month period from the last update (Civil Code art. 202), not as once per calendar month.',
  },
  'notice.report-publication': {
    source: 'JM',
    clause: '篇1 4.2（5）',
    summary: {
      'zh-Hans': '财务报告和问卷调查结果须在统计分析完成后5个工作日内公布。',
      'zh-Hant': '財務報告和問卷調查結果須在統計分析完成後5個工作日內公佈。',
      en: 'Financial and survey-result reports are published within 5 working days after the analysis.',
    },
  },
  'notice.works': {
    source: 'JM',
    clause: '篇1 4.2（6）',
    summary: {
      'zh-Hans': '影响业户生活或安全的维修安装，须提前1天（24小时）通知业户。',
      'zh-Hant': '影響業戶生活或安全的維修安裝，須提前1天（24小時）通知業戶。',
      en: "Repairs or installations affecting residents' daily life or safety are announced one day (24 hours) ahead.",
    },
    assumption: 'A lead given in days is read as 24 hours per day (RULES C4), not as calendar days.',
  },
  'notice.contract-unclear': {
    source: 'JM',
    clause: '篇1 4.2（9）',
    summary: {
      'zh-Hans': '发现合同中业户要求不明确或未写明的，须在2个工作日内与业户沟通。',
      'zh-Hant': '發現合同中業戶要求不明確或未寫明的，須在2個工作日內與業戶溝通。',
      en: "When a contract leaves an owner's requirements unclear or unstated, talk to the owner within 2 working days.",
    },
  },
  'notice.contract-change': {
    source: 'JM',
    clause: '篇1 4.2（10）',
    summary: {
      'zh-Hans': '合同内容变更的，须在2个工作日内与业户沟通并说明原因。',
      'zh-Hant': '合同內容變更的，須在2個工作日內與業戶溝通並說明原因。',
      en: 'When a contract changes, talk it through with the owner within 2 working days.',
    },
  },
  'notice.property-loss': {
    source: 'JM',
    clause: '篇1 4.2（11）',
    summary: {
      'zh-Hans': '公司控制或使用的业户财产丢失、损坏的，须在1个工作日内通知业户。',
      'zh-Hant': '公司控制或使用的業戶財產丟失、損壞的，須在1個工作日內通知業戶。',
      en: "Loss of or damage to an owner's property in the company's care is reported to the owner within 1 working day.",
    },
  },
  'internal.appeal': {
    source: 'JM',
    clause: '篇2 4.3',
    summary: {
      'zh-Hans': '职员提议或申诉：直接上级一周内答复；逾期未答复或有异议的，综合事务部受理后一周内处理。',
      'zh-Hant': '職員提議或申訴：直接上級一週內答覆；逾期未答覆或有異議的，綜合事務部受理後一週內處理。',
      en: "Staff suggestion or appeal: the direct superior replies within a week; if not, or if contested, general affairs settles it within a week of receipt.",
    },
  },
  'internal.retention': {
    source: 'JM',
    clause: '篇2 4.1.3–4.1.4, 4.2.4',
    summary: {
      'zh-Hans': '例会会议记录和书面通知原件保存一年。',
      'zh-Hant': '例會會議記錄和書面通知原件保存一年。',
      en: 'Meeting minutes and the originals of written notices are kept for one year.',
    },
    assumption: 'One year is counted as a 12-month period (Civil Code art. 202).',
  },
  'internal.weekly-meeting': {
    source: 'JM',
    clause: '篇2 4.1.1–4.1.2',
    summary: {
      'zh-Hans': '公司每周一召开例会，各部门须在其之前召开本部门例会。',
      'zh-Hant': '公司每週一召開例會，各部門須在其之前召開本部門例會。',
      en: 'The company meets every Monday; each department holds its own meeting before that.',
    },
  },
};
