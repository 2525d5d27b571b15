// `nianbao review <file> [-o page.html]` and the page writer used by `convert --review-dir`.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reviewPathFor, registerReview, writeReviewPage } from '../../src/cli/commands/review.js';
import { cli, ensureBuilt } from '../cli/helpers.js';
import { parseReports } from '../../src/index.js';

const SEED = 'fixtures/seed/000_b61ef283626af920.txt';

async function run(args: string[]): Promise<void> {
  const program = new Command('nianbao').exitOverride();
  registerReview(program);
  await program.parseAsync(['node', 'nianbao', ...args]);
}

describe('nianbao review', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes one page for the seed page, its ten reports as tabs 篇1…篇10', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'nianbao-cli-')), 'seed.html');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await run(['review', SEED, '-o', out]);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    for (let i = 1; i <= 10; i++) expect(html).toContain(`>篇${i}`);
    expect(stderr.mock.calls.join('')).toMatch(/seed\.html: 10 report\(s\), \d+ facts/);
    // Written through a temporary file: nothing else is left in the folder.
    expect(readdirSync(join(out, '..'))).toEqual(['seed.html']);
  });

  it('without -o writes <input name>.review.html in the current folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const expected = join(dir, '000_b61ef283626af920.review.html');
    const here = process.cwd();
    process.chdir(dir);
    try {
      await run(['review', join(here, SEED)]);
    } finally {
      process.chdir(here);
    }
    expect(existsSync(expected)).toBe(true);
  });

  it('refuses an unknown --encoding as a usage error', async () => {
    await expect(run(['review', SEED, '--encoding', 'klingon'])).rejects.toThrow(/unknown encoding "klingon"/);
  });

  it('never overwrites its input', () => {
    const reports = parseReports(readFileSync(SEED), { source: SEED });
    expect(() => writeReviewPage(SEED, reports, SEED)).toThrow(/never overwritten/);
  });
});

describe('reviewPathFor (convert --review-dir)', () => {
  it('names the page after the input, numbering inputs that share a name', () => {
    const taken = new Set<string>();
    expect(reviewPathFor('a/031-b-shuyang-fgj-2023.html', 'out', taken)).toBe(join('out', '031-b-shuyang-fgj-2023.review.html'));
    expect(reviewPathFor('b/031-b-shuyang-fgj-2023.html', 'out', taken)).toBe(join('out', '031-b-shuyang-fgj-2023-2.review.html'));
  });
  it('keeps Chinese names and replaces characters unsafe in a file name', () => {
    expect(reviewPathFor('年报/平潭 2022<x>.txt', 'out')).toBe(join('out', '平潭_2022_x_.review.html'));
    expect(reviewPathFor('-', 'out')).toBe(join('out', 'stdin.review.html'));
    expect(reviewPathFor('<stdin>', 'out')).toBe(join('out', 'stdin.review.html'));
  });
});

describe('built CLI: review and convert --review-dir', () => {
  it('convert --review-dir writes one page per input file, beside the usual output', () => {
    ensureBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
    const run = cli(['convert', SEED, 'fixtures/corpus/031-b-shuyang-fgj-2023.html', '-o', join(dir, 'out.csv'), '--review-dir', join(dir, 'pages')]);
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'pages')).sort()).toEqual(['000_b61ef283626af920.review.html', '031-b-shuyang-fgj-2023.review.html']);
    const page = readFileSync(join(dir, 'pages', '000_b61ef283626af920.review.html'), 'utf8');
    expect(page).toContain('>篇10');
    expect(existsSync(join(dir, 'out.csv'))).toBe(true);
  });
  it('nianbao review <file> -o page.html exits 0; a missing file exits 1', () => {
    ensureBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
    expect(cli(['review', 'fixtures/corpus/022-b-pingtan-2022.txt', '-o', join(dir, 'p.html')]).code).toBe(0);
    expect(readFileSync(join(dir, 'p.html'), 'utf8')).toContain('Content-Security-Policy');
    expect(cli(['review', join(dir, 'missing.txt')]).code).toBe(1);
  });
});
