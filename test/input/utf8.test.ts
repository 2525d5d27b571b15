import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { decodeValidUtf8 } from '../../src/input/utf8.js';

// the long way: Node's own decoder
const slow = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.length).toString('utf8');

/** A random string of code points from every range UTF-8 writes in 1–4 bytes (no lone surrogates: not valid UTF-8). */
function randomText(random: () => number, length: number): string {
  const ranges: Array<[number, number]> = [[0, 0x7f], [0x80, 0x7ff], [0x800, 0xd7ff], [0xe000, 0xffff], [0x10000, 0x10ffff], [0x4e00, 0x9fa5]];
  let s = '';
  for (let i = 0; i < length; i++) {
    const [lo, hi] = ranges[Math.floor(random() * ranges.length)];
    s += String.fromCodePoint(lo + Math.floor(random() * (hi - lo + 1)));
  }
  return s;
}

describe('decodeValidUtf8', () => {
  it('gives the units Node’s decoder gives, on every UTF-8 fixture file', () => {
    let files = 0;
    for (const dir of ['corpus', 'seed', 'wild'].map((d) => join('fixtures', d))) {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (!statSync(p).isFile() || !/\.(txt|html?)$/.test(f)) continue;
        const bytes = new Uint8Array(readFileSync(p));
        if (!isUtf8(bytes)) continue;
        expect(decodeValidUtf8(bytes), p).toBe(slow(bytes));
        files++;
      }
    }
    expect(files).toBeGreaterThan(20);
  });

  it('gives the same units on random valid UTF-8, a byte-order mark at the start or inside, NULs and views into larger buffers', () => {
    let seed = 15;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const texts = ['', 'a', 'abc 123', '\uFEFF本年度', '本年\uFEFF度', '\0\0x', '😀🀄', '年'.repeat(5000)];
    for (let i = 0; i < 500; i++) texts.push(randomText(random, Math.floor(random() * 200)));
    for (const t of texts) {
      const whole = Buffer.from(`xx${t}yy`, 'utf8');
      const bytes = new Uint8Array(whole.buffer, whole.byteOffset + 2, whole.length - 4); // a view, not from offset 0
      expect(isUtf8(bytes)).toBe(true);
      expect(decodeValidUtf8(bytes)).toBe(t);
      expect(decodeValidUtf8(bytes)).toBe(slow(bytes));
    }
  });
});
