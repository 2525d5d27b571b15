/**
 * Rows of the pre-2019 统计表 (政府信息公开情况统计表: 指标名称 | 计量单位 | 本年度 | 历年累计), as the 平潭 reports of
 * 2012–2016 and many provincial templates of that era print it. Each row: the label as printed (a pattern tolerant of
 * the variants seen), and the indicator key its 本年度 column fills (none = kept as a table fact only).
 */
export interface StatRow {
  id: string;
  label: RegExp;
  /** Indicator key of the 本年度 column. */
  key?: string;
  /** Indicator key of the 历年累计 column. */
  cumulativeKey?: string;
}

export const STAT_ROWS: StatRow[] = [
  // 主动公开文件数 条 2543 78967 (014) / 主动公开信息数条18535395 (043)
  { id: 'proactive', label: /主动公开(?:文件|信息)数/, key: 'proactive.totalPublished', cumulativeKey: 'proactive.cumulativePublished' },
  { id: 'proactive.website', label: /(?:政府)?网站公开(?:数)?/ },
  { id: 'proactive.gazette', label: /政府公报公开(?:数)?/ },
  // 受理依申请公开信息总数条728 (043) = 7 | 28
  { id: 'applications', label: /受理依申请公开(?:信息)?总数/, key: 'applications.newReceived.total' },
  // 受理政府信息公开申请总数条00 (wild 013) / 正式受理政府信息公开申请数 件 0 (wild 005)
  { id: 'applications.received', label: /(?:正式)?受理政府信息公开申请(?:总)?数/, key: 'applications.newReceived.total' },
  { id: 'applications.inPerson', label: /当面申请数/ },
  { id: 'applications.fax', label: /传真申请数/ },
  { id: 'applications.email', label: /电子邮件申请数/ },
  { id: 'applications.online', label: /网上申请数/ },
  { id: 'applications.letterFax', label: /信函、传真申请数/ },
  { id: 'applications.letter', label: /信函申请数/ },
  { id: 'applications.otherForm', label: /其它形式申请数|其他形式申请数/ },
  { id: 'answers', label: /对申请的答复(?:总)?数/ },
  // 同意公开答复数条219 (043) = 2 | 19
  { id: 'answers.partial', label: /同意部分公开答复数/, key: 'applications.partiallyGranted.total' },
  { id: 'answers.granted', label: /同意公开答复数/, key: 'applications.granted.total' },
  // 不予公开答复数 (009, 014) / 否决公开答复数 (042, 043)
  // 否决公开答复总数 条 0 (wild 001)
  { id: 'answers.denied', label: /(?:不予|否决)公开答复(?:总)?数/, key: 'applications.denied.total.total' },
  { id: 'answers.other', label: /其他类型答复数|其它类型答复数/ },
  // 办结 件 0 其中：1．同意提供 件 0 2．拒绝提供 件 0 其中：1．信息不存在 … 2．信息涉密 … (wild 005, the 数量 template):
  // read, but no key — 拒绝提供 holds 信息不存在 (无法提供) with 信息涉密 (不予公开), and 同意提供 has no 部分公开 row
  // beside it, so neither is one of the official outcomes
  { id: 'answers.provided', label: /同意提供/ },
  { id: 'answers.refused', label: /拒绝提供/ },
  // 政府信息公开收费减免金额 元 0 0 — the label does not say fee or waiver: kept as a table fact only
  { id: 'fees', label: /收费减免金额/ },
  { id: 'complaints', label: /接受行政诉讼、举报数|行政申诉、举报数|行政申诉数/ },
  // 政府信息咨询数 件 0 (wild 005, the 数量 template); its channels (公开电话, 服务窗口 …) have no row key
  { id: 'consultations', label: /政府信息咨询数/, key: 'consultations.total' },
  { id: 'review', label: /行政复议数/, key: 'reviewsAndLawsuits.review.total' },
  { id: 'lawsuit', label: /行政诉讼数/, key: 'reviewsAndLawsuits.lawsuit.total' },
];

/**
 * The headers that open the table, as printed: two figure columns (本年度 | 历年累计) or one (年末统计, 2011 年度, 数量).
 * Spaces may stand inside the words (指 标 名 称, 计量 单位: the crawl kept the table's cell padding).
 */
export interface StatHeader {
  id: string;
  pattern: RegExp;
  /** How many figure columns follow each row's label and unit. */
  columns: 1 | 2;
  example: string;
}

const S = '\\s*';
const spaced = (word: string) => [...word].join(S);
const NAME_UNIT = `${spaced('指标名称')}${S}(?:${spaced('计量')}${S})?${spaced('单位')}${S}`;
const YEAR = `(?:19|20)\\d\\d${S}年度?`;

export const STAT_HEADERS: StatHeader[] = [
  // 指标名称 计量单位 2015年度 历年累计 (corpus 009) / 指标名称 计量 单位 2011 年度 历年累计 (wild 007) /
  // 指 标 名 称单位2016年历年累计 (wild 013)
  { id: 'yearAndCumulative', pattern: new RegExp(`${NAME_UNIT}${YEAR}${S}${spaced('历年累计')}`), columns: 2, example: '指标名称 计量 单位 2011 年度 历年累计 主动公开信息数 条 8 150' },
  // 指标名称 计量单位 年末统计 主动公开信息数 条 15 (wild 001, the 2009–2012 department template)
  { id: 'yearEnd', pattern: new RegExp(`${NAME_UNIT}${spaced('年末统计')}`), columns: 1, example: '指标名称 计量单位 年末统计 主动公开信息数 条 15' },
  // 指标名称 计量 单位 2011 年度 主动公开信息数 条 18 (wild 043) — this year only
  { id: 'yearOnly', pattern: new RegExp(`${NAME_UNIT}${YEAR}(?![\\s度]*历)`), columns: 1, example: '指标名称 计量 单位 2011 年度 主动公开信息数 条 18' },
  // 指 标 名 称 单位 数量 主动公开信息数 条 15 (wild 005)
  { id: 'amount', pattern: new RegExp(`${NAME_UNIT}${spaced('数量')}`), columns: 1, example: '指 标 名 称 单位 数量 主动公开信息数 条 15' },
];
