// Before/after cost per stage of two source trees, in one process, rounds interleaved (a shared machine's load then
// falls on both alike): each tree's test/bench/stages.ts is bundled from its own src/ by esbuild.
// Usage: node test/bench/compare.mjs <treeA> <treeB> [--rounds 11] [--passes 5] [--cpu]
//   --cpu: this process's CPU time (user + system) instead of wall time: on a shared, loaded machine the time spent
//   waiting for a core is not counted (GC helper threads are)
//   a tree is a checkout holding src/ and test/bench/stages.ts, e.g. `git archive <commit> src test/bench | tar -x -C /tmp/a`
// Prints ms per pass over the corpus (fixtures/corpus + the seed page, as npm run bench reads them) per stage, the end
// to end time through `reportsOf`, MB/s, and each input's end-to-end median; the ratios also for the minimum and the
// 25th percentile of the rounds (many short rounds, e.g. --rounds 150 --passes 1, load-proof). Nothing is asserted.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../eval/cases.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const trees = args.filter((a, i) => !a.startsWith('--') && !/^--(rounds|passes)$/.test(args[i - 1] ?? '')).map((t) => resolve(t));
if (trees.length < 2) throw new Error('usage: node test/bench/compare.mjs <treeA> <treeB> [--rounds N] [--passes N]');
const ROUNDS = opt('--rounds', 11);
const PASSES = opt('--passes', 5);
const clock = args.includes('--cpu') ? () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e3; } : () => performance.now();

const esbuild = await import('esbuild');
mkdirSync(join(ROOT, 'out'), { recursive: true });
const libs = [];
for (const [i, tree] of trees.entries()) {
  const outfile = join(ROOT, `out/compare-${i}.mjs`); // under the repo, so the bundle finds node_modules
  await esbuild.build({ entryPoints: [join(tree, 'test/bench/stages.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, packages: 'external', logLevel: 'silent' });
  libs.push(await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`));
}
const corpus = join(ROOT, 'fixtures/corpus');
const inputs = readdirSync(corpus).filter((f) => /\.(txt|html)$/.test(f)).map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(corpus, f))) }));
inputs.push({ name: 'seed', bytes: new Uint8Array(readFileSync(join(ROOT, 'fixtures/seed/000_b61ef283626af920.txt'))) });
const bytes = inputs.reduce((s, i) => s + i.bytes.length, 0);

for (const lib of libs) for (let w = 0; w < 3; w++) for (const i of inputs) lib.timedParse(i.bytes, lib.zeroTimes(), true);
const rounds = libs.map(() => []);
const perInput = libs.map(() => inputs.map(() => []));
for (let r = 0; r < ROUNDS; r++) {
  // the trees take turns going first (a round's second half may run on a busier or quieter machine)
  for (const k of r % 2 ? [...libs.keys()].reverse() : [...libs.keys()]) {
    const lib = libs[k];
    const times = lib.zeroTimes();
    for (let p = 0; p < PASSES; p++) for (const i of inputs) lib.timedParse(i.bytes, times, true, clock);
    let endToEnd = 0;
    inputs.forEach((i, n) => {
      const t = clock();
      for (let p = 0; p < PASSES; p++) lib.fullParse(i.bytes);
      const ms = clock() - t;
      perInput[k][n].push(ms / PASSES);
      endToEnd += ms;
    });
    rounds[k].push({ ...times, endToEnd });
  }
}
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))];
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const col = (s) => String(s).padStart(12);
// the median moves with the neighbours' load; the minimum and the 25th percentile of many short rounds move less
console.log(`${'ms per pass (median)'.padEnd(24)}${trees.map((t) => col(t.split('/').pop())).join('')}    ratio (last / first): median  min  p25, ${ROUNDS} rounds × ${PASSES} passes`);
for (const key of Object.keys(rounds[0][0])) {
  const [m, lo, p25] = [median, (xs) => quantile(xs, 0), (xs) => quantile(xs, 0.25)].map((f) => rounds.map((rs) => f(rs.map((x) => x[key])) / PASSES));
  const ratio = (v) => (v.at(-1) / v[0]).toFixed(2);
  console.log(`${key.padEnd(24)}${m.map((v) => col(v.toFixed(2))).join('')}    ${ratio(m)}  ${ratio(lo)}  ${ratio(p25)}`);
}
const e2e = rounds.map((rs) => median(rs.map((x) => x.endToEnd)) / PASSES);
console.log(`${'MB/s end to end'.padEnd(24)}${e2e.map((ms) => col((bytes / 1e3 / ms).toFixed(2))).join('')}`);
console.log('\nper input, end to end (ms, MB/s)');
inputs.forEach((i, n) => {
  const m = perInput.map((p) => median(p[n]));
  console.log(`${i.name.slice(0, 30).padEnd(32)}${m.map((ms) => col(`${ms.toFixed(2)} ${(i.bytes.length / 1e3 / ms).toFixed(1)}`)).join('')}`);
});
