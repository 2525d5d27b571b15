import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, ROOT } from './helpers.js';

beforeAll(() => ensureBuilt(), 240_000);

describe('nianbao --help / --version / usage errors', { timeout: 180_000 }, () => {
  it('--version prints the package.json version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('--help lists the commands and exits 0', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    for (const name of ['convert', 'parse', 'schema']) expect(r.stdout).toContain(name);
    expect(cli(['convert', '--help']).stdout).toContain('--fail-fast');
  });

  it.each([
    [['convert', 'fixtures/batch', '--bogus'], /unknown option/],
    [['convert', 'fixtures/batch', '--jobs', '0'], /--jobs must be a positive integer/],
    [['convert', 'fixtures/batch', '--format', 'xls'], /unknown format "xls"/],
    [['convert', 'fixtures/batch', '--format', 'xlsx'], /xlsx is a binary file; write it with -o reports.xlsx/],
    [['convert', 'fixtures/batch', '--encoding', 'klingon'], /unknown encoding "klingon"/],
    [['convert', 'fixtures/batch', '-o', '/tmp/out.xyz'], /cannot tell the format/],
    [['convert', 'fixtures/batch', '--format', 'csv,jsonl'], /only one --format can go to stdout/],
    [['convert', 'fixtures/nothing-here/*.txt'], /no report files found/],
    [['convert'], /missing required argument/],
    [['frobnicate'], /unknown command/],
  ])('exits 2 on bad usage: %j', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('nianbao parse', { timeout: 180_000 }, () => {
  it('prints the first report of a page as pretty JSON, and says the page holds more', () => {
    const r = cli(['parse', 'fixtures/batch/04-multi-ten-reports.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('{\n  "text"')).toBe(true);
    expect(JSON.parse(r.stdout).source.index).toBe(0);
    expect(r.stderr).toContain('holds 10 reports');
  });

  it('--report N picks 篇N, --all prints the page as an array', () => {
    expect(JSON.parse(cli(['parse', 'fixtures/batch/04-multi-ten-reports.txt', '--report', '3']).stdout).source.index).toBe(2);
    expect(JSON.parse(cli(['parse', 'fixtures/batch/04-multi-ten-reports.txt', '--all']).stdout)).toHaveLength(10);
    expect(cli(['parse', 'fixtures/batch/04-multi-ten-reports.txt', '--report', '11']).code).toBe(2);
  });

  it('reads GBK and stdin, and fails with exit 1 on an empty or missing file', () => {
    const gbk = JSON.parse(cli(['parse', '-'], { input: readFileSync(join(ROOT, 'fixtures/batch/02-gbk-pingtan-2014.txt')) }).stdout);
    expect(gbk.title).toBe('平潭综合实验区管委会2014年度政府信息公开工作年度报告');
    const empty = cli(['parse', 'fixtures/batch/05-empty.txt']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/empty/i);
    expect(cli(['parse', 'fixtures/no-such-file.txt']).code).toBe(1);
  });
});

describe('nianbao parse on a huge file', { timeout: 180_000 }, () => {
  it('refuses a 21 MB file with exit 1 before reading it', () => {
    const big = join(mkdtempSync(join(tmpdir(), 'nianbao-parse-')), 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 21 * 1024 * 1024); // sparse
    const r = cli(['parse', big]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/too large/);
    expect(r.stdout).toBe('');
  });
});

describe('nianbao schema', { timeout: 180_000 }, () => {
  it('prints the JSON Schema of Report', () => {
    const r = cli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['text', 'facts', 'indicators', 'warnings']));
  });
});
