import { NAME, asWritten, found, isName, withoutBreaks, type Found } from './agencyName.js';
import { compiler } from './agencyCompiler.js';
import { lateSignature, wholeName } from './agencySignature.js';
import { execAll, firstMatch } from '../../../input/execAll.js';

export { asWritten } from './agencyName.js';
export { SIGNATURE_FORMS } from './agencySignature.js';

/**
 * The issuing body of a report, as written. Each rule is one way reports name themselves, tried in order; the first
 * that finds a name wins. Redactions stay as written (***市人口和计划生育局).
 */

// (a PDF line may break inside it: 二○一○年\n四月十日)
const CN_DATE = '[〇○零一二三四五六七八九十]{4}\\s*年\\s*[一二三四五六七八九十]{1,2}\\s*月(?:\\s*[一二三四五六七八九十]{1,3}\\s*日)?';
const DATE = `(?:${CN_DATE}|\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)`;

// ***市人口和计划生育局 on a line of its own at the top (篇4), after the title if there is one (a site name above
// the title is page chrome); or a signature at the end: the name with its date (平潭县人民政府\n2014年1月20日)
const DATE_LINE = new RegExp(`^${DATE}$`);
// a line that ends with a date (the signature's date after the name); only a line ending in 月 or 日 can
const DATE_AT_END = new RegExp(`\\s*${DATE}$`);

type Line = { start: number; text: string };

/** The line of `norm` over [from, to) trimmed, with its start; undefined if blank. */
function lineAt(norm: string, from: number, to: number): Line | undefined {
  const raw = norm.slice(from, to);
  const trimmed = raw.trim();
  return trimmed ? { start: from + raw.indexOf(trimmed), text: trimmed } : undefined;
}

function byLine(text: string, norm: string, from: number): Found | undefined {
  const nameOn = (l: Line, needsDate: boolean, next?: Line) => {
    const name = l.text.endsWith('月') || l.text.endsWith('日') ? l.text.replace(DATE_AT_END, '') : l.text;
    const dated = name.length < l.text.length || (next !== undefined && DATE_LINE.test(next.text));
    return name.length <= 30 && isName(name) && (dated || !needsDate) ? found(text, l.start, name) : undefined;
  };
  // the first three non-blank lines from `from`, then the last four after them: only those are read (not every line)
  let head = 0;
  let lineStart = from;
  while (head < 3 && lineStart <= norm.length) {
    const nl = norm.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? norm.length : nl;
    const line = lineAt(norm, lineStart, lineEnd);
    lineStart = lineEnd + 1;
    if (!line) continue;
    head++;
    const hit = nameOn(line, false);
    if (hit) return hit;
  }
  if (head < 3) return undefined;
  const tail: Line[] = [];
  for (let lineEnd = norm.length; lineEnd >= lineStart && tail.length < 4; ) {
    const nl = lineEnd === lineStart ? -1 : norm.lastIndexOf('\n', lineEnd - 1);
    const start = nl < lineStart ? lineStart : nl + 1;
    const line = lineAt(norm, start, lineEnd);
    if (line) tail.unshift(line);
    if (start === lineStart) break;
    lineEnd = start - 1;
  }
  for (let i = 0; i < tail.length; i++) {
    const hit = nameOn(tail[i], true, tail[i + 1]);
    if (hit) return hit;
  }
  return undefined;
}

// 相关链接： --> 平潭综合实验区管委会办公室 二〇一三年一月 本报告… (byline in crawled text);
// …取得了一定成效。 平潭县人民政府 附件1：… (signature in crawled text)
const RUN_ON_SIGNATURE = new RegExp(`(?:^|[\\s>。])[ \\t]*(${NAME})[ \\t]+(?:${DATE}|附件)`, 'g');

// …本年度未收取信息处理费。北京市朝阳区人民政府2024年1月20日 — a signature glued to the last sentence, at the very end
// …无。平潭综合实验区公安局2019年1月15日 附件下载 — the archive's 附件下载 after it is page chrome
// …电子邮件申请数条0 平潭综合实验区财政金融局\n2017年1月13日 — PDF text may put the date on the next line (wild 023,
// burned, at a 30-character margin)
const END_SIGNATURE = new RegExp(`(?:^|[\\s>。])[ \\t]*(${NAME})[ \\t]*(?:\\r?\\n[ \\t]*)?${DATE}\\s*(?:附件下载\\s*)?$`);
/** How much of the end is looked at for a glued signature. */
const END_REACH = 60;

