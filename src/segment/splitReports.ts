/** Where one report sits in a page's text. */
export interface ReportSlice {
  start: number;
  end: number;
  /** The marker that opened it (篇1), if the page had several. */
  marker?: string;
}

// 篇1 / 篇 2 / 第3篇 on a line of its own — the seed page's separators
const PIECE_MARKER = /^[ \t]*(?:篇\s*(\d+)|第\s*([一二三四五六七八九十\d]+)\s*篇)[ \t]*$/gm;

/** Splits a page into its reports at 篇N markers; a page without them is one report. */
export function splitReports(text: string, norm: string = text): ReportSlice[] {
  const marks = [...norm.matchAll(PIECE_MARKER)];
  if (marks.length < 2) return [{ start: 0, end: text.length }];
  return marks.map((m, i) => ({
    start: m.index!,
    end: i + 1 < marks.length ? marks[i + 1].index! : text.length,
    marker: m[0].trim(),
  }));
}
