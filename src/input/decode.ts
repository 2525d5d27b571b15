import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { makeWarning, type Warning } from '../schema/warnings.js';
import { NianbaoError } from '../errors.js';
import { decodeValidUtf8 } from './utf8.js';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: Warning[];
}

/** Byte-order marks, longest first. */
const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/**
 * Where a page declares its encoding, in the first 4 KB:
 * `<meta charset="gbk">`, `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`,
 * `<?xml version="1.0" encoding="GB2312"?>`.
 */
const CHARSET_DECLARATIONS: RegExp[] = [
  /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w-]+)/i,
  /<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w-]+)/i,
];

/** Names a page may declare that mean GB18030 or one of its subsets (GB2312, GBK): all decoded as GB18030. */
const GB_FAMILY = new Set([
  'gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'euc-cn', 'gb_2312', 'gb_2312-80',
  'csgb2312', 'chinese', 'iso-ir-58', 'csiso58gb231280',
]);

/** Encodings chardet may name that we accept as a second opinion for undeclared, non-UTF-8 bytes. */
const DETECTABLE: Record<string, string> = { Big5: 'big5' };

/** Declared charsets that cannot hold Chinese: iso-8859-1, windows-1252, us-ascii, latin1 … */
const WESTERN_SINGLE_BYTE = /^(?:iso-?8859|windows-125|cp125|us-ascii|ascii|latin)/;

/** Fewest bytes and lowest chardet confidence (0–100) before its guess overrules GB18030. */
const DETECT_MIN_BYTES = 32;
const DETECT_MIN_CONFIDENCE = 50;
/** The bytes chardet is shown (the start of the file). */
const DETECT_SAMPLE_BYTES = 64 * 1024;
/** Double-byte characters needed before their second bytes can rule Big5 out, and the share (1 in N) Big5 needs. */
const BIG5_MIN_PAIRS = 20;
const BIG5_MIN_SHARE_INVERSE = 10;

/** Canonical name of an encoding label: the GB family → `gb18030`, otherwise lower case. */
function canonical(name: string): string {
  const lower = name.toLowerCase();
  return GB_FAMILY.has(lower) ? 'gb18030' : lower === 'utf8' ? 'utf-8' : lower;
}

/** Finds the encoding a page declares in `<meta charset>` or an XML declaration (first 4 KB only). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const bytesHead = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096));
  // both declarations open with < (a plain-text report has none: no string made, no pattern run)
  if (bytesHead.indexOf(0x3c) < 0) return undefined;
  const head = bytesHead.toString('latin1');
  for (const pattern of CHARSET_DECLARATIONS) {
    const m = pattern.exec(head);
    if (m) return canonical(m[1]);
  }
  return undefined;
}

function decodeWith(bytes: Uint8Array, encoding: string, fatal: boolean): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(canonical(encoding), { fatal });
  } catch {
    throw new NianbaoError('UNKNOWN_ENCODING', encoding);
  }
  return decoder.decode(bytes);
}

/** The bytes as UTF-8 when they are valid UTF-8 (checked by simdutf: faster than a fatal TextDecoder), else undefined. */
function tryStrictUtf8(bytes: Uint8Array): string | undefined {
  // no BOM reaches here (decodeBytes strips it first), so this equals TextDecoder('utf-8', { fatal: true })
  return isUtf8(bytes) ? decodeValidUtf8(bytes) : undefined;
}

/** True when the bytes hold at least one multi-byte character (a GBK page is almost never valid UTF-8 with these). */
function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

/** Lenient UTF-8, when at most 1 in 10 non-ASCII characters is undecodable; GBK bytes read as UTF-8 are mostly U+FFFD. */
function mostlyUtf8(bytes: Uint8Array): string | undefined {
  const text = decodeWith(bytes, 'utf-8', false);
  let bad = 0;
  let wide = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x80) wide++;
  }
  return wide >= 16 && bad * 10 <= wide ? text : undefined;
}

const require = createRequire(import.meta.url);
let detector: typeof import('chardet') | undefined;
/** chardet, loaded the first time bytes are neither UTF-8 nor declared (most pages never need it: faster import). */
function chardet(): typeof import('chardet') {
  return (detector ??= require('chardet') as typeof import('chardet'));
}

/** chardet's opinion on undeclared non-UTF-8 bytes, when it is confident about an encoding GB18030 would garble. */
function detectOther(bytes: Uint8Array): string | undefined {
  if (bytes.length < DETECT_MIN_BYTES) return undefined;
  const sample = bytes.subarray(0, DETECT_SAMPLE_BYTES);
  // Big5 is the only encoding taken from chardet: bytes that cannot be Big5 text skip its ≈ 0.5 ms per KB
  if (!mayBeBig5(sample)) return undefined;
  const [best] = chardet().analyse(sample);
  if (!best || best.confidence < DETECT_MIN_CONFIDENCE) return undefined;
  return DETECTABLE[best.name];
}