// RUN_ON_SIGNATURE's name is followed by a space or tab and then by DATE (four digits, Arabic or Chinese, and 年) or
// 附件: a body without such a tail holds no match and is not scanned for names (most bodies)
const RUN_ON_TAIL = /[ \t](?:[〇○零一二三四五六七八九十]{4}\s*年|\d{4}\s*年|附件)/;

/** A signature run into the text (crawled pages) or glued at its end; `tailFirst` skips bodies without RUN_ON_TAIL. */
export function runOnSignature(text: string, norm: string, from: number, tailFirst = true): Found | undefined {
  const body = norm.slice(from);
  const m = tailFirst && !RUN_ON_TAIL.test(body) ? undefined : firstMatch(RUN_ON_SIGNATURE, body, (m) => isName(m[1]));
  if (m) return found(text, from + m.index + m[0].indexOf(m[1]), m[1]);
  const tailAt = Math.max(from, norm.length - END_REACH);
  const end = END_SIGNATURE.exec(norm.slice(tailAt));
  return end && isName(end[1]) ? found(text, tailAt + end.index + end[0].indexOf(end[1]), end[1]) : undefined;
}


// 平潭综合实验区2015年度政府信息公开工作年度报告 → 平潭综合实验区 (the name before the year);
// 2025 年上海市人民政府办公厅政府信息公开工作年度报告 → 上海市人民政府办公厅 (the name after it)
const YEAR = '(?:(?:19|20)\\d\\d|20[*×]{1,2}|[一二][〇○零一二三四五六七八九]{3})\\s*年';
const TITLE_BEFORE_YEAR = new RegExp(`^[ \\t]*([^\\d\\s]{2,30}?)(?:关于)?[ \\t]*${YEAR}`);
const TITLE_AFTER_YEAR = new RegExp(`^[ \\t]*${YEAR}度?\\s*([^\\d\\s]{2,30}?)(?:关于)?政府信息公开`);
// 某某市人民政府办公室政府信息公开工作年度报告（2023年度） — no year before the words: the name before 信息公开
const TITLE_NO_YEAR = new RegExp(`^[ \\t]*(${NAME})(?:关于)?(?:政府)?信息公开`);

/** The agency a title names, read on the matching copy (２０１９ is 2019 there). */
export function nameInTitle(text: string, norm: string, title?: Found): Found | undefined {
  if (!title) return undefined;
  const t = norm.slice(title.span.start, title.span.end);
  const plausible = (m: RegExpExecArray | null) => m && !/政府信息公开|报告|[一二][〇○零一二三四五六七八九]{3}$/.test(m[1]);
  const m = [TITLE_BEFORE_YEAR.exec(t), TITLE_AFTER_YEAR.exec(t)].find(plausible) ?? [TITLE_NO_YEAR.exec(t)].find((x) => plausible(x) && isName(x![1]));
  if (!m) return undefined;
  return found(text, title.span.start + m.index + m[0].indexOf(m[1]), m[1]);
}

// 20*年市环保局在市委、市政府的正确领导下… / 市城管执法局立足职能… — the body's first sentence names its subject
const FIRST_SUBJECT = new RegExp(
  `^(?:(?:19|20)[\\d*×]{1,2}\\d?\\s*年度?[,，]?)?(${NAME})(?:在|立足|坚持|认真|始终|高度|紧紧|围绕|按照|根据|全面|深入|以|积极|切实|于|为)`,
);

// 一、总体情况 / （一）… on a line of its own: the first paragraph of the body follows it
const FIRST_HEADING_LINE = /^[ \t]*(?:[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\))[^\n。]{0,30}\n\s*/m;
/** How far the first heading is looked for. */
const FIRST_HEADING_REACH = 3000;

function subjectOfParagraph(text: string, norm: string, start: number): Found | undefined {
  const end = norm.indexOf('\n', start);
  const m = FIRST_SUBJECT.exec(norm.slice(start, end < 0 ? norm.length : end));
  if (!m || !isName(m[1])) return undefined;
  return found(text, start + m.index + m[0].indexOf(m[1]), m[1]);
}

