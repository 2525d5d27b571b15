/**
 * The top-level titles the official notices prescribe (2008 format: 概述 … 收费及减免情况; 2019/2021 format: 总体情况 …
 * 收到和处理政府信息公开申请情况), and the few every report writes alike, as data. They are evidence for a heading
 * whatever the layout: a `一、` glued to the text before it is a heading when an official title follows, and in
 * crawled text where the body runs on (`一、概述2017年，在…`) the title ends where the official title ends.
 * A report's preamble may list its own parts (`本报告由概述、主动公开政府信息情况、…共六个部分组成`): those titles
 * count as official for that report, and their number checks the headings found.
 */
export interface OfficialTitle {
  /** Which format prescribes it ('common': not prescribed, but written alike in many reports). */
  era: '2008' | '2019' | 'both' | 'common';
  /** Matches the title at the start of the text after the marker. */
  pattern: RegExp;
  /** Real headings it is for. */
  examples: string[];
  /** Words every match of `pattern` holds one of (read off the pattern: what no alternative can leave out). */
  words: string[];
  /**
   * Where the part stands in the prescribed order (1 = 概述/总体情况 … 8 = 统计表); parts the formats order
   * differently share a number (收费及减免 and 行政复议 swap places between 2008 templates). Bare titles found with
   * their markers lost must come in this order.
   */
  part: number;
  /**
   * The closing attachment keeps the number the template gives it even where parts before it were left out
   * (`四、…存在的主要问题及改进情况 … 七、附表`, wild 023): a heading with this title may skip numbers.
   */
  keepsNumber?: true;
}

export const OFFICIAL_TITLES: readonly OfficialTitle[] = [
  {
    era: 'both',
    pattern: /(?:年度)?(?:政府信息公开(?:工作)?)?(?:工作)?(?:概述|基本情况|总体情况)/y,
    examples: ['一、概述', '一、年度政府信息公开工作概述', '一、政府信息公开工作基本情况', '一、总体情况'],
    words: ['概述', '基本情况', '总体情况'],
    part: 1,
  },
  {
    era: 'both',
    pattern: /(?:政府信息)?主动公开(?:政府)?信息(?:的)?(?:工作)?情况|政府信息主动公开(?:工作)?情况/y,
    examples: ['二、主动公开政府信息情况', '二、政府信息主动公开情况', '二、主动公开政府信息的情况'],
    words: ['主动公开'],
    part: 2,
  },
  {
    era: '2008',
    pattern:
      /(?:政府信息)?依申请公开(?:政府)?信息(?:的)?(?:办理|工作)?情况|政府信息依申请公开(?:办理|工作)?情况|依申请公开(?:政府)?信息和不予公开(?:的)?(?:政府)?信息的?情况/y,
    examples: [
      '三、依申请公开政府信息情况',
      '三、政府信息依申请公开办理情况',
      '三、政府信息依申请公开工作情况',
      '三、依申请公开信息和不予公开政府信息的情况',
      '三、依申请公开政府信息和不予公开的政府信息的情况',
    ],
    words: ['依申请公开'],
    part: 3,
  },
  { era: '2019', pattern: /收到和处理政府信息公开申请(?:的)?情况/y, examples: ['三、收到和处理政府信息公开申请情况'], words: ['收到和处理政府信息公开申请'], part: 3 },
  {
    era: '2008',
    pattern: /(?:政府信息公开(?:的)?)?(?:政府信息)?收费及减免(?:的)?情况/y,
    examples: ['四、收费及减免情况', '四、政府信息公开的收费及减免情况'],
    words: ['收费及减免'],
    part: 4,
  },
  {
    era: 'both',
    pattern:
      /(?:因政府信息公开(?:申请)?)?(?:申请|提起)?行政复议(?:、|和|及)(?:提起)?(?:行政)?诉讼(?:的)?情况|政府信息公开行政法?复议、行政诉讼(?:的)?情况/y,
    // 政府信息公开行政法复议、行政诉讼情况 — corpus 022's typo
    examples: ['五、因政府信息公开申请行政复议、提起行政诉讼的情况', '四、政府信息公开行政复议、行政诉讼情况', '四、行政复议和诉讼情况', '四、政府信息公开行政法复议、行政诉讼情况'],
    words: ['复议'],
    part: 4,
  },
  {
    era: 'both',
    pattern:
      /(?:政府信息公开(?:工作)?)?(?:工作中)?存在的?(?:主要)?(?:问题|不足)(?:(?:及|和|与)改进(?:情况|措施))?|(?:主要)?问题(?:及|和)改进(?:情况|措施)/y,
    examples: ['六、政府信息公开工作存在的主要问题及改进情况', '五、存在的主要问题和改进措施', '二、工作中存在的不足'],
    words: ['问题', '不足'],
    part: 6,
  },
  {
    era: 'both',
    pattern: /其他需要报告的事项|需要说明的(?:其他)?事项/y,
    examples: ['六、其他需要报告的事项', '七、需要说明的事项'],
    words: ['事项'],
    part: 7,
  },
  {
    era: '2008',
    pattern: /[\u4e00-\u9fa5]{0,14}?政府信息公开(?:工作)?情况统计表|附表/y,
    examples: ['七、平潭综合实验区政府信息公开情况统计表', '四、附表'],
    words: ['统计表', '附表'],
    part: 8,
    keepsNumber: true,
  },
  {
    era: 'common',
    pattern: /(?:今后|下一步|下步)(?:的)?工作(?:打算|思路|计划|重点)|改进措施/y,
    examples: ['三、今后工作打算', '七、下一步工作思路'],
    words: ['工作打算', '工作思路', '工作计划', '工作重点', '改进措施'],
    part: 7,
  },
];

