/**
 * Numerals as written in the reports: Arabic (`2949`, `1,295`, `22.38`, full-width digits after normalisation) and
 * Chinese (`两`, `十一`, `一千二百零五`, `二〇二二`). No npm package reads these correctly (`nzh` turns 两 into 0 and
 * 二〇二二 into 222), so this is our own small reader.
 */

/** Arabic number: `1,295` (ASCII comma groups of three), `22.38`, `2949` — matched on the normalised text. */
export const ARABIC_SOURCE = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/** Chinese numeral characters, digits and units (financial forms too: 壹贰叁 … 拾佰仟). */
export const CHINESE_SOURCE = '[零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+';

// digit value of each Chinese digit character
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
// small units multiply the digit before them inside a section of four places
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
// big units close a section: 一千二百万 = (1200) × 10⁴
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** The value of a Chinese numeral (`两` → 2, `十一` → 11, `一千二百零五` → 1205, `二〇二二` → 2022), or undefined. */
export function parseChineseNumeral(s: string): number | undefined {
  if (s.length === 0) return undefined;
  let hasUnit = false;
  for (const ch of s) {
    if (ch in SMALL_UNITS || ch in BIG_UNITS) hasUnit = true;
    else if (!(ch in DIGITS)) return undefined;
  }
  // 二〇二二, 二○一三: digits read place by place (years); 两 is never positional
  if (!hasUnit) {
    if (s.includes('两') && s.length > 1) return undefined;
    let v = 0;
    for (const ch of s) v = v * 10 + DIGITS[ch];
    return v;
  }
  let total = 0; // finished sections (万, 亿)
  let section = 0; // current section below 万
  let digit: number | undefined; // last digit not yet multiplied
  let lastBig = Infinity;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit !== undefined && DIGITS[ch] !== 0) return undefined; // 三四 inside a unit numeral: not a number
      digit = DIGITS[ch] === 0 ? undefined : DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? (section === 0 && total === 0 ? 1 : NaN)) * SMALL_UNITS[ch]; // 十一 = 1×10 + 1
      if (Number.isNaN(section)) return undefined;
      digit = undefined;
    } else {
      const big = BIG_UNITS[ch];
      if (big >= lastBig && big === 1e4 && lastBig === 1e4) return undefined; // 万万
      const part = section + (digit ?? 0);
      if (part === 0 && total === 0) return undefined; // a bare 万 is not a numeral here
      total = big > lastBig ? (total + part) * big : total + part * big;
      lastBig = big;
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** Whether a Chinese numeral is read place by place (二〇二二) rather than with units (两千零二十二). */
export function isPositionalChinese(s: string): boolean {
  for (const ch of s) if (ch in SMALL_UNITS || ch in BIG_UNITS) return false;
  return s.length > 1;
}

/** The value of an Arabic number as written (`1,295` → 1295, `22.38` → 22.38). */
export function parseArabic(s: string): number {
  return Number(s.includes(',') ? s.replace(/,/g, '') : s);
}

/** Integer digits of an Arabic number as written (1,295.5 → 4). */
export function integerDigits(arabic: string): number {
  let n = 0;
  for (let i = 0; i < arabic.length && arabic[i] !== '.'; i++) if (arabic[i] !== ',') n++;
  return n;
}

/** The value of a numeral in either script, or undefined when it is not one. */
export function parseNumeral(s: string): number | undefined {
  if (/^[\d,.]+$/.test(s)) {
    const v = parseArabic(s);
    return Number.isFinite(v) ? v : undefined;
  }
  return parseChineseNumeral(s);
}

/** Multipliers written after a number: 22.38万元, 1.2亿元, 14万人次. */
export const MULTIPLIERS: Record<string, number> = { 千: 1e3, 万: 1e4, 百万: 1e6, 千万: 1e7, 亿: 1e8, 万亿: 1e12 };

/** Multiplies without binary noise: 22.38 × 10⁴ = 223800, not 223799.99999999997. */
export function scale(value: number, by: number): number {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return Math.round(value * by * 10 ** decimals) / 10 ** decimals;
}

/** A maximal run of numeral characters in the text: `2949`, `1,295`, `22.38`, `两`, `一千二百零五`. */
export interface NumberRun {
  start: number;
  end: number;
  text: string;
  /** Arabic digits (else Chinese numerals). */
  arabic: boolean;
}

// which UTF-16 units start a number: ASCII digits and the Chinese numeral characters (a table: one lookup a char)
const NUMERAL_CHAR = new Uint8Array(0x10000);
for (let c = 48; c <= 57; c++) NUMERAL_CHAR[c] = 1;
for (const ch of CHINESE_SOURCE.slice(1, -2)) NUMERAL_CHAR[ch.charCodeAt(0)] = 2;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isDigitOrLatin = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Digits from `i` while they last; returns where they stop. */
function digitsFrom(s: string, i: number): number {
  while (isDigit(s.charCodeAt(i))) i++;
  return i;
}

/** After a run ending at `i`: `.` and at least one digit extend it (ARABIC_SOURCE's `(?:\.\d+)?`). */
function decimalsFrom(s: string, i: number): number {
  return s.charCodeAt(i) === 46 && isDigit(s.charCodeAt(i + 1)) ? digitsFrom(s, i + 2) : i;
}

/** Where ARABIC_SOURCE's match at `i` (a digit) ends, without running it: `1,295.5` by its groups, else `2949.5`. */
export function arabicRunEnd(s: string, i: number): number {
  const digits = digitsFrom(s, i);
  // \d{1,3}(?:,\d{3})+: at most three digits, then whole groups of a comma and three digits (a fourth digit may follow)
  if (digits - i <= 3) {
    let end = digits;
    while (s.charCodeAt(end) === 44 && isDigit(s.charCodeAt(end + 1)) && isDigit(s.charCodeAt(end + 2)) && isDigit(s.charCodeAt(end + 3))) end += 4;
    if (end > digits) return decimalsFrom(s, end);
  }
  return decimalsFrom(s, digits);
}
// an Arabic number glued to a letter or another number (G20, the 3 of 1.2.3, the 45 of www.12345.gov) is not read;
// a half-width , or . after a word is punctuation (选房,389套房子 / 19分钟,92%公共服务事项 in page stores that write
// ，。 half-width, as corpus 054/055 do), so the number after it is read
const glued = (scan: string, i: number): boolean => {
  if (i === 0) return false;
  const before = scan.charCodeAt(i - 1);
  return isDigitOrLatin(before) || ((before === 46 || before === 44) && i > 1 && isDigitOrLatin(scan.charCodeAt(i - 2)));
};

/**
 * Every number run in the normalised text (found once and shared by all rules: one pass, no backtracking) and, in the same walk, the ascending offsets of the characters `marked` holds (a
 * `charTable` of characters that are no numerals: those the rules start their phrasings with).
 */
export function scanNumbers(scan: string, marked?: Uint8Array): { numbers: NumberRun[]; marks: number[] } {
  const out: NumberRun[] = [];
  const marks: number[] = [];
  const n = scan.length;
  let i = 0;
  while (i < n) {
    const code = scan.charCodeAt(i);
    const kind = NUMERAL_CHAR[code];
    if (kind === 0) {
      if (marked !== undefined && marked[code] === 1) marks.push(i);
      i++;
      continue;
    }
    let end = i + 1;
    if (kind === 1) {
      end = arabicRunEnd(scan, i);
      if (glued(scan, i)) {
        while (end < n && (NUMERAL_CHAR[scan.charCodeAt(end)] === 1 || scan[end] === '.' || scan[end] === ',')) end++;
        i = end;
        continue;
      }
    } else {
      while (end < n && NUMERAL_CHAR[scan.charCodeAt(end)] === 2) end++;
    }
    out.push({ start: i, end, text: scan.slice(i, end), arabic: kind === 1 });
    i = end;
  }
  return { numbers: out, marks };
}

/** Whether a character is one a number is made of (a `scanNumbers` mark must not be). */
export function isNumeralChar(ch: string): boolean {
  return NUMERAL_CHAR[ch.charCodeAt(0)] !== 0;
}

/** A table of the UTF-16 units in `chars` (1 = in it): the characters a number's tail may start with, one lookup each. */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Matches a sticky regex (flag `y`) right at `at`, or returns null. */
export function matchAt(sticky: RegExp, s: string, at: number): RegExpExecArray | null {
  sticky.lastIndex = at;
  return sticky.exec(s);
}