/**
 * False when the bytes are surely not Big5 text: among their double-byte characters (a byte 0x81–0xFE and the next),
 * fewer than one in ten has its second byte in 0x40–0x7E. Big5 puts 44–53 % of a report's characters there (the
 * fixture texts encoded as Big5); GB2312 never does, and GBK only for its rare extension characters (0 % in the same
 * texts encoded as GBK). Too few characters to tell (under 20): true, chardet decides.
 */
export function mayBeBig5(bytes: Uint8Array): boolean {
  let pairs = 0;
  let lowTrail = 0;
  for (let i = 0; i + 1 < bytes.length; i++) {
    const lead = bytes[i];
    if (lead < 0x81 || lead > 0xfe) continue;
    const trail = bytes[++i];
    pairs++;
    if (trail >= 0x40 && trail <= 0x7e) lowTrail++;
  }
  return pairs < BIG5_MIN_PAIRS || lowTrail * BIG5_MIN_SHARE_INVERSE >= pairs;
}

/** Throws `BINARY_INPUT` when the bytes hold a NUL in the first 8 KB (text and HTML never do, outside UTF-16). */
export function assertNotBinary(bytes: Uint8Array, source?: string): void {
  // (a Buffer's indexOf is a byte search in C; a Uint8Array's is a loop)
  const nul = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8192)).indexOf(0);
  if (nul >= 0) throw new NianbaoError('BINARY_INPUT', `NUL byte at offset ${nul}`, source);
}

/**
 * Bytes → text: a forced encoding, else BOM, else `<meta charset>` (HTML), else strict UTF-8, else GB18030
 * (government pages without a declaration are usually GBK; chardet may name Big5 instead). Throws `BINARY_INPUT`
 * for bytes with NULs (unless a UTF-16 BOM explains them) and `UNKNOWN_ENCODING` for a forced encoding we lack.
 */
export function decodeBytes(
  bytes: Uint8Array,
  options: { encoding?: string; html?: boolean; source?: string } = {},
): Decoded {
  const warnings: Warning[] = [];
  if (options.encoding) {
    const encoding = canonical(options.encoding);
    const text = stripBom(decodeWith(bytes, encoding, false));
    if (!encoding.startsWith('utf-16')) assertNotBinary(bytes, options.source);
    return { text, encoding, warnings: replacementWarning(text) };
  }
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      const text = decodeWith(bytes.subarray(bom.length), encoding, false);
      if (encoding === 'utf-8') assertNotBinary(bytes, options.source);
      return { text, encoding, warnings: replacementWarning(text) };
    }
  }
  assertNotBinary(bytes, options.source);
  const utf8 = tryStrictUtf8(bytes);
  const declared = options.html !== false ? declaredCharset(bytes) : undefined;
  if (declared && declared !== 'utf-8') {
    // a page that declares gb2312 but is valid UTF-8 with Chinese in it was re-saved as UTF-8 and kept its old <meta>
    if (utf8 !== undefined && hasNonAscii(bytes)) {
      warnings.push(makeWarning('CHARSET_MISMATCH', `declared ${declared}, read as utf-8`));
      return { text: utf8, encoding: 'utf-8', warnings };
    }
    // a Chinese report declared iso-8859-1 / windows-1252 (a template default) would decode to Latin mojibake
    if (WESTERN_SINGLE_BYTE.test(declared) && hasNonAscii(bytes)) {
      warnings.push(makeWarning('CHARSET_MISMATCH', `declared ${declared}, not a charset for Chinese text`));
      return withWarnings(warnings, notUtf8(bytes));
    }
    try {
      const text = decodeWith(bytes, declared, false);
      return { text, encoding: declared, warnings: replacementWarning(text) };
    } catch {
      // an unknown declared charset: fall through to detection
    }
  }
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', warnings };
  const guessed = notUtf8(bytes);
  if (declared === 'utf-8' && guessed.encoding !== 'utf-8') warnings.push(makeWarning('CHARSET_MISMATCH', 'declared utf-8, bytes are not'));
  return withWarnings(warnings, guessed);
}

/** Bytes that are not strict UTF-8 and declare nothing usable: damaged UTF-8, chardet's confident Big5, else GB18030. */
function notUtf8(bytes: Uint8Array): Decoded {
  // a UTF-8 page with a few damaged bytes (one stray 0xFF, a cut download) stays UTF-8: GB18030 would garble all of it
  const damaged = mostlyUtf8(bytes);
  if (damaged !== undefined) return { text: damaged, encoding: 'utf-8', warnings: replacementWarning(damaged) };
  const other = detectOther(bytes);
  if (other) {
    const text = decodeWith(bytes, other, false);
    return { text, encoding: other, warnings: [makeWarning('DECODED_AS_DETECTED', other), ...replacementWarning(text)] };
  }
  const text = decodeWith(bytes, 'gb18030', false);
  return { text, encoding: 'gb18030', warnings: [makeWarning('DECODED_AS_GB18030'), ...replacementWarning(text)] };
}

function withWarnings(first: Warning[], decoded: Decoded): Decoded {
  return { ...decoded, warnings: [...first, ...decoded.warnings] };
}

function replacementWarning(text: string): Warning[] {
  return text.includes('\uFFFD') ? [makeWarning('REPLACEMENT_CHARACTERS')] : [];
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
