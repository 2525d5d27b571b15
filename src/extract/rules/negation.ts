import type { Candidate, Rule, ScanInput } from '../types.js';
import { CLAUSE_MAX, clauseAfter, clauseStartBefore, zero, zerosIn } from './negationScope.js';
import { execAll } from '../../input/execAll.js';
import { matchAllBeforeSpaces, matchAllStarting, offsetsOf } from '../matchNear.js';

/**
 * Zeros stated in words, one entry per phrasing (chrono-node's one parser per phrasing): the pattern finds the
 * phrasing, `build` turns a match into zeros (what is denied comes from the clause, negationScope.ts). `example` is
 * real report text the entry must read; `counterExample` is real text it must not read. A test runs both columns.
 */
export interface NegationPhrasing {
  /** The rule id every fact it builds carries. */
  id: string;
  /** A global pattern run on the matching copy of the text. */
  pattern: RegExp;
  build(m: RegExpMatchArray, scan: string): Candidate[];
  example: string;
  counterExample: string;
  /** The characters every match starts with (the first characters of the pattern's alternatives): tried only there. */
  starts?: string;
  /**
   * For a pattern whose every match is spaces or tabs then this character, a lookbehind before them (年度【无】): the
   * pattern is tried only right before each such character (matchNear.ts), not at every offset. Same matches.
   */
  anchor?: string;
}

// 未 / 尚未 / 暂未 … — the negations of an event
const NOT = '(?:未|尚未|暂未|还未|均未|并未|从未)';
// what a report may deny it received or that happened (its clause then names the thing: 申请, 复议, 诉讼)
const denied = (id: string) => (m: RegExpMatchArray, scan: string) => zerosIn(clauseAfter(scan, m.index!), m.index!, m.index!, id);
const wholeMatch = (kind: 'count' | 'money', subject: string, id: string) => (m: RegExpMatchArray) =>
  [zero(kind, subject, id, m.index!, m.index! + m[0].length)];

// 不予公开 / 部分公开 / 免予公开 … — outcomes of applications a report may say it had none of
const OUTCOME = /不予公开|部分公开|免予公开|不予处理|无法提供|延期答复/;
// 三、 （二） 1. — the marker before a heading's title (not part of the quote)
const HEADING_MARKER = /^\s*(?:[一二三四五六七八九十]+、|[(][一二三四五六七八九十\d]+[)]|\d+[.、])\s*/;

/** 三、政府信息依申请公开情况(无) / …的情况:没有 — the heading before the answer denies what it names. */
function noneAfterHeading(found: RegExpMatchArray, scan: string): Candidate[] {
  const answer = found[1] ?? found[0];
  const at = found.index! + found[0].length - answer.length;
  const end = at + answer.length;
  const lineStart = Math.max(scan.lastIndexOf('\n', at - 1), scan.lastIndexOf('。', at - 1)) + 1;
  let heading = scan.slice(Math.max(lineStart, at - CLAUSE_MAX), at);
  heading = heading.slice(HEADING_MARKER.exec(heading)?.[0].length ?? 0);
  const headingStart = at - heading.length;
  const zeros = zerosIn(heading, headingStart, headingStart, 'negation.noneAfterHeading', end);
  if (zeros.length === 0 && /收费|费用|处理费/.test(heading)) {
    zeros.push(zero('money', '信息处理费', 'negation.noneAfterHeading', headingStart, end));
  }
  return zeros.map((z) => ({ ...z, numStart: at, numEnd: end }));
}

// 四、信息公开的收费及减免情况 去年，… — the sentence opens with a top-level heading whose title (up to a gap or a
// clause break) names charging for disclosure, not spending on the work
const FEE_HEADING = /^\s*[一二三四五六七八九十]{1,2}、([^\s，,。；;]{2,30})/;
const CHARGING = /收费|处理费/;
const SPENDING = /支出|经费|开支/;

