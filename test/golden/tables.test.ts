/**
 * Golden test of the official tables: every 表三 / 表四 cell and every 表二 fact (label `表二-…`) of the human
 * readings in fixtures/corpus/*.gold.json must come out of parseReport with the same value, or be reported ambiguous
 * (TABLE_AMBIGUOUS) with no value given. Cells right / total are printed per fixture.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport, ReportSchema, type Report } from '../../src/index.js';

const DIR = join(import.meta.dirname, '../../fixtures/corpus');

/** Era-b fixtures with their tables: flattened text (019, 022, 024), HTML (031), PDF extraction (034). */
const FIXTURES = ['019-b-pingtan-2019.txt', '022-b-pingtan-2022.txt', '024-b-pingtan-2024.txt', '031-b-shuyang-fgj-2023.html', '034-b-shanghai-bgt-2025.txt'];

/** The readings' 表三 row names → indicator keys (written out here, not taken from the library's label tables). */
const TABLE3_KEYS: Record<string, string> = {
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
  其他处理: 'otherHandling', // 2019 format: one row
  总计: 'totalHandled',
  结转下年度继续办理: 'carriedForward',
};
const COLUMNS = ['naturalPerson', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'total'];
const TABLE4_GROUPS: Record<string, string> = { 行政复议: 'review', 行政诉讼_未经复议直接起诉: 'lawsuitDirect', 行政诉讼_复议后起诉: 'lawsuitAfterReview' };
const TABLE4_OUTCOMES: Record<string, string> = { 结果维持: 'upheld', 结果纠正: 'corrected', 其他结果: 'other', 尚未审结: 'pending', 总计: 'total' };
/** 表二 facts of the readings → indicator key (value in the key's unit). */
const TABLE2_KEYS: Record<string, string> = {
  '表二-行政许可本年处理决定数量': 'proactive.licensing.decisions',
  '表二-行政处罚本年处理决定数量': 'proactive.punishment.decisions',
  '表二-行政强制本年处理决定数量': 'proactive.enforcement.decisions',
  '表二-行政事业性收费本年收费金额': 'proactive.feesTenThousandYuan',
};

interface Gold {
  table3?: Record<string, number[]>;
  table4?: Record<string, Record<string, number>>;
  facts: Array<{ label: string; value: number; quote: string }>;
}

function get(obj: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** The cells the reading gives: indicator key → value. */
function expected(gold: Gold): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const [label, values] of Object.entries(gold.table3 ?? {})) {
    const row = TABLE3_KEYS[label.replace(/[、，]/g, '')];
    if (!row) throw new Error(`reading row ${label} has no key in this test`);
    values.forEach((v, i) => out.push([`applications.${row}.${COLUMNS[i]}`, v]));
  }
  for (const [group, cells] of Object.entries(gold.table4 ?? {})) {
    for (const [outcome, v] of Object.entries(cells)) out.push([`reviewsAndLawsuits.${TABLE4_GROUPS[group]}.${TABLE4_OUTCOMES[outcome]}`, v]);
  }
  for (const f of gold.facts) {
    if (!f.label.startsWith('表二-')) continue;
    const key = TABLE2_KEYS[f.label];
    if (!key) throw new Error(`reading fact ${f.label} has no key in this test`);
    out.push([key, f.value]);
  }
  return out;
}

/** Whether the report says the value of `key` is ambiguous: no value, and a TABLE_AMBIGUOUS warning naming the key. */
function reportedAmbiguous(report: Report, key: string): boolean {
  if (report.indicatorSources.some((s) => s.key === key)) return false;
  return report.warnings.some((w) => w.code === 'TABLE_AMBIGUOUS' && ((w.data?.keys as string[] | undefined) ?? []).includes(key));
}

describe('official tables of the era-b fixtures (表二 facts, 表三, 表四)', () => {
  for (const file of FIXTURES) {
    const goldPath = join(DIR, file.replace(/\.(txt|html)$/, '.gold.json'));
    const has = existsSync(goldPath);
    it(`${file}: every cell equals the reading or is reported ambiguous${has ? '' : ' (no reading yet: spans only)'}`, () => {
      const report = parseReport(readFileSync(join(DIR, file)), { source: file });
      for (const s of report.indicatorSources) expect(report.text.slice(s.span.start, s.span.end)).toBe(s.quote);
      for (const f of report.facts) expect(report.text.slice(f.span.start, f.span.end)).toBe(f.quote);
      // the schema keeps every indicator (a 2019 （六）其他处理 row is not stripped by the 2021 shape)
      expect(ReportSchema.parse(report).indicators).toEqual(report.indicators);
      if (!has) return;
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
      const cells = expected(gold);
      let right = 0;
      const ambiguous: string[] = [];
      const wrong: string[] = [];
      for (const [key, value] of cells) {
        const got = get(report.indicators, key);
        if (got === value) right++;
        else if (got === undefined && reportedAmbiguous(report, key)) ambiguous.push(key);
        else wrong.push(`${key}: got ${String(got)}, reading ${value}`);
      }
      console.log(`${file}: ${right}/${cells.length} cells right, ${ambiguous.length} reported ambiguous${ambiguous.length ? ` (${ambiguous.join(', ')})` : ''}`);
      expect(wrong).toEqual([]);
      expect(cells.length).toBeGreaterThan(0);
    });
  }
});
