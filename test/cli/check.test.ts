import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, ROOT } from './helpers.js';

beforeAll(() => ensureBuilt(), 240_000);

describe('nianbao check', () => {
  it('one line per report with tables, totals, exit 0 on the corpus (every unread cell is warned)', () => {
    const r = cli(['check', 'fixtures/corpus']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/fixtures\/corpus\/022-b-pingtan-2022\.txt {2}表三\(2021\) 175\/175 {2}表四\(2021\) 15\/15 {2}identities 42 hold 0 fail/);
    expect(r.stdout).toMatch(/fixtures\/corpus\/019-b-pingtan-2019\.txt {2}表三\(2019\) 161\/161/);
    expect(r.stdout).toMatch(/^total: .* 0 without a warning$/m);
  });

  it('a report with a cell run made unreadable: counted, named by the warning, still exit 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-check-'));
    const text = readFileSync(join(ROOT, 'fixtures/corpus/022-b-pingtan-2022.txt'), 'utf8').replace('（一）予以公开 210000021', '（一）予以公开 21OOOOO21');
    writeFileSync(join(dir, 'a.txt'), text);
    const r = cli(['check', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('表三(2021) 168/175');
    expect(r.stdout).toContain('TABLE_INCOMPLETE');
    expect(r.stdout).toMatch(/1 reports with unread cells, 0 without a warning/);
  });

  it('a file that is no report (fixtures/shapes/README.md) is listed as “no report found”, not counted as a table left unread', () => {
    const r = cli(['check', 'fixtures/shapes/README.md', 'fixtures/corpus/022-b-pingtan-2022.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('fixtures/shapes/README.md  no report found (NO_REPORT_FOUND)');
    expect(r.stdout).not.toMatch(/README\.md {2}表三/);
    expect(r.stdout).toMatch(/^total: 2 files \(0 unreadable, 1 with no report\), 1 reports, 1 with official tables; cells 190\/190 .* 0 reports with unread cells/m);
  });

  it('no input files is a usage error (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-check-empty-'));
    expect(cli(['check', dir]).code).toBe(2);
  });
});