/** …所以没有此项开支 in the sentence a heading about 收费 opens (crawled text runs it into its answer) — a fee of 0. */
function noSuchFee(m: RegExpMatchArray, scan: string): Candidate[] {
  // back to the sentence end before it (。, or a half-width . that is no decimal point: pages stored with ASCII stops)
  let from = m.index!;
  while (from > 0 && m.index! - from < 2 * CLAUSE_MAX && scan[from - 1] !== '。' && !(scan[from - 1] === '.' && !/\d/.test(scan[from - 2] ?? ''))) from--;
  const title = FEE_HEADING.exec(scan.slice(from, m.index!))?.[1];
  if (!title || !CHARGING.test(title) || SPENDING.test(title)) return [];
  return [zero('money', '信息处理费', 'negation.noSuchFee', m.index!, m.index! + m[0].length)];
}

/** 我局无不予公开政府信息情况 — none of an outcome, or of applications, reviews, lawsuits. */
function noneOfKind(m: RegExpMatchArray): Candidate[] {
  const start = m.index!;
  const end = start + m[0].length;
  const byThing = zerosIn(m[1], start, start + 1, 'negation.noneOfKind', end);
  if (byThing.length) return byThing;
  return OUTCOME.test(m[1]) ? [zero('count', m[1], 'negation.noneOfKind', start, end)] : [];
}

/** 行政复议、行政诉讼和申诉均为零 — every thing listed before 均为零 is a zero. */
function allZero(m: RegExpMatchArray, scan: string): Candidate[] {
  const from = clauseStartBefore(scan, m.index!);
  return zerosIn(scan.slice(from, m.index!), from, from, 'negation.allZero', m.index! + m[0].length);
}

