// The pipeline's pieces timed alone, one tree or two trees A/B: each piece's inputs (decoded text, sections, facts) are
// prepared once by the tree's own pipeline, so a round times that piece only (readTables without the extraction
// before it). Many short rounds, the trees taking turns; min, 25th percentile and median, which a shared machine's
// load moves less than single timings (docs/performance.md, fifth pass).
// Usage: node test/bench/pieces.mjs <tree> [<treeB>] [--rounds 200] [--pieces tables,disclose] [--only 'regex on file names']
//   a tree is a checkout holding src/, e.g. `git archive <commit> src | tar -x -C /tmp/a`; with one tree the pieces are
//   only timed (profile one with `node --cpu-prof test/bench/pieces.mjs . --pieces tables --rounds 500`)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../eval/cases.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const trees = args.filter((a, i) => !a.startsWith('--') && !/^--(rounds|pieces|only)$/.test(args[i - 1] ?? '')).map((t) => resolve(t));
if (trees.length < 1) throw new Error('usage: node test/bench/pieces.mjs <tree> [<treeB>] [--rounds N] [--pieces a,b] [--only regex]');
const ROUNDS = Number(opt('--rounds', 200));

const esbuild = await import('esbuild');
mkdirSync(join(ROOT, 'out'), { recursive: true });
const libs = [];
for (const [i, tree] of trees.entries()) {
  const entry = join(ROOT, `out/pieces-entry-${i}.ts`);
  const src = (p) => JSON.stringify(join(tree, 'src', p));
  writeFileSync(entry, [
    `export { readInput, normalizeForMatching } from ${src('input/index.js')};`,
    `export { splitReports, findSections, sectionPathAt } from ${src('segment/index.js')};`,
    `export { extractFacts } from ${src('extract/index.js')};`,
    `export { readDisclosure } from ${src('profiles/disclosure/index.js')};`,
    `export { readTables } from ${src('profiles/disclosure/tables/tables.js')};`,
    `export { readMetadata } from ${src('profiles/disclosure/metadata/metadata.js')};`,
    `export { reportsOf } from ${src('parse.js')};`,
  ].join('\n'));
  const outfile = join(ROOT, `out/pieces-${i}.mjs`); // under the repo, so the bundle finds node_modules
  await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, packages: 'external', logLevel: 'silent' });
  libs.push(await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`));
}

const corpus = join(ROOT, 'fixtures/corpus');
let inputs = readdirSync(corpus).filter((f) => /\.(txt|html)$/.test(f)).map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(corpus, f))) }));
inputs.push({ name: 'seed', bytes: new Uint8Array(readFileSync(join(ROOT, 'fixtures/seed/000_b61ef283626af920.txt'))) });
if (opt('--only')) inputs = inputs.filter((i) => new RegExp(opt('--only')).test(i.name));
const bytes = inputs.reduce((s, i) => s + i.bytes.length, 0);

/** Each report of the inputs as the stages before disclosure leave it (read by `L`'s own pipeline). */
function prepare(L) {
  const out = [];
  for (const i of inputs) {
    const page = L.readInput(i.bytes, {});
    const pageNorm = L.normalizeForMatching(page.text);
    for (const s of L.splitReports(page.text, pageNorm)) {
      const text = page.text.slice(s.start, s.end);
      const norm = pageNorm.slice(s.start, s.end);
      const sections = L.findSections(text, norm);
      out.push({ text, norm, sections, facts: L.extractFacts(text, norm, sections).facts, htmlTables: s.start === 0 ? page.tables : [] });
    }
  }
  return out;
}
const prepared = libs.map(prepare);
const PIECES = {
  read: (L) => { for (const i of inputs) L.readInput(i.bytes, {}); },
  split: (L, P) => { for (const r of P) L.splitReports(r.text, r.norm); },
  segment: (L, P) => { for (const r of P) L.findSections(r.text, r.norm); },
  extract: (L, P) => { for (const r of P) L.extractFacts(r.text, r.norm, r.sections); },
  tables: (L, P) => { for (const r of P) L.readTables(r.text, r.norm, r.sections, r.htmlTables); },
  metadata: (L, P) => { for (const r of P) L.readMetadata(r.text, r.norm, r.sections, r.facts); },
  disclose: (L, P) => { for (const r of P) L.readDisclosure({ text: r.text, norm: r.norm, sections: r.sections, facts: r.facts, htmlTables: r.htmlTables, pathAt: (o) => L.sectionPathAt(r.sections, o) }); },
  endToEnd: (L) => { for (const i of inputs) L.reportsOf(L.readInput(i.bytes, {})); },
};
const names = opt('--pieces') ? opt('--pieces').split(',') : Object.keys(PIECES);
for (let w = 0; w < 5; w++) for (const k of names) for (const [j, L] of libs.entries()) PIECES[k](L, prepared[j]);
const times = names.map(() => libs.map(() => []));
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 ? [...libs.keys()].reverse() : [...libs.keys()];
  names.forEach((k, n) => {
    for (const j of order) {
      const t = performance.now();
      PIECES[k](libs[j], prepared[j]);
      times[n][j].push(performance.now() - t);
    }
  });
}
const q = (xs, p) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))];
const three = (xs) => [0, 0.25, 0.5].map((p) => q(xs, p).toFixed(2)).join(' / ');
console.log(`${inputs.length} inputs, ${(bytes / 1e3).toFixed(1)} KB, ${ROUNDS} rounds; ms per pass: min / p25 / median${libs.length > 1 ? '  (ratio B/A of each)' : ''}`);
names.forEach((k, n) => {
  const [a, b] = times[n];
  const ratio = b ? `   ratio ${[0, 0.25, 0.5].map((p) => (q(b, p) / q(a, p)).toFixed(3)).join(' / ')}` : '';
  console.log(`${k.padEnd(10)} A ${three(a).padEnd(22)}${b ? ` B ${three(b).padEnd(22)}` : ''}${ratio}`);
});
