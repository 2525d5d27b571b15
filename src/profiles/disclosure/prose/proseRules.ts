import type { FactKind } from '../../../schema/report.js';

/**
 * How a sentence of a prose-era report (2008–2018) names an official indicator. One entry per phrasing family;
 * the first entry whose patterns match a figure wins. Each entry names the real text it is for.
 *
 * - `key`: dotted indicator key (DESIGN §3).
 * - `clause`: tested on the figure's subject, then on its clause (text between the nearest , ; 。 : around it).
 * - `before`: when given, tested on the clause text just before the figure (anchored at its end) — stricter than
 *   `clause` for figures written in digits; zeros stated by negation (no digits) are tested with `clause` only.
 * - `not`: the clause must not match this (a breakdown, a different indicator sharing a word).
 * - `kinds`: fact kinds that may fill the key.
 * - `section`: the section (or the clause) must say this. Figures inside such a section are preferred over figures
 *   elsewhere that say it only in their clause (a 受理申请 count in 概述 about a service window loses to the
 *   依申请公开 section's own figure).
 */
export interface ProseRule {
  id: string;
  key: string;
  clause: RegExp;
  before?: RegExp;
  not?: RegExp;
  kinds: FactKind[];
  /** Measure words a count may have (咨询 counts are 次/人次, not 名 of staff). */
  units?: string[];
  section?: RegExp;
  /**
   * The key takes a figure only when it is the one figure of its sentence the rule reads: two figures for parts of
   * one outcome (信息不存在1件，非本机关1件) leave the total unstated.
   */
  single?: true;
}

const COUNT: FactKind[] = ['count'];
const MONEY: FactKind[] = ['money'];
const APPLICATIONS = /申请/;
// what a sentence about charging for disclosure says (收费, 信息处理费, 检索/复制/邮寄费)
const FEE_TOPIC = /收费|处理费|检索费|复制费|邮寄费/;
// charges and reductions of other kinds: 行政事业性收费 (表二), 经费 and 支出 (spending on the work), taxes
// (所以没有此项开支 under 四、…收费及减免情况 — 此项 is the heading's charge, negation.noSuchFee: not spending)
const FEE_NOT = /行政事业性收费|经费|支出|(?<!此项)开支|投入|预算|税|社保|贷款|租金/;
const CONSULTATION_UNITS = ['次', '人次', '件', '个', '起', '批', '例'];

