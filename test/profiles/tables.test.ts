import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { normalizeForMatching } from '../../src/input/normalize.js';
import { table3Candidates, table3Slots, alignRows } from '../../src/profiles/disclosure/tables/align.js';
import { mergeProse, readIndicators } from '../../src/profiles/disclosure/indicators.js';
import { readTables } from '../../src/profiles/disclosure/tables/tables.js';
import type { Cell, Table } from '../../src/schema/report.js';

const CORPUS = join(import.meta.dirname, '../../fixtures/corpus');
const fixture = (name: string) => readFileSync(join(CORPUS, name), 'utf8');

function get(obj: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** readTables + readIndicators on a text and its HTML tables, the way parse.ts chains them (no prose facts). */
function read(text: string, tables: Table[] = []) {
  const tabled = readTables(text, normalizeForMatching(text), [], tables);
  const facts = tabled.facts.slice().sort((a, b) => a.span.start - b.span.start);
  const ind = readIndicators(text, facts, tabled.tables);
  return { ...tabled, facts, ind, warnings: [...tabled.warnings, ...ind.warnings] };
}

describe('表三 labels as real reports write them', () => {
  const slots = table3Slots('2021');
  const keyOf = (label: string) => table3Candidates(label, slots)?.map((i) => slots[i].key);
  const cases: Array<[string, string]> = [
    ['三、本年度办 理结果 （一）予以公开', 'granted'], // 024: a space inside 本年度办理结果
    ['(一)予以公开', 'granted'], // half-width brackets
    ['予以公开', 'granted'], // no （一） prefix
    ['部\n分公开（区分处理的，只计这一情\n形，不计其他情形）', 'partiallyGranted'], // 034: PDF line breaks inside words
    ['（三）不予公开 1.属于国家秘密', 'denied.stateSecret'],
    ['予公开5.属于三类内部事务信息', 'denied.internalAffairs'], // 034: group label split over two cells
    ['缴纳费用、行政机关不再处理其政', 'otherHandling.unpaidFee'], // 034: the only row with 缴纳费用
    ['3.其他', 'otherHandling.other'],
    // the vertical group label printed one character per line after a row's label (line-per-cell text)
    ['3.其他\n三\n、\n本\n年\n度\n办\n理\n结\n果', 'otherHandling.other'],
    ['（一）予以公开\n三\n、\n本\n年\n度\n办\n理\n结\n果', 'granted'],
    ['（七）总计', 'totalHandled'],
    ['四、结转下年度继续办理', 'carriedForward'],
  ];
  for (const [label, key] of cases) it(`${JSON.stringify(label)} → ${key}`, () => expect(keyOf(label)).toEqual([key]));

  it('a misspelt label is the official row it is most like: 1.属于国家秘蜜 → 属于国家秘密; 其中：涉及企业 is none', () => {
    expect(keyOf('1.属于国家秘蜜')).toEqual(['denied.stateSecret']);
    expect(keyOf('2.其它法律行政法规禁止公开')).toEqual(['denied.lawForbidden']);
    expect(table3Candidates('其中：涉及企业', slots)).toBeNull();
  });

  it('the vertical group label alone is no row of its own, and a label that only ends in it keeps what precedes it', () => {
    // 三、本年度办理结果 alone: the group, as before (every row it holds, not one)
    expect((keyOf('三\n、\n本\n年\n度\n办\n理\n结\n果') ?? []).length).not.toBe(1);
    // a column header before it stays a header (all rows), not a row
    expect(keyOf('其他法人或其他组织三、本年度办理结果')).not.toEqual(['otherHandling.other']);
  });

  it('a cut label names every row it could be: 行政机关不再处理其政府信息公 (034)', () => {
    expect(keyOf('行政机关不再处理其政府信息公')).toEqual(['otherHandling.overdueCorrection', 'otherHandling.unpaidFee']);
  });

  it('the official order settles cut and missing labels, and leaves open what it cannot', () => {
    const c = (label: string) => table3Candidates(label, slots)!;
    // 4.无正当理由大量反复申请 | (no label) | 行政机关不再处理其政府信息公 | 缴纳费用、… — as in 034
    const rows = [c('4.无正当理由大量反复申请'), c(''), c('行政机关不再处理其政府信息公'), c('缴纳费用、行政机关不再处理其政')];
    expect(alignRows(rows, slots.length).slot.map((s) => (s === undefined ? undefined : slots[s].key))).toEqual([
      'notProcessed.massRepeated',
      'notProcessed.confirmation',
      'otherHandling.overdueCorrection',
      'otherHandling.unpaidFee',
    ]);
    // two unlabelled rows between 予以公开 and 4.保护第三方: four places for two rows — neither is placed
    const open = alignRows([c('（一）予以公开'), c(''), c(''), c('4.保护第三方合法权益')], slots.length);
    expect(open.slot[1]).toBeUndefined();
    expect(open.options[1]!.map((i) => slots[i].key)).toEqual(['partiallyGranted', 'denied.stateSecret', 'denied.lawForbidden']);
  });
});

/** A hand-built grid of 031's 表三 (沭阳县发展和改革局 2023): only 自然人 and 总计 filled, the 法人 columns blank. */
function grid031(blankTotals = false): { text: string; table: Table } {
  let text = '';
  const cell = (t: string, value?: number | null): Cell => {
    const start = text.length;
    text += t + '\t';
    return { text: t, span: { start, end: start + t.length }, ...(value !== undefined ? { value } : {}) };
  };
  const header1 = [cell('申请人情况'), cell('自然人'), cell('法人或其他组织'), cell(''), cell(''), cell(''), cell(''), cell('总计')];
  text += '\n';
  const header2 = [cell(''), cell(''), cell('商业企业'), cell('科研机构'), cell('社会公益 组织'), cell('法律服务机构'), cell('其他'), cell('')];
  text += '\n';
  const rows: Array<[string, number]> = [
    ['一、本年新收政府信息公开申请数量', 26],
    ['二、上年结转政府信息公开申请数量', 0],
    ['（一）予以公开', 26],
    ['（七）总计', 26],
    ['四、结转下年度继续办理', 0],
  ];
  const body = rows.map(([label, n]) => {
    const r = [cell(label), cell(String(n), n), ...[0, 1, 2, 3, 4].map(() => cell('', null)), blankTotals ? cell('', null) : cell(String(n), n)];
    text += '\n';
    return r;
  });
  const all = [header1, header2, ...body];
  return { text, table: { source: 'html', span: { start: 0, end: text.length }, rows: all } };
}

describe('HTML tables (grids built by hand from 031’s figures)', () => {
  it('maps 表三 by its header words (社会公益 组织 with a space) and reads blanks beside a matching total as 0', () => {
    const { text, table } = grid031();
    const r = read(text, [table]);
    expect(r.tables[0].name).toBe('表三');
    expect(get(r.ind.indicators, 'applications.newReceived.naturalPerson')).toBe(26);
    expect(get(r.ind.indicators, 'applications.newReceived.total')).toBe(26);
    expect(get(r.ind.indicators, 'applications.newReceived.social')).toBe(0);
    const social = r.ind.sources.find((s) => s.key === 'applications.newReceived.social')!;
    expect(social).toMatchObject({ how: 'derived', rule: 'table.blankIsZero', quote: '26' });
    const fact = r.facts[social.facts[0]];
    expect(fact.subject).toBe('本年新收政府信息公开申请数量·总计');
    // the blanks are named once for the table; the rows this hand-made grid leaves out are named as unread
    const codes = r.warnings.filter((w) => w.code !== 'PROSE_TABLE_MISMATCH').map((w) => w.code);
    expect(codes.sort()).toEqual(['BLANKS_AS_ZERO', 'TABLE_INCOMPLETE']);
    expect(r.warnings.find((w) => w.code === 'BLANKS_AS_ZERO')!.data!.rows).toEqual(['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '予以公开', '本年度办理结果/总计', '结转下年度继续办理']);
  });

  it('a blank 总计 column is the row’s sum with TOTAL_DERIVED, never a silent 0', () => {
    const { text, table } = grid031(true);
    const r = read(text, [table]);
    const total = r.ind.sources.find((s) => s.key === 'applications.newReceived.total')!;
    expect(total).toMatchObject({ value: 26, how: 'derived', rule: 'table.totalFromRow' });
    expect(r.warnings.filter((w) => w.code === 'TOTAL_DERIVED')).toHaveLength(5);
  });

  it('表四 with the misspelling 行政法复议 in its header', () => {
    let text = '';
    const cell = (t: string, value?: number): Cell => {
      const start = text.length;
      text += t + '\t';
      return { text: t, span: { start, end: start + t.length }, ...(value !== undefined ? { value } : {}) };
    };
    const groups = ['行政法复议', '未经复议直接起诉', '复议后起诉'].flatMap((g) => [0, 1, 2, 3, 4].map(() => cell(g)));
    const outcomes = [0, 1, 2].flatMap(() => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((o) => cell(o)));
    const figures = [0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0].map((n) => cell(String(n), n));
    const r = read(text, [{ source: 'html', span: { start: 0, end: text.length }, rows: [groups, outcomes, figures] }]);
    expect(r.tables[0].name).toBe('表四');
    expect(get(r.ind.indicators, 'reviewsAndLawsuits.review')).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
  });
});

describe('consistency checks catch a deliberately altered cell', () => {
  const text034 = fixture('034-b-shanghai-bgt-2025.txt');

  it('034 unaltered: no TOTAL_MISMATCH or IDENTITY_MISMATCH', () => {
    const r = read(text034);
    expect(r.warnings.filter((w) => /MISMATCH/.test(w.code) && w.code !== 'PROSE_TABLE_MISMATCH')).toEqual([]);
  });

  it('034 with 2.重复申请 自然人 16 → 17: the row sum and the 自然人 column both fail, figures kept as written', () => {
    const altered = text034.replace('| 2.重复申请 | 16 |', '| 2.重复申请 | 17 |');
    const r = read(altered);
    expect(get(r.ind.indicators, 'applications.notProcessed.repeated.naturalPerson')).toBe(17);
    const mismatches = r.warnings.filter((w) => w.code === 'TOTAL_MISMATCH');
    expect(mismatches.map((w) => w.data?.sum)).toEqual([17, 1140]); // 17+0+…=17 ≠ 16; outcome rows' 自然人 = 1140 ≠ 1139
    const at = altered.indexOf('| 2.重复申请 | 17 |') + '| 2.重复申请 | '.length;
    expect(mismatches[0].span!.start).toBeLessThanOrEqual(at);
    expect(mismatches[0].span!.end).toBeGreaterThan(at);
  });

  it('034 with 行政复议 总计 55 → 56: 表四 group sum fails', () => {
    const r = read(text034.replace('| 40 | 0 | 10 | 5 | 55 |', '| 40 | 0 | 10 | 5 | 56 |'));
    const w = r.warnings.filter((x) => x.code === 'TOTAL_MISMATCH');
    expect(w).toHaveLength(1);
    expect(w[0].data).toMatchObject({ sum: 55, total: 56, totalKey: 'reviewsAndLawsuits.review.total' });
  });

  it('022 flattened, 结转下年度 0000000 → 1000001: the split still holds, the identity 一+二 = 七+四 does not', () => {
    const r = read(fixture('022-b-pingtan-2022.txt').replace('四、结转下年度继续办理 0000000', '四、结转下年度继续办理 1000001'));
    const w = r.warnings.filter((x) => x.code === 'IDENTITY_MISMATCH');
    expect(w.map((x) => x.data?.column)).toEqual(['naturalPerson', 'total']);
    expect(w[0].data).toMatchObject({ newReceived: 71, carriedOver: 1, totalHandled: 72, carriedForward: 1 });
  });
});

/** A flattened 2021 表三 as crawled text, from [label, run] pairs. */
function flat3(rows: Record<string, string>): string {
  const labels = [
    '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    '（三）不予公开1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项',
    '（四）无法提供1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确',
    '（五）不予处理1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息',
    '（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他', '（七）总计', '四、结转下年度继续办理',
  ];
  return '三、收到和处理政府信息公开申请情况 ' + labels.map((l) => l + (rows[l] ?? '0000000')).join('') + '四、政府信息公开行政复议、行政诉讼情况';
}

describe('flattened 表三: rows settled by the columns, ambiguity reported', () => {
  it('110000011 (11|0|… or 1|10|…) in 本年新收 and 总计 is settled by 总计 = Σ outcomes and 一+二 = 七+四', () => {
    const text = flat3({
      '一、本年新收政府信息公开申请数量': '110000011',
      '三、本年度办理结果（一）予以公开': '1000001',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）': '010000010',
      '（七）总计': '110000011',
    });
    const r = read(text);
    expect(get(r.ind.indicators, 'applications.newReceived')).toMatchObject({ naturalPerson: 1, commercial: 10, total: 11 });
    expect(get(r.ind.indicators, 'applications.totalHandled')).toMatchObject({ naturalPerson: 1, commercial: 10, total: 11 });
    expect(r.warnings.filter((w) => w.code === 'TABLE_AMBIGUOUS')).toEqual([]);
    const cell = r.tables[0].rows[1][2];
    expect(cell).toMatchObject({ text: '10', value: 10, recovered: true });
  });

  it('without the outcome rows to settle it, 110000011 stays open: TABLE_AMBIGUOUS with both candidates, no value', () => {
    const text = flat3({ '一、本年新收政府信息公开申请数量': '110000011', '（七）总计': '110000011', '3.其他': '110000011' });
    const r = read(text);
    expect(get(r.ind.indicators, 'applications.newReceived')).toBeUndefined();
    const amb = r.warnings.filter((w) => w.code === 'TABLE_AMBIGUOUS');
    expect(amb.length).toBe(3);
    expect(amb[0].data?.candidates).toEqual([
      [1, 10, 0, 0, 0, 0, 11],
      [11, 0, 0, 0, 0, 0, 11],
    ]);
    expect(amb[0].data?.keys).toContain('applications.newReceived.total');
  });

  it('the prose settles what the sums leave open: 收到政府信息公开申请11件，涉及自然人11件 → 11|0|…, not 1|10|…', () => {
    const rows = { '一、本年新收政府信息公开申请数量': '110000011', '（七）总计': '110000011', '3.其他': '110000011' };
    const r = read('2022年，全区收到政府信息公开申请11件，涉及自然人11件。' + flat3(rows));
    expect(get(r.ind.indicators, 'applications.newReceived')).toMatchObject({ naturalPerson: 11, commercial: 0, total: 11 });
    expect(get(r.ind.indicators, 'applications.otherHandling.other')).toMatchObject({ naturalPerson: 11, total: 11 });
    expect(r.warnings.filter((w) => w.code === 'TABLE_AMBIGUOUS')).toEqual([]);
    // a prose that fits no reading (自然人5件) is set aside: the rows stay open
    const off = read('全区收到政府信息公开申请11件，涉及自然人5件。' + flat3(rows));
    expect(get(off.ind.indicators, 'applications.newReceived')).toBeUndefined();
    expect(off.warnings.filter((w) => w.code === 'TABLE_AMBIGUOUS')).toHaveLength(3);
  });

  it('a 1e5-digit run in a 表三 row is refused at once (TABLE_UNREADABLE), no figure given', () => {
    const r = read(flat3({ '一、本年新收政府信息公开申请数量': '1'.repeat(1e5) }));
    expect(get(r.ind.indicators, 'applications.newReceived')).toBeUndefined();
    expect(r.warnings.some((w) => w.code === 'TABLE_UNREADABLE')).toBe(true);
  });
});

describe('表二 and the prose', () => {
  it('019 行政事业性收费350 (2019: 上一年项目数量 | 本年增/减) is 3|50 or 35|0: TABLE_AMBIGUOUS, no value', () => {
    const r = read(fixture('019-b-pingtan-2019.txt'));
    expect(get(r.ind.indicators, 'proactive.feeItems')).toBeUndefined();
    const w = r.warnings.find((x) => x.code === 'TABLE_AMBIGUOUS' && x.data?.row === '行政事业性收费')!;
    expect(w.data?.candidates).toEqual([
      [3, 50],
      [35, 0],
    ]);
    expect(get(r.ind.indicators, 'proactive.regulations')).toEqual({ newlyMade: 0, newlyPublished: 0, totalPublished: 0 });
    expect(r.ind.indicators.format).toBe('2019');
  });

  it('022 行政规范性文件8855698 = 88|55|698 by the prose (本年度制发…88件, 现行有效…698件); 9116.36 万元 as money', () => {
    const r = read(fixture('022-b-pingtan-2022.txt'));
    expect(get(r.ind.indicators, 'proactive.normativeDocuments')).toEqual({ issued: 88, repealed: 55, inForce: 698 });
    expect(get(r.ind.indicators, 'proactive.feesTenThousandYuan')).toBe(9116.36);
    const fee = r.facts.find((f) => f.subject?.startsWith('行政事业性收费'))!;
    expect(fee).toMatchObject({ kind: 'money', value: 91163600, unit: '元', quote: '9116.36', source: 'table' });
  });

  it('收到申请75件 in 022 is 本年新收 74 + 上年结转 1: the table is kept, and no mismatch is claimed', () => {
    const report = parseReport(fixture('022-b-pingtan-2022.txt'));
    expect(get(report.indicators, 'applications.newReceived.total')).toBe(74);
    expect(get(report.indicators, 'applications.carriedOver.total')).toBe(1);
    expect(report.warnings.filter((x) => x.code === 'PROSE_TABLE_MISMATCH')).toEqual([]);
  });

  it('a prose figure that disagrees with the table is kept out and warned PROSE_TABLE_MISMATCH (022 with 收到申请76件)', () => {
    const text = fixture('022-b-pingtan-2022.txt').replace('全区收到政府信息公开申请75件', '全区收到政府信息公开申请76件');
    const report = parseReport(text);
    expect(get(report.indicators, 'applications.newReceived.total')).toBe(74);
    const w = report.warnings.find((x) => x.code === 'PROSE_TABLE_MISMATCH' && x.data?.key === 'applications.newReceived.total');
    expect(w?.data).toMatchObject({ prose: 76, table: 74 });
    expect(report.text.slice(w!.span!.start, w!.span!.end)).toContain('76');
  });

  it('mergeProse: table wins, an agreeing prose value adds nothing, a prose-only key is added', () => {
    const span = { start: 0, end: 1 };
    const table = { indicators: { reviewsAndLawsuits: { review: { total: 2 } } }, sources: [{ key: 'reviewsAndLawsuits.review.total', value: 2, facts: [], quote: '2', span, how: 'table' as const }], warnings: [] };
    const prose = {
      indicators: {},
      sources: [
        { key: 'reviewsAndLawsuits.review.total', value: 2, facts: [], quote: '2件', span, how: 'prose' as const },
        { key: 'feesCollectedYuan', value: 0, facts: [], quote: '无收取信息处理费', span, how: 'prose' as const },
      ],
      warnings: [],
    };
    const merged = mergeProse(table, prose);
    expect(merged.warnings).toEqual([]);
    expect(merged.sources.map((s) => s.key)).toEqual(['reviewsAndLawsuits.review.total', 'feesCollectedYuan']);
    const off = mergeProse(table, { ...prose, sources: [{ ...prose.sources[0], value: 3 }] });
    expect(off.warnings.map((w) => w.code)).toEqual(['PROSE_TABLE_MISMATCH']);
    expect(get(off.indicators, 'reviewsAndLawsuits.review.total')).toBe(2);
    // the table's own tree is left as it was; in place, the same tree grows into the same JSON
    expect(table.indicators).toEqual({ reviewsAndLawsuits: { review: { total: 2 } } });
    const copy = JSON.stringify(merged.indicators);
    const inPlace = mergeProse(table, prose, true);
    expect(inPlace.indicators).toBe(table.indicators);
    expect(JSON.stringify(inPlace.indicators)).toBe(copy);
  });
});

describe('PDF extraction (034): broken pipe tables', () => {
  const r = read(fixture('034-b-shanghai-bgt-2025.txt'));
  it('an unlabelled row under a detached （二）部分公开 label, and a cut label, take their places in the official order', () => {
    expect(get(r.ind.indicators, 'applications.partiallyGranted')).toMatchObject({ naturalPerson: 2, total: 2 });
    expect(get(r.ind.indicators, 'applications.notProcessed.confirmation.total')).toBe(0);
    expect(get(r.ind.indicators, 'applications.otherHandling.overdueCorrection')).toMatchObject({ naturalPerson: 40, legal: 2, total: 43 });
    expect(get(r.ind.indicators, 'applications.otherHandling.unpaidFee.total')).toBe(0);
  });
  it('表二 rows with 2 figures for 3 columns are not guessed (| 规章 | 22 | 235 |)', () => {
    expect(get(r.ind.indicators, 'proactive.regulations')).toBeUndefined();
    expect(r.warnings.some((w) => w.code === 'TABLE_AMBIGUOUS' && w.data?.row === '规章')).toBe(true);
    expect(get(r.ind.indicators, 'proactive.licensing.decisions')).toBe(0); // 行政许可 0, a loose line
  });
  it('every table cell fact quotes its cell', () => {
    for (const f of r.facts) expect(fixture('034-b-shanghai-bgt-2025.txt').slice(f.span.start, f.span.end)).toBe(f.quote);
  });
});

describe('cells the text separates with spaces', () => {
  it('表三 “11 0 0 0 0 0 11” is read as written (the run alone would also split as 1|10|…)', () => {
    const r = read(flat3({ '一、本年新收政府信息公开申请数量': ' 11 0 0 0 0 0 11 ', '（七）总计': '110000011' }));
    expect(get(r.ind.indicators, 'applications.newReceived')).toMatchObject({ naturalPerson: 11, commercial: 0, total: 11 });
    expect(r.tables[0].rows[1][1]).toMatchObject({ text: '11', value: 11 });
    expect(r.tables[0].rows[1][1].recovered).toBeUndefined();
  });

  it('2019 表二 “行政许可 396 0 181” gives its three cells; “行政许可3960181” does not', () => {
    const head = '二、主动公开政府信息情况 第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可';
    const tail = '三、收到和处理政府信息公开申请情况';
    expect(get(read(head + ' 396 0 181 ' + tail).ind.indicators, 'proactive.licensing')).toEqual({ itemsLastYear: 396, itemsChange: 0, decisions: 181 });
    expect(get(read(head + '3960181' + tail).ind.indicators, 'proactive.licensing')).toBeUndefined();
  });

  it('the second half of a 表三 split over two tables (no header, no 本年新收) is still 表三, in the official columns', () => {
    let text = '';
    const cell = (t: string, value?: number): Cell => {
      const start = text.length;
      text += t + '\t';
      return { text: t, span: { start, end: start + t.length }, ...(value !== undefined ? { value } : {}) };
    };
    const labels = ['2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息', '（七）总计', '四、结转下年度继续办理'];
    const rows = labels.map((l, i) => [cell(l), ...[0, 0, 0, 0, 0, 0, 0].map((n, c) => cell(String(i === 4 && (c === 0 || c === 6) ? 26 : n), i === 4 && (c === 0 || c === 6) ? 26 : n))]);
    const r = read(text, [{ source: 'html', span: { start: 0, end: text.length }, rows }]);
    expect(r.tables[0].name).toBe('表三');
    expect(get(r.ind.indicators, 'applications.totalHandled')).toMatchObject({ naturalPerson: 26, commercial: 0, total: 26 });
    expect(get(r.ind.indicators, 'applications.notProcessed.publication.total')).toBe(0);
  });
});

describe('where the tables stand in the text', () => {
  it('a table of contents naming the sections (一、总体情况 二、主动公开政府信息情况 三、… 四、…) is not taken for the tables', () => {
    const toc = '本报告包括：一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 四、政府信息公开行政复议、行政诉讼情况。2022年共收到申请3件。';
    const r = read(toc + fixture('022-b-pingtan-2022.txt'));
    expect(r.tables.map((t) => t.name)).toEqual(['表二', '表三', '表四']);
    expect(get(r.ind.indicators, 'applications.newReceived.total')).toBe(74);
    expect(get(r.ind.indicators, 'reviewsAndLawsuits.review.total')).toBe(2);
  });
});

describe('表四 laid out the other way', () => {
  it('one row per group (行政复议 / 行政诉讼 未经复议直接起诉 / 复议后起诉), the outcomes as columns', () => {
    let text = '';
    const cell = (t: string, value?: number): Cell => {
      const start = text.length;
      text += t + '\t';
      return { text: t, span: { start, end: start + t.length }, ...(value !== undefined ? { value } : {}) };
    };
    const header = [cell(''), ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((o) => cell(o))];
    const rows = [
      ['行政复议', [40, 0, 10, 5, 55]],
      ['行政诉讼 未经复议直接起诉', [2, 0, 4, 6, 12]],
      ['复议后起诉', [6, 0, 9, 7, 22]],
    ].map(([label, ns]) => [cell(label as string), ...(ns as number[]).map((n) => cell(String(n), n))]);
    const r = read(text, [{ source: 'html', span: { start: 0, end: text.length }, rows: [header, ...rows] }]);
    expect(r.tables[0].name).toBe('表四');
    expect(get(r.ind.indicators, 'reviewsAndLawsuits')).toEqual({
      review: { upheld: 40, corrected: 0, other: 10, pending: 5, total: 55 },
      lawsuitDirect: { upheld: 2, corrected: 0, other: 4, pending: 6, total: 12 },
      lawsuitAfterReview: { upheld: 6, corrected: 0, other: 9, pending: 7, total: 22 },
    });
  });
});

describe('a table crawled one cell per line', () => {
  it('022 表三 and 表二 with every cell on its own line read the same as the flattened page', () => {
    const r0 = read(fixture('022-b-pingtan-2022.txt'));
    // 一、本年新收政府信息公开申请数量\n71\n3\n0\n0\n0\n0\n74\n二、上年结转…
    const rows3 = r0.tables[1].rows.slice(1).map((row) => row.map((c) => c.text).join('\n')).join('\n');
    const text =
      '二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n0\n0\n0\n行政规范性文件\n88\n55\n698\n' +
      '三、收到和处理政府信息公开申请情况\n' + rows3 + '\n四、政府信息公开行政复议、行政诉讼情况\n';
    expect(text).toContain('一、本年新收政府信息公开申请数量\n71\n3\n0\n0\n0\n0\n74\n');
    const r = read(text);
    expect(get(r.ind.indicators, 'applications')).toEqual(get(r0.ind.indicators, 'applications'));
    expect(get(r.ind.indicators, 'proactive.normativeDocuments')).toEqual({ issued: 88, repealed: 55, inForce: 698 });
    expect(r.tables[1].rows[1][1]).toMatchObject({ text: '71', value: 71 });
    expect(r.tables[1].rows[1][1].recovered).toBeUndefined(); // the line breaks separate the cells: read, not split
  });
});

describe('figures the text separates but that do not add up', () => {
  it('表三 “5 0 0 0 0 0 6” is read as written and TOTAL_MISMATCH says so (no split of 5000006 adds up)', () => {
    const r = read(flat3({ '一、本年新收政府信息公开申请数量': ' 5 0 0 0 0 0 6 ' }));
    expect(get(r.ind.indicators, 'applications.newReceived')).toMatchObject({ naturalPerson: 5, total: 6 });
    const w = r.warnings.find((x) => x.code === 'TOTAL_MISMATCH' && x.data?.totalKey === 'applications.newReceived.total');
    expect(w?.data).toMatchObject({ sum: 5, total: 6 });
  });
});

describe('2019 format as HTML (019’s figures, as its page.html gives them)', () => {
  function grid(rows: Array<Array<string | number>>): { text: string; table: Table } {
    let text = '';
    const out = rows.map((row) => {
      const cells = row.map((v): Cell => {
        const t = String(v);
        const start = text.length;
        text += t + '\t';
        return { text: t, span: { start, end: start + t.length }, ...(typeof v === 'number' ? { value: v } : {}) };
      });
      text += '\n';
      return cells;
    });
    return { text, table: { source: 'html', span: { start: 0, end: text.length }, rows: out } };
  }

  it('表二: 规范性文件 89|89|89, 行政许可 396|0|181, 行政事业性收费 35|0, 政府集中采购 135 | 75394432.52元', () => {
    const { text, table } = grid([
      ['第二十条第（一）项', '第二十条第（一）项', '第二十条第（一）项', '第二十条第（一）项'],
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
      ['规范性文件', 89, 89, 89],
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
      ['行政许可', 396, 0, 181],
      ['信息内容', '上一年项目数量', '本年增/减', ''],
      ['行政事业性收费', 35, 0, ''],
      ['信息内容', '采购项目数量', '采购总金额', ''],
      ['政府集中采购', 135, 75394432.52, ''],
    ]);
    const r = read(text, [table]);
    expect(r.ind.indicators.proactive).toMatchObject({
      normativeDocuments: { newlyMade: 89, newlyPublished: 89, totalPublished: 89 },
      licensing: { itemsLastYear: 396, itemsChange: 0, decisions: 181 },
      feeItems: { itemsLastYear: 35, itemsChange: 0 },
      procurement: { projects: 135, amountYuan: 75394432.52 },
    });
    expect(r.ind.indicators.format).toBe('2019');
  });

  it('表三: （六）其他处理 is one row with figures', () => {
    const head = ['申请人情况', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
    const z = [0, 0, 0, 0, 0, 0, 0];
    const { text, table } = grid([
      head,
      ['一、本年新收政府信息公开申请数量', 23, 0, 0, 0, 0, 0, 23],
      ['（六）其他处理', ...z],
      ['（七）总计', 23, 0, 0, 0, 0, 0, 23],
    ]);
    const r = read(text, [table]);
    expect(r.ind.indicators.format).toBe('2019');
    expect(get(r.ind.indicators, 'applications.otherHandling')).toEqual({ naturalPerson: 0, commercial: 0, research: 0, social: 0, legal: 0, otherOrg: 0, total: 0 });
  });
});

describe('sentences inside the table sections', () => {
  it('“共收到申请75件，其中予以公开21件” under the 三、 heading is not a 表三 row', () => {
    const page = fixture('022-b-pingtan-2022.txt').replace('（本列数据的勾稽关系为', '2022年共收到申请75件，其中予以公开21件。（本列数据的勾稽关系为');
    const r = read(page);
    expect(get(r.ind.indicators, 'applications.granted')).toMatchObject({ naturalPerson: 21, total: 21 });
    expect(r.warnings.filter((w) => /TABLE_/.test(w.code))).toEqual([]);
  });
});

describe('a misspelt label in a flattened row', () => {
  it('1.属于国家秘蜜0000000 is still the 属于国家秘密 row of 022', () => {
    const r = read(fixture('022-b-pingtan-2022.txt').replace('1.属于国家秘密0000000', '1.属于国家秘蜜1000001').replace('723000075', '733000076'));
    expect(get(r.ind.indicators, 'applications.denied.stateSecret')).toMatchObject({ naturalPerson: 1, total: 1 });
  });
});
