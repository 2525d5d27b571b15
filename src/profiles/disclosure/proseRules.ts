import type { FactKind } from '../../schema/report.js';

/**
 * How a sentence of a prose-era report (2008–2018) names an official indicator. One entry per phrasing family;
 * the first entry whose patterns match a figure's clause wins. Each entry names the real text it is for.
 *
 * - `key`: dotted indicator key (DESIGN §3).
 * - `clause`: tested on the figure's clause (the text between the nearest separators , 、 ; 。 around it) and subject.
 * - `not`: the clause must not match this (a breakdown, a different indicator with a shared word).
 * - `kinds`: fact kinds that may fill the key.
 * - `section`: when given, the figure must sit in a section whose heading matches (or the clause must say it).
 */
export interface ProseRule {
  id: string;
  key: string;
  clause: RegExp;
  not?: RegExp;
  kinds: FactKind[];
  section?: RegExp;
}

const COUNT: FactKind[] = ['count'];
const MONEY: FactKind[] = ['money'];

export const PROSE_RULES: ProseRule[] = [
  // 累计主动公开政府信息14316条 / 平台累计主动公开 — cumulative, not this year's
  { id: 'proactive.cumulative', key: 'proactive.cumulativePublished', clause: /累计/, not: /本年|新增/, kinds: COUNT, section: /主动公开|公开情况|公开的?主要|政府信息/ },
  // 本年度新增4621条 (after a cumulative figure in the same sentence)
  { id: 'proactive.newThisYear', key: 'proactive.totalPublished', clause: /本年度?新增|今年新增|新增.{0,6}信息/, kinds: COUNT, section: /主动公开/ },
  // 全文电子化率为100% / 全文电子化达100﹪
  { id: 'proactive.electronicRate', key: 'proactive.fullTextElectronicRate', clause: /电子化/, kinds: ['percent'] },
  // 依申请: 全年共受理政府信息公开申请5件 / 申请公开政府信息0条 / 受理两项依申请公开事项 / 未收到…申请
  { id: 'applications.partial', key: 'applications.partiallyGranted.total', clause: /部分公开/, not: /同意公开、部分公开|公开、部分公开和/, kinds: COUNT, section: /申请/ },
  { id: 'applications.denied', key: 'applications.denied.total', clause: /不予公开|不公开/, not: /备案/, kinds: COUNT, section: /申请/ },
  { id: 'applications.unavailable', key: 'applications.unavailable.total', clause: /信息不存在|不属于本(机关|单位|部门)|非本(机关|单位|部门)|不掌握/, kinds: COUNT, section: /申请/ },
  { id: 'applications.granted', key: 'applications.granted.total', clause: /(?:同意|予以|全部)公开/, not: /部分公开|不予公开/, kinds: COUNT, section: /申请/ },
  { id: 'applications.received', key: 'applications.newReceived.total', clause: /申请/, not: /复议|诉讼|申诉|咨询|主动公开|热线/, kinds: COUNT, section: /申请/ },
  // 行政复议 / 行政诉讼 (one sentence denying both gives two zero facts with the same quote: the subject decides)
  { id: 'reviews.review', key: 'reviewsAndLawsuits.review.total', clause: /复议/, kinds: COUNT },
  { id: 'reviews.lawsuit', key: 'reviewsAndLawsuits.lawsuit.total', clause: /诉讼/, kinds: COUNT },
  // 收费: 依申请公开收费0元 / 无收取信息处理费 / 没有收费 ; 减免
  { id: 'fees.waived', key: 'feesWaivedYuan', clause: /减免/, kinds: MONEY },
  { id: 'fees.collected', key: 'feesCollectedYuan', clause: /收费|收取|处理费|费用/, not: /行政事业性收费|经费/, kinds: MONEY },
  // 咨询: 共接受市民咨询475次，其中咨询电话接听354次，当面咨询接待12次，网上咨询109次
  { id: 'consultations.phone', key: 'consultations.phone', clause: /电话|热线/, not: /热线.{0,4}(受理|转办)/, kinds: COUNT, section: /咨询/ },
  { id: 'consultations.inPerson', key: 'consultations.inPerson', clause: /当面|现场|来访|窗口/, kinds: COUNT, section: /咨询/ },
  { id: 'consultations.online', key: 'consultations.online', clause: /网上|网络|在线|网站/, kinds: COUNT, section: /咨询/ },
  { id: 'consultations.total', key: 'consultations.total', clause: /咨询/, kinds: COUNT },
  // 用于政府信息公开工作的经费为22.38万元
  { id: 'funding', key: 'fundingYuan', clause: /经费/, not: /其中|设施|印刷/, kinds: MONEY },
  // 主动公开政府信息42条 / 主动公开信息总数为3836条 — last, so the more specific rules above win
  { id: 'proactive.total', key: 'proactive.totalPublished', clause: /主动公开|公开(?:政府)?信息(?:总数|共)|公布政府信息/, not: /其中|占|申请|类信息|类政府信息/, kinds: COUNT },
];

/** Separators that end the clause a figure belongs to. */
export const CLAUSE_BREAK = /[，,、；;。：:！？!?\n]/;
