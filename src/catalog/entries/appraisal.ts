import type { RuleEntries } from '../RuleEntry.js';

const TERMINATION_RISK =
  'A score or ranking is not itself a lawful ground: dismissal for incompetence (Labour Contract Law art. 40(2)) needs training or a new post first, 30 days\' notice and severance (art. 46); ranking last does not prove incompetence (SPC Guiding Case No. 18).';
const DISMISSAL_RISK =
  'Summary dismissal needs a serious breach of rules adopted under Labour Contract Law art. 4 and made known to staff (art. 39(2)), and evidence of it.';

/** Catalog entries of the appraisal rules (RULES §3, CR 篇1). */
export const appraisalEntries: RuleEntries = {
  'appraisal.base': {
    source: 'CR',
    clause: '篇1 一.2',
    summary: {
      'zh-Hans': '每名客服人员每月的日常考核从80分起算，由培训专员评分。',
      'zh-Hant': '每名客服人員每月的日常考核從80分起算，由培訓專員評分。',
      en: 'Each service employee starts the month on a base score of 80, scored by the training specialist.',
    },
  },
  'appraisal.cap': {
    source: 'CR',
    clause: '篇1 一.5',
    summary: {
      'zh-Hans': '当月考核分最高按110分计，超出部分不计；额外奖惩计入后再封顶，分数不设下限。',
      'zh-Hant': '當月考核分最高按110分計，超出部分不計；額外獎懲計入後再封頂，分數不設下限。',
      en: 'A month counts at most 110 points; anything above is ignored. The cap applies after the adjustment, and there is no floor.',
    },
    assumption: 'The training specialist\'s adjustment is part of the month\'s total, so the cap applies after it; the source sets no minimum, so a month may go below 0. Policy: appraisal.cap.',
  },
  'appraisal.bonus': {
    source: 'CR',
    clause: '篇1 二',
    summary: {
      'zh-Hans': '加分项目每项加5分：当月第一名（无违规）、考试满分、零有效投诉每月至多一次；顶班、额外工作、建议见效按次计。',
      'zh-Hant': '加分項目每項加5分：當月第一名（無違規）、考試滿分、零有效投訴每月至多一次；頂班、額外工作、建議見效按次計。',
      en: 'Bonus items add 5 points each: top performer (with no violation), full exam marks and zero valid complaints at most once a month; covering a shift, extra work and a suggestion that worked per time.',
    },
    assumption: 'Top-performer (当月…之首) and zero-valid-complaints (当月有效投诉率为零) describe the month, and full exam marks the monthly exam, so each is a status of the month, counted at most once even where the source appends "/次" (as it does to zero valid complaints): giving one more than once is an error.',
  },
  'appraisal.bonus.voided': {
    source: 'CR',
    clause: '篇1 二、三.3',
    summary: {
      'zh-Hans': '加分作废：当月有任何违规（轻、中、重度扣分、突发事件超时或直接辞退情形）时“第一名”不加分；当月与客户发生争执（有效投诉）时“零有效投诉”不加分。',
      'zh-Hant': '加分作廢：當月有任何違規（輕、中、重度扣分、突發事件超時或直接辭退情形）時「第一名」不加分；當月與客戶發生爭執（有效投訴）時「零有效投訴」不加分。',
      en: 'A bonus is void: top performer in a month with any violation (a minor, moderate or severe deduction, an emergency overrun or a dismissal offense); zero valid complaints in a month with a customer conflict, which is itself a valid complaint.',
    },
    assumption: 'The source requires top performers to have "no violation" (无违规) and names the customer conflict a valid complaint (有效投诉); the library voids the bonus and reports it (voidedBonuses) instead of refusing the month.',
  },
  'appraisal.minor': {
    source: 'CR',
    clause: '篇1 三.1',
    summary: {
      'zh-Hans': '轻度违规每次扣1至5分（见考核项目表）；分值为范围的项目由评分人在范围内定分。',
      'zh-Hant': '輕度違規每次扣1至5分（見考核項目表）；分值為範圍的項目由評分人在範圍內定分。',
      en: 'Minor violations deduct 1 to 5 points each time (see the item table); for a ranged item the evaluator picks points within the range.',
    },
    assumption: 'An evaluator\'s points for a ranged item must be a whole number within the range; anything else is refused.',
  },
  'appraisal.moderate': {
    source: 'CR',
    clause: '篇1 三.2',
    summary: {
      'zh-Hans': '中度违规每次扣10分，如上班玩游戏、虚报工作量、未请假缺席部门例会、考试得分在60分以下（含60分）。',
      'zh-Hant': '中度違規每次扣10分，如上班玩遊戲、虛報工作量、未請假缺席部門例會、考試得分在60分以下（含60分）。',
      en: 'Moderate violations deduct 10 points each time, e.g. games at work, inflated records, missing a meeting without leave, an exam score of 60 or below.',
    },
  },
  'appraisal.severe': {
    source: 'CR',
    clause: '篇1 三.3',
    summary: {
      'zh-Hans': '重度违规每次扣20分，如旷工、与客户争执、带外人进入工作区、擅自带走公司设备。',
      'zh-Hant': '重度違規每次扣20分，如曠工、與客戶爭執、帶外人進入工作區、擅自帶走公司設備。',
      en: 'Severe violations deduct 20 points each time, e.g. absenteeism, a quarrel with a customer, outsiders in the work area, taking equipment away.',
    },
    legalRisk: 'Recovering equipment from pay is capped at 20% of the month\'s wage and never below the minimum wage (工资支付暂行规定 art. 16).',
  },
  'appraisal.escalation': {
    source: 'CR',
    clause: '篇1 三.3',
    summary: {
      'zh-Hans': '当月违反中度违规两条以上或轻度违规四条以上，视为未良好履职，另扣20分，每月最多一次。',
      'zh-Hant': '當月違反中度違規兩條以上或輕度違規四條以上，視為未良好履職，另扣20分，每月最多一次。',
      en: 'Breaking two or more moderate clauses, or four or more minor clauses, in a month costs another 20 points, at most once a month.',
    },
    assumption: 'Counted by distinct clause (条), not by occurrence; each emergency-overrun tier is one clause of its list. Applied once even when both triggers hold. Policy: appraisal.escalationCountsBy (clauses | occurrences).',
  },
  'appraisal.dismissal-offense': {
    source: 'CR',
    clause: '篇1 三.3',
    summary: {
      'zh-Hans': '直接辞退情形（上班睡觉、挂起客服电话、拉帮结派、徇私舞弊）不扣分，只标记。',
      'zh-Hant': '直接辭退情形（上班睡覺、掛起客服電話、拉幫結派、徇私舞弊）不扣分，只標記。',
      en: 'Immediate-dismissal offenses (sleeping on duty, phone off the hook, cliques, abuse of power) deduct no points; the month is flagged.',
    },
    legalRisk: DISMISSAL_RISK,
  },
  'appraisal.emergency-overrun': {
    source: 'CR',
    clause: '篇1 三.1–三.3',
    summary: {
      'zh-Hans': '突发事件处理超时：超时不超过10分钟为轻度，扣5分；超过10分钟至30分钟（含）为中度，扣10分；超过30分钟为重度，扣20分；未超时不扣分。',
      'zh-Hant': '突發事件處理超時：超時不超過10分鐘為輕度，扣5分；超過10分鐘至30分鐘（含）為中度，扣10分；超過30分鐘為重度，扣20分；未超時不扣分。',
      en: 'An emergency handled late: up to 10 minutes is minor (5 points), over 10 to 30 moderate (10), over 30 severe (20).',
    },
    assumption: 'Continuous bands: 10.5 minutes is moderate; 30 is moderate, since the moderate band is written as a range up to 30 (11~30, which includes its ends: RULES C1b) while the severe band\'s "超過30分鐘以上" mixes a word that excludes with one that includes; 0 or less is no overrun. Policy: appraisal.emergencyOverrunTiers.',
  },
  'appraisal.adjustment': {
    source: 'CR',
    clause: '篇1 三（額外獎懲）',
    summary: {
      'zh-Hans': '培训专员可按组长当月整体表现另行奖惩−5至+5分，须写明理由。',
      'zh-Hant': '培訓專員可按組長當月整體表現另行獎懲−5至+5分，須寫明理由。',
      en: 'The training specialist may adjust a group leader\'s month by −5 to +5 points for overall performance, and must give the reason.',
    },
    assumption: 'The adjustment is a whole number of points from −5 to +5 with a non-blank reason; it is added before the cap. The library does not check the employee\'s role. Policy: appraisal.adjustment.',
  },
  'appraisal.grade': {
    source: 'CR',
    clause: '篇1 三（績效等級）',
    summary: {
      'zh-Hans': '考核分对应绩效：高于90分为A，80至90分为B，70至不足80分为C，65至不足70分为D，60至不足65分为E，不足60分无等级。',
      'zh-Hant': '考核分對應績效：高於90分為A，80至90分為B，70至不足80分為C，65至不足70分為D，60至不足65分為E，不足60分無等級。',
      en: 'Grades by score: above 90 A; 80 to 90 B; 70 to below 80 C; 65 to below 70 D; 60 to below 65 E; below 60 no grade.',
    },
    assumption: 'The source\'s bands share their ends (80~90, 70~80); each lower band includes its lower bound and A needs strictly more than 90, so 90 is B and 80 is B. Policy: appraisal.grades.',
  },
  'appraisal.pay-float': {
    source: 'CR',
    clause: '篇1 四.1–四.3',
    summary: {
      'zh-Hans': '以80分为标准，每分对应10元，当月工资随考核分上下浮动，浮动不超过±300元，金额精确到分。',
      'zh-Hant': '以80分為標準，每分對應10元，當月工資隨考核分上下浮動，浮動不超過±300元，金額精確到分。',
      en: 'Monthly pay moves 10 yuan per point above or below the standard score of 80, by at most 300 yuan either way, exact to the fen.',
    },
    legalRisk: 'A pay cut by score must rest on the contract or on rules adopted under Labour Contract Law art. 4, and never take pay below the minimum wage.',
  },
  'appraisal.pay-float-start': {
    source: 'CR',
    clause: '篇1 四.4',
    summary: {
      'zh-Hans': '入职前两个月只评分、不浮动工资，自第三个月起实行浮动。',
      'zh-Hant': '入職前兩個月只評分、不浮動工資，自第三個月起實行浮動。',
      en: 'The first two months of employment are scored but pay does not float; the float starts with the third month.',
    },
    assumption: 'The calendar month of joining (Asia/Shanghai) is month 1, however late in the month the employee joined. Policy: appraisal.payFloat.firstFloatingMonth.',
  },
  'appraisal.termination': {
    source: 'CR',
    clause: '篇1 一.3、三.3、四.3',
    summary: {
      'zh-Hans': '当月评分低于60分，或连续两个月排名最后且评分均低于70分，或有直接辞退情形时，公司有权解除劳动合同；这是权利而非自动结果。',
      'zh-Hant': '當月評分低於60分，或連續兩個月排名最後且評分均低於70分，或有直接辭退情形時，公司有權解除勞動合同；這是權利而非自動結果。',
      en: 'The company may terminate when the month\'s score is below 60, when the employee was last of the team two months running with a score below 70 in each, or on a dismissal offense; a right, not an automatic act.',
    },
    legalRisk: TERMINATION_RISK,
  },
  'appraisal.termination.low-score': {
    source: 'CR',
    clause: '篇1 一.3',
    summary: {
      'zh-Hans': '解除依据：当月评分低于60分（60分本身不算）。',
      'zh-Hant': '解除依據：當月評分低於60分（60分本身不算）。',
      en: 'Ground for termination: the month\'s score is below 60 (60 itself is not).',
    },
    legalRisk: TERMINATION_RISK,
  },
  'appraisal.termination.last-place': {
    source: 'CR',
    clause: '篇1 一.3',
    summary: {
      'zh-Hans': '解除依据：连续两个月在团队中排名最后，且两个月的评分都低于70分。',
      'zh-Hant': '解除依據：連續兩個月在團隊中排名最後，且兩個月的評分都低於70分。',
      en: 'Ground for termination: last of the team two months running, with a score below 70 in both months.',
    },
    legalRisk: TERMINATION_RISK,
  },
  'appraisal.termination.dismissal-offense': {
    source: 'CR',
    clause: '篇1 三.3',
    summary: {
      'zh-Hans': '解除依据：当月发生直接辞退情形（上班睡觉、挂起客服电话、拉帮结派、徇私舞弊）。',
      'zh-Hant': '解除依據：當月發生直接辭退情形（上班睡覺、掛起客服電話、拉幫結派、徇私舞弊）。',
      en: 'Ground for termination: a dismissal offense this month (sleeping at work, phone off the hook, cliques, abuse of power).',
    },
    legalRisk: DISMISSAL_RISK,
  },
  'appraisal.termination.ranking': {
    source: 'library',
    clause: 'RULES appraisal.termination',
    summary: {
      'zh-Hans': '团队排名按封顶后的当月考核分由高到低；同分并列。最低分者均为末位，若全员同分（含一人团队）则无人末位。',
      'zh-Hant': '團隊排名按封頂後的當月考核分由高到低；同分並列。最低分者均為末位，若全員同分（含一人團隊）則無人末位。',
      en: 'The team is ranked by the capped score, highest first, equal scores sharing a rank. Everyone on the lowest score is last; when all scores are equal (a team of one included) nobody is last.',
    },
    assumption: 'The source is silent on ties: a shared lowest score does not excuse anyone, but last place needs someone who did better.',
    legalRisk: TERMINATION_RISK,
  },
  'appraisal.exam': {
    source: 'CR',
    clause: '篇1 一.6、二、三.2',
    summary: {
      'zh-Hans': '原则上每月对全体客服进行一次工作技巧考试（满分100分）；满分加5分，得分在60分以下（含60分）按中度违规扣10分。',
      'zh-Hant': '原則上每月對全體客服進行一次工作技巧考試（滿分100分）；滿分加5分，得分在60分以下（含60分）按中度違規扣10分。',
      en: 'A skills exam for all service staff, in principle monthly (full marks 100); full marks add 5 points, a score of 60 or below is a moderate deduction of 10.',
    },
    assumption: '得分在60以下 includes 60 (以下 includes the number, Civil Code art. 1259), unlike the 低于60 of the termination rule; full marks are 100. scoreMonth derives the bonus or deduction from examScore. Policy: appraisal.exam (fullMarks, deductedUpTo).',
  },
  'appraisal.work-hours': {
    source: 'CR',
    clause: '篇1 一.1',
    summary: {
      'zh-Hans': '每名员工连续工作不得超过8小时（8小时本身允许）。',
      'zh-Hant': '每名員工連續工作不得超過8小時（8小時本身允許）。',
      en: 'No employee works more than 8 hours in a row (exactly 8 is allowed).',
    },
    assumption: 'A stretch of consecutive work ends at a recorded break; shifts that touch form one stretch. Policy: desk.shifts.maxConsecutiveHours, desk.shifts.minimumBreakMinutes.',
  },
};
