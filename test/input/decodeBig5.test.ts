import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes, mayBeBig5 } from '../../src/input/decode.js';

/**
 * Undeclared bytes that are not UTF-8 go to chardet only when they may be Big5 (`mayBeBig5`), the one encoding taken
 * from it. Tested against the run it skips: every fixture report encoded as GBK and as Big5 (encoders read off the
 * decoders, as Node has none), chardet asked on each — a skipped text is one chardet would not have called Big5.
 */
const FIXTURES = join(import.meta.dirname, '../../fixtures');
const chardet = createRequire(import.meta.url)('chardet') as typeof import('chardet');

/** A character → bytes encoder for a double-byte encoding, read off its decoder; an unknown character → `?`. */
function encoderOf(encoding: string): (text: string) => Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return (text) => {
    const out: number[] = [];
    for (const ch of text) {
      const code = ch.codePointAt(0)!;
      if (code < 0x80) out.push(code);
      else out.push(...(table.get(ch) ?? [0x3f]));
    }
    return new Uint8Array(out);
  };
}

const TEXTS = ['corpus', 'wild', 'seed', 'burned', 'series'].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(FIXTURES, dir, f), 'utf8') })),
);
const gbk = encoderOf('gbk');
const big5 = encoderOf('big5');
const chardetSaysBig5 = (bytes: Uint8Array) => {
  const [best] = chardet.analyse(bytes.subarray(0, 64 * 1024));
  return best?.name === 'Big5' && best.confidence >= 50;
};

describe('undeclared bytes shown to chardet only when they may be Big5', () => {
  it('reads the fixture texts (not an empty list)', () => {
    expect(TEXTS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TEXTS.map((t) => [t.name, t.text]))('%s as GBK: not Big5 by its second bytes, nor by chardet; read back whole', (_name, text) => {
    const bytes = gbk(text);
    expect(mayBeBig5(bytes)).toBe(false);
    expect(chardetSaysBig5(bytes)).toBe(false);
    const out = decodeBytes(bytes);
    expect(out.encoding).toBe('gb18030');
    expect(out.text).toBe(new TextDecoder('gbk').decode(bytes));
  });

  it.each(TEXTS.map((t) => [t.name, t.text]))('%s as Big5: may be Big5, chardet agrees and it is read as Big5', (_name, text) => {
    const bytes = big5(text);
    expect(mayBeBig5(bytes)).toBe(true);
    expect(chardetSaysBig5(bytes)).toBe(true);
    expect(decodeBytes(bytes).encoding).toBe('big5');
  });

  it('too few double-byte characters to tell: chardet decides', () => {
    expect(mayBeBig5(gbk('共收到申请26件'))).toBe(true);
    expect(mayBeBig5(gbk('本年度共收到政府信息公开申请26件，按时办结26件，均予以公开'))).toBe(false);
    expect(mayBeBig5(big5('本年度共收到政府信息公開申請26件，按時辦結26件，均予以公開'))).toBe(true);
  });
});
