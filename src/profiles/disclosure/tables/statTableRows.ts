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
  { id: 'answers.denied', label: /(?:不予|否决)公开答复数/, key: 'applications.denied.total.total' },
  { id: 'answers.other', label: /其他类型答复数|其它类型答复数/ },
  // 政府信息公开收费减免金额 元 0 0 — the label does not say fee or waiver: kept as a table fact only
  { id: 'fees', label: /收费减免金额/ },
  { id: 'complaints', label: /接受行政诉讼、举报数|行政申诉、举报数|行政申诉数/ },
  { id: 'review', label: /行政复议数/, key: 'reviewsAndLawsuits.review.total' },
  { id: 'lawsuit', label: /行政诉讼数/, key: 'reviewsAndLawsuits.lawsuit.total' },
];

/** 指标名称 计量单位 2015年度 历年累计 — the header that opens the table. */
export const STAT_HEADER = /指标名称\s*计量单位\s*((?:19|20)\d\d)\s*年度?\s*历年累计/;
