import { normalizeForMatching } from '../../input/normalize.js';

/**
 * The official statistical tables of the annual report format, as data (DESIGN §3):
 * 表二 主动公开政府信息情况, 表三 收到和处理政府信息公开申请情况, 表四 政府信息公开行政复议、行政诉讼情况,
 * in the 2019 version (国办公开办函〔2019〕60号) and the 2021 version (国办公开办函〔2021〕30号).
 *
 * Each row names its indicator key, its official label, and the keywords that identify it in real reports — written
 * after normalisation (`labelText`: no spaces or line breaks, half-width brackets), so `社会公益 组织`, `本年度办 理结果`,
 * `部\n分公开` and `（一）`/`(一)` all match. Misspellings seen in real reports are listed as extra keywords
 * (`行政法复议`, 022-b-pingtan-2022). Code loops over these tables; a new phrasing is a new keyword here.
 */

/** The two versions of the official format: 2019 (国办公开办函〔2019〕60号) and 2021 (国办公开办函〔2021〕30号). */
export type FormatVersion = '2019' | '2021';

/** One row of 表三, in the official order. */
export interface Table3Row {
  /** Key under `indicators.applications`, dotted (`denied.stateSecret`). */
  key: string;
  /** The official label with its marker, as the 2021 format prints it. */
  label: string;
  /** Group label the row sits under, if any (`（三）不予公开`). */
  group?: string;
  /** Phrases that identify the row anywhere in its label (normalised text). */
  keywords: string[];
  /** Phrases that identify the row only when the label ENDS with them (`3.其他`, `（七）总计`). */
  endsWith?: string[];
  /** Format versions that have this row. */
  formats: FormatVersion[];
  /** An outcome row: its columns add up, with the other outcome rows, to （七）总计. */
  outcome?: true;
  /** How facts name the row when its label alone says too little (`（七）总计`). */
  subject?: string;
}

const BOTH: FormatVersion[] = ['2019', '2021'];