export const PROSE_RULES: ProseRule[] = [
  // 累计主动公开政府信息14316条 / 全乡累计主动公开政府信息65条 — cumulative, not this year's
  { id: 'proactive.cumulative', key: 'proactive.cumulativePublished', clause: /累计/, before: /累计[^，,；;。]{0,12}公开[^，,；;。]{0,12}$/, not: /本年|新增/, kinds: COUNT, section: /主动公开|公开情况|信息情况|公开的?主要|概述/ },
  // 本年度新增4621条 (after a cumulative figure in the same sentence)
  { id: 'proactive.newThisYear', key: 'proactive.totalPublished', clause: /新增/, before: /(?:本年度?|今年|全年)新增(?:政府)?(?:信息)?$/, kinds: COUNT, section: /主动公开/ },
  // 全文电子化率为100% / 全文电子化达100﹪
  { id: 'proactive.electronicRate', key: 'proactive.fullTextElectronicRate', clause: /电子化/, kinds: ['percent'] },
  // 其中同意公开3件、部分公开1件 / 同意部分公开答复数1条 — but not 予以公开及部分公开208件 (034: two outcomes in one figure)
  { id: 'applications.partial', key: 'applications.partiallyGranted.total', clause: /部分公开/, not: /公开[、及和与]部分公开/, kinds: COUNT, section: APPLICATIONS },
  // 我局无不予公开政府信息情况 (issue 13) — 不予公开 names an answer to applications wherever it stands
  // 免于公开答复数2条 (wild 059, where its 统计表 says 否决公开答复数 2) — 免予公开 is the 2008 word for the same answer
  { id: 'applications.denied', key: 'applications.denied.total.total', clause: /不予公开|否决公开|免[予于]公开/, not: /备案|不予公开信息数/, kinds: COUNT, section: /申请|不予公开|否决公开|免[予于]公开/ },
  // 信息不存在1件，非本机关职责范围1件 — two parts of one outcome: neither figure is its total (single)
  { id: 'applications.unavailable', key: 'applications.unavailable.total.total', clause: /信息不存在|不属于本(机关|单位|部门)|非本(机关|单位|部门)|不掌握/, kinds: COUNT, section: APPLICATIONS, single: true },
  { id: 'applications.granted', key: 'applications.granted.total', clause: /(?:同意|予以|全部)公开/, not: /部分公开|不予公开/, kinds: COUNT, section: APPLICATIONS },
  // 全年共受理政府信息公开申请5件 / 申请公开政府信息0条 / 受理两项依申请公开事项 / 共收到有关政府信息公开的申请7条 / 未收到…申请
  {
    id: 'applications.received',
    key: 'applications.newReceived.total',
    clause: /申请/,
    before: /(?:(?:收到|受理|接到|接收|办理)[^，,；;。]{0,24}申请(?:公开)?[^，,；;。]{0,6}|申请(?:公开)?(?:政府)?信息(?:共|总数|数)?[为达]?|受理)$/,
    not: /复议|诉讼|申诉|咨询|主动公开|热线|作为依申请|依申请公开信息数|窗口|审批|办件/,
    kinds: COUNT,
    section: APPLICATIONS,
  },
  // 行政复议 / 行政诉讼 (one sentence denying both gives two zero facts with the same quote: the subject decides)
  { id: 'reviews.review', key: 'reviewsAndLawsuits.review.total', clause: /复议/, kinds: COUNT },
  { id: 'reviews.lawsuit', key: 'reviewsAndLawsuits.lawsuit.total', clause: /诉讼/, kinds: COUNT },
  // 收费 and 减免 only from a sentence about charging for disclosure (依申请公开收费0元 / 无收取信息处理费 / 没有收费 /
  // 收费及减免情况: 无): not 政府信息公开费用1万元 under a heading about spending (支出情况), not a tax reduction
  // (下岗失业人员减免税…减免金额219062.78元) — both from reports kept out of tuning (issue 13)
  { id: 'fees.waived', key: 'feesWaivedYuan', clause: /减免/, not: FEE_NOT, kinds: MONEY, section: FEE_TOPIC },
  { id: 'fees.collected', key: 'feesCollectedYuan', clause: /收费|收取|处理费/, not: FEE_NOT, kinds: MONEY },
  // 咨询: 共接受市民咨询475次，其中咨询电话接听354次，当面咨询接待12次，网上咨询109次
  { id: 'consultations.phone', units: CONSULTATION_UNITS, key: 'consultations.phone', clause: /电话|热线/, not: /热线.{0,4}(受理|转办)/, kinds: COUNT, section: /咨询/ },
  { id: 'consultations.inPerson', units: CONSULTATION_UNITS, key: 'consultations.inPerson', clause: /当面|现场|来访|窗口/, before: /(?:当面|现场|来访|窗口)[^，,；;。]{0,10}$/, kinds: COUNT, section: /咨询/ },
  { id: 'consultations.online', units: CONSULTATION_UNITS, key: 'consultations.online', clause: /网上|网络|在线|网站/, kinds: COUNT, section: /咨询/ },
  { id: 'consultations.total', units: CONSULTATION_UNITS, key: 'consultations.total', clause: /咨询/, before: /咨询[^，,；;。]{0,6}$/, kinds: COUNT },
  // 用于政府信息公开工作的经费为22.38万元
  { id: 'funding', key: 'fundingYuan', clause: /经费/, before: /经费[^，,；;。(（]{0,8}$/, kinds: MONEY },
  // 主动公开政府信息42条 / 主动公开信息总数为3836条 / 公开各类信息46条 / 其中主动公开政府信息1853条 — last, so the
  // more specific rules above win; a breakdown by publisher (县直各单位…, 各乡镇…) is not the total
  {
    id: 'proactive.total',
    key: 'proactive.totalPublished',
    clause: /公开|公布/,
    // 主动公开政府信息数量为2645条 / 主动公开政府信息总计2645条 / 全年共主动公开2645条信息 (the figure before 信息) /
    // 2019年，我局主动公开的173条，其中公示公告类46条… (wild 014: the body itself says it, 信息 left out)
    before: /(?:(?:主动公开|公开各类|公开各项|公布)(?:了)?(?:的)?(?:[^，,；;。]{1,8}?类)?(?:政府)?信息(?:总数|共计|合计|总计|共|总量|数量|数)?[为达是]?|(?:共|我(?:局|委|办|区|县|镇|乡)|本(?:机关|局|单位))主动公开(?:了|的)?)\s*$/,
    // 其他应主动公开政府信息856条 is the last category of a list, not the total (019)
    // 我局无不予公开政府信息情况 — an answer to applications, never the proactive total
    // 无因政府信息公开工作被追责问责的情况 (wild 020) — a zero of accountability, not of publication
    not: /各(?:部门|单位|乡镇|街道|区县|县区)|区直|县直|市直|申请|累计|其他应?主动公开|不予公开|部分公开|免予公开|否决公开|追责|问责/,
    kinds: COUNT,
    section: /主动公开|公开情况|信息情况|公布政府信息/,
  },
];

/** Separators that end the clause a figure belongs to. */
export const CLAUSE_BREAK = /[，,、；;。：:！？!?.\n]/; // a . inside a number is not a break (see isStop)
