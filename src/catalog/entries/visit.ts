import type { RuleEntries } from '../RuleEntry.js';

/** Catalog entries of the owner-visit rules (RULES §6). */
export const visitEntries: RuleEntries = {
  'visit.quota': {
    source: 'JM',
    clause: '篇1 4.3.1 抽樣',
    summary: {
      'zh-Hans': '每月访问量（不含回访）按小区总户数分档：300户以下4%，301–500户5%，501–800户6%，超过800户7%，按已入住户数计算并向上取整。',
      'zh-Hant': '每月訪問量（不含回訪）按小區總戶數分檔：300戶以下4%，301–500戶5%，501–800戶6%，超過800戶7%，按已入住戶數計算並向上取整。',
      en: 'Monthly visits (return visits excluded) by community size: up to 300 households 4%, 301–500 5%, 501–800 6%, over 800 7% of occupied households, rounded up.',
    },
    assumption:
      'The table writes both "≤800" and "800以上"; the explicit symbol wins (RULES C1b), so 800 households is in the 6% bracket. More occupied households than households is refused.',
  },
  'visit.role-minimum': {
    source: 'JM',
    clause: '篇1 4.3.1 抽樣',
    summary: {
      'zh-Hans': '物业服务中心经理和客服主管每人每月亲自访问不少于5户。',
      'zh-Hant': '物業服務中心經理和客服主管每人每月親自訪問不少於5戶。',
      en: 'The service-center manager and the service supervisor each visit at least 5 households a month themselves.',
    },
  },
  'visit.sampling': {
    source: 'JM',
    clause: '篇1 4.3.1 抽樣',
    summary: {
      'zh-Hans': '一轮访问完成前不重复抽取同一住户，也不抽取公司组织访问已抽取的住户（回访除外）。',
      'zh-Hant': '一輪訪問完成前不重複抽取同一住戶，也不抽取公司組織訪問已抽取的住戶（回訪除外）。',
      en: "Within a cycle no household is drawn twice, nor one drawn by the company's own visit programme (return visits excepted).",
    },
    assumption: 'When fewer households remain eligible than requested, all of them are drawn and the cycle ends.',
  },
  'visit.hours': {
    source: 'JM',
    clause: '篇1 4.3.1 訪問的注意事項',
    summary: {
      'zh-Hans': '上门访问须预约，原则上22:00以后不访问（22:00整仍可）。',
      'zh-Hant': '上門訪問須預約，原則上22:00以後不訪問（22:00整仍可）。',
      en: 'Home visits are by appointment and not after 22:00 (22:00 itself is fine).',
    },
    assumption: 'The source names no earliest hour; the library opens the window at 08:00 Shanghai time. Policy visit.earliest.',
  },
  'visit.record': {
    source: 'JM',
    clause: '篇1 4.3.1 意見及建議的處理',
    summary: {
      'zh-Hans': '访问记录最迟于访问次日24时前交客服中心主管。',
      'zh-Hant': '訪問記錄最遲於訪問次日24時前交客服中心主管。',
      en: "A day's visit records reach the supervisor by 24:00 of the next day at the latest.",
    },
  },
  'visit.summary': {
    source: 'JM',
    clause: '篇1 4.3.1 意見及建議的處理',
    summary: {
      'zh-Hans': '主管须于每月5日前汇总上月访问记录，经理于2个工作日内审批。',
      'zh-Hant': '主管須於每月5日前匯總上月訪問記錄，經理於2個工作日內審批。',
      en: "The supervisor summarizes last month's visits before the 5th; the manager approves within 2 working days.",
    },
    assumption: '"5日前" excludes the 5th (due at 00:00 of the 5th, RULES C5). Policy beforeDayInclusive.',
  },
  'visit.coverage': {
    source: 'GG',
    clause: '二',
    summary: {
      'zh-Hans': '客户年度访问覆盖率达到120%，客户动态档案建档率100%。',
      'zh-Hant': '客戶年度訪問覆蓋率達到120%，客戶動態檔案建檔率100%。',
      en: 'Annual visit coverage reaches 120% of households; customer archives cover 100%.',
    },
  },
};
