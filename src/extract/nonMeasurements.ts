import { ARABIC_SOURCE, CHINESE_SOURCE, matchAt } from './numerals.js';
import { execAll } from '../input/execAll.js';
import { isSpace } from '../input/chars.js';

// a number, with look-behinds so that a long run of digits is not retried from every position inside it
const NUM = `(?:(?<![\\d.,])(?:${ARABIC_SOURCE})|(?<![零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟])${CHINESE_SOURCE})`;

/**
 * Numbers that are not measurements (DESIGN §3). Each pattern marks a stretch of text; a figure whose number lies in
 * one is dropped. Most of these never reach a count anyway (号, 年, 届 are not measure words); they are listed so
 * that adding a measure word later cannot turn them into counts, and so the negative corpus has one place to point to.
 * `hint` is a cheap test a window must pass before the pattern runs on it: words one of which the window holds (every
 * match holds one), or a pattern.
 */
export const NON_MEASUREMENTS: ReadonlyArray<{ id: string; hint: readonly string[] | RegExp; pattern: RegExp; example: string }> = [
  // 第15条, 第9至12条, 第十一届, 第四版, 第一批 — ordinals and article numbers (第\n二十条: a PDF line may break after 第)
  { id: 'ordinal', hint: ['第'], pattern: new RegExp(`第\\s*${NUM}(?:[ \\t]*(?:至|到|-|—|~|、|,|，|和|及|或)[ \\t]*第?[ \\t]*${NUM})*`, 'g'), example: '第9至12条' },
  // 闽政办〔2012〕157号, 涿政办字[]1号 — document numbers (〔〕 and 【】 are [ ] after normalisation)
  { id: 'documentNumber', hint: ['号'], pattern: /[[(][ \t]*(?:\d{4})?[ \t]*[\])][ \t]*\d{1,5}[ \t]*号/g, example: '闽政办〔2012〕157号' },
  // 电话：23158138；传真：0591-23158138 — phone and fax numbers after their label
  { id: 'phone', hint: ['电话', '传真', '热线', '手机', '联系方式'], pattern: /(?:电话|传真|热线|手机|联系方式|咨询电话|服务电话)[ \t]*(?:号码)?[ \t]*[:为是]?[ \t]*[\d\-—–()、/ ]{5,}/g, example: '电话：23158138' },
  // 0527—83593059, 0591-23158138 — area code and number; 13812345678 — a mobile number
  { id: 'phoneNumber', hint: /\d{7}/, pattern: /(?<!\d)0\d{2,3}[ \t]*[-—–][ \t]*\d{7,8}(?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)/g, example: '0527—83593059' },
  // 邮编：350400, 邮政编码223600 — postcodes
  { id: 'postcode', hint: ['邮'], pattern: /(?:邮编|邮政编码)[ \t]*[:]?[ \t]*\d{6}/g, example: '邮编：350400' },
  // 八一路439号, 苏州东路42号, 7号楼14层, 主楼14层 — street addresses and floors
  { id: 'address', hint: ['号', '层', '幢', '栋'], pattern: /(?:路|街|道|巷|弄|村|组)[ \t]*\d+[ \t]*号(?:[ \t]*\d+[ \t]*(?:号楼|幢|栋|楼|层|室|单元))*|(?<!\d)\d+[ \t]*(?:号楼|幢|栋)[ \t]*(?:\d+[ \t]*(?:层|楼|室|单元))*|(?:主楼|大楼|楼)[ \t]*\d+[ \t]*层/g, example: '八一路439号' },
  // 12319城建热线, 12345政务服务便民热线, 家园985 — numbers that name a hotline or an app
  { id: 'hotline', hint: ['热线', '专线', '平台', '服务台', '短信'], pattern: /(?<!\d)\d{3,6}(?=[ \t]*[\u4e00-\u9fa5]{0,8}(?:热线|专线|平台|服务台|短信))/g, example: '12319城建热线' },
  // www.pingtan.gov.cn, pzxxgkb@163.com — addresses on the web (the mail name starts after a non-name char: linear on '1'.repeat(1e5))
  { id: 'web', hint: ['www', 'http', '@'], pattern: /(?:https?:\/\/|www\.)[\w./?=&%#-]+|(?<![\w.-])[\w.-]+@[\w-]+(?:\.[\w-]+)+/g, example: 'pzxxgkb@163.com' },
  // 2019起, 2014版, 2012届 — a year before a word that is also a measure word
  { id: 'yearLike', hint: ['起', '版', '届', '年'], pattern: /(?<!\d)(?:19|20)\d{2}(?=[ \t]*(?:起|版|届|年))/g, example: '从2019起' },
  // “八项制度”, “四位一体”, “两公告一登记” — a short quoted term is a name, not a count
  { id: 'quotedTerm', hint: ['“', '"', '「', '『'], pattern: /[“"「『][^”"」』\n]{1,12}[”"」』]/g, example: '“八项制度”' },
  // 零投诉, 零差错 — 零X idioms
  { id: 'zeroIdiom', hint: ['零'], pattern: /零(?:投诉|差错|失误|事故|延误|跑腿|距离|缺陷|障碍)/g, example: '零投诉' },
];

/**
 * Non-measurements recognised by what follows a number (checked right after each number run, `y` regexes): the
 * same table form, anchored on the number instead of searched for everywhere.
 */
export const NON_MEASUREMENT_TAILS: ReadonlyArray<{ id: string; tail: RegExp; example: string }> = [
  // 共七个部分, 三个方面, 从5方面入手 — counts of the report's own structure (共七个\n部分组成 in PDF text); 三个重点方面
  // (…、提升服务民生水平、扩大群众政务参与三个重点方面来狠抓公开, wild 050, burned: the list before it, counted)
  { id: 'reportStructure', tail: /\s*个?\s*(?:重点|主要|重要)?(?:部分|方面)/y, example: '共七个部分组成' },
  // 15个工作日, 3个月, 24小时 — durations
  { id: 'duration', tail: /[ \t]*(?:余|多)?个?[ \t]*(?:月|工作日|自然日|小时|星期|季度|年头|分钟)/y, example: '15个工作日内' },
];
// 属于三类内部事务信息 — an official category name (表三 row label), recognised by the words around the number
const CATEGORY_NAME = { before: '属于', after: '类' };

/** Words after a Chinese-numeral count that make it a slogan (“四个明确”, 五个中心, 两个维护), not a count. */
export const SLOGAN_FOLLOWERS: readonly string[] = [
  '明确', '意识', '自信', '维护', '确立', '中心', '一体', '结合', '统一', '到位', '工程', '原则', '作风', '全面',
  '责任', '必须', '务必', '代表', '不', '之', '优先', '转变', '服务', '机制', '坚持', '创新', '战略',
];

// how far a non-measurement can reach around its number: 联系方式：0591-23158138 (label before), “八项制度” (quotes)
const REACH_BEFORE = 24;
const REACH_AFTER = 16;

// the hint words by their first character: [word, bit of its entry]
const HINT_WORDS = new Map<number, Array<[string, number]>>();
NON_MEASUREMENTS.forEach(({ hint }, k) => {
  if (hint instanceof RegExp) return;
  for (const word of hint) {
    const code = word.charCodeAt(0);
    if (!HINT_WORDS.has(code)) HINT_WORDS.set(code, []);
    HINT_WORDS.get(code)!.push([word, 1 << k]);
  }
});
const HINT_START = new Uint8Array(0x10000);
for (const code of HINT_WORDS.keys()) HINT_START[code] = 1;

/** The entries whose hint words stand in scan[from, to), one bit each, from one walk over those characters. */
function hintedIn(scan: string, from: number, to: number): number {
  let bits = 0;
  for (let i = from; i < to; i++) {
    if (HINT_START[scan.charCodeAt(i)] === 0) continue;
    for (const [word, bit] of HINT_WORDS.get(scan.charCodeAt(i))!) {
      if (i + word.length <= to && scan.startsWith(word, i)) bits |= bit;
    }
  }
  return bits;
}

/**
 * Whether the number at [numStart, numEnd) lies in a non-measurement. The patterns run on a short window around
 * the number only (a report holds a few dozen candidate figures; scanning the whole text twelve times would cost more).
 */
export function isNonMeasurement(scan: string, numStart: number, numEnd: number): string | undefined {
  const from = Math.max(0, numStart - REACH_BEFORE);
  const to = Math.min(scan.length, numEnd + REACH_AFTER);
  const hinted = hintedIn(scan, from, to);
  const window = scan.slice(from, to);
  const s = numStart - from;
  const e = numEnd - from;
  for (let k = 0; k < NON_MEASUREMENTS.length; k++) {
    const { id, hint, pattern } = NON_MEASUREMENTS[k];
    if (hint instanceof RegExp ? !hint.test(window) : (hinted & (1 << k)) === 0) continue;
    for (const m of execAll(pattern, window)) if (m.index < e && s < m.index + m[0].length) return id;
  }
  for (const { id, tail } of NON_MEASUREMENT_TAILS) if (matchAt(tail, scan, numEnd)) return id;
  // (属于\n四类过程性信息: a PDF line may break between the words and the number)
  let before = numStart;
  while (before > 0 && isSpace(scan.charCodeAt(before - 1))) before--;
  if (scan.startsWith(CATEGORY_NAME.before, before - 2) && scan.startsWith(CATEGORY_NAME.after, numEnd)) return 'categoryName';
  return undefined;
}
