// Whole-text passes per report: a regex scan started at offset 0 (or any run of a pattern without g/y), or a string
// search (includes / indexOf / lastIndexOf) from the start, whose subject is at least half the report's text — counted
// by patching RegExp.prototype.exec and the String methods, over the 12 corpus reports and the seed's 10 reports
// parsed one by one. Also every regex run of any length (exec, test, and the String methods that call them): a count
// of work that machine load does not move, for before/after comparisons of small changes.
// Usage: node test/bench/passes.mjs [path/to/dist/index.js]   (docs/performance.md quotes it)
import { readFileSync, readdirSync } from 'node:fs';
import { ROOT } from '../eval/cases.mjs';

const { parseReports } = await import(process.argv[2] ?? `${ROOT}/dist/index.js`);
const fx = `${ROOT}/fixtures`;
const inputs = readdirSync(`${fx}/corpus`).filter((f) => /\.(txt|html)$/.test(f)).map((f) => new Uint8Array(readFileSync(`${fx}/corpus/${f}`)));
const seedPath = `${fx}/seed/000_b61ef283626af920.txt`;
const seedText = readFileSync(seedPath, 'utf8');
for (const r of parseReports(new Uint8Array(readFileSync(seedPath)))) inputs.push(new TextEncoder().encode(seedText.slice(r.source.pageSpan.start, r.source.pageSpan.end)));

let min = Infinity;
let count = 0;
let runs = 0;
let on = false;
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (s) {
  if (on) runs++;
  if (on && typeof s === 'string' && s.length >= min && ((!this.global && !this.sticky) || this.lastIndex === 0)) count++;
  return exec.call(this, s);
};
for (const name of ['includes', 'indexOf', 'lastIndexOf']) {
  const orig = String.prototype[name];
  String.prototype[name] = function (x, from) {
    const fromStart = from === undefined || (name === 'lastIndexOf' ? from >= this.length - 1 : from === 0);
    if (on && this.length >= min && fromStart) count++;
    return orig.call(this, x, from);
  };
}
const f1 = (x) => x.toFixed(1);
const per = [];
for (const bytes of inputs) {
  min = Math.min(...parseReports(bytes).map((r) => r.text.length)) / 2;
  count = 0;
  on = true;
  const reports = parseReports(bytes);
  on = false;
  per.push(count / reports.length);
}
per.sort((a, b) => a - b);
const mean = per.reduce((s, x) => s + x, 0) / per.length;
const kb = inputs.reduce((n, b) => n + b.length, 0) / 1000;
console.log(`${per.length} reports: passes over the text per report mean ${mean.toFixed(1)}, median ${per[per.length >> 1]}, min ${per[0]}, max ${per.at(-1)}`);
console.log(`regex runs: ${runs} over the ${per.length} reports (${f1(runs / kb)} per KB of input, ${f1(runs / per.length)} per report)`);
