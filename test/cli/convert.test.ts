import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/index.js';
import { valueAt } from '../../src/cli/columns.js';
import { BATCH_FILES, cli, ensureBuilt, ROOT, type CliRun } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
const FAILED: Record<string, string> = {
  'fixtures/batch/05-empty.txt': 'EMPTY_INPUT',
  'fixtures/batch/06-blank.txt': 'EMPTY_INPUT',
  'fixtures/batch/07-binary.html': 'BINARY_INPUT',
  'fixtures/batch/08-scan.txt': 'DAMAGED_DOCUMENT', // a PDF header and no page tree, named .txt: read as the PDF it is
};

function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex') + statSync(p).mtimeMs;
    }
  };
  walk(dir);
  return out;
}

/** Undoes the ' that defuses a would-be spreadsheet formula (=, +, -, @ at the start of a text cell). */
const unformula = (cell: string) => cell.replace(/^'(?=[=+\-@])/, '');
/** Every numeric indicator by dotted key (the rows of indicators.csv). */
function flat(value: unknown, prefix = '', out: Record<string, number> = {}): Record<string, number> {
  if (typeof value === 'number') out[prefix] = value;
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flat(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}
const jsonl = (text: string): Report[] => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Report);
const errorsIn = (file: string) =>
  readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file: string; code: string; reason: string });

let inputsBefore: Record<string, string>;
let run: CliRun;
let reports: Report[];
const out = join(tmp, 'out');