export const NEGATION_PHRASINGS: readonly NegationPhrasing[] = [
  {
    id: 'negation.notReceived',
    starts: '未尚暂还均并从',
    // (PDF text may break the line after the negation: 2015年全区未\n收到有关政府信息公开申请)
    pattern: new RegExp(`${NOT}[ \\t]*\\n?[ \\t]*(?:收到|接到|受理|接受)`, 'g'),
    build: denied('negation.notReceived'),
    example: '2015年全区未收到有关政府信息公开申请。', // corpus 009
    counterExample: '未受理的申请3件', // a figure is stated: no zero
  },
  {
    id: 'negation.notHappened',
    starts: '未尚暂还均并从',
    pattern: new RegExp(`${NOT}(?:发生|出现|产生|有)`, 'g'),
    build: denied('negation.notHappened'),
    example: '我镇2010年度,未发生针对本单位有关政府信息公开事务的行政复议案、行政诉讼案和有关的申诉案。', // corpus 054
    counterExample: '未发生因依申请公开被行政复议纠错或行政诉讼败诉情形', // corpus 034: results, not cases
  },
  {
    // 没有接到…申请 / 没有因政府信息公开申请提起行政复议的案件 / 我局没有收到信息公开申请
    id: 'negation.none',
    starts: '没',
    pattern: /没有(?:收到|接到|受理|发生|出现|产生|接受|有)|没有(?=因|关于|针对|涉及|[\u4e00-\u9fa5]{0,12}申请)/g,
    build: denied('negation.none'),
    example: '2009年度，我局没有收到信息公开申请。', // wild 001
    counterExample: '六、其他需要报告的事项 我局没有需要报告的事项。', // nothing denied that is counted
  },
  {
    id: 'negation.noneAbout',
    starts: '无',
    pattern: /无(?=因|关于|针对|涉及)/g,
    build: denied('negation.noneAbout'),
    example: '本机关无因政府信息公开申请行政复议、提起行政诉讼情况。',
    counterExample: '我局无关于政府信息公开方面的收费', // a fee (negation.noFee), not a case
  },
  {
    // 2023年度无政府信息公开申请 — not the 表三 labels 无法提供, 无正当理由…申请 (leading lookahead: a cheap first test)
    id: 'negation.noneThisYear',
    pattern: /(?=[ \t]*无)(?<=年度?|全年)[ \t]*无(?!法|正当|偿)(?=[\u4e00-\u9fa5]{0,12}(?:申请|复议|诉讼))/g,
    anchor: '无',
    build: denied('negation.noneThisYear'),
    example: '2023年度无政府信息公开申请。',
    counterExample: '2024年度无正当理由大量反复申请', // 表三 row label after a year
  },
  {
    // 2011年度我局无依申请公开政府信息 — no applications (not 无依申请公开…收费, a fee)
    id: 'negation.noApplications',
    starts: '无',
    pattern: /无(?=依申请公开|(?:政府)?信息公开申请)(?![^,，。;；!！?？\n]{0,16}(?:收费|费用|处理费))/g,
    build: denied('negation.noApplications'),
    example: '三、依申请公开信息和不予公开政府信息的情况 2011年度我局无依申请公开政府信息。', // wild 043
    counterExample: '依申请公开政府信息无依申请公开收费', // a fee, not applications
  },
  {
    // 无…情况 naming an outcome (fees are negation.noFee's; 无此相关情况 names nothing)
    id: 'negation.noneOfKind',
    starts: '无',
    pattern: /无(?!因|关于|针对|涉及|法|正当)((?:(?!收费|处理费|费用)[^\s,，。;；!！?？:：]){2,20}?)(?:的)?情况/g,
    build: noneOfKind,
    example: '我局无不予公开政府信息情况。', // issue 13, a report kept out of tuning
    counterExample: '行政诉讼的情况2016年，我局无此相关情况。', // wild 013: names nothing
  },
  {
    // 没有从事政府信息公开工作的全职人员 — no staff of a kind: a count of 0 people
    id: 'negation.noStaff',
    starts: '没无',
    pattern: /(?:没有|无)((?:[^\s,，。;；!！?？:：]){0,16}?(?:专职|全职|兼职|专门)(?:工作)?人员)/g,
    build: (m) => [zero('count', m[1], 'negation.noStaff', m.index!, m.index! + m[0].length, '名')],
    example: '没有从事政府信息公开工作的全职人员', // issue 13, a report kept out of tuning
    counterExample: '我局办公室设有政府信息公开工作兼职人员1人', // wild 026: a count, not a zero
  },
  {
    // 均为零 / 均为0 / 均为〇 — not 均为0件 (a figure the count rule reads)
    id: 'negation.allZero',
    starts: '均',
    pattern: /均(?:为|是)[ \t]*(?:零|0|〇)(?![\d.\u4e00-\u9fa5])/g,
    build: allZero,
    example: '因政府信息公开申请提起行政复议、行政诉讼均为0。', // the class named in issue 13 (no corpus sentence yet)
    counterExample: '全年办结率均为100%。', // a percentage, not a zero
  },
  {
    // 本机关未收取信息公开处理费, 无收取信息处理费情况, 政府信息公开不收取任何费用, 暂不收费, 未发生收费情况,
    // 我办未发生政府信息公开的收费及减免事项 (wild 005), 未收取检索、复制、邮寄等费用 (a list of fees ending in 等费用)
    id: 'negation.noFee',
    starts: '未没不暂无从均并',
    pattern: /(?:未|没有|不|暂不|暂未|无|从未|均未|并未)(?:发生|有|存在)?(?:任何)?(?:收费|收取[^,，。;；!！?？\n、]{0,12}?费|收取[^,，。;；!！?？\n]{0,16}?等费用)|(?:没有|无)关于[^,，。;；!！?？\n]{0,15}?收费|(?:未|没有)发生[^,，。;；!！?？\n]{1,12}?的收费/g,
    build: wholeMatch('money', '信息处理费', 'negation.noFee'),
    example: '2022年，无收取信息处理费情况。', // corpus 022
    counterExample: '2.申请人逾期未按收费通知要求缴纳费用', // 表三 row label
  },
  {
    // 本年度没有产生信息公开处理费 (wild 016, 019: the 2021-format boilerplate) / 未产生信息处理费 — no fee arose
    id: 'negation.noFeeIncurred',
    starts: '未没无并均尚',
    pattern: /(?:未|没有|无|并未|均未|尚未)(?:产生|发生)(?:任何)?[^,，。;；!！?？\n、]{0,10}?处理费/g,
    build: wholeMatch('money', '信息处理费', 'negation.noFeeIncurred'),
    example: '规定的按件、按量收费标准，本年度没有产生信息公开处理费。', // wild 016
    counterExample: '没有产生不良影响', // no fee named
  },
  {
    // 未向申请人、咨询人收取费用 — no charge to those who asked (the list of payers holds 、); 无向申请人收取政府信息公开
    // 费用的情况 (wild 020, burned: the 2021 format's 其他需要报告的事项)
    id: 'negation.notChargedTo',
    starts: '未没不从均无',
    // (PDF text may break a line inside the list of payers: 未向公\n民、法人或其他组织收取任何费用 — wild 050 wrapped)
    pattern: /(?:未|没有|不|从未|均未|无)向(?:[^,，。;；!！?？\n]|[ \t]*\r?\n[ \t]*(?=[^\s]))(?:[^,，。;；!！?？\n]|\r?\n(?=[^\s])){0,15}?收取(?:任何)?(?:费用|[^,，。;；!！?？\n、]{0,8}?费)/g,
    build: wholeMatch('money', '信息处理费', 'negation.notChargedTo'),
    example: '政府信息公开工作中发生的费用，全部从日常办公经费中开支，截至目前，未向申请人、咨询人收取费用。', // wild 026
    counterExample: '向申请人收取信息处理费50元', // a figure, not a denial
  },
  {
    // 该办法施行前全市各行政机关免费为公众提供依申请公开政府信息 — services given free of charge
    id: 'negation.freeOfCharge',
    starts: '免',
    pattern: /免费[^,，。;；!！?？\n]{0,12}?依申请公开/g,
    build: wholeMatch('money', '信息处理费', 'negation.freeOfCharge'),
    example: '该办法施行前全市各行政机关免费为公众提供依申请公开政府信息',
    counterExample: '免费开放政务服务大厅', // free of charge, but not applications
  },
  {
    // 免收信息处理费, 免除检索、复制费用 — fees waived
    id: 'negation.feeWaived',
    starts: '免',
    pattern: /免(?:收|除|予收取)[^,，。;；!！?？\n]{0,10}?费/g,
    build: wholeMatch('money', '信息处理费', 'negation.feeWaived'),
    example: '依申请公开一律免收信息处理费',
    counterExample: '下岗失业人员减免税', // a tax reduction (issue 13)
  },
  {
    // 不存在减免问题, 没有减免, 无收费减免情况 — nothing waived
    id: 'negation.noWaiver',
    starts: '不没无未',
    pattern: /(?:不存在|没有|无|未发生|未有)(?:任何)?(?:收费)?减免/g,
    build: wholeMatch('money', '收费减免', 'negation.noWaiver'),
    example: '本年度不存在减免问题',
    counterExample: '减免金额219062.78元', // issue 13: a figure, not a denial
  },
  {
    // 无收费及减免情况 (wild 058, burned; also wild 001 … 055, 013), 我局政府信息公开没有收费及减免 (wild 043), 我办未发生
    // 政府信息公开的收费及减免事项 (wild 005) — one negation over the pair denies the waiver too (negation.noFee reads
    // the fee from the same words): nothing waived
    id: 'negation.noFeeNorWaiver',
    starts: '没无未不',
    pattern: /(?:没有|无|未发生|不存在)(?:[\u4e00-\u9fa5]{0,12}?的)?收费(?:及|和|与|、)减免/g,
    build: wholeMatch('money', '收费减免', 'negation.noFeeNorWaiver'),
    example: '四、收费及减免情况 无收费及减免情况。', // wild 058 (burned)
    counterExample: '我局没有收到信息公开申请。 四、收费及减免情况', // wild 001: the heading names the pair, nothing denies it
  },
  {
    // 没有不予公开政府信息备案事项 — no matters of a kind (收费事项 is a fee; 需要报告的事项 is no count)
    id: 'negation.noMatters',
    starts: '没',
    pattern: /没有((?:(?!收费)[^,，。;；!！?？\n]){2,14}?事项)/g,
    build: (m) => (/\d|报告|说明/.test(m[1]) ? [] : [zero('count', m[1], 'negation.noMatters', m.index!, m.index! + m[0].length)]),
    example: '我局没有不予公开政府信息备案事项。', // seed 篇9
    counterExample: '六、其他需要报告的事项 我局没有需要报告的事项。',
  },
  {
    // 四、信息公开的收费及减免情况 …，所以没有此项开支 — "no such item" answering a heading about charging for
    // disclosure (not one about spending: 支出/经费): a fee of 0
    id: 'negation.noSuchFee',
    starts: '没无未不',
    // (a PDF line may break after the negation: 所以没有\n此项开支)
    pattern: /(?:没有|无|未发生|不存在)[ \t]*(?:\r?\n[ \t]*)?此项(?:开支|费用|收费|支出)?/g,
    build: noSuchFee,
    example: '四、信息公开的收费及减免情况 去年，我局没有接到依申请公开政府信息的情况，所以没有此项开支。', // wild 004 (burned)
    counterExample: '五、政府信息公开的支出情况 全年没有此项开支。', // a heading about spending, not charging
  },
  {
    // 三、政府信息依申请公开情况(无); 提出复议、诉讼和申诉的情况:没有 — a heading answered with 无 / 没有
    id: 'negation.noneAfterHeading',
    starts: '(情',
    pattern: /[(]无[)]|情况[ \t]*[:：][ \t]*(没有|无)(?=[\s。;；,，]|$)/g,
    build: noneAfterHeading,
    example: '三、政府信息依申请公开情况(无)', // seed 篇1
    counterExample: '（四）无法提供', // 表三 row label
  },
];

