// How a person names the official report format a report follows (indicators.format): the 2019 and 2021 notices
// printed different tables, and prose-era reports have none.

/** 中文 name of each report format: `prose` → 文字版, `2019` → 2019版表格, `2021` → 2021版表格. */
export const REPORT_FORMAT_LABELS: Record<'prose' | '2019' | '2021', string> = {
  prose: '文字版', // before the 2019 notice: figures in sentences (主动公开政府信息2599条)
  '2019': '2019版表格', // 表二 with 本年新制作/本年新公开/对外公开总数量, one 其他处理 row in 表三
  '2021': '2021版表格', // 表二 with 本年制发/本年废止/现行有效, three 其他处理 rows in 表三
};

/** The 中文 name of a report format, or undefined when the format is unknown. */
export function reportFormatLabel(format: string | undefined): string | undefined {
  return format !== undefined && Object.hasOwn(REPORT_FORMAT_LABELS, format) ? REPORT_FORMAT_LABELS[format as keyof typeof REPORT_FORMAT_LABELS] : undefined;
}
