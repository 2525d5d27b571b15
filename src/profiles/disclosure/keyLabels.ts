// The Chinese label of every indicator key (DESIGN §3), as the official 表二/表三/表四 and prose reports name them.
// One table for the CSV columns, the review page and the series output.

/**
 * Chinese label of each key segment, as the official 表二/表三/表四 name them. A key not in this table still gets
 * a column (named by its English key), so a new indicator added to the schema shows up in the CSV at once.
 */
const SEGMENT_LABELS: Record<string, string> = {
  format: '报告格式',
  proactive: '主动公开',
  applications: '依申请公开',
  reviewsAndLawsuits: '复议诉讼',
  feesCollectedYuan: '信息处理费(元)',
  feesWaivedYuan: '减免(元)',
  consultations: '咨询',
  fundingYuan: '工作经费(元)',
  // 表二
  regulations: '规章',
  normativeDocuments: '行政规范性文件',
  licensing: '行政许可',
  punishment: '行政处罚',
  enforcement: '行政强制',
  feesTenThousandYuan: '行政事业性收费(万元)',
  totalPublished: '对外公开总数量',
  cumulativePublished: '累计主动公开',
  fullTextElectronicRate: '全文电子化率(%)',
  categories: '分类',
  issued: '本年制发',
  repealed: '本年废止',
  inForce: '现行有效',
  newlyMade: '本年新制作',
  newlyPublished: '本年新公开',
  decisions: '处理决定数量',
  itemsLastYear: '上一年项目数量',
  itemsChange: '本年增减',
  otherServices: '其他对外管理服务事项', // 2019 表二
  feeItems: '行政事业性收费项目', // 2019 表二: 行政事业性收费 项目数量
  procurement: '政府集中采购', // 2019 表二
  projects: '采购项目数量',
  amountYuan: '采购总金额(元)',
  // 表三 rows
  newReceived: '本年新收',
  carriedOver: '上年结转',
  granted: '予以公开',
  partiallyGranted: '部分公开',
  denied: '不予公开',
  unavailable: '无法提供',
  notProcessed: '不予处理',
  otherHandling: '其他处理',
  totalHandled: '总计',
  carriedForward: '结转下年度继续办理',
  stateSecret: '属于国家秘密',
  lawForbidden: '其他法律行政法规禁止公开',
  threeSecurityOneStability: '危及“三安全一稳定”',
  thirdParty: '保护第三方合法权益',
  internalAffairs: '属于三类内部事务信息',
  processInfo: '属于四类过程性信息',
  enforcementFile: '属于行政执法案卷',
  querySubject: '属于行政查询事项',
  notHeld: '本机关不掌握相关政府信息',
  needsCreation: '没有现成信息需要另行制作',
  unclearAfterCorrection: '补正后申请内容仍不明确',
  petitionComplaint: '信访举报投诉类申请',
  repeated: '重复申请',
  publication: '要求提供公开出版物',
  massRepeated: '无正当理由大量反复申请',
  confirmation: '要求确认或重新出具已获取信息',
  overdueCorrection: '逾期不补正',
  unpaidFee: '逾期未缴纳费用',
  // 表三 columns (applicant types)
  naturalPerson: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  social: '社会公益组织',
  legal: '法律服务机构',
  otherOrg: '其他法人或其他组织',
  total: '总计',
  // 表四
  review: '行政复议',
  lawsuitDirect: '未经复议直接起诉',
  lawsuitAfterReview: '复议后起诉',
  lawsuit: '行政诉讼',
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  // 咨询
  phone: '电话',
  inPerson: '现场',
  online: '网上',
};

/** Where the same English segment means something else under a given parent (`parent.segment`). */
const CONTEXT_LABELS: Record<string, string> = {
  'proactive.totalPublished': '主动公开信息数',
  'denied.total': '小计',
  'unavailable.total': '小计',
  'notProcessed.total': '小计',
  'otherHandling.other': '其他',
  'consultations.total': '总数',
};

function own(table: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * Chinese label of a dotted indicator key, e.g. `applications.denied.stateSecret.total` → 依申请公开·不予公开·属于国家秘密·总计.
 * Keys under `categories` are the category as the report writes it (机构职能类 …).
 */
export function indicatorLabel(key: string, separator = '·'): string {
  const parts = key.split('.');
  return parts
    .map((part, i) =>
      i > 0 && parts[i - 1] === 'categories'
        ? part
        : (i > 0 && own(CONTEXT_LABELS, `${parts[i - 1]}.${part}`)) || own(SEGMENT_LABELS, part) || part,
    )
    .join(separator);
}

/** The unit an indicator's value is in, when its key says it (万元, 元, %); counts give undefined. */
export function indicatorUnit(key: string): string | undefined {
  if (/TenThousandYuan$/.test(key)) return '万元';
  if (/Yuan$/.test(key)) return '元';
  if (/Rate$/.test(key)) return '%';
  return undefined;
}

