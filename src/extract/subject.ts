import type { Tokenizer } from './tokenizer.js';
import { testsCharAt } from '../input/chars.js';

/**
 * The subject of a figure — the phrase that says what is counted (主动公开政府信息2949条 → 主动公开政府信息,
 * 共接受市民咨询475次 → 市民咨询, 对全区现存的33个政务新媒体 → 政务新媒体). Found with jieba words on the clause
 * next to the figure (never the whole text) and the word lists below. Word lists, not jieba's part-of-speech tags:
 * tagging costs ~30 µs a clause against ~7 µs for cutting, and the lists say exactly which words end a subject.
 */

// where a subject cannot reach across: clause punctuation, brackets, table pipes, digits (《》 and “” stay inside;
// a line break does not stop it: PDF text breaks lines inside words, 市政府及办公厅行\n政规范性文件 34 件)
const STOP_CHARS = /[,，。;；:：!！?？()（）[\]【】|、%\d]/;
const WINDOW = 20;
const MAX_SUBJECT = 12;

/** Words that end a subject on its left: who counts, when, connectives, prepositions, pronouns, particles. */
const LEFT_BOUNDARY = new Set([
  // who: 区管委会及区直各部门主动公开政府信息2275条 → 主动公开政府信息
  '部门', '单位', '乡镇', '各乡镇', '我区', '全区', '全县', '全市', '全乡', '全镇', '我局', '我镇', '我乡', '本机关',
  '管委会', '本局', '我委', '我办', '我市', '我县', '本单位', '区直', '县直', '市直',
  // when
  '全年', '今年', '本年', '本年度', '年度', '年', '当年', '目前', '截至', '截止', '期间', '年初', '年中', '年底',
  // connectives, prepositions, pronouns, particles
  '其中', '共', '累计', '共计', '合计', '总计', '已', '已经', '此外', '同时', '并', '还', '另', '以及', '包括', '涉及',
  '通过', '含', '包含', '包括', '及', '和', '与', '或', '并且', '而', '对', '向', '在', '从', '把', '被', '按照', '根据', '经', '由', '于',
  '各', '该', '本', '其', '我', '此', '这', '那', '其他', '的', '了', '地', '得', '着', '是', '有', '为', '将', '等',
]);
/** Words dropped from the right end of a subject: 达, 为, 共 … (主动公开信息数为121条 → 主动公开信息数). */
const RIGHT_DROP = new Set([
  '达', '为', '达到', '共', '共计', '计', '合计', '总计', '累计', '约', '近', '超', '超过', '逾', '突破', '是', '有',
  '了', '的', '等', '占', '中', '分别', '分别为', '已', '已有', '均', '各', '共有', '将', '数为', '到', '已达', '高达', '达到了',
]);
/** Pronoun-like words skipped inside a subject: 公开各类信息 → 公开信息. */
const SKIPPED = new Set(['各类', '各项', '相关', '有关']);
/**
 * Verbs that take the counted thing as their object: after them the subject follows the figure
 * (发布了25期安全生产信息简报, 提出50条精准扶贫有关问题), and before a noun they end the subject (发布|政策文件).
 */
const OBJECT_VERBS = new Set([
  '发布', '提出', '梳理', '罗列', '新增', '整合', '组织', '推进', '开展', '举办', '召开', '收到', '接到', '受理', '接受',
  '办理', '拥有', '覆盖', '录入', '报送', '编辑', '刊出', '刊登', '制发', '印发', '开设', '设立', '建立', '上线', '处理',
  '答复', '转办', '编制', '制作', '发放', '印制', '公布', '更新', '审核', '审查', '汇集', '入驻', '聘请', '邀请', '参加',
  '完成', '实现', '推出', '出台', '提供', '接听', '接待', '精简', '涉及', '现存', '增加', '减少', '新建', '共有',
  '进行', '予以', '作出', '开通',
]);
// words after which the subject follows the figure: 现存的33个政务新媒体, 发布了25期…简报
const SUBJECT_FOLLOWS = new Set(['的', '了', '等']);

/** The subject ending the first `n` words. */
function leftSubject(words: readonly string[], n: number): string {
  let out = '';
  for (let i = n - 1; i >= 0; i--) {
    const word = words[i];
    if (SKIPPED.has(word) || word.trim() === '') continue;
    // a verb ends the subject once it holds a word of two characters (发布|政策文件), not before (咨询电话|接听)
    if (LEFT_BOUNDARY.has(word) || (out.length >= 2 && OBJECT_VERBS.has(word))) break;
    if (out.length + word.length > MAX_SUBJECT) break;
    out = word + out;
  }
  return out;
}

// an opening quote or title mark starting a word after the noun
const OPENING_QUOTES = '“"《';

