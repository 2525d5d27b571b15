import type { ColumnLabel, FormatVersion, Identity, Table3Row } from './types.js';

/**
 * 表三 收到和处理政府信息公开申请情况: rows in printed order (both versions; the 2019 version has one （六）其他处理
 * row, the 2021 version three), columns, identities. Keywords are written after normalisation (`labelText`: no
 * spaces or line breaks, half-width brackets), so `社会公益 组织`, `本年度办 理结果` and `部\n分公开` all match.
 */

const BOTH: FormatVersion[] = ['2019', '2021'];
const RESULT = '三、本年度办理结果';

function row(number: string, text: string, rest: Omit<Table3Row, 'number' | 'label'>): Table3Row {
  return { number, label: number + text, ...rest };
}

/** 表三's rows in official order, both versions. */
export const TABLE3_ROWS: Table3Row[] = [
  // 本年度新收 — a variant seen in 平潭 reports
  row('一、', '本年新收政府信息公开申请数量', { key: 'newReceived', short: '本年新收', keywords: ['本年新收', '本年度新收'], formats: BOTH }),
  row('二、', '上年结转政府信息公开申请数量', { key: 'carriedOver', short: '上年结转', keywords: ['上年结转', '上年度结转'], formats: BOTH }),
  row('（一）', '予以公开', { key: 'granted', group: RESULT, keywords: ['予以公开'], formats: BOTH, outcome: true }),
  row('（二）', '部分公开（区分处理的，只计这一情形，不计其他情形）', { key: 'partiallyGranted', short: '部分公开', group: RESULT, keywords: ['部分公开'], formats: BOTH, outcome: true }),
  row('1.', '属于国家秘密', { key: 'denied.stateSecret', group: '（三）不予公开', keywords: ['国家秘密'], formats: BOTH, outcome: true }),
  row('2.', '其他法律行政法规禁止公开', { key: 'denied.lawForbidden', group: '（三）不予公开', keywords: ['禁止公开'], formats: BOTH, outcome: true }),
  // 3.危及“三安全一稳定” — quotes vary (“” / "" / none)
  row('3.', '危及“三安全一稳定”', { key: 'denied.threeSecurityOneStability', group: '（三）不予公开', keywords: ['三安全一稳定', '危及'], formats: BOTH, outcome: true }),
  row('4.', '保护第三方合法权益', { key: 'denied.thirdParty', group: '（三）不予公开', keywords: ['第三方合法权益', '保护第三方'], formats: BOTH, outcome: true }),
  row('5.', '属于三类内部事务信息', { key: 'denied.internalAffairs', group: '（三）不予公开', keywords: ['内部事务'], formats: BOTH, outcome: true }),
  row('6.', '属于四类过程性信息', { key: 'denied.processInfo', group: '（三）不予公开', keywords: ['过程性信息', '四类过程'], formats: BOTH, outcome: true }),
  row('7.', '属于行政执法案卷', { key: 'denied.enforcementFile', group: '（三）不予公开', keywords: ['执法案卷'], formats: BOTH, outcome: true }),
  row('8.', '属于行政查询事项', { key: 'denied.querySubject', group: '（三）不予公开', keywords: ['行政查询', '查询事项'], formats: BOTH, outcome: true }),
  row('1.', '本机关不掌握相关政府信息', { key: 'unavailable.notHeld', group: '（四）无法提供', keywords: ['不掌握'], formats: BOTH, outcome: true }),
  row('2.', '没有现成信息需要另行制作', { key: 'unavailable.needsCreation', group: '（四）无法提供', keywords: ['另行制作', '没有现成'], formats: BOTH, outcome: true }),
  row('3.', '补正后申请内容仍不明确', { key: 'unavailable.unclearAfterCorrection', group: '（四）无法提供', keywords: ['补正后', '仍不明确'], formats: BOTH, outcome: true }),
  row('1.', '信访举报投诉类申请', { key: 'notProcessed.petitionComplaint', group: '（五）不予处理', keywords: ['信访', '举报投诉'], formats: BOTH, outcome: true }),
  row('2.', '重复申请', { key: 'notProcessed.repeated', group: '（五）不予处理', keywords: ['重复申请'], formats: BOTH, outcome: true }),
  row('3.', '要求提供公开出版物', { key: 'notProcessed.publication', group: '（五）不予处理', keywords: ['公开出版物', '出版物'], formats: BOTH, outcome: true }),
  row('4.', '无正当理由大量反复申请', { key: 'notProcessed.massRepeated', group: '（五）不予处理', keywords: ['大量反复'], formats: BOTH, outcome: true }),
  row('5.', '要求行政机关确认或重新出具已获取信息', { key: 'notProcessed.confirmation', group: '（五）不予处理', keywords: ['重新出具', '已获取信息', '确认或'], formats: BOTH, outcome: true }),
  // 2021: （六）其他处理 has three rows; 2019: （六）其他处理 is one row with figures
  row('1.', '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', { key: 'otherHandling.overdueCorrection', short: '逾期不补正', group: '（六）其他处理', keywords: ['逾期不补正', '不补正'], formats: ['2021'], outcome: true }),
  row('2.', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', { key: 'otherHandling.unpaidFee', short: '逾期未缴纳费用', group: '（六）其他处理', keywords: ['缴纳费用', '收费通知'], formats: ['2021'], outcome: true }),
  row('3.', '其他', { key: 'otherHandling.other', group: '（六）其他处理', keywords: [], endsWith: ['其他'], formats: ['2021'], outcome: true }),
  row('（六）', '其他处理', { key: 'otherHandling', group: RESULT, keywords: [], endsWith: ['其他处理'], formats: ['2019'], outcome: true }),
  row('（七）', '总计', { key: 'totalHandled', group: RESULT, keywords: [], endsWith: ['总计'], formats: BOTH, subject: '本年度办理结果/总计' }),
  row('四、', '结转下年度继续办理', { key: 'carriedForward', keywords: ['结转下年度', '结转下一年度'], formats: BOTH }),
];

/** The group rows of 表三 that carry no figures of their own: printed number + label. */
export const TABLE3_GROUPS: Array<{ key: string; number: string; label: string }> = [
  { key: 'result', number: '三、', label: RESULT },
  { key: 'denied', number: '（三）', label: '（三）不予公开' },
  { key: 'unavailable', number: '（四）', label: '（四）无法提供' },
  { key: 'notProcessed', number: '（五）', label: '（五）不予处理' },
  { key: 'otherHandling', number: '（六）', label: '（六）其他处理' },
];

const ORG = '法人或其他组织';
/** 表三's columns: 自然人, the five 法人或其他组织 kinds, 总计. */
export const TABLE3_COLUMNS: ColumnLabel[] = [
  { key: 'naturalPerson', label: '自然人', exact: ['自然人'] },
  { key: 'commercial', label: '商业企业', group: ORG, exact: ['商业企业', '企业'] },
  { key: 'research', label: '科研机构', group: ORG, exact: ['科研机构'] },
  { key: 'social', label: '社会公益组织', group: ORG, exact: ['社会公益组织', '公益组织'] },
  { key: 'legal', label: '法律服务机构', group: ORG, exact: ['法律服务机构'] },
  { key: 'otherOrg', label: '其他', group: ORG, exact: ['其他', '其他组织'] },
  { key: 'total', label: '总计', exact: ['总计', '合计'] },
];

/** The 表三 rows of one format version, in official order. */
export function table3Rows(format: FormatVersion): Table3Row[] {
  return TABLE3_ROWS.filter((r) => r.formats.includes(format));
}

/**
 * The identities of 表三, per format (keys `row.column`): each row's six applicant columns add up to its 总计;
 * per column, 一 + 二 = （七）总计 + 四 and （七）总计 = the sum of the outcome rows.
 */
export function table3Identities(format: FormatVersion): Identity[] {
  const rows = table3Rows(format);
  const cols = TABLE3_COLUMNS.map((c) => c.key);
  const parts = cols.slice(0, -1);
  const out: Identity[] = rows.map((r) => ({ name: `${r.label} 各列之和`, parts: parts.map((c) => `${r.key}.${c}`), total: `${r.key}.total` }));
  for (const c of TABLE3_COLUMNS) {
    out.push({ name: `一 + 二 − 四 = （七）总计（${c.label}）`, parts: [`newReceived.${c.key}`, `carriedOver.${c.key}`], minus: [`carriedForward.${c.key}`], total: `totalHandled.${c.key}` });
    out.push({ name: `（七）总计 = 办理结果各行之和（${c.label}）`, parts: rows.filter((r) => r.outcome).map((r) => `${r.key}.${c.key}`), total: `totalHandled.${c.key}` });
  }
  return out;
}

/** Row keys of 表三 whose rows sit under one group (`denied` → the eight 不予公开 rows), for prose totals. */
export function table3GroupRows(group: string, format: FormatVersion = '2021'): string[] {
  return table3Rows(format).filter((r) => r.key.startsWith(`${group}.`)).map((r) => r.key);
}