function firstSubject(text: string, norm: string, from: number, firstHeadingEnd?: number): Found | undefined {
  // skip the 篇N marker of a sample page and blank lines; only the first paragraph is read
  // and the heading lines before the first paragraph (一、概述)
  const lead = /^\s*(?:(?:篇\s*\d+|第\s*\d+\s*篇)\s*)?(?:(?:[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\))[^\n。]{0,30}\n\s*)?/.exec(norm.slice(from))![0].length;
  const first = subjectOfParagraph(text, norm, from + lead);
  if (first) return first;
  // 本报告是根据…编制。\n一、总体情况\n2023年，××机关坚持… — the preamble names no one; the first paragraph under
  // the first heading does
  const heading = FIRST_HEADING_LINE.exec(norm.slice(from, from + FIRST_HEADING_REACH));
  const underHeading = heading ? subjectOfParagraph(text, norm, from + heading.index + heading[0].length) : undefined;
  // crawled text: 一、总体情况2023年，××机关坚持… — the body runs on after the first heading's title
  return underHeading ?? (firstHeadingEnd !== undefined && firstHeadingEnd >= from ? subjectOfParagraph(text, norm, firstHeadingEnd) : undefined);
}

// 成立了国资金融局政府信息公开领导小组 / 《县教育局政府信息公开指南》 / 特向社会公布《县政府信息公开报告》 —
// the body names itself as the owner of its guide, its report or its disclosure team
const OWNER: RegExp[] = [
  new RegExp(`成立了?(${NAME})政府信息公开(?:工作)?领导小组`),
  new RegExp(`《(${NAME})(?:政府)?信息公开(?:工作)?(?:年度)?(?:指南|目录|报告)》`),
  // 现向社会公布沭阳县发展和改革局2023年度政府信息公开年度报告 (031) / 现将某某局2019年政府信息公开工作情况报告如下
  new RegExp(`(?:公布|现将)(${NAME})(?:(?:19|20)\\d\\d\\s*年度?)(?:政府)?信息公开`),
  // 本报告由某某区人民政府办公室根据《条例》编制
  new RegExp(`本(?:年度)?报告(?:是)?由(${NAME})(?:根据|依据|按照|编制|汇总|负责)`),
];

// 《县政府信息公开报告》 — 政府 may belong to 政府信息公开 (县 + 政府信息公开报告): a name ending in a bare 政府 before
// 信息公开 is not read from a document's title (篇10 names itself in full in its contact sentence)
const TERM_SPLIT = /(?<!人民)政府$/;

function owner(text: string, norm: string, from: number): Found | undefined {
  const body = norm.slice(from);
  let best: Found | undefined;
  for (const re of OWNER) {
    const m = re.exec(body);
    if (!m || !isName(m[1])) continue;
    if (TERM_SPLIT.test(m[1]) && body.startsWith('信息公开', m.index + m[0].indexOf(m[1]) + m[1].length)) continue;
    const at = from + m.index + m[0].indexOf(m[1]);
    if (!best || at < best.span.start) best = found(text, at, m[1]);
  }
  return best;
}

// 发布机构: 平潭综合实验区管委会 / 发布机构 沭阳县发展和改革局 公开日期 … — the publisher, which may differ from the
// reporting body (an office publishes the whole area's report); used only when nothing else names the body
const PUBLISHER = new RegExp(`发布机构[ \\t]*:?[ \\t]*(${NAME})(?=[\\s]|$)`);

function publisher(text: string, norm: string): Found | undefined {
  const m = PUBLISHER.exec(norm.slice(0, 4000));
  return m && isName(m[1]) ? found(text, m.index + m[0].indexOf(m[1]), m[1]) : undefined;
}

