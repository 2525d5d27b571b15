import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parseReport } from '../src/index.js';
import { tallyCells } from './golden/shapeCells.js';
it('x', () => {
  const e = JSON.parse(readFileSync('fixtures/shapes/062-plain.expected.json','utf8'));
  const r = parseReport(readFileSync('fixtures/shapes/062-plain.txt'));
  const t = tallyCells(r, e.cells);
  console.log(t.silent, r.indicators.format, r.warnings.map(w=>w.code+' '+w.message.slice(0,150)+' '+JSON.stringify(w.data?.keys ?? '').slice(0,200)));
});
