// Words shown on the review page: fact kinds (with a glyph, so kinds differ without colour) and the Chinese
// label of every indicator key (DESIGN §3), as data.

/** Display class of a highlight: the fact kinds, plus `zero` for zeros stated by negation (未收到申请 → 0). */
export type HighlightKind = 'count' | 'percent' | 'money' | 'date' | 'zero';

/** Label and glyph per highlight kind; the glyph is drawn before each highlight and in the panel. */
export const KIND_LABELS: Record<HighlightKind, { zh: string; en: string; glyph: string }> = {
  count: { zh: '数量', en: 'count', glyph: '#' },
  percent: { zh: '百分比', en: 'percent', glyph: '%' },
  money: { zh: '金额', en: 'money', glyph: '¥' },
  date: { zh: '日期', en: 'date', glyph: '◷' },
  zero: { zh: '否定为零', en: 'zero by negation', glyph: '∅' },
};

/** The highlight kind of a fact: negation zeros first, date ranges shown as dates. */
export function highlightKind(fact: { kind: string; zeroBy?: string }): HighlightKind {
  if (fact.zeroBy === 'negation') return 'zero';
  if (fact.kind === 'dateRange' || fact.kind === 'date') return 'date';
  if (fact.kind === 'percent' || fact.kind === 'money') return fact.kind;
  return 'count';
}

/** How an approximate value is shown, as the reports write it: 约12, 80余, 不足5. */
export const APPROX_LABELS: Record<string, { before?: string; after?: string }> = {
  about: { before: '约' },
  'more-than': { after: '余' },
  'less-than': { before: '不足' },
};

/** Labels of whole key paths where one segment means different things in different places. */
const PATH_LABELS: Record<string, string> = {
  'proactive.totalPublished': '主动公开政府信息数',
  'applications.totalHandled': '办理结果总计',
  'applications.otherHandling.other': '其他',
};

/** Label of one key segment (the official row/column wording, shortened). */
const SEGMENT_LABELS: Record<string, string> = {
  proactive: '主动公开',
  regulations: '规章',
  normativeDocuments: '行政规范性文件',
  licensing: '行政许可',
  punishment: '行政处罚',
  enforcement: '行政强制',
  issued: '本年制发件数',
  repealed: '本年废止件数',
  inForce: '现行有效件数',
  newlyMade: '本年新制作数量',
  newlyPublished: '本年新公开数量',
  totalPublished: '对外公开总数量',
  decisions: '本年处理决定数量',
  itemsLastYear: '上一年项目数量',
  itemsChange: '本年增/减',
  feesTenThousandYuan: '行政事业性收费金额（万元）',
  cumulativePublished: '累计主动公开',
  fullTextElectronicRate: '全文电子化率',
  categories: '分类',
  applications: '依申请公开',
  newReceived: '本年新收申请',
  carriedOver: '上年结转申请',
  granted: '予以公开',
  partiallyGranted: '部分公开',
  denied: '不予公开',
  stateSecret: '属于国家秘密',
  lawForbidden: '其他法律行政法规禁止公开',
  threeSecurityOneStability: '危及“三安全一稳定”',
  thirdParty: '保护第三方合法权益',
  internalAffairs: '属于三类内部事务信息',
  processInfo: '属于四类过程性信息',
  enforcementFile: '属于行政执法案卷',
  querySubject: '属于行政查询事项',
  unavailable: '无法提供',
  notHeld: '本机关不掌握相关政府信息',
  needsCreation: '没有现成信息需要另行制作',
  unclearAfterCorrection: '补正后申请内容仍不明确',
  notProcessed: '不予处理',
  petitionComplaint: '信访举报投诉类申请',
  repeated: '重复申请',
  publication: '要求提供公开出版物',
  massRepeated: '无正当理由大量反复申请',
  confirmation: '要求确认或重新出具已获取信息',
  otherHandling: '其他处理',
  overdueCorrection: '逾期不补正',
  unpaidFee: '逾期未缴纳费用',
  other: '其他结果',
  totalHandled: '总计',
  carriedForward: '结转下年度继续办理',
  total: '总计',
  naturalPerson: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  social: '社会公益组织',
  legal: '法律服务机构',
  otherOrg: '其他',
  reviewsAndLawsuits: '行政复议、行政诉讼',
  review: '行政复议',
  lawsuitDirect: '未经复议直接起诉',
  lawsuitAfterReview: '复议后起诉',
  lawsuit: '行政诉讼',
  upheld: '结果维持',
  corrected: '结果纠正',
  pending: '尚未审结',
  feesCollectedYuan: '信息处理费（元）',
  feesWaivedYuan: '减免（元）',
  consultations: '咨询',
  phone: '电话咨询',
  inPerson: '现场咨询',
  online: '网上咨询',
  fundingYuan: '工作经费（元）',
};

function own(table: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Chinese label of a dotted indicator key, e.g. `applications.denied.stateSecret.total` → 依申请公开 · 不予公开 · 属于国家秘密 · 总计. */
export function indicatorLabel(key: string): string {
  const parts = key.split('.');
  const labels: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const path = parts.slice(0, i + 1).join('.');
    // Keys under `categories` are the category as written in the report (机构职能类 …).
    labels.push(own(PATH_LABELS, path) ?? (parts[i - 1] === 'categories' ? parts[i] : own(SEGMENT_LABELS, parts[i]) ?? parts[i]));
  }
  return labels.join(' · ');
}

/** The unit an indicator's value is in, read from its key when the key says it. */
export function indicatorUnit(key: string): string | undefined {
  if (/TenThousandYuan$/.test(key)) return '万元';
  if (/Yuan$/.test(key)) return '元';
  if (/Rate$/.test(key)) return '%';
  return undefined;
}
