import type { TaggedWord, Tokenizer } from './tokenizer.js';

/**
 * The subject of a figure — the phrase that says what is counted (主动公开政府信息2949条 → 主动公开政府信息,
 * 共接受市民咨询475次 → 市民咨询, 对全区现存的33个政务新媒体 → 政务新媒体). Found with jieba tags on a short
 * window next to the figure (never the whole text), plus the word lists below.
 */

// where a subject cannot reach across: clause punctuation, brackets, table pipes (《》 and “” stay inside)
const STOP_CHARS = /[,，。;；:：!！?？\n()（）[\]【】|、%\d]/;
const WINDOW = 24;
const MAX_SUBJECT = 12;

/** Words that end a subject on its left: the agency doing the counting, time words, connectives. */
const LEFT_BOUNDARY = new Set([
  '部门', '单位', '乡镇', '各乡镇', '我区', '全区', '全县', '全市', '全乡', '全镇', '我局', '我镇', '我乡', '本机关',
  '管委会', '本局', '我委', '我办', '全年', '今年', '本年', '本年度', '年度', '年', '其中', '共', '累计', '共计',
  '合计', '总计', '已', '已经', '目前', '此外', '同时', '并', '还', '另', '以及', '包括', '涉及', '通过',
]);
/** Words dropped from the right end of a subject: 达, 为, 共 … (主动公开信息数为121条 → 主动公开信息数). */
const RIGHT_DROP = new Set([
  '达', '为', '达到', '共', '共计', '计', '合计', '总计', '累计', '约', '近', '超', '超过', '逾', '突破', '是', '有',
  '了', '的', '等', '占', '分别', '分别为', '已', '已有', '均', '各', '共有', '将', '数为', '到', '已达', '高达',
]);
/** Pronoun-like words skipped inside a subject: 公开各类信息 → 公开信息. */
const SKIPPED = new Set(['各类', '各', '各项', '相关', '有关']);
// tags that end a subject: conjunction, preposition, pronoun, numeral, time word, punctuation, 的
const BOUNDARY_TAGS = new Set(['c', 'p', 'r', 'm', 't', 'x', 'uj', 'ul', 'q', 'f']);
// words after which the subject follows the figure: 发布了25期安全生产信息简报, 现存的33个政务新媒体
const SUBJECT_FOLLOWS = new Set(['的', '了', '等']);

function leftSubject(words: TaggedWord[]): string {
  let out = '';
  for (let i = words.length - 1; i >= 0; i--) {
    const { word, tag } = words[i];
    if (SKIPPED.has(word)) continue;
    const first = out === '';
    if (LEFT_BOUNDARY.has(word) || BOUNDARY_TAGS.has(tag) || (!first && tag === 'v')) break;
    if (out.length + word.length > MAX_SUBJECT) break;
    out = word + out;
  }
  return out;
}

function rightSubject(words: TaggedWord[]): string {
  let out = '';
  for (const { word, tag } of words) {
    if (BOUNDARY_TAGS.has(tag) && out !== '') break;
    if (BOUNDARY_TAGS.has(tag) || LEFT_BOUNDARY.has(word) || RIGHT_DROP.has(word)) break;
    if (out.length + word.length > MAX_SUBJECT) break;
    out += word;
  }
  return out;
}

/** The subject of the figure at [start, end) in `text`; `floor` is the end of the previous figure. */
export function findSubject(text: string, start: number, end: number, floor: number, tokenizer: Tokenizer): string | undefined {
  let left = text.slice(Math.max(floor, start - WINDOW), start);
  for (let i = left.length - 1; i >= 0; i--) {
    if (STOP_CHARS.test(left[i])) {
      left = left.slice(i + 1);
      break;
    }
  }
  left = left.replace(/\s+/g, '');
  const words = left ? tokenizer.tag(left) : [];
  const last = words.at(-1);
  while (words.length > 0 && RIGHT_DROP.has(words.at(-1)!.word)) words.pop();
  const before = leftSubject(words);
  const verbLast = last !== undefined && (last.tag === 'v' || SUBJECT_FOLLOWS.has(last.word));
  if (before === '' || verbLast) {
    let right = text.slice(end, end + WINDOW);
    const stop = right.search(STOP_CHARS);
    if (stop >= 0) right = right.slice(0, stop);
    right = right.replace(/\s+/g, '');
    if (/^[\u4e00-\u9fa5《“]/.test(right)) {
      const after = rightSubject(tokenizer.tag(right));
      if (after) return after;
    }
  }
  return before || undefined;
}
