// Every other fixture input (all folders but corpus, seed and the held-out readings): the shapes the bench's corpus
// lacks (GBK and Big5 bytes, PDF text layouts, generated table shapes, hostile pages, the wild reports), each timed
// in one rotation over all of them as the corpus inputs are. Shown, not a target: a slow shape found here is a lead
// (the undeclared GBK pages, 1.4 MB/s before session 8, were found this way).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SKIP = new Set(['corpus', 'seed', 'heldout']);
// below this a per-byte rate measures a parse's fixed cost, not the shape (the hostile pages of a few hundred bytes)
const MIN_BYTES = 1000;

/** The text and HTML fixture files outside the corpus (1 KB and more), with their bytes; those refused are left out. */
function shapeInputs(lib, root) {
  const inputs = [];
  const fixtures = join(root, 'fixtures');
  for (const dir of readdirSync(fixtures).sort()) {
    if (SKIP.has(dir) || !statSync(join(fixtures, dir)).isDirectory()) continue;
    for (const name of readdirSync(join(fixtures, dir)).sort()) {
      const path = join(fixtures, dir, name);
      if (!/\.(txt|html?)$/.test(name) || !statSync(path).isFile()) continue;
      const bytes = readFileSync(path);
      if (bytes.length < MIN_BYTES) continue;
      try {
        lib.parseReports(bytes);
      } catch {
        continue; // a page made to be refused (binary, empty): its error is the reading
      }
      inputs.push({ file: relative(fixtures, path), bytes });
    }
  }
  return inputs;
}

/** Median parse time of each shape in a rotation (`rounds` after 3 warm-up rounds), slowest first. */
export function timeShapes(lib, root, now, rounds = 15) {
  const inputs = shapeInputs(lib, root);
  const times = inputs.map(() => []);
  for (let r = 0; r < rounds + 3; r++) {
    inputs.forEach((input, k) => {
      const t = now();
      lib.parseReports(input.bytes);
      if (r >= 3) times[k].push(now() - t);
    });
  }
  return inputs
    .map((input, k) => {
      const ms = times[k].sort((a, b) => a - b)[times[k].length >> 1];
      return { file: input.file, kb: input.bytes.length / 1000, ms, mbps: input.bytes.length / 1e6 / (ms / 1000) };
    })
    .sort((a, b) => a.mbps - b.mbps);
}
