/**
 * Known official tables (from the human readings of 022, 024, 031, 034; 062 for the 2019 row set) and the source shapes issue 12 lists, as data
 * and small functions: a `Shape` says how to print a table (text lines, pipe tables, HTML; labels dropped, on their
 * own lines, broken; group labels before, beside or inside their rows; the vertical 三、本年度办理结果 anywhere; blank
 * zeros; pipe pieces; 表四 as three sub-tables) and `renderReport` prints a short report around it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One printed 表三 row of the 2021 template: its label, the group it sits in, its indicator key. */
interface TemplateRow {
  label: string;
  group?: string;
  key: string;
}

/** The 2021 表三 as printed (labels as the official notice spells them), in order. */
export const TABLE3_ROWS: TemplateRow[] = [
  { label: '一、本年新收政府信息公开申请数量', key: 'newReceived' },
  { label: '二、上年结转政府信息公开申请数量', key: 'carriedOver' },
  { label: '（一）予以公开', key: 'granted' },
  { label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', key: 'partiallyGranted' },
  ...['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].map(
    (label, i) => ({ label, group: '（三）不予公开', key: `denied.${['stateSecret', 'lawForbidden', 'threeSecurityOneStability', 'thirdParty', 'internalAffairs', 'processInfo', 'enforcementFile', 'querySubject'][i]}` }),
  ),
  ...['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].map((label, i) => ({ label, group: '（四）无法提供', key: `unavailable.${['notHeld', 'needsCreation', 'unclearAfterCorrection'][i]}` })),
  ...['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'].map((label, i) => ({
    label,
    group: '（五）不予处理',
    key: `notProcessed.${['petitionComplaint', 'repeated', 'publication', 'massRepeated', 'confirmation'][i]}`,
  })),
  ...['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他'].map((label, i) => ({
    label,
    group: '（六）其他处理',
    key: `otherHandling.${['overdueCorrection', 'unpaidFee', 'other'][i]}`,
  })),
  { label: '（七）总计', key: 'totalHandled' },
  { label: '四、结转下年度继续办理', key: 'carriedForward' },
];
/** The 2019 表三: the same rows, with one （六）其他处理 row for the three of 2021 (062 prints it in 2023). */
export const TABLE3_ROWS_2019: TemplateRow[] = [...TABLE3_ROWS.slice(0, 20), { label: '（六）其他处理', key: 'otherHandling' }, ...TABLE3_ROWS.slice(23)];
/** The rows under the vertical group label 三、本年度办理结果: （一）予以公开 … （七）总计 (first … last, inclusive). */
const resultRows = (rows: TemplateRow[]) => ({ first: 2, last: rows.length - 2 });
export const COLUMNS = ['naturalPerson', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'total'];
export const TABLE4_GROUPS = [
  { key: 'review', heading: '行政复议' },
  { key: 'lawsuitDirect', heading: '行政诉讼（未经复议直接起诉）' },
  { key: 'lawsuitAfterReview', heading: '行政诉讼（复议后起诉）' },
];
export const TABLE4_OUTCOMES = ['upheld', 'corrected', 'other', 'pending', 'total'];
const OUTCOME_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

export interface KnownTable {
  name: string;
  year: number;
  /** The template's 表三 rows (2021: TABLE3_ROWS; 2019: TABLE3_ROWS_2019). */
  rows: TemplateRow[];
  /** rows × 7 values, in `rows` order. */
  table3: number[][];
  /** 3 groups × 5 values, in TABLE4_GROUPS order. */
  table4: number[][];
}

/** The 表三/表四 of a reading in fixtures/corpus (its rows are in the template's order). */
export function knownTable(name: string, year: number): KnownTable {
  const gold = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/corpus', `${name}.gold.json`), 'utf8'));
  const table3 = Object.values(gold.table3 as Record<string, number[]>);
  const table4 = Object.values(gold.table4 as Record<string, Record<string, number>>).map((o) => Object.values(o));
  const rows = [TABLE3_ROWS, TABLE3_ROWS_2019].find((r) => r.length === table3.length);
  if (!rows || table4.length !== 3) throw new Error(`${name}: not an official table`);
  return { name, year, rows, table3, table4 };
}

/** Every cell of a known table as indicator key → value. */
export function cellsOf(t: KnownTable): Record<string, number> {
  const cells: Record<string, number> = {};
  t.rows.forEach((r, i) => COLUMNS.forEach((c, j) => (cells[`applications.${r.key}.${c}`] = t.table3[i][j])));
  TABLE4_GROUPS.forEach((g, i) => TABLE4_OUTCOMES.forEach((o, j) => (cells[`reviewsAndLawsuits.${g.key}.${o}`] = t.table4[i][j])));
  return cells;
}

/** How a table is printed. Every field is a real layout seen in reports or their conversions (see fixtures/shapes). */
export interface Shape {
  /** columns: all row labels, then each column top to bottom (pdftotext's default mode; fixtures/shapes/024-columns). */
  render: 'lines' | 'pipe' | 'html' | 'columns';
  /** Rows whose label is lost (the figures stay). */
  dropLabel: boolean[];
  /** Label on its own line(s), figures on the next line (PDF text; pipe: a plain label line over a figures-only row). */
  labelOwnLine: boolean;
  /** Break labels every n characters (0: never). */
  wrap: number;
  /** Where a group label （三）不予公开 … goes: its own line before the group, a cell before the first row, or its own line mid-group. */
  group: 'before' | 'prefix' | 'middle';
  /** Line index (modulo the body's length) where the vertical 三、本年度办理结果 is printed; -1: as a plain row label line before row 2. */
  vertical: number;
  /** How it is printed: one character a line (pdftotext -raw), or spread over one line (pdftotext -layout: `三 、本 年 度办 理 结果`). */
  verticalStyle: 'column' | 'spaced';
  /** Zero figures printed blank: none, zero cells beside a non-zero total, or whole zero rows of 三 too. */
  blanks: 'none' | 'cells' | 'rows';
  /** Cells printed blank whatever their value (表三 row × 7 + column, then 表四 from 175): blanks no total proves 0. */
  unproven: number[];
  /** Body line indexes where the table breaks (pipe: a new piece, a separator row after its first row). */
  cuts: number[];
  /** What stands between pieces: nothing, a page footer, a repeated table heading. */
  between: '' | '— 5 —' | '## 表三：收到和处理政府信息公开申请情况';
  /** 表四: one row of 15 figures, or three sub-tables under sub-headings (in this order of TABLE4_GROUPS). */
  table4: 'row' | 'subtables';
  table4Order: number[];
}

const VERTICAL = '三、本年度办理结果';
/** The vertical label's lines in a style. */
const verticalLines = (style: Shape['verticalStyle']): string[] => (style === 'column' ? [...VERTICAL] : ['三 、本 年 度办 理 结果']);

/** The printed figures of a row, '' where the shape leaves a zero blank. */
function figures(t: KnownTable, i: number, shape: Shape): string[] {
  const v = t.table3[i];
  const { first, last } = resultRows(t.rows);
  // whole zero rows of 三 above （七）总计: the rows of 三 add up to 总计 only with them as 0
  const inResults = i >= first && i < last;
  const wholeRowBlank = shape.blanks === 'rows' && inResults && v.every((x) => x === 0);
  const blank = (x: number, j: number) => wholeRowBlank || (shape.blanks !== 'none' && x === 0 && j < 6 && v[6] !== 0) || shape.unproven.includes(i * 7 + j);
  return v.map((x, j) => (blank(x, j) ? '' : String(x)));
}

/**
 * The printed figures of 表四 group g, '' where the shape blanks a cell — never in a group whose printed figures break
 * its own sum (062's published 复议后起诉 5 … 总计 0): a blank beside a wrong total is "proven" 0 by that total, and
 * nothing left in the table can show the total wrong (found by FC_SEED=638602797; not a reader's error).
 */
const figures4 = (t: KnownTable, g: number, shape: Shape): string[] => {
  const v = t.table4[g];
  const broken = v.slice(0, 4).reduce((s, x) => s + x, 0) !== v[4];
  return v.map((x, j) => (!broken && shape.unproven.includes(175 + g * 5 + j) ? '' : String(x)));
};

/** Breaks a label into lines of n characters. */
const wrap = (label: string, n: number): string[] => (n > 0 ? (label.match(new RegExp(`.{1,${n}}`, 'gu')) ?? ['']) : [label]);

/** The 表三 body as lines of text (lines / pipe renders). */
function table3Lines(t: KnownTable, shape: Shape): string[] {
  const out: string[] = [];
  const rows = t.rows;
  rows.forEach((row, i) => {
    const g = row.group;
    const first = g && rows[i - 1]?.group !== g;
    const size = g ? rows.filter((r) => r.group === g).length : 0;
    const middle = g && rows.findIndex((r) => r.group === g) + Math.floor(size / 2) === i;
    if (g && ((shape.group === 'before' && first) || (shape.group === 'middle' && middle))) out.push(g);
    if (i === resultRows(rows).first && shape.vertical === -1) out.push(VERTICAL);
    const label = shape.dropLabel[i] ? '' : (shape.group === 'prefix' && first ? `${g} ` : '') + row.label;
    const nums = figures(t, i, shape);
    const labelLines = label ? wrap(label, shape.wrap) : [];
    if (shape.render === 'pipe') {
      const cells = `| ${nums.join(' | ')} |`.replace(/ {2}/g, ' ');
      if (shape.labelOwnLine || labelLines.length > 1) out.push(...labelLines, cells);
      else out.push(label ? `| ${label} |${cells.slice(1)}` : cells);
    } else if (shape.labelOwnLine || !label) out.push(...labelLines, nums.filter(Boolean).join(' '));
    else out.push(...labelLines.slice(0, -1), `${labelLines.at(-1)} ${nums.filter(Boolean).join(' ')}`);
  });
  if (shape.vertical >= 0) out.splice(shape.vertical % (out.length + 1), 0, ...verticalLines(shape.verticalStyle));
  for (const cut of [...new Set(shape.cuts.map((c) => c % out.length))].sort((a, b) => b - a)) {
    // a piece starts at each cut (pipe: its first pipe row is followed by a separator row)
    const at = shape.render === 'pipe' ? out.findIndex((l, k) => k >= cut && l.startsWith('|')) : -1;
    if (at >= 0) out.splice(at + 1, 0, `|${'---|'.repeat(out[at].split('|').length - 2)}`);
    if (cut > 0) out.splice(cut, 0, shape.between);
  }
  if (shape.render === 'pipe') {
    const first = out.findIndex((l) => l.startsWith('|'));
    if (first >= 0 && !out[first + 1]?.startsWith('|---')) out.splice(first + 1, 0, `|${'---|'.repeat(out[first].split('|').length - 2)}`);
  }
  return out.filter((l) => l !== '');
}

/** 表三 printed column by column: the labels (groups, vertical label, wraps and lost labels as the shape says), then each column's figures one a line, blanks left out. */
function table3ColumnLines(t: KnownTable, shape: Shape): string[] {
  const out: string[] = [];
  t.rows.forEach((row, i) => {
    const g = row.group;
    if (g && t.rows[i - 1]?.group !== g) out.push(g);
    if (i === resultRows(t.rows).first) out.push(...(shape.vertical === -1 ? [VERTICAL] : verticalLines(shape.verticalStyle)));
    if (!shape.dropLabel[i]) out.push(...wrap(row.label, shape.wrap));
  });
  const grid = t.rows.map((_, i) => figures(t, i, shape));
  for (let j = 0; j < 7; j++) out.push('', ...grid.map((r) => r[j]).filter(Boolean));
  return out;
}

/** 表四 as text lines. */
function table4Lines(t: KnownTable, shape: Shape): string[] {
  const pipe = (xs: string[]) => `| ${xs.join(' | ')} |`;
  if (shape.table4 === 'row') {
    const nums = [0, 1, 2].flatMap((g) => figures4(t, g, shape));
    const head = ['行政复议 行政诉讼', '未经复议直接起诉 复议后起诉', `${OUTCOME_LABELS.join(' ')} ${OUTCOME_LABELS.join(' ')} ${OUTCOME_LABELS.join(' ')}`];
    return shape.render === 'pipe' ? [...head, pipe(nums).replace(/ {2}/g, ' '), `|${'---|'.repeat(15)}`] : [...head, nums.filter(Boolean).join(' ')];
  }
  return shape.table4Order.flatMap((g) => {
    const nums = figures4(t, g, shape);
    const heading = TABLE4_GROUPS[g].heading;
    return shape.render === 'pipe' ? [`### ${heading}`, pipe(OUTCOME_LABELS), '|---|---|---|---|---|', pipe(nums).replace(/ {2}/g, ' '), ''] : [heading, OUTCOME_LABELS.join(' '), nums.filter(Boolean).join(' ')];
  });
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** 表三 as an HTML table: group cells with rowspan, the vertical label as a rowspan cell, blanks as &nbsp;. */
function table3Html(t: KnownTable, shape: Shape): string {
  const td = (s: string, attrs = '') => `<td${attrs}>${s === '' ? '&nbsp;' : escapeHtml(s).replace(/\n/g, '<br>')}</td>`;
  const { first, last } = resultRows(t.rows);
  const rows = t.rows.map((row, i) => {
    const cells: string[] = [];
    const inResults = i >= first && i <= last;
    if (i === first) cells.push(td(verticalLines(shape.verticalStyle).join('\n'), ` rowspan="${last - first + 1}"`));
    const g = row.group;
    if (g && t.rows[i - 1]?.group !== g) cells.push(td(g, ` rowspan="${t.rows.filter((r) => r.group === g).length}"`));
    const span = inResults ? (g ? '' : ' colspan="2"') : ' colspan="3"';
    cells.push(td(shape.dropLabel[i] ? '' : wrap(row.label, shape.wrap).join('\n'), span));
    cells.push(...figures(t, i, shape).map((f) => td(f)));
    return `<tr>${cells.join('')}</tr>`;
  });
  const head = '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr><tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr><tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>';
  return `<table>${head}${rows.join('')}</table>`;
}

/** 表四 as one HTML table, or three under <h3> sub-headings. */
function table4Html(t: KnownTable, shape: Shape): string {
  const row = (xs: string[]) => `<tr>${xs.map((x) => `<td>${x || '&nbsp;'}</td>`).join('')}</tr>`;
  if (shape.table4 === 'row') {
    return `<table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr><tr>${OUTCOME_LABELS.map((l) => `<td rowspan="2">${l}</td>`).join('')}<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>${row([...OUTCOME_LABELS, ...OUTCOME_LABELS])}${row([0, 1, 2].flatMap((g) => figures4(t, g, shape)))}</table>`;
  }
  return shape.table4Order.map((g) => `<h3>${TABLE4_GROUPS[g].heading}</h3><table>${row(OUTCOME_LABELS)}${row(figures4(t, g, shape))}</table>`).join('\n');
}

/** A short report around the two tables, in the shape's medium (text or HTML). */
export function renderReport(t: KnownTable, shape: Shape): string {
  const before = [`某区人民政府${t.year}年政府信息公开工作年度报告`, '一、总体情况', `${t.year}年，本区持续推进政务公开。`, '二、主动公开政府信息情况', '（略）', '三、收到和处理政府信息公开申请情况'];
  const middle = ['四、政府信息公开行政复议、行政诉讼情况'];
  const after = ['五、存在的主要问题及改进情况', '（略）', '六、其他需要报告的事项', '无。'];
  if (shape.render === 'html') {
    const p = (lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('\n');
    return `<html><body>\n${p(before)}\n${table3Html(t, shape)}\n${p(middle)}\n${table4Html(t, shape)}\n${p(after)}\n</body></html>`;
  }
  const head3 = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况 自然人 法人或其他组织 总计', '商业企业 科研机构 社会公益组织 法律服务机构 其他'];
  if (shape.render === 'columns') {
    return [...before, ...head3, ...table3ColumnLines(t, shape), ...middle, ...table4Lines(t, { ...shape, render: 'lines' }), ...after].join('\n') + '\n';
  }
  return [...before, ...head3, ...table3Lines(t, shape), ...middle, ...table4Lines(t, shape), ...after].join('\n') + '\n';
}
