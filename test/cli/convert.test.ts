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
  'fixtures/batch/08-scan.txt': 'BINARY_INPUT',
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
  it('exits 1 because four files failed, and writes jsonl, csv, csv-facts, errors.jsonl and the manifest (last)', () => {
    expect(run.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['errors.jsonl', 'facts.csv', 'manifest.json', 'reports.csv', 'reports.jsonl']);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: Array<{ name: string; bytes: number }> };
    expect(manifest.files.map((f) => f.name)).toEqual(['reports.jsonl', 'reports.csv', 'facts.csv', 'errors.jsonl']);
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
    expect(reasons['fixtures/batch/08-scan.txt']).toBe('binary file, not text or HTML (looks like a PDF document)');
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
    expect(run.stdout).toContain(`合计 totals: 11 files, ${reports.length} reports`);
    expect(run.stderr).toMatch(/nianbao: 11 files, \d+ reports, \d+ facts, \d+ warnings, 4 failed, [\d.]+ s/);
  });

  it('never modifies its inputs', () => {
    expect(hashTree(join(ROOT, 'fixtures/batch'))).toEqual(inputsBefore);
  });
});

describe('CSV reads back to the JSON values', { timeout: 180_000 }, () => {
  it('reports.csv: UTF-8 with BOM, one row per report, every column equal to the jsonl value', () => {
    const raw = readFileSync(join(out, 'reports.csv'), 'utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(raw, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(reports.length);
    const header = Object.keys(rows[0]);
    expect(header.slice(0, 3)).toEqual(['文件 (file)', '篇 (report)', '标题 (title)']);
    expect(header).toContain('依申请公开·本年新收·总计 (applications.newReceived.total)');
    const indicatorKeys = header.map((h) => /\(([\w.]+)\)$/.exec(h)![1]).filter((k) => k.includes('.') || k === 'format' || k.endsWith('Yuan'));
    rows.forEach((row, i) => {
      const r = reports[i];
      expect(row['文件 (file)']).toBe(r.source.file);
      expect(Number(row['篇 (report)'])).toBe(r.source.index + 1);
      expect(unformula(row['标题 (title)'])).toBe(r.title ?? '');
      expect(row['年度 (year)']).toBe(r.year === undefined ? '' : String(r.year));
      expect(row['统计期起 (periodStart)']).toBe(r.period?.start ?? '');
      expect(Number(row['数据数 (facts)'])).toBe(r.facts.length);
      expect(Number(row['警告数 (warnings)'])).toBe(r.warnings.length);
      for (const key of indicatorKeys) {
        const v = valueAt(r.indicators, key);
        const cell = row[header.find((h) => h.endsWith(`(${key})`))!];
        expect(cell, key).toBe(v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
      }
    });
  });

  it('facts.csv: one row per fact with value, quote and offsets that slice the report text', () => {
    const rows = parseCsv(readFileSync(join(out, 'facts.csv'), 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
    const facts = reports.flatMap((r) => r.facts.map((f) => ({ f, r })));
    expect(rows).toHaveLength(facts.length);
    expect(rows.some((row) => Object.values(row).some((v) => v.includes(',')))).toBe(true); // quoting is exercised
    rows.forEach((row, i) => {
      const { f, r } = facts[i];
      expect(row['文件 (file)']).toBe(r.source.file);
      expect(row['类型 (kind)']).toBe(f.kind);
      expect(unformula(row['数值 (value)'])).toBe(String(f.value));
      expect(row['单位 (unit)']).toBe(f.unit ?? '');
      expect(unformula(row['主题 (subject)'])).toBe(f.subject ?? '');
      expect(unformula(row['原文 (quote)'])).toBe(f.quote);
      expect(r.text.slice(Number(row['起 (start)']), Number(row['止 (end)']))).toBe(f.quote);
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
    expect(readFileSync(target, 'utf8').startsWith('\uFEFF文件 (file)')).toBe(true);
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
