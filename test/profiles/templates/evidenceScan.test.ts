import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLE3_EVIDENCE_LABELS, TABLE4_EVIDENCE_LABELS, TABLE_EVIDENCE_HEADINGS, tablesPresent } from '../../../src/profiles/disclosure/templates/index.js';
import { labelText } from '../../../src/profiles/disclosure/tables/labels.js';
import { readInput } from '../../../src/input/index.js';

const FIXTURES = join(import.meta.dirname, '../../../fixtures');

/** The long way: every word looked for in the whole text. */
function tablesPresentSlow(labelText: string): Array<'表三' | '表四'> {
  const labels = labelText.replace(/[“”"]/g, '');
  const threeOf = (words: string[]) => words.filter((w) => labels.includes(w)).length >= 3;
  const out: Array<'表三' | '表四'> = [];
  if (TABLE_EVIDENCE_HEADINGS.表三.some((h) => labels.includes(h)) || threeOf(TABLE3_EVIDENCE_LABELS)) out.push('表三');
  if (TABLE_EVIDENCE_HEADINGS.表四.some((h) => labels.includes(h)) || threeOf(TABLE4_EVIDENCE_LABELS)) out.push('表四');
  return out;
}

const WORDS = [...TABLE_EVIDENCE_HEADINGS.表三, ...TABLE_EVIDENCE_HEADINGS.表四, ...TABLE3_EVIDENCE_LABELS, ...TABLE4_EVIDENCE_LABELS];

describe('tablesPresent: the words looked for from where the first of them stands', () => {
  it('answers as the word-by-word search on every fixture text (both kinds: prose-era and table-era)', () => {
    const answers = new Set<string>();
    let n = 0;
    for (const dir of ['corpus', 'seed', 'wild', 'shapes', 'burned', 'html']) {
      for (const f of readdirSync(join(FIXTURES, dir))) {
        const p = join(FIXTURES, dir, f);
        if (!statSync(p).isFile() || !/\.(txt|html?)$/.test(f)) continue;
        const labels = labelText(readInput(new Uint8Array(readFileSync(p)), {}).text);
        const answer = tablesPresent(labels);
        expect(answer, p).toEqual(tablesPresentSlow(labels));
        answers.add(answer.join());
        n++;
      }
    }
    expect(n).toBeGreaterThan(40);
    expect(answers.has('') && answers.has('表三,表四')).toBe(true);
  });

  it('answers as the word-by-word search on random texts of words, parts of words, quotes and noise', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const pieces = () => {
      const w = pick(WORDS);
      const r = random();
      if (r < 0.3) return w;
      if (r < 0.5) return w.slice(0, 1 + Math.floor(random() * (w.length - 1))); // a word's beginning
      if (r < 0.6) return w.slice(Math.floor(random() * w.length)); // its end: may complete a beginning before it
      if (r < 0.7) return `${w.slice(0, 2)}“${w.slice(2)}`; // a quote inside: dropped, the word joins up
      return pick(['本年', '政府信息公开', '申请', '情况', '结果', '，', '。', '1', '"', '属于']);
    };
    const seen = { 表三: 0, 表四: 0, none: 0 };
    for (let i = 0; i < 3000; i++) {
      let s = '';
      const n = Math.floor(random() * 12);
      for (let k = 0; k < n; k++) s += pieces();
      const answer = tablesPresent(s);
      expect(answer, s).toEqual(tablesPresentSlow(s));
      for (const t of answer) seen[t]++;
      if (answer.length === 0) seen.none++;
    }
    expect(Math.min(seen.表三, seen.表四, seen.none)).toBeGreaterThan(100);
  });
});
