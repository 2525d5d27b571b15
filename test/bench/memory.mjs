// Peak RSS for the same work, and what survives the young generation. The bench's RSS line follows a fixed 3 s of
// warm-up, so a faster commit does more work before it; compare commits with this instead, each in a fresh process,
// alternately, several runs each (docs/performance.md, ninth pass).
// Usage: node test/bench/memory.mjs [bundle = dist/index.js] [--passes 400] [--survivors 20]
//   --survivors N: also sample the allocations that outlive a scavenge (promoted, then freed by a mark-compact, or
//   still alive) over the passes and print the N heaviest allocation stacks — where promotion comes from.
import { readdirSync, readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../eval/cases.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const bundle = resolve(args.find((a, i) => !a.startsWith('--') && !/^--/.test(args[i - 1] ?? '')) ?? join(ROOT, 'dist/index.js'));
const PASSES = opt('--passes', 400);
const SURVIVORS = opt('--survivors', 0);

const lib = await import(pathToFileURL(bundle).href);
const corpus = join(ROOT, 'fixtures/corpus');
const inputs = [
  ...readdirSync(corpus).filter((f) => /\.(txt|html?)$/.test(f)).sort().map((f) => join(corpus, f)),
  ...readdirSync(join(ROOT, 'fixtures/seed')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'fixtures/seed', f)),
].map((p) => readFileSync(p));

let session;
if (SURVIVORS > 0) {
  session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: false });
}
for (let p = 0; p < PASSES; p++) for (const bytes of inputs) lib.parseReports(bytes);
const mb = (x) => (x / 1048576).toFixed(1);
console.log(`${bundle}: ${PASSES} passes over ${inputs.length} inputs — peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB, heap used now ${mb(process.memoryUsage().heapUsed)} MB`);

if (session) {
  const { profile } = await session.post('HeapProfiler.stopSampling');
  const byStack = new Map();
  const walk = (node, stack) => {
    const f = node.callFrame;
    const frames = [`${f.functionName || '(anon)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`, ...stack];
    if (node.selfSize) {
      const key = frames.slice(0, 3).join(' < ');
      byStack.set(key, (byStack.get(key) ?? 0) + node.selfSize);
    }
    for (const child of node.children) walk(child, frames);
  };
  walk(profile.head, []);
  const total = [...byStack.values()].reduce((a, b) => a + b, 0);
  console.log(`outlived a scavenge: ≈ ${(total / PASSES / 1e3).toFixed(0)} KB a pass (sampled); heaviest allocation stacks:`);
  for (const [key, size] of [...byStack].sort((a, b) => b[1] - a[1]).slice(0, SURVIVORS)) {
    console.log(`  ${(size / PASSES / 1e3).toFixed(1).padStart(8)} KB a pass  ${key}`);
  }
}
