import type { RuleEntries } from '../RuleEntry.js';

/** Catalog entries of the repair rules (RULES §2). */
export const repairEntries: RuleEntries = {
  'repair.class-a': {
    source: 'ZN',
    clause: '§2.1 a)',
    summary: {
      'zh-Hans': 'A类报修：业主已正式入住，且房屋质量问题直接妨碍其日常起居（例如渗水、管道堵塞）。',
      'zh-Hant': 'A類報修：業主已正式入住，且房屋質量問題直接妨礙其日常起居（例如滲水、管道堵塞）。',
      en: 'Class A repair: the owner has formally moved in and the quality defect gets in the way of daily living (a leak, a blocked pipe).',
    },
  },
  'repair.class-b': {
    source: 'ZN',
    clause: '§2.1 b)',
    summary: {
      'zh-Hans': 'B类报修：业主尚未正式入住但已开始装修，且房屋质量问题拖慢装修进度。',
      'zh-Hant': 'B類報修：業主尚未正式入住但已開始裝修，且房屋質量問題拖慢裝修進度。',
      en: 'Class B repair: the owner has not moved in yet, renovation is under way, and the quality defect slows it down.',
    },
  },
  'repair.class-c': {
    source: 'ZN',
    clause: '§2.1 c)',
    summary: {
      'zh-Hans': 'C类报修：不属于A类或B类的其他房屋质量投诉。',
      'zh-Hant': 'C類報修：不屬於A類或B類的其他房屋質量投訴。',
      en: 'Class C repair: any house-quality complaint that is neither class A nor class B.',
    },
  },
  'repair.deadline': {
    source: 'ZN',
    clause: '§2.2',
    summary: {
      'zh-Hans': '业主认可处理方案后，报修自受理起须在限期内处理完毕：A类3天，B类7天，C类集中交房期30天、其他时期15天。',
      'zh-Hant': '業主認可處理方案後，報修自受理起須在限期內處理完畢：A類3天，B類7天，C類集中交房期30天、其他時期15天。',
      en: 'Once the owner agrees to the handling plan, a repair must be finished within a limit counted from receipt: class A 3 days, class B 7 days, class C 30 days in a centralized handover period and 15 days at other times.',
    },
    assumption:
      'Days are counted as in Civil Code arts. 201–203 (the day of receipt does not count; the limit ends at 24:00 of the last day). Before the owner accepts the plan the case is awaiting acceptance and no limit runs; a completion without a recorded acceptance implies it. The clock runs from receipt (policy repair.clockStartsAt may start it at acceptance). A receipt is in a handover period when flagged so or when its Shanghai day lies in one of the project\'s handover periods (whole days, both ends included). Policy: repair.deadlines, repair.clockStartsAt, dayCounting, extendPastRestDays.',
  },
  'repair.pause': {
    source: 'library',
    clause: 'repairStatus pauses',
    summary: {
      'zh-Hans': '计时暂停（如业主不在家无法入户）期间不计入处理时限，截止时间按暂停时长顺延；重叠的暂停只计一次。',
      'zh-Hant': '計時暫停（如業主不在家無法入戶）期間不計入處理時限，截止時間按暫停時長順延；重疊的暫停只計一次。',
      en: 'Time during which the clock is paused (for example the owner is not at home to let workers in) does not count: the deadline moves later by the paused time, overlapping pauses counted once.',
    },
    assumption:
      'The source does not mention pauses; helpdesk SLA engines stop the clock while a ticket waits on the customer. Only paused time after the clock starts and up to completion (or the status instant) counts, so a pause never makes a deadline earlier.',
  },
  'repair.due-soon': {
    source: 'library',
    clause: 'repairStatus dueSoon',
    summary: {
      'zh-Hans': '未结案的报修剩余时间进入公司设定的提醒阈值（固定提前量或所允许时长的比例；恰好等于阈值是否提醒由策略决定）时发出临期提醒。',
      'zh-Hant': '未結案的報修剩餘時間進入公司設定的提醒閾值（固定提前量或所允許時長的比例；恰好等於閾值是否提醒由策略決定）時發出臨期提醒。',
      en: 'An open repair whose remaining time falls within the company\'s warning threshold (a fixed lead or a share of the allowed time) is flagged as due soon.',
    },
    assumption: 'Not in the source; off unless the policy sets repair.dueSoon.',
  },
  'repair.referral': {
    source: 'ZN',
    clause: '篇3 §6',
    summary: {
      'zh-Hans': '收到业主报修后，须在1小时内将其转交负责的部门。',
      'zh-Hant': '收到業主報修後，須在1小時內將其轉交負責的部門。',
      en: 'A repair request is passed on to the department responsible within one hour of receiving it.',
    },
  },
  'repair.paid-service': {
    source: 'ZN',
    clause: '篇2 工作标准4',
    summary: {
      'zh-Hans': '业主提出的有偿服务报修、查询与答疑，须在1小时内办结。',
      'zh-Hant': '業主提出的有償服務報修、查詢與答疑，須在1小時內辦結。',
      en: 'Paid-service repair requests, enquiries and questions from owners are dealt with within one hour.',
    },
  },
};
