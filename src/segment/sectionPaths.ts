// Section paths, computed once per section tree: every figure, table cell and indicator asks where it sits, so the
// tree's span boundaries are sorted once and each stretch between two boundaries keeps its path (binary search).
import type { Section } from '../schema/report.js';

/** The boundaries of a tree (sorted, distinct) and the path of each stretch [bounds[i], bounds[i + 1]). */
interface PathIndex {
  bounds: number[];
  paths: string[][];
}

const INDEX = new WeakMap<Section[], PathIndex>();

// a section's heading as a path part (line breaks inside a heading dropped)
function pathPart(section: Section): string {
  return section.heading.replace(/\s*\n\s*/g, '');
}

/** The path at `offset` read from the tree itself (the index is built from it, one call per stretch). */
function walkPath(sections: Section[], offset: number, parts: Map<Section, string>): string[] {
  const path: string[] = [];
  let level = sections;
  for (;;) {
    const hit = level.find((s) => s.span.start <= offset && offset < s.span.end);
    if (!hit) return path;
    let part = parts.get(hit);
    if (part === undefined) parts.set(hit, (part = pathPart(hit)));
    path.push(part);
    level = hit.children;
  }
}

function buildIndex(sections: Section[]): PathIndex {
  const all = new Set<number>();
  const visit = (level: Section[]) => {
    for (const s of level) {
      all.add(s.span.start);
      all.add(s.span.end);
      visit(s.children);
    }
  };
  visit(sections);
  const bounds = [...all].sort((a, b) => a - b);
  // no span starts or ends inside a stretch, so every section either holds all of it or none of it
  const parts = new Map<Section, string>();
  const paths = bounds.map((b) => walkPath(sections, b, parts));
  return { bounds, paths };
}

/** The headings of the sections that contain `offset`, outermost first (a heading broken over lines joined). */
export function sectionPathAt(sections: Section[], offset: number): string[] {
  let index = INDEX.get(sections);
  if (!index) INDEX.set(sections, (index = buildIndex(sections)));
  const { bounds, paths } = index;
  // the last boundary at or before offset (before the first: no section holds it; the last boundary's path is [])
  let lo = 0;
  let hi = bounds.length - 1;
  if (hi < 0 || offset < bounds[0]) return [];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return paths[lo].slice();
}