// the official titles of part 1 (概述 / 总体情况 …), searched for: the next offset where one of them matches
const PART_ONE = OFFICIAL_TITLES.filter((t) => t.part === 1).map((t) => new RegExp(t.pattern.source, 'g'));

/** The first offset at or after `from` where a part-1 title matches, or -1 (what a sticky try at each offset finds first). */
export function nextPartOne(norm: string, from: number): number {
  let best = -1;
  for (const p of PART_ONE) {
    p.lastIndex = from;
    const m = p.exec(norm);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}

/** How many different parts (OfficialTitle.part) have a title whose words stand somewhere in `norm`, counted up to `enough`: at most how many parts' titles it can hold. */
export function partsWithWords(norm: string, enough = Infinity): number {
  const parts = new Set<number>();
  for (const t of OFFICIAL_TITLES) {
    if (!parts.has(t.part) && t.words.some((w) => norm.includes(w))) parts.add(t.part);
    if (parts.size >= enough) break;
  }
  return parts.size;
}

// 问题及改进情况 / 收费及减免情况 — a joining word after which the title goes on
export const TITLE_GOES_ON = /^(?:及|和|与|、|的|暨|并|以及)/;

// the joining word between two official titles printed as one heading
export const JOINED_TITLES = /^(?:及|和|与|暨|以及)/;

/**
 * Length of the official (or preamble-listed) title at `from` in `norm`, or 0. A title followed by a joining word
 * (存在的主要问题|及改进情况) is not cut there: the longer reading is left to the title finder.
 */
export function officialTitleAt(norm: string, from: number, listed: readonly string[] = []): number {
  // 五、存在的主要问题及改进情\n况2024年 — PDF text breaks a line inside the title: matched on a copy with the line
  // breaks taken out, the length mapped back to the text
  // a title read whole on its line wins (四、收费及减免情况\n及时… ends at the line, not in 及时)
  const plain = officialTitleIn(norm, from, listed);
  const window = norm.slice(from, from + TITLE_WINDOW);
  if (plain > 0 || !window.includes('\n')) return plain; // LINE_BREAK matches where a \n is
  // most windows hold a line break and no title: the joined copy is matched first, mapped back only on a match
  const n = officialTitleIn(window.replace(LINE_BREAKS, ''), 0, listed);
  return n === 0 ? 0 : joinedEnd(window, n);
}

/** The offset in `window` just after its `n`-th character once its line breaks are taken out. */
function joinedEnd(window: string, n: number): number {
  let kept = 0;
  let last = 0;
  for (const m of window.matchAll(LINE_BREAKS)) {
    if (kept + (m.index - last) >= n) break;
    kept += m.index - last;
    last = m.index + m[0].length;
  }
  return last + (n - kept);
}

/** How far after the marker a line-broken official title is looked for. */
const TITLE_WINDOW = 60;
// a line break with the spaces around it (PDF text: 改进情\n况, 行政复议、\r\n行政诉讼), at most one blank line
const LINE_BREAK = /[ \t\u3000]*\r?\n(?:[ \t\u3000]*\r?\n)?[ \t\u3000]*/;
const LINE_BREAKS = new RegExp(LINE_BREAK.source, 'g');

// every official title in one sticky pattern: where it fails, each of them fails (the longest is then read one by one)
const ANY_OFFICIAL = new RegExp(OFFICIAL_TITLES.map((t) => `(?:${t.pattern.source})`).join('|'), 'y');

/** Whether some official title (OFFICIAL_TITLES) matches at `at`: one look instead of one per title. */
export function mayBeOfficialAt(norm: string, at: number): boolean {
  ANY_OFFICIAL.lastIndex = at;
  return ANY_OFFICIAL.test(norm);
}

const KEEPS_NUMBER = OFFICIAL_TITLES.filter((t) => t.keepsNumber).map((t) => t.pattern);

/** Whether the title at `from` is one that keeps its template number (`七、附表` after `四、`: OfficialTitle.keepsNumber). */
export function keepsNumberAt(norm: string, from: number): boolean {
  return KEEPS_NUMBER.some((p) => ((p.lastIndex = from), p.test(norm)));
}

/** One title found at an offset: its OFFICIAL_TITLES entry (a preamble-listed title: -1 - its index), length and part. */
export interface TitleHit {
  entry: number;
  length: number;
  part: number;
}

/**
 * The longest title that starts at `at`: an official one (OFFICIAL_TITLES), or a longer one the preamble lists (it
 * keeps the official title's part, 0 if none); undefined when none. Joins and run-ons are the callers' to judge.
 */
export function longestTitleAt(norm: string, at: number, listed: readonly string[]): TitleHit | undefined {
  let best: TitleHit | undefined;
  if (mayBeOfficialAt(norm, at)) {
    OFFICIAL_TITLES.forEach((t, entry) => {
      t.pattern.lastIndex = at;
      const m = t.pattern.exec(norm);
      if (m && m[0].length > (best?.length ?? 0)) best = { entry, length: m[0].length, part: t.part };
    });
  }
  listed.forEach((title, k) => {
    if (title.length > (best?.length ?? 0) && norm.startsWith(title, at)) best = { entry: -1 - k, length: title.length, part: best?.part ?? 0 };
  });
  return best;
}

/** officialTitleAt on text with no line break inside the title. */
function officialTitleIn(norm: string, from: number, listed: readonly string[]): number {
  const best = longestTitleAt(norm, from, listed)?.length ?? 0;
  if (best === 0) return 0;
  // 需要说明的事项与附表 (wild 005, 013) — two official titles joined into one heading
  const join = JOINED_TITLES.exec(norm.slice(from + best, from + best + 3));
  const next = join ? officialTitleIn(norm, from + best + join[0].length, listed) : 0;
  if (next) return best + join![0].length + next;
  return TITLE_GOES_ON.test(norm.slice(from + best, from + best + 2)) ? 0 : best;
}

// 本报告由概述、主动公开政府信息情况、…和政府信息公开情况统计表共七个部分组成 / …与附表等六部分组成
// 该报告包括总体情况、…以及其他需要报告的事项共六个部分 (wild 016, 019) / 本年报由工作概述、…、附表等六个部分组成 (wild 001)
const PREAMBLE = /(?:本|该)(?:年度)?(?:报告|年报)(?:由|包括|分为)(?<list>[^。]{4,240}?)(?:共|等)(?<count>[一二三四五六七八九十\d]{1,2})(?:个)?部分(?:组成|内容)?/;
// 本报告共分6个部分：总体情况、主动公开政府信息情况、…、其他需要报告的事项。 (wild 028) — the count before the list
const PREAMBLE_COUNT_FIRST = /(?:本|该)(?:年度)?(?:报告|年报)共分?(?<count>[一二三四五六七八九十\d]{1,2})(?:个)?部分:(?<list>[^。]{4,240}?)。/;
// 我办2011年度政府信息公开工作年度报告由七部分组成，包括：概述；主动公开政府信息情况；…；需要说明的事项及附表。
// (wild 005; 046 and 056 the same with 五个部分) — the count, then the list after 包括, its parts split by ；
const PREAMBLE_LIST_AFTER = /(?:报告|年报)由(?<count>[一二三四五六七八九十\d]{1,2})(?:个)?部分组成[,，]?(?:包括|分别是|分别为|即)[:：]?(?<list>[^。]{4,240}?)。/;
// where one listed part ends and the next begins: 、 ， ； and 和 / 与 / 及 after a title ending (…减免情况和因政府…);
// not 问题及改进 (one title)
const PART_BREAK = /[、，,；;]|(?<=情况|概述|措施|事项|统计表)(?:和|与|及)/;
const PART_ENDING = /(?:情况|概述|措施|事项|统计表|附表|问题|不足)$/;
const CN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

export interface Preamble {
  /** The titles the preamble lists, in order. */
  parts: string[];
  /** How many parts it says there are (共七个部分). */
  count: number;
  span: { start: number; end: number };
}

/** The report's list of its own parts, when its preamble gives one (`本报告由概述、…共七个部分组成`). */
export function readPreamble(norm: string): Preamble | undefined {
  const head = norm.slice(0, 6000);
  if (!head.includes('部分')) return undefined; // each of the three forms says 部分
  // the list then its count (…共七个部分组成), else the count then its list (共分6个部分：…。 / 由七部分组成，包括：…。)
  const m = PREAMBLE.exec(head) ?? PREAMBLE_COUNT_FIRST.exec(head) ?? PREAMBLE_LIST_AFTER.exec(head);
  if (!m) return undefined;
  const { list, count: c } = m.groups as { list: string; count: string };
  const count = /\d/.test(c) ? Number(c) : c.length === 1 ? CN[c] : c === '十' ? 10 : 10 + (CN[c[1]] ?? 0);
  const parts: string[] = [];
  let current = '';
  // a part may itself hold 、 (因政府信息公开申请行政复议、提起行政诉讼的情况): pieces join until a title ending
  for (const piece of list.split(PART_BREAK)) {
    current += (current ? '、' : '') + piece.trim();
    if (PART_ENDING.test(current)) {
      parts.push(current);
      current = '';
    }
  }
  if (current) parts.push(current);
  return { parts, count, span: { start: m.index, end: m.index + m[0].length } };
}