/** 表三's rows in official order, both versions (the 2019 version has one （六）其他处理 row). */
export const TABLE3_ROWS: Table3Row[] = [
  { key: 'newReceived', label: '一、本年新收政府信息公开申请数量', keywords: ['本年新收', '本年度新收'], formats: BOTH },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', keywords: ['上年结转', '上年度结转'], formats: BOTH },
  { key: 'granted', label: '（一）予以公开', group: '三、本年度办理结果', keywords: ['予以公开'], formats: BOTH, outcome: true },
  // （二）部分公开（区分处理的，只计这一情形，不计其他情形）
  { key: 'partiallyGranted', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', group: '三、本年度办理结果', keywords: ['部分公开'], formats: BOTH, outcome: true },
  { key: 'denied.stateSecret', label: '1.属于国家秘密', group: '（三）不予公开', keywords: ['国家秘密'], formats: BOTH, outcome: true },
  { key: 'denied.lawForbidden', label: '2.其他法律行政法规禁止公开', group: '（三）不予公开', keywords: ['禁止公开'], formats: BOTH, outcome: true },
  // 3.危及“三安全一稳定” — quotes vary (“” / "" / none)
  { key: 'denied.threeSecurityOneStability', label: '3.危及“三安全一稳定”', group: '（三）不予公开', keywords: ['三安全一稳定', '危及'], formats: BOTH, outcome: true },
  { key: 'denied.thirdParty', label: '4.保护第三方合法权益', group: '（三）不予公开', keywords: ['第三方合法权益', '保护第三方'], formats: BOTH, outcome: true },
  { key: 'denied.internalAffairs', label: '5.属于三类内部事务信息', group: '（三）不予公开', keywords: ['内部事务'], formats: BOTH, outcome: true },
  { key: 'denied.processInfo', label: '6.属于四类过程性信息', group: '（三）不予公开', keywords: ['过程性信息', '四类过程'], formats: BOTH, outcome: true },
  { key: 'denied.enforcementFile', label: '7.属于行政执法案卷', group: '（三）不予公开', keywords: ['执法案卷'], formats: BOTH, outcome: true },
  { key: 'denied.querySubject', label: '8.属于行政查询事项', group: '（三）不予公开', keywords: ['行政查询', '查询事项'], formats: BOTH, outcome: true },
  { key: 'unavailable.notHeld', label: '1.本机关不掌握相关政府信息', group: '（四）无法提供', keywords: ['不掌握'], formats: BOTH, outcome: true },
  { key: 'unavailable.needsCreation', label: '2.没有现成信息需要另行制作', group: '（四）无法提供', keywords: ['另行制作', '没有现成'], formats: BOTH, outcome: true },
  { key: 'unavailable.unclearAfterCorrection', label: '3.补正后申请内容仍不明确', group: '（四）无法提供', keywords: ['补正后', '仍不明确'], formats: BOTH, outcome: true },
  { key: 'notProcessed.petitionComplaint', label: '1.信访举报投诉类申请', group: '（五）不予处理', keywords: ['信访', '举报投诉'], formats: BOTH, outcome: true },
  { key: 'notProcessed.repeated', label: '2.重复申请', group: '（五）不予处理', keywords: ['重复申请'], formats: BOTH, outcome: true },
  { key: 'notProcessed.publication', label: '3.要求提供公开出版物', group: '（五）不予处理', keywords: ['公开出版物', '出版物'], formats: BOTH, outcome: true },
  { key: 'notProcessed.massRepeated', label: '4.无正当理由大量反复申请', group: '（五）不予处理', keywords: ['大量反复'], formats: BOTH, outcome: true },
  { key: 'notProcessed.confirmation', label: '5.要求行政机关确认或重新出具已获取信息', group: '（五）不予处理', keywords: ['重新出具', '已获取信息', '确认或'], formats: BOTH, outcome: true },
  // 2021: （六）其他处理 has three rows; 2019: （六）其他处理 is one row with figures
  { key: 'otherHandling.overdueCorrection', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', group: '（六）其他处理', keywords: ['逾期不补正', '不补正'], formats: ['2021'], outcome: true },
  { key: 'otherHandling.unpaidFee', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', group: '（六）其他处理', keywords: ['缴纳费用', '收费通知'], formats: ['2021'], outcome: true },
  { key: 'otherHandling.other', label: '3.其他', group: '（六）其他处理', keywords: [], endsWith: ['其他'], formats: ['2021'], outcome: true },
  { key: 'otherHandling', label: '（六）其他处理', group: '三、本年度办理结果', keywords: [], endsWith: ['其他处理'], formats: ['2019'], outcome: true },
  { key: 'totalHandled', label: '（七）总计', group: '三、本年度办理结果', keywords: [], endsWith: ['总计'], formats: BOTH, subject: '本年度办理结果/总计' },
  { key: 'carriedForward', label: '四、结转下年度继续办理', keywords: ['结转下年度', '结转下一年度'], formats: BOTH },
];

/** Rows of 表三 that only the 2021 format has: finding one means the table is in the 2021 version. */
export const TABLE3_2021_ONLY = TABLE3_ROWS.filter((r) => r.formats.length === 1 && r.formats[0] === '2021').map((r) => r.key);

/** The columns of 表三 (applicant types), in the official order. */
export interface ColumnLabel {
  key: string;
  label: string;
  /** The header text, normalised, must equal one of these. */
  exact: string[];
}
/** 表三's columns: 自然人, the five 法人或其他组织 kinds, 总计. */
export const TABLE3_COLUMNS: ColumnLabel[] = [
  { key: 'naturalPerson', label: '自然人', exact: ['自然人'] },
  { key: 'commercial', label: '商业企业', exact: ['商业企业', '企业'] },
  { key: 'research', label: '科研机构', exact: ['科研机构'] },
  { key: 'social', label: '社会公益组织', exact: ['社会公益组织', '公益组织'] },
  { key: 'legal', label: '法律服务机构', exact: ['法律服务机构'] },
  { key: 'otherOrg', label: '其他', exact: ['其他', '其他组织'] },
  { key: 'total', label: '总计', exact: ['总计', '合计'] },
];

/** 表四 column groups: 行政复议 · 行政诉讼（未经复议直接起诉 / 复议后起诉）. Checked in this order (most specific first). */
export const TABLE4_GROUPS: Array<{ key: string; label: string; keywords: string[] }> = [
  { key: 'lawsuitAfterReview', label: '复议后起诉', keywords: ['复议后起诉'] },
  { key: 'lawsuitDirect', label: '未经复议直接起诉', keywords: ['直接起诉', '未经复议'] },
  // 行政法复议 — misspelling in 022-b-pingtan-2022
  { key: 'review', label: '行政复议', keywords: ['行政复议', '行政法复议'] },
];
/** Official order of the 表四 groups in the printed table. */
export const TABLE4_GROUP_ORDER = ['review', 'lawsuitDirect', 'lawsuitAfterReview'];

/** 表四 outcome columns, the same five under each group. */
export const TABLE4_OUTCOMES: ColumnLabel[] = [
  { key: 'upheld', label: '结果维持', exact: ['结果维持', '维持'] },
  { key: 'corrected', label: '结果纠正', exact: ['结果纠正', '纠正'] },
  { key: 'other', label: '其他结果', exact: ['其他结果', '其他'] },
  { key: 'pending', label: '尚未审结', exact: ['尚未审结', '未审结'] },
  { key: 'total', label: '总计', exact: ['总计', '合计'] },
];

/** 表二 rows (第二十条 items). `key` is under `indicators.proactive`. */
export interface Table2Row {
  key: string;
  label: string;
  keywords: string[];
  formats: FormatVersion[];
}
/** 表二's rows (第二十条 items), both versions. */
export const TABLE2_ROWS: Table2Row[] = [
  { key: 'regulations', label: '规章', keywords: ['规章'], formats: BOTH },
  // 2021: 行政规范性文件; 2019: 规范性文件
  { key: 'normativeDocuments', label: '行政规范性文件', keywords: ['规范性文件'], formats: BOTH },
  { key: 'licensing', label: '行政许可', keywords: ['行政许可'], formats: BOTH },
  { key: 'otherServices', label: '其他对外管理服务事项', keywords: ['对外管理服务'], formats: ['2019'] },
  { key: 'punishment', label: '行政处罚', keywords: ['行政处罚'], formats: BOTH },
  { key: 'enforcement', label: '行政强制', keywords: ['行政强制'], formats: BOTH },
  { key: 'fees', label: '行政事业性收费', keywords: ['事业性收费'], formats: BOTH },
  { key: 'procurement', label: '政府集中采购', keywords: ['集中采购'], formats: ['2019'] },
];

/** 表二 column headers. `money`: the column holds an amount (万元 or 元, per its header). */
export interface Table2Column {
  key: string;
  label: string;
  keywords: string[];
  formats: FormatVersion[];
  money?: true;
  /** Measure word of the counts in this column, when the header gives one (件数 → 件). */
  unit?: string;
}
/** 表二's column headers, both versions; the header row above a group of rows says which apply. */
export const TABLE2_COLUMNS: Table2Column[] = [
  { key: 'issued', label: '本年制发件数', keywords: ['本年制发'], formats: ['2021'], unit: '件' },
  { key: 'repealed', label: '本年废止件数', keywords: ['本年废止'], formats: ['2021'], unit: '件' },
  { key: 'inForce', label: '现行有效件数', keywords: ['现行有效'], formats: ['2021'], unit: '件' },
  { key: 'newlyMade', label: '本年新制作数量', keywords: ['本年新制作'], formats: ['2019'] },
  { key: 'newlyPublished', label: '本年新公开数量', keywords: ['本年新公开'], formats: ['2019'] },
  { key: 'totalPublished', label: '对外公开总数量', keywords: ['对外公开总数'], formats: ['2019'] },
  { key: 'itemsLastYear', label: '上一年项目数量', keywords: ['上一年项目'], formats: ['2019'] },
  { key: 'itemsChange', label: '本年增/减', keywords: ['本年增/减', '本年增减', '增/减'], formats: ['2019'] },
  // 本年处理决定数量 (2021) / 处理决定数量 (2019) — decisions are counted in 件 (the readings of 022/024: 行政许可10690 件)
  { key: 'decisions', label: '本年处理决定数量', keywords: ['处理决定数'], formats: BOTH, unit: '件' },
  { key: 'amount', label: '本年收费金额（单位：万元）', keywords: ['收费金额'], formats: ['2021'], money: true },
  { key: 'projects', label: '采购项目数量', keywords: ['采购项目数'], formats: ['2019'] },
  { key: 'amount', label: '采购总金额', keywords: ['采购总金额'], formats: ['2019'], money: true },
];

/** Words of 表二 that are neither rows nor columns (section lines, the label column's header). */
export const TABLE2_FILLER = ['信息内容', '第二十条'];

/** Where each table starts in a report's text: the heading of its section (一、… markers vary; the words do not). */
export const TABLE_HEADINGS: Record<'表二' | '表三' | '表四', RegExp> = {
  // 二、主动公开政府信息情况
  表二: /[二2][、.]\s*主动公开政府信息/g,
  // 三、收到和处理政府信息公开申请情况
  表三: /[三3][、.]\s*收到和处理政府信息公开申请/g,
  // 四、政府信息公开行政复议、行政诉讼情况 / 四、政府信息公开行政法复议、行政诉讼情况 (022)
  表四: /[四4][、.]\s*(?:政府信息公开)?(?:行政法?复议|因政府信息公开)/g,
};

// 一、 二、 （一） (一) 1. 1、 1． — the markers in front of official labels
const MARKER = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、．])/;

/**
 * A label as compared: normalised (full-width → half-width), without whitespace or line breaks (`本年度办 理结果`,
 * `部\n分公开`), without Markdown emphasis.
 */
export function labelText(s: string): string {
  return normalizeForMatching(s).replace(/[\s*#|]+/g, '');
}

/** The label without its leading markers (`三、（一）予以公开` → `予以公开`). */
export function stripMarkers(label: string): string {
  let s = label;
  for (let i = 0; i < 4; i++) {
    const m = MARKER.exec(s);
    if (!m) break;
    s = s.slice(m[0].length);
  }
  return s;
}
