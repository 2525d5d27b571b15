import { describe, expect, it } from 'vitest';
import { inInputOrder } from '../../src/cli/pool.js';
import { readFileSync } from 'node:fs';
import { expandInputs, formatFor } from '../../src/cli/files.js';
import { binaryKind } from '../../src/cli/task.js';
import { BATCH_FILES } from './helpers.js';

describe('expandInputs', () => {
  it('walks a folder recursively in name order, report extensions only, hidden entries left out', () => {
    const { files, skipped } = expandInputs(['fixtures/batch']);
    expect(files.map((f) => f.path)).toEqual(BATCH_FILES);
    expect(skipped).toEqual(['fixtures/batch/sub/photo.png']);
    expect(files.find((f) => f.path.endsWith('.htm'))?.format).toBe('html');
    expect(files.find((f) => f.path.endsWith('.txt'))?.format).toBe('auto');
  });

  it('keeps argument order, reads a path given twice once, and reports globs that match nothing', () => {
    const { files, emptyGlobs } = expandInputs(['fixtures/batch/sub', 'fixtures/batch/sub/10-xinghua-2010.md', '-', 'nope/*.txt']);
    expect(files.map((f) => f.path)).toEqual(['fixtures/batch/sub/10-xinghua-2010.md', 'fixtures/batch/sub/deeper/11-tangcun-2010.shtml', '-']);
    expect(emptyGlobs).toEqual(['nope/*.txt']);
  });

  it('takes a missing plain path as a file (the reader reports it as not found)', () => {
    expect(expandInputs(['missing.txt']).files).toEqual([{ path: 'missing.txt', format: 'auto' }]);
  });
});

describe('formatFor', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('reads a .html file with tags as HTML (also GBK bytes with <meta charset=gb2312>)', () => {
    expect(formatFor('html', bytes('<html><body><p>平潭县人民政府</p>'))).toBe('html');
    expect(formatFor('html', readFileSync('fixtures/batch/03-gbk-meta-pingtan-2013.htm'))).toBe('html');
  });
  it('leaves a plain-text report saved as .htm to content sniffing, so its lines and headings survive', () => {
    expect(formatFor('html', bytes('平潭县2013年政府信息公开工作年度报告\n\n一、概述\n'))).toBe('auto');
  });
  it('never turns a .txt into HTML', () => expect(formatFor('auto', bytes('<p>x</p>'))).toBe('auto'));
});

describe('binaryKind', () => {
  it.each([
    [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
    [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or .docx/.xlsx)'],
    [[0xd0, 0xcf, 0x11, 0xe0, 0xa1], 'an old Office document (.doc/.xls)'],
  ])('names %j', (bytes, kind) => expect(binaryKind(Uint8Array.from(bytes))).toBe(kind));
  it('leaves text alone', () => expect(binaryKind(new TextEncoder().encode('政府信息公开'))).toBeUndefined());
});

describe('inInputOrder', () => {
  const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));
  it('yields in input order whatever order the work finishes in, never running more than asked', async () => {
    let running = 0;
    let most = 0;
    const work = async (ms: number, i: number) => {
      most = Math.max(most, ++running);
      await delay(ms);
      running--;
      return i;
    };
    const out: number[] = [];
    for await (const i of inInputOrder([30, 1, 20, 1, 5, 1, 1, 10], work, { concurrency: 3, window: 4 })) out.push(i);
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBeLessThanOrEqual(3);
  });

  it('holds at most `window` finished results behind a slow one', async () => {
    let started = 0;
    const seen: number[] = [];
    const work = async (ms: number) => {
      started++;
      await delay(ms);
      return started;
    };
    for await (const s of inInputOrder([40, 1, 1, 1, 1, 1, 1, 1, 1, 1], work, { concurrency: 10, window: 3 })) seen.push(s);
    expect(seen[0]).toBeLessThanOrEqual(3);
  });

  it('stops starting work once stop() is true', async () => {
    let started = 0;
    const out: number[] = [];
    for await (const i of inInputOrder([1, 1, 1, 1, 1, 1], async (_: number, i: number) => (started++, i), { concurrency: 1, window: 1, stop: () => started >= 2 })) out.push(i);
    expect(started).toBe(2);
    expect(out.length).toBeLessThanOrEqual(2);
  });
});
