import { TABLE2_COLUMNS, TABLE2_ROWS } from './table2.js';
import { TABLE3_COLUMNS, TABLE3_GROUPS, TABLE3_ROWS } from './table3.js';
import { TABLE4_GROUPS_PRINTED, TABLE4_OUTCOMES } from './table4.js';

/**
 * The 中文 label and unit of every indicator key (DESIGN §3). Table keys take their words from the table templates
 * (表二/表三/表四); the keys outside the tables (prose era, fees, consultations) are listed here.
 */

/** Labels of key segments that no table prints (the indicator groups, prose-era figures). */
const OTHER_SEGMENTS: Record<string, string> = {
  format: '报告格式',
  proactive: '主动公开',
  applications: '依申请公开',
  reviewsAndLawsuits: '复议诉讼',
  feesCollectedYuan: '信息处理费(元)',
  feesWaivedYuan: '减免(元)',
  consultations: '咨询',
  fundingYuan: '工作经费(元)',
  feesTenThousandYuan: '行政事业性收费(万元)',
  cumulativePublished: '累计主动公开',
  fullTextElectronicRate: '全文电子化率(%)',
  categories: '分类',
  feeItems: '行政事业性收费',
  amountYuan: '采购总金额(元)',
  lawsuit: '行政诉讼',
  total: '总计',
  phone: '电话',
  inPerson: '现场',
  online: '网上',
};

const textOf = (r: { number: string; label: string; short?: string }) => r.short ?? r.label.slice(r.number.length).replace(/（[^（）]*）$/, '');

/** Key segment → label words (a column under a header group gets both: 法人或其他组织 · 其他). First entry wins. */
function segmentLabels(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const put = (key: string, words: string[]) => {
    if (!out.has(key)) out.set(key, words);
  };
  for (const r of TABLE3_ROWS) put(r.key.split('.').pop()!, [textOf(r)]);
  for (const g of TABLE3_GROUPS) put(g.key, [g.label.slice(g.number.length)]);
  for (const c of TABLE3_COLUMNS) put(c.key, c.group ? [c.group, c.label] : [c.label]);
  for (const g of TABLE4_GROUPS_PRINTED) put(g.key, [g.label]);
  for (const o of TABLE4_OUTCOMES) put(o.key, [o.label]);
  for (const r of TABLE2_ROWS) put(r.key, [r.label]);
  // 本年制发件数 → 本年制发: the column names the figure, the key the item
  for (const c of TABLE2_COLUMNS) put(c.key, [c.label.replace(/件数$|（单位：万元）$/, '')]);
  for (const [k, v] of Object.entries(OTHER_SEGMENTS)) put(k, [v]);
  return out;
}

/** Where the same English segment means something else under a given parent (`parent.segment`). */
const CONTEXT_LABELS: Record<string, string> = {
  'proactive.totalPublished': '主动公开信息数',
  'denied.total': '小计',
  'unavailable.total': '小计',
  'notProcessed.total': '小计',
  'otherHandling.other': '其他',
  'consultations.total': '总数',
};

/** Segment → label words, built once from the templates. */
export const KEY_SEGMENT_LABELS: ReadonlyMap<string, string[]> = segmentLabels();

/** The label words of segment `part` under parent `parent` (undefined when the registry does not know it). */
export function segmentLabel(parent: string | undefined, part: string): string[] | undefined {
  if (parent !== undefined && Object.hasOwn(CONTEXT_LABELS, `${parent}.${part}`)) return [CONTEXT_LABELS[`${parent}.${part}`]];
  return KEY_SEGMENT_LABELS.get(part);
}

/** Units by key pattern, first match wins; the official tables' units (表二 文件 and 决定 are 件, information 条). */
export const INDICATOR_UNITS: Array<{ pattern: RegExp; unit: string; example: string }> = [
  { pattern: /TenThousandYuan$/, unit: '万元', example: '行政事业性收费 本年收费金额（单位：万元）' },
  { pattern: /Yuan$/, unit: '元', example: '信息处理费 0 元' },
  { pattern: /Rate$/, unit: '%', example: '全文电子化率达100%' },
  { pattern: /^proactive\.(regulations|normativeDocuments)\./, unit: '件', example: '规章 本年制发 88 件' },
  { pattern: /^proactive\.\w+\.decisions$/, unit: '件', example: '行政许可 处理决定数量 10690' },
  { pattern: /^proactive\./, unit: '条', example: '主动公开政府信息 14571 条' },
  { pattern: /^consultations\./, unit: '人次', example: '接受咨询 120 人次' },
  { pattern: /./, unit: '件', example: '表三 / 表四: 申请 75 件, 行政复议 2 件' },
];

/** The unit of an indicator key: 元 / 万元 / % / 件 / 条 / 人次. */
export function unitOf(key: string): string {
  return INDICATOR_UNITS.find((u) => u.pattern.test(key))!.unit;
}

// indicator keys are a few hundred, from the templates and rules (and a report's category labels, so the memo is
// bounded): each is split at its dots once, and the same part strings serve every property access
const KEY_PARTS = new Map<string, readonly string[]>();
const KEY_PARTS_MAX = 5000;

/** The dotted key's parts (`applications.granted.total` → applications, granted, total), split once per key. */
export function keyParts(key: string): readonly string[] {
  let parts = KEY_PARTS.get(key);
  if (!parts) {
    if (KEY_PARTS.size >= KEY_PARTS_MAX) KEY_PARTS.clear();
    KEY_PARTS.set(key, (parts = Object.freeze(key.split('.'))));
  }
  return parts;
}
