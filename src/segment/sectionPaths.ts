// Section paths: every figure, table cell and indicator asks where it sits. A report's tree is small (tens of
// sections, a few levels), so walking it from the root is cheaper than building an index of its boundaries first
// (measured: a sorted-boundary index with binary search cost 2-3x the walk per report, index build included).
import type { Section } from '../schema/report.js';

// a section's heading as a path part (line breaks inside a heading dropped), once per section: every fact asks
const PATH_PART = new WeakMap<Section, string>();
function pathPart(section: Section): string {
  if (!section.heading.includes('\n')) return section.heading; // most headings: nothing to join, no lookup
  let part = PATH_PART.get(section);
  if (part === undefined) {
    part = section.heading.replace(/\s*\n\s*/g, '');
    PATH_PART.set(section, part);
  }
  return part;
}

/** The headings of the sections that contain `offset`, outermost first (a heading broken over lines joined). */
export function sectionPathAt(sections: Section[], offset: number): string[] {
  const path: string[] = [];
  let level = sections;
  for (;;) {
    let hit: Section | undefined;
    for (const s of level) {
      if (s.span.start <= offset && offset < s.span.end) {
        hit = s;
        break;
      }
    }
    if (!hit) return path;
    path.push(pathPart(hit));
    level = hit.children;
  }
}
