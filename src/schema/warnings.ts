import { z } from 'zod';

/**
 * Every warning code with its message in English and Chinese. Detection code only names the code;
 * the words live here (one table, like zod's locales).
 */
export const WARNING_MESSAGES = {
  DECODED_AS_GB18030: { en: 'Input was not valid UTF-8; decoded as GB18030', zh: '输入不是合法的 UTF-8，已按 GB18030 解码' },
  DECODED_AS_DETECTED: { en: 'Input was not valid UTF-8 and declared no encoding; decoded as the detected encoding', zh: '输入不是合法的 UTF-8 且未声明编码，已按检测到的编码解码' },
  CHARSET_MISMATCH: { en: 'The declared charset does not fit the bytes; decoded by content', zh: '声明的字符集与内容不符，已按内容解码' },
  REPLACEMENT_CHARACTERS: { en: 'Input contains undecodable bytes (U+FFFD)', zh: '输入含有无法解码的字节' },
  NO_REPORT_FOUND: { en: 'No report structure found', zh: '未找到报告结构' },
  YEAR_REDACTED: { en: 'The report year is redacted (20**年) and stays unknown', zh: '报告年份被隐去（20**年），年份未知' },
  YEAR_UNKNOWN: { en: 'The year the report covers was not found', zh: '未找到报告所属年度' },
  TOTAL_MISMATCH: { en: 'Parts do not add up to the stated total', zh: '分项之和与总计不符' },
  TOTAL_DERIVED: { en: 'Total was blank in the table and is derived from the row', zh: '表中总计为空，由分项相加得出' },
  IDENTITY_MISMATCH: { en: 'newReceived + carriedOver ≠ totalHandled + carriedForward', zh: '本年新收＋上年结转 ≠ 办理总计＋结转下年度' },
  TABLE_AMBIGUOUS: { en: 'A flattened table row has more than one consistent reading; no value is given', zh: '表格行有多种合理拆分，未给出数值' },
  TABLE_UNREADABLE: { en: 'A table row could not be read', zh: '表格行无法识别' },
  TABLE_INCOMPLETE: { en: 'The report carries an official table but some of its template cells were not read', zh: '报告含有统计表，但部分表格单元格未能读取' },
  BLANKS_AS_ZERO: { en: 'Blank cells read as 0: the table only adds up with them as 0', zh: '空白单元格按 0 读取：仅当其为 0 时表格各项之和才相符' },
  TABLE_TRUNCATED: { en: 'Table larger than the limit; the rest was not read', zh: '表格超过上限，超出部分未解析' },
  CONFLICTING_VALUES: { en: 'Two places give different values for the same indicator; the first is kept', zh: '同一指标有不同数值，保留第一个' },
  PROSE_TABLE_MISMATCH: { en: 'Prose and table disagree on a figure', zh: '正文与表格数值不一致' },
  HTML_TOO_DEEP: { en: 'HTML nesting deeper than the limit; inner content flattened', zh: 'HTML 嵌套过深，内部内容已平铺' },
  CARRY_OVER_MISMATCH: { en: 'Carried forward last year ≠ carried over this year', zh: '上年结转下年度 ≠ 本年上年结转' },
  DUPLICATE_REPORT: { en: 'Two reports for the same agency and year', zh: '同一机关同一年度有两份报告' },
  YEAR_GAP: { en: 'Years missing in the series', zh: '年度序列有缺失' },
  FIGURE_JUMP: { en: 'A figure changed by more than the set factor from one year to the next', zh: '数值较上年变化超过设定倍数' },
  FORMAT_CHANGED: { en: 'The indicator changed meaning between report formats', zh: '指标口径在报告格式间发生变化' },
  HEADING_MISSING: { en: 'A top-level heading is missing from the numbering (e.g. 二、 without 一、); nothing was guessed in its place', zh: '一级标题编号有缺失（如有“二、”而无“一、”），未作推测' },
  HEADING_INFERRED: { en: 'A top-level heading was found by its official title alone, its marker (一、) lost', zh: '一级标题编号（如“一、”）缺失，仅凭规定的标题文字识别' },
  PREAMBLE_PARTS_MISMATCH: { en: 'The preamble lists a different number of parts than the top-level headings found', zh: '报告开头所列部分数与找到的一级标题数不符' },
  CUMULATIVE_MISMATCH: { en: "Last year's cumulative total + this year's published ≠ this year's cumulative total", zh: '上年历年累计＋本年主动公开 ≠ 本年历年累计' },
} as const satisfies Record<string, { en: string; zh: string }>;

export type WarningCode = keyof typeof WARNING_MESSAGES;
export const WarningCodeSchema = z.enum(Object.keys(WARNING_MESSAGES) as [WarningCode, ...WarningCode[]]);

export const WarningSchema = z.object({
  code: WarningCodeSchema,
  message: z.string(),
  span: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
  /** Figures behind the warning (the numbers that disagree, the candidates of an ambiguous row …). */
  data: z.record(z.string(), z.unknown()).optional(),
});
export type Warning = z.infer<typeof WarningSchema>;

/** Builds a warning whose message comes from the table; `detail` is appended after a colon. */
export function makeWarning(
  code: WarningCode,
  detail?: string,
  extra: { span?: { start: number; end: number }; data?: Record<string, unknown> } = {},
): Warning {
  const base = WARNING_MESSAGES[code].en;
  return { code, message: detail ? `${base}: ${detail}` : base, ...extra };
}
