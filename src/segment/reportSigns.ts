// Whether a text is a disclosure report at all. Every real report names what it reports on; a text that names none of
// these (a JSON file, a news page, a README saved as .txt) gets NO_REPORT_FOUND instead of an empty report in silence.
import { makeWarning, type Warning } from '../schema/warnings.js';

/** Words every 政府信息公开工作年度报告 uses, each with a real example. */
export const REPORT_SIGNS: Array<{ word: string; example: string }> = [
  { word: '信息公开', example: '平潭综合实验区2019年度政府信息公开工作年度报告' },
  { word: '政务公开', example: '（二）政务公开工作 — 2021 format section heading' },
  { word: '主动公开', example: '本年度主动公开政府信息2599条' },
  { word: '依申请公开', example: '二、依申请公开政府信息情况' },
];

const SIGNS = new RegExp(REPORT_SIGNS.map((s) => s.word).join('|'));

/** NO_REPORT_FOUND when the text names none of the report's subjects, else nothing. */
export function noReportWarnings(norm: string): Warning[] {
  return SIGNS.test(norm) ? [] : [makeWarning('NO_REPORT_FOUND', `no mention of ${REPORT_SIGNS.map((s) => s.word).join(', ')}`)];
}
