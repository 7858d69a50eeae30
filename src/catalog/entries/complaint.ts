import type { RuleEntries } from '../RuleEntry.js';

/** Catalog entries of the complaint rules (RULES §1). */
export const complaintEntries: RuleEntries = {
  'complaint.level1': {
    source: 'ZN',
    clause: '§1.1',
    summary: {
      'zh-Hans': '一级投诉即危机事件：媒体负面报道（已发生或可能发生）并严重损害公司声誉，或10户及以上业主（可能）共同起诉。',
      'zh-Hant': '一級投訴即危機事件：媒體負面報導（已發生或可能發生）並嚴重損害公司聲譽，或10戶及以上業主（可能）共同起訴。',
      en: 'Level 1 is a crisis: negative media coverage (actual or likely) that badly damages the company\'s reputation, or an actual or likely joint lawsuit by 10 or more households.',
    },
  },
  'complaint.level1.media': {
    source: 'ZN',
    clause: '§1.1',
    summary: {
      'zh-Hans': '一级（危机）：已经或可能出现媒体负面报道，且严重损害公司声誉或形象（例如涉及诚信）。',
      'zh-Hant': '一級（危機）：已經或可能出現媒體負面報導，且嚴重損害公司聲譽或形象（例如涉及誠信）。',
      en: 'Level 1 (crisis): negative media coverage has happened or is likely and badly damages the company\'s reputation or image (an integrity issue, for instance).',
    },
  },
  'complaint.level1.group-litigation': {
    source: 'ZN',
    clause: '§1.1',
    summary: {
      'zh-Hans': '一级（危机）：已经或可能有10户（含）以上业主共同提起诉讼。',
      'zh-Hant': '一級（危機）：已經或可能有10戶（含）以上業主共同提起訴訟。',
      en: 'Level 1 (crisis): owners of 10 or more households (10 included) have sued or are likely to sue together.',
    },
    assumption: 'The household count only matters when a lawsuit is possible or filed (litigation ≠ none). Policy: complaint.levelThresholds.groupLitigationHouseholds.',
  },
  'complaint.level1.collective': {
    source: 'ZN',
    clause: '§1.1–§1.2',
    summary: {
      'zh-Hans': '一级（危机，按公司政策）：超过10户的集体投诉；源文件的集体投诉止于“10户以下”，默认仍为二级。',
      'zh-Hant': '一級（危機，按公司政策）：超過10戶的集體投訴；源文件的集體投訴止於「10戶以下」，預設仍為二級。',
      en: 'Level 1 (crisis, by company policy): a collective complaint of more than 10 households; the source\'s collective band stops at 10 households, so by default it stays level 2.',
    },
    assumption: 'The source leaves a gap above 10 households without litigation. Default: level 2 (more households never lower severity); policy complaint.collectiveAboveTenHouseholds: 1 makes it a crisis. 超过10户 excludes 10.',
  },
  'complaint.level2': {
    source: 'ZN',
    clause: '§1.2',
    summary: {
      'zh-Hans': '二级投诉：可能诉讼或被媒体报道、一个月内3名（含）以上不同投诉人反映同一问题、3人（含）以上的集体投诉，或因我方原因超过一个月未解决。',
      'zh-Hant': '二級投訴：可能訴訟或被媒體報導、一個月內3名（含）以上不同投訴人反映同一問題、3人（含）以上的集體投訴，或因我方原因超過一個月未解決。',
      en: 'Level 2: a possible lawsuit or media coverage, the same issue raised by 3 or more different people within a month, a collective complaint of 3 or more people, or a case left unresolved over a month through our fault.',
    },
  },
  'complaint.level2.litigation-or-media': {
    source: 'ZN',
    clause: '§1.2',
    summary: {
      'zh-Hans': '二级：投诉可能引起诉讼，或可能被媒体报道。',
      'zh-Hant': '二級：投訴可能引起訴訟，或可能被媒體報導。',
      en: 'Level 2: the complaint may end in a lawsuit or in media coverage.',
    },
    assumption: 'Matches whenever a lawsuit is possible or filed (a level 1 group lawsuit lists it too), and for possible or actual media exposure without the serious reputational harm of level 1: with that harm the media reason is level 1 alone.',
  },
  'complaint.level2.recurrence': {
    source: 'ZN',
    clause: '§1.2',
    summary: {
      'zh-Hans': '二级：一个月内有3名（含）以上不同投诉人就同一问题投诉。',
      'zh-Hant': '二級：一個月內有3名（含）以上不同投訴人就同一問題投訴。',
      en: 'Level 2: 3 or more different people complained about the same issue within one month.',
    },
    assumption: '"三次以上" includes 3 (Civil Code art. 1259); the month is the C2 month period. Policy: complaint.levelThresholds.recurrenceComplainants.',
  },
  'complaint.level2.collective': {
    source: 'ZN',
    clause: '§1.2',
    summary: {
      'zh-Hans': '二级：3人（含）以上或3户（含）以上的集体投诉。',
      'zh-Hant': '二級：3人（含）以上或3戶（含）以上的集體投訴。',
      en: 'Level 2: a collective complaint by 3 or more people, or by 3 or more households.',
    },
    assumption: 'The source stops at "10户以下"; a collective complaint of more households without litigation stays level 2 (more households never lower severity) unless policy complaint.collectiveAboveTenHouseholds is 1 (then complaint.level1.collective). A household is at least one person, so 3 households also qualify.',
  },
  'complaint.level2.overdue': {
    source: 'ZN',
    clause: '§1.2',
    summary: {
      'zh-Hans': '二级：因我方原因，投诉超过一个月仍未解决。',
      'zh-Hant': '二級：因我方原因，投訴超過一個月仍未解決。',
      en: 'Level 2: the complaint is still unresolved more than a month after it was opened, for reasons on our side.',
    },
    assumption: '"超过一个月" excludes the month itself: overdue strictly after the C2 month period from the opening ends (24:00 of the corresponding day under civil-code counting). Policy: complaint.levelThresholds.unresolvedLongerThan.',
  },
  'complaint.level3': {
    source: 'ZN',
    clause: '§1.3',
    summary: {
      'zh-Hans': '三级投诉：问题处理后又被投诉3次，或需要其他部门协助（含经验支持）。',
      'zh-Hant': '三級投訴：問題處理後又被投訴3次，或需要其他部門協助（含經驗支持）。',
      en: 'Level 3: the same issue drew 3 complaints after it had been dealt with, or handling needs help (including know-how) from another department.',
    },
  },
  'complaint.level3.repeat-after-resolution': {
    source: 'ZN',
    clause: '§1.3',
    summary: {
      'zh-Hans': '三级：问题处理完毕后，同一问题又被投诉3次（含）以上。',
      'zh-Hant': '三級：問題處理完畢後，同一問題又被投訴3次（含）以上。',
      en: 'Level 3: after the issue was dealt with, it drew 3 or more further complaints.',
    },
    assumption: 'Three or more repeats count (a fourth repeat never lowers severity). Policy: complaint.levelThresholds.repeatsAfterResolution.',
  },
  'complaint.level3.cross-department': {
    source: 'ZN',
    clause: '§1.3',
    summary: {
      'zh-Hans': '三级：处理需要其他部门提供协助，包括经验支持。',
      'zh-Hant': '三級：處理需要其他部門提供協助，包括經驗支持。',
      en: 'Level 3: handling needs another department\'s help, expertise included.',
    },
  },
  'complaint.level4': {
    source: 'ZN',
    clause: '§1.4',
    summary: {
      'zh-Hans': '四级投诉：不属于一至三级的其他所有投诉。',
      'zh-Hant': '四級投訴：不屬於一至三級的其他所有投訴。',
      en: 'Level 4: every complaint that is not level 1, 2 or 3.',
    },
  },
  'complaint.recurrence-count': {
    source: 'ZN',
    clause: '§1.2',
    summary: {
      'zh-Hans': '统计截至某一时刻、一个月内就同一问题投诉的不同投诉人数。',
      'zh-Hant': '統計截至某一時刻、一個月內就同一問題投訴的不同投訴人數。',
      en: 'Counts the different people who complained about one issue within the month up to a given moment.',
    },
    assumption: 'A complaint at t counts up to the end of the C2 month period starting at t. Policy: complaint.recurrenceWindow.',
  },
  'complaint.forward-same-day': {
    source: 'ZN',
    clause: '篇3 §7',
    summary: {
      'zh-Hans': '每件投诉须在收到当天转交责任部门并跟进。',
      'zh-Hant': '每件投訴須在收到當天轉交責任部門並跟進。',
      en: 'Every complaint is passed to the responsible department on the day it arrives, and followed up.',
    },
  },
  'complaint.response': {
    source: 'GG',
    clause: '二',
    summary: {
      'zh-Hans': '常规投诉1天内处理；重大投诉3天内给予答复。',
      'zh-Hant': '常規投訴1天內處理；重大投訴3天內給予答覆。',
      en: 'A routine complaint is dealt with within 1 day; a major one gets an answer within 3 days.',
    },
    assumption: '"重大问题" is read as a level 1 or level 2 complaint. Policy: complaint.majorLevels.',
  },
  'complaint.report': {
    source: 'CR',
    clause: '篇3 第二十五條.3',
    summary: {
      'zh-Hans': '调查处理结束后3天内，向分管副总经理提交调查报告。',
      'zh-Hant': '調查處理結束後3天內，向分管副總經理提交調查報告。',
      en: 'Within 3 days after the investigation, a report goes to the deputy general manager in charge.',
    },
  },
  'complaint.close': {
    source: 'CR',
    clause: '篇3 第二十六條.1',
    summary: {
      'zh-Hans': '客户服务部门受理投诉后6天内结案。',
      'zh-Hant': '客戶服務部門受理投訴後6天內結案。',
      en: 'A case is closed within 6 days of its acceptance by the service department.',
    },
  },
  'complaint.escalate-serious': {
    source: 'CR',
    clause: '篇3 第十八條',
    summary: {
      'zh-Hans': '特别严重的投诉立即上报副总经理，并以书面函件答复客户；一般投诉由客户服务部自行处理，以书面或电话告知结果。',
      'zh-Hant': '特別嚴重的投訴立即上報副總經理，並以書面函件答覆客戶；一般投訴由客戶服務部自行處理，以書面或電話告知結果。',
      en: 'An especially serious complaint goes straight to the deputy general manager and the customer gets a written answer; an ordinary one stays with the service department, which answers in writing or by phone.',
    },
    assumption: 'The source does not define "especially serious" (特別嚴重); it is read as a level 1 complaint (a crisis). Policy: complaint.especiallySeriousLevels.',
  },
  'complaint.approval': {
    source: 'CR',
    clause: '篇3 第二十七條',
    summary: {
      'zh-Hans': '投诉金额核决权限：不超过1000元（含1000元）由销售部门经理核决，超过1000元不满5000元由副总经理核决，5000元及以上由总经理核决。',
      'zh-Hant': '投訴金額核決權限：不超過1000元（含1000元）由銷售部門經理核決，超過1000元不滿5000元由副總經理核決，5000元及以上由總經理核決。',
      en: 'Approval of a complaint amount: up to and including 1,000 yuan the sales department manager; above 1,000 and below 5,000 the deputy general manager; 5,000 and above the general manager.',
    },
    assumption: '"1000元以下" and "5000元以上" are read as inclusive (Civil Code art. 1259), so 1,000 goes to the sales manager and 5,000 to the general manager. CR 篇3 comes from a business with a sales department: a property company names its own approver roles (any role id, display names in zh-Hans, zh-Hant and en); CR\'s roles are the default. Policy: complaint.approvalBands.',
  },
  'complaint.targets': {
    source: 'GG',
    clause: '二; also SD 职责三 §3',
    summary: {
      'zh-Hans': '投诉目标：有效投诉处理满意率、投诉处理率、投诉回访率均为100%。',
      'zh-Hant': '投訴目標：有效投訴處理滿意率、投訴處理率、投訴回訪率均為100%。',
      en: 'Complaint targets: satisfaction with the handling of valid complaints, the handling rate and the return-visit rate all at 100%.',
    },
    assumption: 'Handling and return-visit rates are over the complaints received; satisfaction over the valid complaints rated. A period with nothing to count has a rate of 1 (nothing was missed). Policy: complaint.targets.',
  },
};
