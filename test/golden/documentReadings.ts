// The cells a human reading (.gold.json) gives, as indicator key → value: the rows and groups written out here, not
// taken from the library's label tables; tables.test.ts and documents.test.ts both read them through goldCells.
export const TABLE3_KEYS: Record<string, string> = {
  本年新收政府信息公开申请数量: 'newReceived',
  上年结转政府信息公开申请数量: 'carriedOver',
  予以公开: 'granted',
  部分公开: 'partiallyGranted',
  属于国家秘密: 'denied.stateSecret',
  其他法律行政法规禁止公开: 'denied.lawForbidden',
  '危及“三安全一稳定”': 'denied.threeSecurityOneStability',
  保护第三方合法权益: 'denied.thirdParty',
  属于三类内部事务信息: 'denied.internalAffairs',
  属于四类过程性信息: 'denied.processInfo',
  属于行政执法案卷: 'denied.enforcementFile',
  属于行政查询事项: 'denied.querySubject',
  本机关不掌握相关政府信息: 'unavailable.notHeld',
  没有现成信息需要另行制作: 'unavailable.needsCreation',
  补正后申请内容仍不明确: 'unavailable.unclearAfterCorrection',
  信访举报投诉类申请: 'notProcessed.petitionComplaint',
  重复申请: 'notProcessed.repeated',
  要求提供公开出版物: 'notProcessed.publication',
  无正当理由大量反复申请: 'notProcessed.massRepeated',
  要求行政机关确认或重新出具已获取信息: 'notProcessed.confirmation',
  申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请: 'otherHandling.overdueCorrection',
  申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请: 'otherHandling.unpaidFee',
  其他: 'otherHandling.other',
  其他处理: 'otherHandling',
  总计: 'totalHandled',
  结转下年度继续办理: 'carriedForward',
};
const COLUMNS = ['naturalPerson', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'total'];
const TABLE4_GROUPS: Record<string, string> = { 行政复议: 'review', 行政诉讼_未经复议直接起诉: 'lawsuitDirect', 行政诉讼_复议后起诉: 'lawsuitAfterReview' };
const TABLE4_OUTCOMES: Record<string, string> = { 结果维持: 'upheld', 结果纠正: 'corrected', 其他结果: 'other', 尚未审结: 'pending', 总计: 'total' };

export interface Gold {
  agency?: string;
  year?: number;
  table3?: Record<string, number[]>;
  table4?: Record<string, Record<string, number>>;
  facts: Array<{ label: string; value: number | string; quote: string }>;
}

/** Every 表三 and 表四 cell of a reading: [indicator key, value]. */
export function goldCells(gold: Gold): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const [label, values] of Object.entries(gold.table3 ?? {})) {
    const row = TABLE3_KEYS[label.replace(/[、，]/g, '')];
    if (!row) throw new Error(`reading row ${label} has no key in this test`);
    values.forEach((v, i) => out.push([`applications.${row}.${COLUMNS[i]}`, v]));
  }
  for (const [group, cells] of Object.entries(gold.table4 ?? {})) {
    for (const [outcome, v] of Object.entries(cells)) out.push([`reviewsAndLawsuits.${TABLE4_GROUPS[group]}.${TABLE4_OUTCOMES[outcome]}`, v]);
  }
  return out;
}

/** The value at a dotted key. */
export function valueAt(obj: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}