function rightSubject(words: readonly string[]): string {
  let out = '';
  for (const word of words) {
    if (LEFT_BOUNDARY.has(word) || RIGHT_DROP.has(word) || out.length + word.length > MAX_SUBJECT) break;
    // 348项公共服务事项实现“一窗通办” — a verb or an opening quote after the noun ends it
    if (out.length >= 2 && (OBJECT_VERBS.has(word) || OPENING_QUOTES.includes(word[0]))) break;
    out += word;
  }
  return out;
}

// the two jieba dictionaries cut a verb glued to its object differently (制发|行政 vs 制|发行|政): the subject never
// starts with a verb that takes it as object, whichever way it was cut
const LEADING_VERB = new RegExp(`^(?:${[...OBJECT_VERBS].sort((a, b) => b.length - a.length).join('|')})(?=[\\s\\S]{2})`);

/** The subject without a leading verb, and without the tail of a quotation it started inside (平潭”门户网站… → 门户网站…). */
function withoutLeadingVerb(subject: string): string {
  const close = subject.lastIndexOf('”');
  if (close >= 0 && subject.lastIndexOf('“', close) < 0) subject = subject.slice(close + 1);
  return subject.replace(LEADING_VERB, '');
}

// 208 件（17.46%）, 1397条，占73% — a share written right after the figure it is a share of
const SHARE_AFTER_FIGURE = /^\s*[(（,，]?\s*(?:占(?:总数的|比)?)?\s*$/;

/** Whether the percentage after `gap` (the text since the previous figure) is a share of that figure. */
export function isShareOfPrevious(gap: string): boolean {
  return gap.length <= 6 && SHARE_AFTER_FIGURE.test(gap);
}

/** A figure whose subject is asked for: where it stands, and `floor`, the end of the previous figure. */
export interface SubjectQuery {
  start: number;
  end: number;
  floor: number;
}

/** The clause before a figure, back to a stop character, the previous figure or WINDOW characters; spaces dropped. */
function leftClause(text: string, { start, floor }: SubjectQuery): string {
  let left = text.slice(Math.max(floor, start - WINDOW), start);
  for (let i = left.length - 1; i >= 0; i--) {
    if (testsCharAt(STOP_CHARS, left, i)) {
      left = left.slice(i + 1);
      break;
    }
  }
  return left.replace(/\s+/g, '');
}

/** The clause after a figure, up to a stop character (WINDOW characters at most), spaces dropped; '' unless it opens with a word. */
function rightClause(text: string, end: number): string {
  let right = text.slice(end, end + WINDOW);
  const stop = right.search(STOP_CHARS);
  if (stop >= 0) right = right.slice(0, stop);
  right = right.replace(/\s+/g, '');
  return /^[\u4e00-\u9fa5《“]/.test(right) ? right : '';
}

const NO_WORDS: readonly string[] = [];

/** Each text's words (none for ''), the distinct non-empty texts cut in one call (texts alike share one array). */
function cutEach(texts: string[], tokenizer: Tokenizer): ReadonlyArray<readonly string[]> {
  const index = new Map<string, number>();
  const distinct: string[] = [];
  for (const t of texts) if (t !== '' && !index.has(t)) index.set(t, distinct.push(t) - 1);
  const cuts = tokenizer.cutMany(distinct);
  return texts.map((t) => (t === '' ? NO_WORDS : cuts[index.get(t)!]));
}

/**
 * The subject of each figure in `text` (undefined where none is found): the clauses before the figures cut in one
 * call, then the clauses after those whose subject follows the figure (发布了25期…简报) in another.
 */
export function findSubjects(text: string, queries: readonly SubjectQuery[], tokenizer: Tokenizer): Array<string | undefined> {
  const lefts = cutEach(queries.map((q) => leftClause(text, q)), tokenizer);
  const befores = lefts.map((words) => {
    const last = words.at(-1);
    let n = words.length;
    while (n > 0 && RIGHT_DROP.has(words[n - 1])) n--;
    const before = leftSubject(words, n);
    const objectFollows = last !== undefined && (OBJECT_VERBS.has(last) || SUBJECT_FOLLOWS.has(last));
    return { before, lookRight: before === '' || objectFollows };
  });
  const rights = cutEach(queries.map((q, i) => (befores[i].lookRight ? rightClause(text, q.end) : '')), tokenizer);
  return befores.map(({ before }, i) => {
    const after = rights[i].length > 0 ? withoutLeadingVerb(rightSubject(rights[i])) : '';
    if (after) return after;
    const subject = withoutLeadingVerb(before);
    // 全年共发布133条: a verb alone does not say what was counted
    return subject && !OBJECT_VERBS.has(subject) ? subject : undefined;
  });
}
