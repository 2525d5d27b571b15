import { NAME, NAME_CHARS, found, isName, asWritten, type Found } from './agencyName.js';
import { execAll } from '../../../input/execAll.js';

/**
 * Signatures (落款) the strict DATE of metadataAgency.ts does not take, read only when nothing before them in `readAgency` names the
 * body (a title that names it wins: wild 032's title writes 人口和计划生育局, its signature 人口与计划生育局). One
 * entry per form; group 1 is the name. `example` is real report text the entry reads, `counterExample` real text it
 * must not read (a test runs both).
 */
export interface SignatureForm {
  id: string;
  /** Global; the last match in the body is the signature. */
  pattern: RegExp;
  example: string;
  counterExample: string;
}

// 二○一一年元月二十日 (元月), 二0一三年三月十三日 (a digit 0 in the Chinese year) — 落款 dates of the 2009–2013 templates
const LOOSE_CN_DATE = '[〇○零0一二三四五六七八九]{4}\\s*年\\s*(?:元|正|[一二三四五六七八九十]{1,2})\\s*月(?:\\s*[一二三四五六七八九十]{1,3}\\s*日)?';

export const SIGNATURE_FORMS: readonly SignatureForm[] = [
  {
    // the name, then a Chinese-numeral date (spaced or glued), then a break, the 附表 or the archive's 附件下载
    id: 'signature.chineseDate',
    pattern: new RegExp(`(?:^|[\\s>。])[ \\t]*(${NAME})[ \\t]*${LOOSE_CN_DATE}(?=\\s|附|$)`, 'g'),
    example: '融入日常业务工作。 平潭县质量技术监督局二○一○年四月十日 附表：指标名称计量单位年末统计', // wild 052
    counterExample: '增设集中查询窗口，为公众提供便捷服务。 二○一三年一月二十日 平潭综合实验区政府信息公开情况统计表', // corpus 042
  },
];

/** The last signature of a SIGNATURE_FORMS form in the body (from `from`). */
export function lateSignature(text: string, norm: string, from: number): Found | undefined {
  let last: Found | undefined;
  for (const form of SIGNATURE_FORMS) {
    for (const m of execAll(form.pattern, norm.slice(from))) {
      if (!isName(m[1])) continue;
      const at = from + m.index + m[0].indexOf(m[1]);
      if (!last || at > last.span.start) last = found(text, at, m[1]);
    }
  }
  return last;
}

// a line of PDF text filled to the margin (and so broken inside a word) is at least this long
const SOFT_LINE = 20;
const NAME_CHAR = new RegExp(NAME_CHARS);

/**
 * A name that starts right after a line break that cut it (…安全生产监督管\n理局 2012 年 3 月…, PDF text filled to
 * the margin) is extended back over the break to the whole name; when that is not a name, the hit is passed over
 * (undefined) rather than kept cut. A name after a short line, punctuation or a space is whole as found.
 */
export function wholeName(text: string, norm: string, hit: Found): Found | undefined {
  let at = hit.span.start;
  while (at > 0 && (norm[at - 1] === ' ' || norm[at - 1] === '\t')) at--;
  if (at === 0 || norm[at - 1] !== '\n' || !NAME_CHAR.test(norm[at - 2] ?? '')) return hit;
  const lineEnd = at - 1;
  const lineStart = norm.lastIndexOf('\n', lineEnd - 1) + 1;
  if (lineEnd - lineStart < SOFT_LINE) return hit;
  let start = lineEnd;
  while (start > lineStart && NAME_CHAR.test(norm[start - 1])) start--;
  const span = { start, end: hit.span.end };
  const value = asWritten(text, span);
  return isName(value) ? { value, span } : undefined;
}
