import type { Candidate, Rule, ScanInput } from '../types.js';

/**
 * Things a report denies, each becoming a zero: “未收到…申请” → 0 件 of applications. A sentence that denies two
 * things (“未收到有关政府信息公开行政复议、提起行政诉讼的申请”) gives two zeros with the same quote.
 */
export const DENIED_THINGS: ReadonlyArray<{
  subject: string; kind: 'count' | 'money'; unit: string; pattern: RegExp; example: string;
}> = [
  // 行政复议案, 行政复议申请 — not 行政复议纠错 (a result, not a case count)
  { subject: '行政复议', kind: 'count', unit: '件', pattern: /(?:行政)?复议(?!纠错|纠正|决定书)/g, example: '未收到有关政府信息公开行政复议申请' },
  { subject: '行政诉讼', kind: 'count', unit: '件', pattern: /(?:行政)?诉讼(?!败诉)/g, example: '未发生…的行政复议案、行政诉讼案' },
  { subject: '申诉', kind: 'count', unit: '件', pattern: /申诉/g, example: '行政诉讼案和有关的申诉案' },
];

/** Applications: 申请 that is not 被申请 (being the respondent) and not 依申请 followed by 公开 in a case name. */
const APPLICATION = /(?<!被)申请|依申请公开(?:信息)?(?:要求|事项)/g;

// Negated receiving or happening: 未收到, 没有接到, 暂未收到, 还未收到, 未发生, 没有因…, 未接到受理
// 无因政府信息公开申请行政复议、提起行政诉讼情况; 本年度无政府信息公开申请 (not 无法提供, 无正当理由…申请: 表三 labels)
const NEGATED_EVENT = /(?:未|尚未|暂未|还未|均未|并未|从未|没有)(?:收到|接到|受理|发生|出现|产生|接受|有)|没有(?=因|关于|针对|涉及|[\u4e00-\u9fa5]{0,12}申请)|无(?=因|关于|针对|涉及)|(?<=年度?|全年)[ \t]*无(?!法|正当|偿)(?=[\u4e00-\u9fa5]{0,12}(?:申请|复议|诉讼))/g;
// the clause a negation governs: up to the next , 。 ; ! ? or line break
const CLAUSE_END = /[,，。;；!！?？\n]|\.(?!\d)/; // a half-width . ends it too, unless a decimal follows
const CLAUSE_MAX = 50;
// a clause about results of cases (未发生…被行政复议纠错或行政诉讼败诉情形) states no count
const RESULT_WORDS = /纠错|败诉|纠正|责任追究/;

// 本机关未收取信息公开处理费, 无收取信息处理费情况, 政府信息公开不收取任何费用, 暂不收费, 没有收费, 未发生收费情况
const NO_FEE = /(?:未|没有|不|暂不|暂未|无|从未|均未|并未)(?:发生|有|存在)?(?:任何)?(?:收费|收取[^,，。;；!！?？\n、]{0,12}?费)/g;
// 免收信息处理费, 免除检索、复制费用 — fees waived
const FEE_WAIVED = /免(?:收|除|予收取)[^,，。;；!！?？\n]{0,10}?费/g;
// 我局无关于政府信息公开方面的收费
const NO_FEE_ABOUT = /(?:没有|无)关于[^,，。;；!！?？\n]{0,15}?收费/g;
// 该办法施行前全市各行政机关免费为公众提供依申请公开政府信息 — services given free of charge
const FREE_OF_CHARGE = /免费[^,，。;；!！?？\n]{0,12}?依申请公开/g;
// 不存在减免问题, 没有减免, 无收费减免情况 — nothing waived
const NO_WAIVER = /(?:不存在|没有|无|未发生|未有)(?:任何)?(?:收费)?减免/g;
// 没有不予公开政府信息备案事项 — no matters of a kind (收费事项 is a fee: NO_FEE reads it; 没有需要报告的事项 is no
// statement about a count at all)
const NO_MATTERS = /没有((?:(?!收费)[^,，。;；!！?？\n]){2,14}?事项)/g;
// 三、政府信息依申请公开情况(无); 提出复议、诉讼和申诉的情况:没有 — a heading or topic answered with 无 / 没有
const NONE_AFTER_HEADING = /[(]无[)]|情况[ \t]*[:：][ \t]*(没有|无)(?=[\s。;；,，]|$)/g;
// 三、 （二） 1. — the marker before a heading's title (not part of the quote)
const HEADING_MARKER = /^\s*(?:[一二三四五六七八九十]+、|[(][一二三四五六七八九十\d]+[)]|\d+[.、])\s*/;

