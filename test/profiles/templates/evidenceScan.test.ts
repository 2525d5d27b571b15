import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLE3_EVIDENCE_LABELS, TABLE4_EVIDENCE_LABELS, TABLE_EVIDENCE_HEADINGS, mayCarryTables, tablesPresent } from '../../../src/profiles/disclosure/templates/index.js';
import { labelText, labelTextOfNormalised } from '../../../src/profiles/disclosure/tables/labels.js';
import { tableEvidence } from '../../../src/profiles/disclosure/tables/incomplete.js';
import { fixtureReports } from '../../helpers/fixtureReports.js';
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

describe('mayCarryTables: the evidence words looked for before label text is made', () => {
  // the long condition: an evidence word in the label text with its quotes dropped (what `tablesPresent` looks for first)
  const anyWordSlow = (norm: string) => {
    const labels = labelTextOfNormalised(norm).replace(/[“”"]/g, '');
    return WORDS.some((w) => labels.includes(w));
  };

  it('the words hold none of the characters dropped between them', () => {
    for (const w of WORDS) expect(/[\s*#|“”"]/.test(w), w).toBe(false);
  });

  it('answers as the label text does on every fixture report, and tableEvidence with the skip as without it', () => {
    const seen = { skipped: 0, read: 0 };
    for (const r of fixtureReports(['corpus', 'seed', 'wild', 'burned', 'shapes', 'html'])) {
      const may = mayCarryTables(r.norm);
      expect(may, r.path).toBe(anyWordSlow(r.norm));
      // normalised = false takes the long way (label text made, no skip); normalising is idempotent
      expect(tableEvidence(r.norm, true), r.path).toEqual(tableEvidence(r.norm, false));
      seen[may ? 'read' : 'skipped']++;
    }
    expect(Math.min(seen.skipped, seen.read)).toBeGreaterThan(10);
  });

  it('answers as the label text does on words broken by spaces, line breaks, marks and quotes, and on near misses', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    // dropped between characters (the word joins up) or not (the word is broken): 、 ， 1 x 情 are kept in label text
    const GAPS = [' ', '\n', '\t', '  \n ', '*', '#', '|', '**', '“', '”', '"', ' “ ', '\u3000', '、', '，', '1', 'x', '情'];
    const counts = { yes: 0, no: 0 };
    for (let i = 0; i < 3000; i++) {
      let s = pick(['', '本年度', '。\n', '情况']);
      const n = 1 + Math.floor(random() * 3);
      for (let k = 0; k < n; k++) {
        const w = pick(WORDS);
        const r = random();
        if (r < 0.15) s += w;
        else if (r < 0.8) {
          // the word with one to three gaps put between its characters
          const chars = [...w];
          for (let g = 1 + Math.floor(random() * 3); g > 0; g--) chars.splice(1 + Math.floor(random() * (chars.length - 1)), 0, pick(GAPS));
          s += chars.join('');
        } else if (r < 0.9) s += w.slice(0, 1 + Math.floor(random() * (w.length - 1))); // a word's beginning
        else s += w.slice(1); // its end
        s += pick(['', ' ', '，', '\n']);
      }
      const may = mayCarryTables(s);
      expect(may, JSON.stringify(s)).toBe(anyWordSlow(s));
      expect(tableEvidence(s, true), JSON.stringify(s)).toEqual(tableEvidence(s, false));
      counts[may ? 'yes' : 'no']++;
    }
    expect(Math.min(counts.yes, counts.no)).toBeGreaterThan(500);
  });
});
