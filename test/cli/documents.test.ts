// The CLI reads PDF and Word files: in a folder walk, by name, through parse and review; a bad one fails alone.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/index.js';
import { cli, ensureBuilt, ROOT } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'nianbao-docs-'));
const dir = join(tmp, 'in');

beforeAll(() => {
  ensureBuilt();
  mkdirSync(dir);
  copyFileSync(join(ROOT, 'fixtures/pdf/062-b-hongze-2023.pdf'), join(dir, 'a-hongze.pdf'));
  copyFileSync(join(ROOT, 'fixtures/word/031-b-shuyang-fgj-2023.docx'), join(dir, 'b-shuyang.docx'));
  copyFileSync(join(ROOT, 'fixtures/word/031-b-shuyang-fgj-2023.doc'), join(dir, 'c-shuyang.doc'));
  // a PDF cut short: fails on its own, the others still convert
  writeFileSync(join(dir, 'd-cut.pdf'), readFileSync(join(ROOT, 'fixtures/pdf/062-b-hongze-2023.pdf')).subarray(0, 3000));
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('convert, parse and review read PDF and Word files', () => {
  it('convert walks a folder of .pdf/.docx/.doc: three reports, the cut PDF fails with its reason', () => {
    const out = join(tmp, 'out.jsonl');
    const run = cli(['convert', dir, '-o', out, '--jobs', '2', '--quiet']);
    expect(run.code).toBe(1);
    const reports = readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Report);
    expect(reports.map((r) => r.source.format)).toEqual(['pdf', 'docx', 'doc']);
    expect(reports[0].indicators.applications?.newReceived?.total).toBe(21);
    expect(reports[1].indicators.applications?.newReceived?.total).toBe(26);
    expect(reports[2].indicators.applications?.newReceived?.total).toBe(26);
    expect(run.stderr).toMatch(/d-cut\.pdf: damaged or truncated document/);
  }, 120_000);

  it('parse prints the PDF report with its pages', () => {
    const run = cli(['parse', join(dir, 'a-hongze.pdf')]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.agency).toBe('洪泽区人民政府');
    expect(report.pages?.length).toBe(5);
  }, 60_000);

  it('review writes a page for a DOCX', () => {
    const out = join(tmp, 'review.html');
    const run = cli(['review', join(dir, 'b-shuyang.docx'), '-o', out]);
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('沭阳县发展和改革局');
  }, 60_000);
});