beforeAll(() => {
  ensureBuilt();
  inputsBefore = hashTree(join(ROOT, 'fixtures/batch'));
  run = cli(['convert', 'fixtures/batch', '-o', `${out}/`, '--jobs', '2']);
  reports = jsonl(readFileSync(join(out, 'reports.jsonl'), 'utf8'));
}, 240_000);
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('nianbao convert fixtures/batch -o dir/', { timeout: 180_000 }, () => {
  it('exits 1 because four files failed, and writes jsonl, csv, csv-indicators, csv-facts, errors.jsonl and the manifest (last)', () => {
    expect(run.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['errors.jsonl', 'facts.csv', 'indicators.csv', 'manifest.json', 'reports.csv', 'reports.jsonl']);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: Array<{ name: string; bytes: number }> };
    expect(manifest.files.map((f) => f.name)).toEqual(['reports.jsonl', 'reports.csv', 'indicators.csv', 'facts.csv', 'errors.jsonl']);
    expect(manifest.files[0].bytes).toBe(statSync(join(out, 'reports.jsonl')).size);
  });

  it('accounts for every report file: parsed or listed with a reason, never both, never silently dropped', () => {
    const parsed = new Set(reports.map((r) => r.source.file));
    const errors = errorsIn(join(out, 'errors.jsonl'));
    expect(Object.fromEntries(errors.map((e) => [e.file, e.code]))).toEqual(FAILED);
    for (const file of BATCH_FILES) expect(parsed.has(file) !== file in FAILED, file).toBe(true);
    expect([...parsed].sort()).toEqual(BATCH_FILES.filter((f) => !(f in FAILED)));
    for (const e of errors) expect(run.stderr).toContain(`✗ ${e.file}: ${e.reason}`);
  });

  it('gives a clear reason for each failure', () => {
    const reasons = Object.fromEntries(errorsIn(join(out, 'errors.jsonl')).map((e) => [e.file, e.reason]));
    expect(reasons['fixtures/batch/05-empty.txt']).toBe('empty file (0 bytes)');
    expect(reasons['fixtures/batch/06-blank.txt']).toMatch(/^empty file/);
    expect(reasons['fixtures/batch/07-binary.html']).toMatch(/^binary file, not text or HTML/);
    expect(reasons['fixtures/batch/08-scan.txt']).toMatch(/^damaged or truncated document \(PDF: /);
  });

  it('skips files of other types and hidden files when walking a folder, and says so', () => {
    expect(reports.some((r) => /photo|hidden/.test(r.source.file ?? ''))).toBe(false);
    expect(run.stderr).toMatch(/skipped 1 file of other types \(e\.g\. fixtures\/batch\/sub\/photo\.png\)/);
  });

  it('reads the GBK text (no declaration) and the GBK page (<meta charset=gb2312>)', () => {
    const gbk = reports.find((r) => r.source.file === 'fixtures/batch/02-gbk-pingtan-2014.txt')!;
    expect(gbk.source.encoding).toBe('gb18030');
    expect(gbk.text).toContain('平潭综合实验区管委会2014年度政府信息公开工作年度报告');
    const meta = reports.find((r) => r.source.file === 'fixtures/batch/03-gbk-meta-pingtan-2013.htm')!;
    expect(meta.source.encoding).toBe('gb18030');
    expect(meta.source.format).toBe('html');
    expect(meta.text).toContain('平潭县人民政府2013年政府信息公开工作年度报告');
  });

  it('writes the ten reports of a multi-report page in page order', () => {
    const multi = reports.filter((r) => r.source.file === 'fixtures/batch/04-multi-ten-reports.txt');
    expect(multi.map((r) => r.source.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('prints the readable summary on stdout in directory mode', () => {
    expect(run.stdout).toContain('■ fixtures/batch/04-multi-ten-reports.txt · 篇10/10');
    expect(run.stdout).toContain(`合计：11 个文件，${reports.length} 篇报告，`);
    expect(run.stderr).toMatch(/nianbao: 11 files, \d+ reports, \d+ facts, \d+ warnings, 4 failed, [\d.]+ s .*, 1 report with unread table cells/);
  });

  it('never modifies its inputs', () => {
    expect(hashTree(join(ROOT, 'fixtures/batch'))).toEqual(inputsBefore);
  });
});

describe('CSV reads back to the JSON values', { timeout: 180_000 }, () => {
  it('reports.csv: UTF-8 with BOM, 中文 header and key rows, one row per report, every cell equal to the jsonl value', () => {
    const raw = readFileSync(join(out, 'reports.csv'), 'utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const [header, keys, ...rows] = parseCsv(raw, { bom: true }) as string[][];
    expect(rows).toHaveLength(reports.length);
    expect(header.slice(0, 6)).toEqual(['文件', '篇', '标题', '机关', '年度', '报告格式']);
    expect(keys.slice(0, 6)).toEqual(['file', 'report', 'title', 'agency', 'year', 'format']);
    for (const h of header) expect(h, 'a header a person reads has no English in it').not.toMatch(/[A-Za-z]/);
    const col = (name: string) => keys.indexOf(name);
    expect(header[col('applications.newReceived.total')]).toBe('依申请公开·本年新收·总计');
    const fixed = ['file', 'report', 'title', 'agency', 'year', 'format', 'periodStart', 'periodEnd', 'publishedAt', 'encoding', 'sections', 'facts', 'tables', 'unread_cells', 'warnings', 'warningCodes', 'approxIndicators'];
    const indicatorKeys = keys.filter((k) => !fixed.includes(k));
    // only the indicator columns that hold a value somewhere in the batch, and every one that does (categories are rows of indicators.csv)
    const filled = new Set(reports.flatMap((r) => Object.keys(flat(r.indicators))).filter((k) => !k.startsWith('proactive.categories.')));
    expect(new Set(indicatorKeys)).toEqual(filled);
    const formats: Record<string, string> = { prose: '文字版', '2019': '2019版表格', '2021': '2021版表格' };
    rows.forEach((row, i) => {
      const r = reports[i];
      expect(row[col('file')]).toBe(r.source.file);
      expect(Number(row[col('report')])).toBe(r.source.index + 1);
      expect(unformula(row[col('title')])).toBe(r.title ?? '');
      expect(row[col('year')]).toBe(r.year === undefined ? '' : String(r.year));
      expect(row[col('format')]).toBe(r.indicators.format ? formats[r.indicators.format] : '');
      expect(row[col('periodStart')]).toBe(r.period?.start ?? '');
      expect(Number(row[col('facts')])).toBe(r.facts.length);
      expect(Number(row[col('warnings')])).toBe(r.warnings.length);
      const unread = r.warnings.filter((w) => w.code === 'TABLE_INCOMPLETE').reduce((n, w) => n + (w.data!.unread as number), 0);
      expect(Number(row[col('unread_cells')])).toBe(unread);
      for (const key of indicatorKeys) {
        const v = valueAt(r.indicators, key);
        expect(row[col(key)], key).toBe(typeof v === 'number' ? String(v) : '');
      }
    });
  });

  it('indicators.csv: one row per report × indicator, quote and offsets that slice the report text', () => {
    const rows = parseCsv(readFileSync(join(out, 'indicators.csv'), 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
    const expected = reports.flatMap((r) => Object.entries(flat(r.indicators)).map(([key, value]) => ({ r, key, value })));
    expect(rows).toHaveLength(expected.length);
    const byReportKey = new Map(rows.map((row) => [`${row['文件']}#${row['篇']}#${row['指标键']}`, row]));
    for (const { r, key, value } of expected) {
      const row = byReportKey.get(`${r.source.file}#${r.source.index + 1}#${key}`)!;
      expect(row, key).toBeDefined();
      expect(Number(row['数值'])).toBe(value);
      expect(row['指标']).not.toMatch(/[A-Za-z]/);
      const src = r.indicatorSources.find((s) => s.key === key);
      expect(row['读法']).toBe(src ? { table: '表格单元格', prose: '正文', derived: '推算' }[src.how] : '');
      if (src) expect(r.text.slice(Number(row['起']), Number(row['止']))).toBe(unformula(row['原文']));
    }
    const newReceived = rows.find((row) => row['指标键'] === 'applications.newReceived.total' && row['文件'].endsWith('01-good-pingtan-2019.txt'))!;
    // 表三 of the 2019 report: 一、本年新收政府信息公开申请数量 23 (自然人 23, 法人或其他组织 0 …)
    expect(newReceived).toMatchObject({ 指标: '依申请公开·本年新收·总计', 分组: '依申请公开·本年新收', 项: '总计', 单位: '件', 数值: '23' });
  });

  it('facts.csv: one row per fact with value, quote and offsets that slice the report text', () => {
    const rows = parseCsv(readFileSync(join(out, 'facts.csv'), 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
    const facts = reports.flatMap((r) => r.facts.map((f) => ({ f, r })));
    expect(rows).toHaveLength(facts.length);
    expect(rows.some((row) => Object.values(row).some((v) => v.includes(',')))).toBe(true); // quoting is exercised
    const kinds: Record<string, string> = { count: '数量', percent: '百分比', money: '金额', date: '日期', dateRange: '期间' };
    rows.forEach((row, i) => {
      const { f, r } = facts[i];
      expect(row['文件']).toBe(r.source.file);
      expect(row['类型']).toBe(kinds[f.kind]);
      expect(unformula(row[typeof f.value === 'number' ? '数值' : '日期'])).toBe(String(f.value));
      expect(row['单位']).toBe(f.unit ?? '');
      expect(unformula(row['主题'])).toBe(f.subject ?? '');
      expect(unformula(row['原文'])).toBe(f.quote);
      expect(r.text.slice(Number(row['起']), Number(row['止']))).toBe(f.quote);
    });
  });
});

describe('order and streaming', { timeout: 180_000 }, () => {
  it('gives the same bytes, in input order, with --jobs 1 and --jobs 2', () => {
    const args = ['convert', 'fixtures/batch', 'fixtures/corpus', '-q'];
    const one = cli([...args, '--jobs', '1']);
    const two = cli([...args, '--jobs', '2']);
    expect(one.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const files = jsonl(one.stdout).map((r) => r.source.file);
    const order = [...new Set(files)];
    expect(order.slice(0, 7)).toEqual(BATCH_FILES.filter((f) => !(f in FAILED)));
    expect(order.slice(7)).toEqual([...order.slice(7)].sort());
  });

  it('json: one document with reports, errors and totals', () => {
    const r = cli(['convert', 'fixtures/batch', '-o', join(tmp, 'all.json'), '-q']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(readFileSync(join(tmp, 'all.json'), 'utf8')) as { reports: Report[]; errors: unknown[]; totals: Record<string, number> };
    expect(doc.reports).toHaveLength(reports.length);
    expect(doc.errors).toHaveLength(4);
    expect(doc.totals).toMatchObject({ files: 11, reports: reports.length, failed: 4 });
    expect(existsSync(join(tmp, 'all.json.errors.jsonl'))).toBe(false);
  });

  it('reads - from stdin (GBK bytes) and --encoding forces a decoding', () => {
    const bytes = readFileSync(join(ROOT, 'fixtures/batch/02-gbk-pingtan-2014.txt'));
    const auto = jsonl(cli(['convert', '-', '-q'], { input: bytes }).stdout);
    expect(auto[0].source.file).toBe('<stdin>');
    expect(auto[0].text).toContain('平潭综合实验区管委会2014年度');
    const forced = jsonl(cli(['convert', '-', '-q', '--encoding', 'gbk'], { input: bytes }).stdout);
    expect(forced[0].source.encoding).toMatch(/^gb(k|18030)$/);
    expect(forced[0].text).toBe(auto[0].text);
  });

  it('expands globs, in sorted order', () => {
    const r = cli(['convert', 'fixtures/batch/**/*.{md,shtml}', '-q']);
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout).map((x) => x.source.file)).toEqual(['fixtures/batch/sub/10-xinghua-2010.md', 'fixtures/batch/sub/deeper/11-tangcun-2010.shtml']);
  });
});

describe('failure isolation and safe outputs', { timeout: 180_000 }, () => {
  it('refuses to clobber an existing output without --force (exit 2, file untouched), replaces it with --force', () => {
    const target = join(tmp, 'keep.csv');
    writeFileSync(target, 'precious\n');
    const refused = cli(['convert', 'fixtures/batch/sub', '-o', target]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('exists; use --force');
    expect(readFileSync(target, 'utf8')).toBe('precious\n');
    const forced = cli(['convert', 'fixtures/batch/sub', '-o', target, '--force', '-q']);
    expect(forced.code).toBe(0);
    expect(readFileSync(target, 'utf8').startsWith('\uFEFF文件,篇,标题')).toBe(true);
    expect(readdirSync(tmp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('never writes over an input, even with --force', () => {
    const r = cli(['convert', 'fixtures/batch/sub/10-xinghua-2010.md', '-o', 'fixtures/batch/sub/10-xinghua-2010.md', '--format', 'jsonl', '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is also an input');
  });

  it('lists a huge file, a dangling link and a timeout with reasons, and goes on', () => {
    const big = join(tmp, 'hostile-in-big.txt');
    writeFileSync(big, '');
    truncateSync(big, 21 * 1024 * 1024); // sparse 21 MB
    const link = join(tmp, 'hostile-in-gone.txt');
    rmSync(link, { force: true });
    symlinkSync(join(tmp, 'does-not-exist.txt'), link);
    const r = cli(['convert', big, link, 'fixtures/batch/sub/10-xinghua-2010.md', '-o', join(tmp, 'h.jsonl'), '-q']);
    expect(r.code).toBe(1);
    const errors = errorsIn(join(tmp, 'h.jsonl.errors.jsonl'));
    expect(errors.map((e) => [e.file, e.code])).toEqual([
      [big, 'TOO_LARGE'],
      [link, 'NOT_FOUND'],
    ]);
    expect(errors[0].reason).toBe('too large: 21.0 MB, over the 20.0 MB limit');
    expect(jsonl(readFileSync(join(tmp, 'h.jsonl'), 'utf8')).map((x) => x.source.file)).toEqual(['fixtures/batch/sub/10-xinghua-2010.md']);
    const slow = cli(['convert', 'fixtures/batch/01-good-pingtan-2019.txt', '--timeout', '0.001', '-q']);
    expect(slow.code).toBe(1);
    expect(slow.stderr).toContain('fixtures/batch/01-good-pingtan-2019.txt: timed out after 0.001 s');
  });

  it('--fail-fast stops at the first failure and leaves no output or temporary file', () => {
    const dir = join(tmp, 'ff');
    const r = cli(['convert', 'fixtures/batch', '-o', `${dir}/`, '--fail-fast']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('stopped at the first failure');
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });
});
