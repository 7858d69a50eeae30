import type { RuleEntries } from '../RuleEntry.js';

/** Catalog entries of the service-desk standards and KPIs (RULES §7). */
export const kpiEntries: RuleEntries = {
  'kpi.collection': {
    source: 'ZN',
    clause: '篇2 工作标准1, 篇5 工作标准2',
    summary: {
      'zh-Hans': '每月28日，当月回款率不低于80%，上月不低于90%，上上月达到100%。',
      'zh-Hant': '每月28日，當月回款率不低於80%，上月不低於90%，上上月達到100%。',
      en: "On the 28th: this month's collection rate at least 80%, last month's at least 90%, the month before last 100%.",
    },
    assumption: 'With nothing billed the rate is 1 (nothing is owed); collections above the billed amount are refused.',
  },
  'kpi.finance-reconcile': {
    source: 'ZN',
    clause: '篇5 工作标准6–7',
    summary: {
      'zh-Hans': '每月5日与财务部核对回收款，每月28日向部门经理汇报欠费情况。',
      'zh-Hant': '每月5日與財務部核對回收款，每月28日向部門經理匯報欠費情況。',
      en: 'Reconcile collections with finance on the 5th; report arrears to the department manager on the 28th.',
    },
  },
  'kpi.phone': {
    source: 'ZN',
    clause: '篇3 §1',
    summary: {
      'zh-Hans': '来电最迟在第三声铃响时接起。',
      'zh-Hant': '來電最遲在第三聲鈴響時接起。',
      en: 'The phone is answered within three rings.',
    },
  },
  'kpi.renovation-permit': {
    source: 'ZN',
    clause: '篇2 工作标准3, 篇5 工作标准3',
    summary: {
      'zh-Hans': '资料齐全后1小时内办结入场装修手续；二次装修手续在2个工作日内办结。',
      'zh-Hant': '資料齊全後1小時內辦結入場裝修手續；二次裝修手續在2個工作日內辦結。',
      en: 'The renovation permit within 1 hour of complete documents; secondary-renovation procedures within 2 working days.',
    },
  },
  'kpi.parking': {
    source: 'ZN',
    clause: '篇2 工作标准7',
    summary: {
      'zh-Hans': '车证当日交到客户手中；车位到期前一周通知续租；逾期未缴由安保收回车证；每月与安保核对车位。',
      'zh-Hant': '車證當日交到客戶手中；車位到期前一週通知續租；逾期未繳由安保收回車證；每月與安保核對車位。',
      en: 'Parking permit handed over the same day; renewal notice a week before expiry; security revokes it when unpaid; monthly check with security.',
    },
    assumption: 'One week before expiry is read as exactly 7 × 24 hours before the lease ends (RULES C4).',
  },
  'kpi.survey': {
    source: 'ZN',
    clause: '篇2 工作标准5',
    summary: {
      'zh-Hans': '每季度开展一次客户意见调查并出具统计分析报告。',
      'zh-Hant': '每季度開展一次客戶意見調查並出具統計分析報告。',
      en: 'An opinion survey every quarter, with a statistical report.',
    },
  },
  'kpi.satisfaction': {
    source: 'ZN',
    clause: '篇4 工作标准3',
    summary: {
      'zh-Hans': '客户满意率目标不低于95%。',
      'zh-Hant': '客戶滿意率目標不低於95%。',
      en: 'Customer satisfaction reaches 95%.',
    },
  },
  'survey.service-rating': {
    source: 'CR',
    clause: '篇3 第十七條',
    summary: {
      'zh-Hans': '客户从态度、技术、到达时间、承诺事项办理四方面评价服务人员，各分非常满意、满意、一般、较差四级。',
      'zh-Hant': '客戶從態度、技術、到達時間、承諾事項辦理四方面評價服務人員，各分非常滿意、滿意、一般、較差四級。',
      en: 'Customers rate service staff on attitude, skill, arrival time and keeping promises, each very satisfied, satisfied, average or poor.',
    },
    assumption: 'Satisfaction = (very satisfied + satisfied) / all ratings of the four aspects; with no ratings it is null, neither 0 nor 1.',
  },
  'service.type': {
    source: 'CR',
    clause: '篇3 第六條',
    summary: {
      'zh-Hans': '售后服务单分四类：有偿服务（A）、合同服务（B）、免费服务（C）、内务服务（D）。',
      'zh-Hant': '售後服務單分四類：有償服務（A）、合同服務（B）、免費服務（C）、內務服務（D）。',
      en: 'Service orders come in four types: paid (A), contract (B), free (C) and internal (D).',
    },
  },
  'supervisor.cadence': {
    source: 'ZN',
    clause: '篇5 工作标准1; SD 职责二 §9, §11',
    summary: {
      'zh-Hans': '客服主管每周检查客户区域两次，每月25日前报下月工作计划，月底提交本月统计分析报告。',
      'zh-Hant': '客服主管每週檢查客戶區域兩次，每月25日前報下月工作計劃，月底提交本月統計分析報告。',
      en: "The supervisor inspects the customer areas twice a week, files next month's plan before the 25th and the month's statistical report at month end.",
    },
  },
  'kpi.parking.revocation': {
    source: 'ZN',
    clause: '篇2 工作标准7',
    summary: {
      'zh-Hans': '车位证到期且未缴续期费用的，由保安收回；到期时刻起即视为到期。',
      'zh-Hant': '車位證到期且未繳續期費用的，由保安收回；到期時刻起即視為到期。',
      en: 'A parking permit that has expired with its renewal unpaid is revoked by security; it counts as expired from the expiry instant.',
    },
    assumption: 'Expired at and after expiresAt (the paid period ends at that instant); a paid renewal keeps the permit.',
  },
};