function clauseAfter(scan: string, from: number): string {
  const rest = scan.slice(from, from + CLAUSE_MAX);
  const stop = rest.search(CLAUSE_END);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** The denied things in a clause starting at `from`: one zero each, all with the span negation…last thing. */
function zerosIn(clause: string, negStart: number, clauseStart: number, rule: string): Candidate[] {
  // a clause about results, or one that states a number (未受理的申请3件), is not a zero
  if (RESULT_WORDS.test(clause) || /\d[ \t]*(?:件|条|次|个|项|份|起|元)/.test(clause)) return [];
  const hits: Array<{ subject: string; kind: 'count' | 'money'; unit: string; end: number }> = [];
  for (const t of DENIED_THINGS) {
    const m = [...clause.matchAll(t.pattern)].at(-1);
    if (m) hits.push({ subject: t.subject, kind: t.kind, unit: t.unit, end: m.index + m[0].length });
  }
  const apps = [...clause.matchAll(APPLICATION)];
  if (hits.length === 0 && apps.length > 0) {
    const last = apps.at(-1)!;
    hits.push({ subject: '政府信息公开申请', kind: 'count', unit: '件', end: last.index + last[0].length });
  }
  if (hits.length === 0) return [];
  // the quote runs to the last thing denied, with its 案/申请 (…行政诉讼的申请, …申诉案)
  let end = Math.max(...hits.map((h) => h.end));
  const tail = /^(?:的申请|申请|案件|案)/.exec(clause.slice(end));
  if (tail) end += tail[0].length;
  return hits.map((h) => ({
    kind: h.kind, value: 0, unit: h.unit, zeroBy: 'negation' as const, subject: h.subject, rule,
    start: negStart, end: clauseStart + end, numStart: negStart, numEnd: clauseStart + end,
  }));
}

function extractNegations({ scan }: ScanInput): Candidate[] {
  const out: Candidate[] = [];
  for (const m of scan.matchAll(NEGATED_EVENT)) {
    const clauseStart = m.index;
    out.push(...zerosIn(clauseAfter(scan, clauseStart), m.index, clauseStart,
      m[0].startsWith('没有') || m[0].trimStart().startsWith('无') ? 'negation.none' : m[0].endsWith('发生') ? 'negation.notHappened' : 'negation.notReceived'));
  }
  const zeroMoney: Array<[RegExp, string, string]> = [
    [NO_FEE, '信息处理费', 'negation.noFee'], [NO_FEE_ABOUT, '信息处理费', 'negation.noFee'],
    [FREE_OF_CHARGE, '信息处理费', 'negation.freeOfCharge'], [FEE_WAIVED, '信息处理费', 'negation.feeWaived'], [NO_WAIVER, '收费减免', 'negation.noWaiver'],
  ];
  for (const [pattern, subject, rule] of zeroMoney) {
    for (const m of scan.matchAll(pattern)) {
      out.push({
        kind: 'money', value: 0, unit: '元', zeroBy: 'negation', subject, rule,
        start: m.index, end: m.index + m[0].length, numStart: m.index, numEnd: m.index + m[0].length,
      });
    }
  }
  for (const m of scan.matchAll(NO_MATTERS)) {
    if (/\d|报告|说明/.test(m[1])) continue;
    out.push({
      kind: 'count', value: 0, unit: '件', zeroBy: 'negation', subject: m[1], rule: 'negation.noMatters',
      start: m.index, end: m.index + m[0].length, numStart: m.index, numEnd: m.index + m[0].length,
    });
  }
  for (const found of scan.matchAll(NONE_AFTER_HEADING)) {
    // for 情况:没有 the answer starts after the colon; the topic before it is the heading
    const m = { index: found.index + found[0].length - (found[1] ?? found[0]).length, 0: found[1] ?? found[0] };
    // the heading is the text since the last line break or sentence end, e.g. 三、政府信息依申请公开情况
    const lineStart = Math.max(scan.lastIndexOf('\n', m.index - 1), scan.lastIndexOf('。', m.index - 1)) + 1;
    let heading = scan.slice(Math.max(lineStart, m.index - CLAUSE_MAX), m.index);
    heading = heading.slice(HEADING_MARKER.exec(heading)?.[0].length ?? 0);
    const headingStart = m.index - heading.length;
    const zeros = zerosIn(heading, headingStart, headingStart, 'negation.noneAfterHeading');
    const fee = /收费|费用|处理费/.test(heading);
    if (fee && zeros.length === 0) {
      zeros.push({ kind: 'money', value: 0, unit: '元', zeroBy: 'negation', subject: '信息处理费', rule: 'negation.noneAfterHeading',
        start: headingStart, end: headingStart, numStart: headingStart, numEnd: headingStart });
    }
    for (const z of zeros) out.push({ ...z, start: headingStart, end: m.index + m[0].length, numStart: m.index, numEnd: m.index + m[0].length });
  }
  return out;
}

/** Zeros stated in words: 未收到…申请, 没有…, 无收取信息处理费, （无） after a heading. */
export const negationRule: Rule = { id: 'negation', extract: extractNegations };
