import { makeWarning, type Warning } from '../schema/warnings.js';
import { NianbaoError } from '../errors.js';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: Warning[];
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

// <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gb2312">, in the first 4 KB
const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w-]+)/i;

/** Names a page may declare that mean GB18030 or one of its subsets. */
const GB_FAMILY = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'euc-cn']);

/** Finds the encoding a page declares in `<meta charset>`, if any (only looks at the first 4 KB). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const m = META_CHARSET.exec(head);
  if (!m) return undefined;
  const name = m[1].toLowerCase();
  return GB_FAMILY.has(name) ? 'gb18030' : name;
}

function decodeWith(bytes: Uint8Array, encoding: string, fatal: boolean): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(GB_FAMILY.has(encoding.toLowerCase()) ? 'gb18030' : encoding, { fatal });
  } catch {
    throw new NianbaoError('UNKNOWN_ENCODING', encoding);
  }
  return decoder.decode(bytes);
}

/**
 * Bytes → text: a forced encoding, else BOM, else `<meta charset>` (HTML), else strict UTF-8, else GB18030
 * (government pages without a declaration are usually GBK).
 */
export function decodeBytes(bytes: Uint8Array, options: { encoding?: string; html?: boolean } = {}): Decoded {
  const warnings: Warning[] = [];
  if (options.encoding) return { text: stripBom(decodeWith(bytes, options.encoding, false)), encoding: options.encoding.toLowerCase(), warnings };
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      return { text: decodeWith(bytes.subarray(bom.length), encoding, false), encoding, warnings };
    }
  }
  const declared = options.html !== false ? declaredCharset(bytes) : undefined;
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return { text: decodeWith(bytes, declared, false), encoding: declared, warnings };
    } catch {
      // an unknown declared charset: fall through to detection
    }
  }
  try {
    return { text: decodeWith(bytes, 'utf-8', true), encoding: 'utf-8', warnings };
  } catch {
    // not UTF-8: a declared utf-8 page that is really GBK is common on old sites
  }
  const text = decodeWith(bytes, 'gb18030', false);
  warnings.push(makeWarning('DECODED_AS_GB18030'));
  if (text.includes('\uFFFD')) warnings.push(makeWarning('REPLACEMENT_CHARACTERS'));
  return { text, encoding: 'gb18030', warnings };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
