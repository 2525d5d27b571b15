import type { Section } from '../schema/report.js';

// 一、 at the start of a line — first version; see test/segment for the forms covered
const TOP_HEADING = /^[ \t]*([一二三四五六七八九十]+、)([^\n]*)$/gm;

/** Finds the numbered section tree of one report's text. */
export function findSections(text: string, norm: string = text): Section[] {
  const heads = [...norm.matchAll(TOP_HEADING)];
  return heads.map((m, i) => {
    const start = m.index! + (m[0].length - m[0].trimStart().length);
    const end = i + 1 < heads.length ? heads[i + 1].index! : text.length;
    const heading = text.slice(start, m.index! + m[0].length).trimEnd();
    return {
      marker: m[1],
      level: 1,
      ordinal: i + 1,
      title: heading.slice(m[1].length).trim(),
      heading,
      span: { start, end },
      headingSpan: { start, end: start + heading.length },
      children: [],
    };
  });
}

/** The titles of the sections that contain `offset`, outermost first. */
export function sectionPathAt(sections: Section[], offset: number): string[] {
  const path: string[] = [];
  let level = sections;
  for (;;) {
    const hit = level.find((s) => s.span.start <= offset && offset < s.span.end);
    if (!hit) return path;
    path.push(hit.heading);
    level = hit.children;
  }
}
