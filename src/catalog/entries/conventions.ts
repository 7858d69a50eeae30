import type { RuleEntries } from '../RuleEntry.js';

/** Catalog entries of the counting conventions (RULES §0, C1–C10). */
export const conventionEntries: RuleEntries = {
  C1: {
    source: 'PRC',
    clause: '民法典 第一千二百五十九条',
    summary: {
      'zh-Hans': '“以上”“以下”“以内”“届满”包括本数；“不满”“超过”“以外”不包括本数。',
      'zh-Hant': '「以上」「以下」「以內」「屆滿」包括本數；「不滿」「超過」「以外」不包括本數。',
      en: '以上 (or more), 以下 (or less), 以内 (within) and 届满 (expiry) include the stated number; 不满 (under), 超过 (over) and 以外 (beyond) exclude it.',
    },
  },
  C1b: {
    source: 'library',
    clause: 'RULES C1b',
    summary: {
      'zh-Hans': '每个阈值在数据中注明是否包括本数；来源表格中的“≤”“>”等符号优先于一般约定。',
      'zh-Hant': '每個閾值在資料中註明是否包括本數；來源表格中的「≤」「>」等符號優先於一般約定。',
      en: 'Every threshold states in the data whether it includes its number; explicit symbols (≤, >) in a source table outrank the general convention.',
    },
  },
  C2: {
    source: 'PRC',
    clause: '民法典 第二百零一条至第二百零四条',
    summary: {
      'zh-Hans': '按日、周、月计算的期限：事件当日不计入，从次日起算；最后一日到24时止；按月计算的，到期月的对应日为最后一日，没有对应日的以月末日为最后一日。',
      'zh-Hant': '按日、週、月計算的期限：事件當日不計入，從次日起算；最後一日到24時止；按月計算的，到期月的對應日為最後一日，沒有對應日的以月末日為最後一日。',
      en: 'A period of days, weeks or months starts the day after the event and ends at 24:00 of its last day; a month period ends on the same day of the month N months later, or that month’s last day when it has no such day.',
    },
    assumption:
      'Service commitments are counted as the Civil Code counts periods (policy dayCounting: "civil-code"); "elapsed" counts N × 24 hours instead. A last day that is a rest day is not moved (policy extendPastRestDays, default false): art. 203 is written for legal deadlines, not service promises.',
  },
  C3: {
    source: 'PRC',
    clause: '国务院办公厅关于节假日安排的通知（2019–2026年）',
    summary: {
      'zh-Hans': '工作日为周一至周五，扣除法定节假日，加上调休上班的周末；“N个工作日内”从事件次日后的第一个工作日起算，到第N个工作日24时止。',
      'zh-Hant': '工作日為週一至週五，扣除法定節假日，加上調休上班的週末；「N個工作日內」從事件次日後的第一個工作日起算，到第N個工作日24時止。',
      en: 'Working days are Monday to Friday, minus statutory holidays, plus make-up working weekends; "within N working days" ends at 24:00 of the Nth working day after the event’s day.',
    },
    assumption:
      'A date in a year the calendar does not cover is an error, never a silent guess; policy outOfCoverage: "statutory" opts into the provisional statutory calendar (flagged provisional), "weekends" into a Monday–Friday fallback.',
  },
  C4: {
    source: 'PRC',
    clause: '民法典 第二百零一条第二款',
    summary: {
      'zh-Hans': '按小时计算的期限从事件时刻起算，N小时即事件时刻后整N×60分钟。',
      'zh-Hant': '按小時計算的期限從事件時刻起算，N小時即事件時刻後整N×60分鐘。',
      en: 'A period of hours runs from the event’s instant: N hours end exactly N × 60 minutes later.',
    },
  },
  C5: {
    source: 'library',
    clause: 'RULES C5',
    summary: {
      'zh-Hans': '“当日”指事件当天24时前，“次日”指第二天24时前；“X日前”不含X日，即X日0时前完成。',
      'zh-Hant': '「當日」指事件當天24時前，「次日」指第二天24時前；「X日前」不含X日，即X日0時前完成。',
      en: '"Same day" is by 24:00 of the event’s day, "next day" by 24:00 of the following day; "before the Xth" excludes the Xth, so it is due at 00:00 of the Xth.',
    },
    assumption: '"X日前" follows the contract-drafting convention that excludes the named day; policy beforeDayInclusive: true includes it.',
  },
  C6: {
    source: 'library',
    clause: 'RULES C6',
    summary: {
      'zh-Hans': '所有日界均按北京时间（UTC+08:00）划分，结果与运行环境的时区无关。',
      'zh-Hant': '所有日界均按北京時間（UTC+08:00）劃分，結果與執行環境的時區無關。',
      en: 'Every day boundary is Asia/Shanghai time (UTC+08:00); no result depends on the host’s time zone.',
    },
  },
  C8: {
    source: 'library',
    clause: 'RULES C8',
    summary: {
      'zh-Hans': '按日、周、月、工作日计算的期限须为不小于1的整数，按小时计算的可为任意非负有限数；加0个工作日返回原时刻；结束早于开始时工作日数为负。',
      'zh-Hant': '按日、週、月、工作日計算的期限須為不小於1的整數，按小時計算的可為任意非負有限數；加0個工作日返回原時刻；結束早於開始時工作日數為負。',
      en: 'Day, week, month and working-day periods need a whole amount of at least 1, hour periods any finite amount of at least 0; adding 0 working days returns the instant unchanged; a range that ends before it starts counts negative working days.',
    },
  },
  C10: {
    source: 'PRC',
    clause: '国务院办公厅关于节假日安排的通知（2019–2026年）',
    summary: {
      'zh-Hans': '内置工作日历覆盖2019至2026年；某年的通知可调整上一年年末的日期（如2023年通知将2022年12月31日定为假日），以较新的通知为准。',
      'zh-Hant': '內建工作日曆涵蓋2019至2026年；某年的通知可調整上一年年末的日期（如2023年通知將2022年12月31日定為假日），以較新的通知為準。',
      en: 'The built-in calendar covers 2019–2026; a year’s notice may change late-December days of the year before (the 2023 notice made 2022-12-31 a holiday), and the later notice wins.',
    },
  },
  C7: {
    source: 'library',
    clause: 'RULES C7',
    summary: {
      'zh-Hans': '金额精确到分，以整数“分”计算；由比例得出的人数、户数以整数运算。',
      'zh-Hant': '金額精確到分，以整數「分」計算；由比例得出的人數、戶數以整數運算。',
      en: 'Money is exact to the fen and computed in integer fen; counts derived from percentages are computed in integers.',
    },
  },
  C9: {
    source: 'library',
    clause: 'RULES C9',
    summary: {
      'zh-Hans': '精度超过“分”的金额视为错误输入；百万分之一分以内的浮点误差按该分读取；计算结果四舍五入到分（远离零）。',
      'zh-Hant': '精度超過「分」的金額視為錯誤輸入；百萬分之一分以內的浮點誤差按該分讀取；計算結果四捨五入到分（遠離零）。',
      en: 'An amount finer than the fen is refused; floating-point noise within a millionth of a fen is read as that fen; computed amounts round half away from zero to the fen.',
    },
  },
};