// 如对本报告有任何疑问，请与县人民政府办公室信息中心联系 (seed 篇10) / 请与平潭综合实验区交通与建设局办公室联系
// (wild 016) / 请与区农业农村局政府信息公开工作领导小组办公室联系 (wild 014) — the office that answers for the report
// belongs to the body: the name before its office or unit. Or 请联系 before it, the office then ended by a comma or a
// bracket: 请联系：平潭综合实验区公安局政府信息公开办公室，电话：… (wild 050, burned) / 请联系平潭县食品药品监督管理局
// 办公室，联系电话 (wild 043) / 请联系平潭综合实验区交通与建设局办公室 (地址：… (wild 019)
const CONTACT_BODY = '([一-龥*×○]{1,24}?(?:人民政府|管委会|管理委员会|委员会|局|厅|镇|乡|街道办事处))';
const CONTACT_OFFICE = '(?:办公室|办公厅|[一-龥]{0,16}?(?:办公室|科|处|股|中心))';
const CONTACT = new RegExp(
  `请(?:与|联系)[ \\t]*${CONTACT_BODY}${CONTACT_OFFICE}[ \\t]*联系|请联系[ \\t]*[:：]?[ \\t]*${CONTACT_BODY}${CONTACT_OFFICE}(?=[ \\t]*[，,;；。（(])`,
);

function contact(text: string, norm: string, from: number): Found | undefined {
  // read with line breaks dropped (PDF text: 请联系：平潭综\n合实验区公安局…办公室，)
  const { flat, at } = withoutBreaks(norm, from);
  const m = CONTACT.exec(flat);
  const name = m?.[1] ?? m?.[2];
  if (!m || !name || !isName(name)) return undefined;
  const first = m.index + m[0].indexOf(name);
  const span = { start: at(first), end: at(first + name.length - 1) + 1 };
  return { value: asWritten(text, span), span };
}

/**
 * How a body calls itself (我局高度重视…) and the ending its name must have. With SELF_NAMED: the body never names
 * itself in a sentence, but it writes one name with that ending at a line start or opening a document title — its
 * reading point (县教育局办公室) or its own rules (《县教育局领导干部保密工作责任制》), seed 篇3.
 */
const SELF_WORDS: Array<{ self: RegExp; place: RegExp }> = [
  { self: /我局|本局/g, ending: '局' },
  { self: /我委|本委/g, ending: '委员会|委' },
  { self: /我厅|本厅/g, ending: '厅' },
].map(({ self, ending }) => ({
  self,
  // a line that is only the name (and its office), or a document title the name opens
  place: new RegExp(`(?:(?:^|\\n)[ \\t]*([一-龥*×○]{1,20}?(?:${ending}))(?:办公室)?[ \\t]*(?=\\n|$)|《([一-龥*×○]{1,20}?(?:${ending}))[一-龥]{2,30}》)`, 'g'),
}));
/** How often the body must call itself so before a name elsewhere is taken. */
const SELF_MIN = 2;

function selfNamed(text: string, norm: string, from: number): Found | undefined {
  const body = norm.slice(from);
  for (const { self, place } of SELF_WORDS) {
    if ((body.match(self) ?? []).length < SELF_MIN) continue;
    const names = new Map<string, number>();
    for (const m of execAll(place, body)) {
      const name = m[1] ?? m[2];
      // 年我局未收到… (篇3, its year stripped) is the body calling itself, not a name
      if (isName(name) && !/[我本]/.test(name) && !names.has(name)) names.set(name, from + m.index + m[0].indexOf(name));
    }
    if (names.size !== 1) continue;
    const [[name, at]] = [...names];
    return found(text, at, name);
  }
  return undefined;
}

/** The agency that issues the report, as written, and where it is named. */
export function readAgency(text: string, norm: string, from: number, title?: Found, firstHeadingEnd?: number): Found | undefined {
  const titleName = nameInTitle(text, norm, title);
  const afterTitle = title && title.span.end > from ? title.span.end : from;
  // the first rule that names a whole body wins; a name cut by a line break is extended back over it, or passed over
  const rules: Array<() => Found | undefined> = [
    () => byLine(text, norm, afterTitle),
    () => runOnSignature(text, norm, from),
    () => compiler(text, norm, from, titleName),
    () => titleName,
    () => firstSubject(text, norm, afterTitle, firstHeadingEnd),
    () => owner(text, norm, from),
    () => contact(text, norm, from),
    () => lateSignature(text, norm, from),
    () => selfNamed(text, norm, from),
    () => publisher(text, norm),
  ];
  for (const rule of rules) {
    const hit = rule();
    const whole = hit && wholeName(text, norm, hit);
    if (whole) return whole;
  }
  return undefined;
}
