// `nianbao series`: in process (commander + runSeries) on the real 平潭 files and the broken copies, and once through
// the built CLI to prove the command is registered.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { checksPathFor, parseAliases, registerSeries } from '../../src/cli/commands/series.js';
import { UsageError } from '../../src/cli/usage.js';
import { SERIES_CSV_COLUMNS } from '../../src/cli/series/output.js';
import { cli, ensureBuilt } from '../cli/helpers.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const REAL = ['042-a-pingtan-qu-2012', '043-a-pingtan-xian-2013', '014-a-pingtan-2014', '009-a-pingtan-2015', '010-a-pingtan-2016', '019-b-pingtan-2019', '022-b-pingtan-2022', '024-b-pingtan-2024'].map(
  (s) => `fixtures/corpus/${s}.txt`,
);
const FAKE_2023 = 'fixtures/series/pingtan-2023-altered-carryover.txt';

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  const program = new Command('nianbao').exitOverride();
  registerSeries(program);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const here = process.cwd();
  process.chdir(ROOT);
  try {
    process.exitCode = undefined;
    await program.parseAsync(['node', 'nianbao', 'series', ...args]);
    return { code: Number(process.exitCode ?? 0), stderr: stderr.mock.calls.map((c) => String(c[0])).join('') };
  } finally {
    process.chdir(here);
    process.exitCode = undefined;
    stderr.mockRestore();
  }
}

const tmp = () => mkdtempSync(join(tmpdir(), 'nianbao-series-'));

describe('nianbao series', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes the tidy CSV (BOM, one row per agency × year × indicator), the checks JSON beside it, and the chart', async () => {
    const dir = tmp();
    const out = join(dir, 'series.csv');
    const { code, stderr } = await run([...REAL, FAKE_2023, '--alias', '平潭县人民政府=平潭综合实验区', '-o', out, '--chart', join(dir, 'series.html')]);
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['series.checks.json', 'series.csv', 'series.html']);

    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFF机关,机关原文,年度,报告格式,指标键,指标,数值,单位,文件,篇,')).toBe(true);
    const rows = parse(csv.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0])).toEqual(SERIES_CSV_COLUMNS.map(([header]) => header));
    // 022 as read: 上年结转 总计 1 (row 二、上年结转政府信息公开申请数量 1000001)
    const over = rows.find((r) => r['年度'] === '2022' && r['指标键'] === 'applications.carriedOver.total')!;
    expect(over).toMatchObject({ 机关: '平潭综合实验区', 机关原文: '平潭综合实验区', 指标: '依申请公开·上年结转·总计', 数值: '1', 单位: '件', 报告格式: '2021版表格', 文件: 'fixtures/corpus/022-b-pingtan-2022.txt', 篇: '1', 重复: '' });
    const text022 = readFileSync(join(ROOT, over['文件']), 'utf8');
    expect(text022.slice(Number(over['起']), Number(over['止']))).toBe(over['原文']);
    // the grouping rule is in every row: 043 joined by the alias, the office name by two steps
    expect(rows.find((r) => r['年度'] === '2013')!['合并方式']).toBe('alias:平潭综合实验区');
    expect(rows.find((r) => r['年度'] === '2015')!['合并方式']).toBe('zoneOffice+zoneCommittee');

    const checks = JSON.parse(readFileSync(join(dir, 'series.checks.json'), 'utf8'));
    expect(checks.counts).toMatchObject({ CARRY_OVER_MISMATCH: 6, CUMULATIVE_MISMATCH: 2, FORMAT_CHANGED: 2, YEAR_GAP: 1 });
    expect(checks.groups[0].names).toContainEqual({ name: '平潭县人民政府', steps: ['alias:平潭综合实验区'] });
    expect(checks.groupingSteps.map((s: { id: string }) => s.id)).toEqual(['spaces', 'brackets', 'zoneOffice', 'zoneCommittee']);
    const carry = checks.warnings.find((w: { code: string }) => w.code === 'CARRY_OVER_MISMATCH');
    expect(carry.messageZh).toBe('上年结转下年度 ≠ 本年上年结转：2022年→2023年 依申请公开·结转下年度继续办理·自然人 0 ≠ 依申请公开·上年结转·自然人 2');
    expect(carry.reports.map((r: { file: string; year: number; quote: string }) => [r.file, r.year, r.quote])).toEqual([
      ['fixtures/corpus/022-b-pingtan-2022.txt', 2022, '0'],
      [FAKE_2023, 2023, '2'],
    ]);

    // stderr: the group with its names and steps, each check with one line per report
    expect(stderr).toContain('平潭综合实验区: 2012 2013 2014 2015 2016 2019 2022 2023 2024 — 9 report(s) written as');
    expect(stderr).toContain('平潭县人民政府 (alias:平潭综合实验区)');
    expect(stderr).toMatch(/CARRY_OVER_MISMATCH 上年结转下年度 ≠ 本年上年结转：2022年→2023年 依申请公开·结转下年度继续办理·自然人 0 ≠ 依申请公开·上年结转·自然人 2\n {4}2022 fixtures\/corpus\/022-b-pingtan-2022\.txt 篇1 依申请公开·结转下年度继续办理·自然人 = 0 \[\d+–\d+\] “0”/);
    expect(stderr).toMatch(/9 file\(s\), 9 report\(s\), 1 agency, \d+ rows, \d+ check warning\(s\), 0 failed/);

    const html = readFileSync(join(dir, 'series.html'), 'utf8');
    expect(html).toContain('<h2>平潭综合实验区</h2>');
    expect(html).toContain('<svg');
    expect(html).toContain('alias:平潭综合实验区');
  });

  it('lists a file that fails and still writes the others (exit 1)', async () => {
    const dir = tmp();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const { code, stderr } = await run([REAL[6], empty, '-o', join(dir, 's.csv'), '-q']);
    expect(code).toBe(1);
    expect(stderr).toBe(`nianbao: ${empty}: empty file (0 bytes)\n`);
    expect(readFileSync(join(dir, 's.csv'), 'utf8')).toContain('applications.carriedOver.total');
  });

  it('refuses bad usage: no -o, a malformed --alias, an input as output, an existing output without --force', async () => {
    await expect(run([REAL[0]])).rejects.toThrow(UsageError);
    expect(() => parseAliases(['平潭县人民政府'])).toThrow(UsageError);
    expect(parseAliases(['平潭县人民政府=平潭综合实验区'])).toEqual({ 平潭县人民政府: '平潭综合实验区' });
    await expect(run([REAL[0], '-o', REAL[0]])).rejects.toThrow(/also an input/);
    const dir = tmp();
    writeFileSync(join(dir, 'series.csv'), 'old');
    await expect(run([REAL[0], '-o', join(dir, 'series.csv')])).rejects.toThrow(/--force/);
    expect(readFileSync(join(dir, 'series.csv'), 'utf8')).toBe('old');
    await expect(run([REAL[0], '-o', join(dir, 'x.csv'), '--jump-factor', 'ten'])).rejects.toThrow(/--jump-factor/);
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
  });

  it('names the checks file after the CSV', () => {
    expect(checksPathFor('out/series.csv')).toBe('out/series.checks.json');
    expect(checksPathFor('pingtan')).toBe('pingtan.checks.json');
  });

  describe('built', () => {
    beforeAll(() => ensureBuilt()); // may wait for another test file's build (hook timeout 120 s)
    it('is registered in the built CLI (nianbao series --help)', () => {
      const r = cli(['series', '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('--alias <NAME=GROUP>');
    });
  });
});
