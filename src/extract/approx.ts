import type { Fact } from '../schema/report.js';

export type Approx = NonNullable<Fact['approx']>;

/**
 * Words that make a figure approximate. `before`: written before the number (近 300 个); `after`: right after the
 * number or its measure word (80余份, 1000条以上). Longest first within each list.
 */
export const APPROX_BEFORE: ReadonlyArray<{ word: string; approx: Approx; example: string }> = [
  { word: '大约', approx: 'about', example: '大约200人' },
  { word: '约', approx: 'about', example: '约30场' },
  { word: '将近', approx: 'less-than', example: '将近100个' },
  { word: '接近', approx: 'less-than', example: '接近90%' },
  { word: '近', approx: 'less-than', example: '短视频近 300 个' },
  { word: '不足', approx: 'less-than', example: '不足10件' },
  { word: '不到', approx: 'less-than', example: '不到5%' },
  { word: '少于', approx: 'less-than', example: '少于3次' },
  { word: '超过', approx: 'more-than', example: '超过2000条' },
  { word: '多于', approx: 'more-than', example: '多于50家' },
  { word: '突破', approx: 'more-than', example: '粉丝突破 300 万' },
  { word: '超', approx: 'more-than', example: '数累积超 3170 万' },
  { word: '逾', approx: 'more-than', example: '逾百万人次' },
];

/** Between number and measure word, or after the measure word. */
export const APPROX_AFTER: ReadonlyArray<{ word: string; approx: Approx; example: string }> = [
  { word: '余', approx: 'more-than', example: '80余份' },
  { word: '多', approx: 'more-than', example: '170多件' },
  { word: '以上', approx: 'more-than', example: '1000条以上' },
  { word: '有余', approx: 'more-than', example: '100人有余' },
  { word: '左右', approx: 'about', example: '50人左右' },
];

const BEFORE_MAX = Math.max(...APPROX_BEFORE.map((a) => a.word.length));
// the last characters of those words (约, 近, 足 …): a number after any other character has none before it
const BEFORE_LAST = new Set(APPROX_BEFORE.map((a) => a.word.at(-1)!.charCodeAt(0)));

/** The approximation word that ends right before `at` (spaces allowed between), with where it starts. */
export function approxBefore(norm: string, at: number): { approx: Approx; start: number } | undefined {
  let end = at;
  while (end > 0 && (norm[end - 1] === ' ' || norm[end - 1] === '\t')) end--;
  if (!BEFORE_LAST.has(norm.charCodeAt(end - 1))) return undefined;
  const window = norm.slice(Math.max(0, end - BEFORE_MAX), end);
  for (const a of APPROX_BEFORE) if (window.endsWith(a.word)) return { approx: a.approx, start: end - a.word.length };
  return undefined;
}

/** The approximation word that starts at `at` (以上, 左右 after a measure word), with where it ends. */
export function approxAfter(norm: string, at: number): { approx: Approx; end: number } | undefined {
  for (const a of APPROX_AFTER) {
    if (a.word.length > 1 && norm.startsWith(a.word, at)) return { approx: a.approx, end: at + a.word.length };
  }
  return undefined;
}

/**
 * One figure's approximation from all the words around it: one word, or words that agree, give theirs; words that pull
 * different ways, or 约 with a one-sided word, give `about` — 近10多万份 (近 under, 多 over) and 约10万多份 are "about
 * 10 万", neither a floor nor a ceiling.
 */
export function joinApprox(...words: Array<Approx | undefined>): Approx | undefined {
  let out: Approx | undefined;
  for (const w of words) if (w) out = out === undefined || out === w ? w : 'about';
  return out;
}

/** The approximation of 余 / 多 written inside a figure. */
export function approxOf(word: string | undefined): Approx | undefined {
  return word ? APPROX_AFTER.find((a) => a.word === word)?.approx : undefined;
}