// the phrasings that name their first characters, read in one walk over the text (matchNear.ts)
const STARTING = NEGATION_PHRASINGS.filter((p): p is NegationPhrasing & { starts: string } => p.starts !== undefined);
const STARTING_INDEX = new Map<NegationPhrasing, number>(STARTING.map((p, i) => [p, i]));

function extractNegations({ scan, marks }: ScanInput): Candidate[] {
  const starting = matchAllStarting(scan, STARTING, marks);
  // the anchored phrasings' anchors are start characters of the others (无): their offsets are among the marks
  const anchors = new Map<string, number[]>();
  const offsets = (ch: string) => anchors.get(ch) ?? anchors.set(ch, offsetsOf(scan, marks, ch)).get(ch)!;
  const out: Candidate[] = [];
  for (const p of NEGATION_PHRASINGS) {
    const matches = p.starts !== undefined ? starting[STARTING_INDEX.get(p)!] : p.anchor ? matchAllBeforeSpaces(scan, p.pattern, offsets(p.anchor), 0) : execAll(p.pattern, scan);
    for (const m of matches) out.push(...p.build(m, scan));
  }
  return out;
}

/** Zeros stated in words (NEGATION_PHRASINGS): 未收到…申请, 没有…, 无收取信息处理费, （无） after a heading. */
export const negationRule: Rule = {
  id: 'negation',
  marks: [...new Set(NEGATION_PHRASINGS.map((p) => (p.starts ?? '') + (p.anchor ?? '')).join(''))].join(''),
  extract: extractNegations,
};
