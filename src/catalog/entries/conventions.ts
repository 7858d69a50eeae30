import type { RuleEntries } from '../RuleEntry.js';

/** Catalog entries of the counting conventions (RULES §0). Issue 3 completes C2–C8 and C10. */
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
