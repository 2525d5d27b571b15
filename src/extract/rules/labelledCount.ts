import { charTable, matchAt, parseArabic, integerDigits } from '../numerals.js';
import { MEASURE_WORD_SOURCE } from '../measureWords.js';
import type { Candidate, Rule, ScanInput } from '../types.js';

/**
 * Figures with no measure word, named by a label that is itself a quantity (粉丝数 54373, 访问量：120万 is the count
 * rule's): the label must stand right before the number — after 为/达/： or a PDF line break at most. One entry per
 * label with a real example; the pattern is built from the table.
 */
export const QUANTITY_LABELS: ReadonlyArray<{ label: string; example: string; endsClause?: true }> = [
  { label: '粉丝数', example: '粉丝数\n54373' }, // issue 13, a report kept out of tuning (PDF text)
  { label: '粉丝量', example: '粉丝量 12000' },
  { label: '关注数', example: '关注数 3200' },
  { label: '访问量', example: '网站访问量 250000' },
  { label: '浏览量', example: '浏览量为 18000' },
  { label: '点击量', example: '点击量达 9000' },
  { label: '阅读量', example: '阅读量 56000' },
  { label: '下载量', example: '下载量 1200' },
  // the last count of a list whose measure word was left out (作为依申请公开信息数46条，不予公开信息数1402。); only a
  // number that ends its clause — a 统计表 row (主动公开信息数 条 425 1516) has its unit between, or figures after
  // (the example is the end of wild 029's sentence, burned; the word before it is a 表三 label, spelled only in templates/)
  { label: '信息数', example: '公开信息数1402。', endsClause: true },
];

const LABEL = new RegExp(`(?:${QUANTITY_LABELS.map((q) => q.label).join('|')})[ \\t]*(?:[:：]|为|达到?)?[ \\t]*(?:\\r?\\n[ \\t]*)?$`);
// what would make the number something else: a measure word or ten-thousands (the count rule reads those), a share,
// a date, a decimal or a digit run going on (a half-width . with no digit after is a sentence end: 1402.)
const NOT_BARE = new RegExp(`[ \\t]*(?:\\r?\\n[ \\t]*)?(?:${MEASURE_WORD_SOURCE}|万|亿|%|年|月|日|\\d|\\.(?=\\d))`, 'y');
const MAX_DIGITS = 9;
// the last characters of the labels (数, 量): a number with none of them in the 12 characters before it has no label
const LABEL_ENDS = charTable(QUANTITY_LABELS.map((q) => q.label.at(-1)).join(''));
const LABEL_REACH = 12;

/** Whether one of the labels' last characters stands in the `LABEL_REACH` characters before `at`. */
function mayHaveLabel(scan: string, at: number): boolean {
  for (let i = Math.max(0, at - LABEL_REACH); i < at; i++) if (LABEL_ENDS[scan.charCodeAt(i)] === 1) return true;
  return false;
}
// what may follow a number that must end its clause
// (a half-width . too when no digit follows: pages stored with ASCII stops write 不予公开信息数1402.)
const CLAUSE_END = /[，,。；;]|\.(?!\d)/y;

function extractLabelled({ scan, numbers }: ScanInput): Candidate[] {
  const out: Candidate[] = [];
  for (const run of numbers) {
    if (!run.arabic || !mayHaveLabel(scan, run.start) || integerDigits(run.text) > MAX_DIGITS || matchAt(NOT_BARE, scan, run.end)) continue;
    const label = LABEL.exec(scan.slice(Math.max(0, run.start - LABEL_REACH), run.start));
    if (!label) continue;
    const name = label[0].match(new RegExp(QUANTITY_LABELS.map((q) => q.label).join('|')))![0];
    if (QUANTITY_LABELS.find((q) => q.label === name)?.endsClause && !matchAt(CLAUSE_END, scan, run.end)) continue;
    out.push({
      kind: 'count', value: parseArabic(run.text), subject: name, start: run.start, end: run.end,
      numStart: run.start, numEnd: run.end, rule: 'count.labelled',
    });
  }
  return out;
}

/** Figures named by a quantity label with no measure word: 粉丝数\n54373 → 54373 (粉丝数). */
export const labelledCountRule: Rule = { id: 'labelledCount', extract: extractLabelled };
