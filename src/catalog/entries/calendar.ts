import type { RuleEntries } from '../RuleEntry.js';

/**
 * Catalog entries of the calendar's policy readings (RULES §0): suffixed ids of C2, C3 and C5 that a
 * rule module can put in a decision's basis when the policy changed how a period was counted.
 */
export const calendarEntries: RuleEntries = {
  'C2.elapsed': {
    source: 'library',
    clause: 'RULES C2 (dayCounting: elapsed)',
    summary: {
      'zh-Hans': '按经过时间计算期限：N天为N×24小时，周为7天，月按日历月相加并保留时刻，N个工作日为第N个工作日的同一时刻。',
      'zh-Hant': '按經過時間計算期限：N天為N×24小時，週為7天，月按日曆月相加並保留時刻，N個工作日為第N個工作日的同一時刻。',
      en: 'Periods counted as elapsed time: N days are N × 24 hours, a week 7 days, months by calendar-month addition at the same clock time, N working days the same clock time on the Nth working day.',
    },
  },
  'C2.rest-day-extension': {
    source: 'PRC',
    clause: '民法典 第二百零三条',
    summary: {
      'zh-Hans': '期限的最后一日是法定休假日的，以休假日结束的次日（下一个工作日）为最后一日。',
      'zh-Hant': '期限的最後一日是法定休假日的，以休假日結束的次日（下一個工作日）為最後一日。',
      en: 'When the last day of a period is a rest day, the period ends on the next working day.',
    },
    assumption: 'Applies only when the policy sets extendPastRestDays (default false), to day, week and month periods; a rest day is a non-working day of the working-day calendar.',
  },
  'C3.weekends-fallback': {
    source: 'library',
    clause: 'RULES C3 (outOfCoverage: weekends)',
    summary: {
      'zh-Hans': '工作日历未覆盖的年份按周一至周五为工作日计算（未计入当年的节假日安排）。',
      'zh-Hant': '工作日曆未涵蓋的年份按週一至週五為工作日計算（未計入當年的節假日安排）。',
      en: 'Years the working-day calendar does not cover are counted as Monday to Friday, without that year’s holiday schedule.',
    },
    legalRisk: 'An approximation: statutory holidays of the uncovered year are counted as working days, so deadlines may come earlier than the law would allow.',
  },
  'calendar.provisional': {
    source: 'PRC',
    clause: '全国年节及纪念日放假办法 第二条、第六条（2013年、2024年文本）',
    summary: {
      'zh-Hans': '尚未公布（或未收录）国务院放假通知的年份，暂按法定节假日推算：周末、当年施行文本规定的全体公民节日、节日逢周末或两个节日同在一天（中秋落在10月1日至3日）时在其后的工作日补假；不含调休上班日。用到该推算的结果均标注为暂定。',
      'zh-Hant': '尚未公布（或未收錄）國務院放假通知的年份，暫按法定節假日推算：週末、當年施行文本規定的全體公民節日、節日逢週末或兩個節日同在一天（中秋落在10月1日至3日）時在其後的工作日補假；不含調休上班日。用到該推算的結果均標註為暫定。',
      en: 'A year whose State Council notice is not published (or not shipped) is read provisionally: weekends, the statutory holidays of the text of the law in force that year, and a compensation day on the first working day after a holiday for each of its days falling on a weekend or shared by two holidays (中秋 on 1–3 October); no make-up working days. Every answer that used such a day is flagged provisional.',
    },
    assumption:
      'Only with policy outOfCoverage: "statutory". The 2013 text applies before 2025, the 2024 text (除夕 and 2 May added) from 2025. A day two holidays share (中秋 on 1–3 October) earns a compensation day, the reading that agrees best with the published years 2019–2026. The notice’s swaps (调休) are unknowable before it appears, so the provisional year has none; a published notice replaces the provisional year whole.',
    legalRisk: 'Provisional: the notice may move rest days (调休) and add make-up working days, so a provisional working-day deadline can differ from the final one by a few days around the holidays.',
  },
  'calendar.work-hours': {
    source: 'CR',
    clause: '篇2 第1條（早班 8:00–17:30）',
    summary: {
      'zh-Hans': '按工作小时计算的期限只计工作日营业时间内的时间：营业时间外开始的从下一个营业时段起算，期限为第N个工作小时结束的时刻（恰在下班时刻结束的即为该下班时刻）。',
      'zh-Hant': '按工作小時計算的期限只計工作日營業時間內的時間：營業時間外開始的從下一個營業時段起算，期限為第N個工作小時結束的時刻（恰在下班時刻結束的即為該下班時刻）。',
      en: 'A period of working hours counts only time inside business hours on working days: a start outside them starts at the next opening, and the deadline is the instant the Nth working hour ends (an end exactly at closing time is that closing time).',
    },
    assumption:
      'Business hours default to 08:00–17:30, the desk’s day shift (policy businessHours). The sources’ "N小时内" rules (repair.referral, repair.paid-service, kpi.renovation-permit) count elapsed hours unless policy hourCounting is "business-hours"; the workhour unit always counts working hours.',
  },
  'C5.before-day-inclusive': {
    source: 'library',
    clause: 'RULES C5 (beforeDayInclusive: true)',
    summary: {
      'zh-Hans': '“X日前”包含X日：于X日24时前完成即可。',
      'zh-Hant': '「X日前」包含X日：於X日24時前完成即可。',
      en: '"Before the Xth" read as including the Xth: due by 24:00 of the Xth.',
    },
  },
};
