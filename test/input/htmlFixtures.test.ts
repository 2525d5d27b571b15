import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readInput } from '../../src/input/index.js';
import type { Cell, Table } from '../../src/schema/report.js';

/**
 * The HTML fixtures in fixtures/html/ reproduce real-page quirks with real figures; their `.expected.json` files were
 * written from the gold readings of the reports the figures come from (see each file's `figuresFrom`).
 */
interface Merged {
  origin: [number, number];
  rowspan: number;
  colspan: number;
}
interface ExpectedTable {
  rows: number;
  cols: number;
  merged?: Merged[];
  blank?: Array<[number, number]>;
  table3?: Record<string, number[]>;
  lastRow?: number[];
  rowValues?: Record<string, number[]>;
  texts?: Record<string, string[]>;
}
interface Expected {
  encoding: string;
  warnings: string[];
  quotes: string[];
  absent: string[];
  tables: ExpectedTable[];
}

const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url);
const load = (name: string) => readInput(new Uint8Array(readFileSync(fixture(name))));

// leading 一、 / （三） / 1. of a 表三 row label: the gold keys are written without them
const ROW_NUMBER = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/;

/** The data row whose most specific label (rightmost text cell) is the gold key: exactly, else the one row starting with it. */
function rowByLabel(table: Table, key: string): Cell[] {
  const labelOf = (row: Cell[]) => {
    const labels = row.filter((c) => c.value === undefined && c.text !== '');
    return labels.length ? labels[labels.length - 1].text.replace(/\s/g, '').replace(ROW_NUMBER, '') : '';
  };
  const data = table.rows.filter((row) => row[row.length - 1].value !== undefined); // not the header rows
  const exact = data.filter((row) => labelOf(row) === key);
  if (exact.length === 1) return exact[0];
  const prefixed = data.filter((row) => labelOf(row).startsWith(key));
  expect(prefixed, `one row labelled ${key}`).toHaveLength(1);
  return prefixed[0];
}

function checkTable(table: Table, want: ExpectedTable, text: string): void {
  expect(table.rows).toHaveLength(want.rows);
  expect(Math.max(...table.rows.map((r) => r.length))).toBe(want.cols);
  for (const { origin: [r0, c0], rowspan, colspan } of want.merged ?? []) {
    const origin = table.rows[r0][c0];
    expect(origin.origin, `[${r0},${c0}] is an origin`).toBeUndefined();
    for (let r = r0; r < r0 + rowspan; r++) {
      for (let c = c0; c < c0 + colspan; c++) {
        if (r === r0 && c === c0) continue;
        expect(table.rows[r][c], `[${r},${c}] covered by [${r0},${c0}]`).toMatchObject({ text: origin.text, origin: [r0, c0] });
      }
    }
  }
  for (const [r, c] of want.blank ?? []) expect(table.rows[r][c]).toMatchObject({ text: '', value: null });
  for (const [key, values] of Object.entries(want.table3 ?? {})) {
    expect(rowByLabel(table, key).slice(-7).map((c) => c.value), key).toEqual(values);
  }
  if (want.lastRow) expect(table.rows[table.rows.length - 1].map((c) => c.value)).toEqual(want.lastRow);
  for (const [label, values] of Object.entries(want.rowValues ?? {})) {
    const row = table.rows.find((r) => r[0].text === label)!;
    expect(row.filter((c) => !c.origin && typeof c.value === 'number').map((c) => c.value), label).toEqual(values);
  }
  for (const [label, texts] of Object.entries(want.texts ?? {})) {
    const row = table.rows.find((r) => r[0].text === label)!;
    expect(row.filter((c) => !c.origin).slice(1).map((c) => c.text), label).toEqual(texts);
  }
  for (const row of table.rows) for (const cell of row) if (cell.span) expect(text.slice(cell.span.start, cell.span.end)).toBe(cell.text);
}

describe.each(['mso-word-022-table3', 'split-table3-034', 'gbk-nocharset-022-tables'])('fixtures/html/%s.html', (name) => {
  const expected = JSON.parse(readFileSync(fixture(`html/${name}.expected.json`), 'utf8')) as Expected;
  const doc = load(`html/${name}.html`);

  it('decodes with the expected encoding and warnings', () => {
    expect(doc.encoding).toBe(expected.encoding);
    expect(doc.warnings.map((w) => w.code)).toEqual(expected.warnings);
  });

  it('keeps the report text (title, prose, headings) and drops the site chrome and Word markup', () => {
    for (const quote of expected.quotes) expect(doc.text, quote).toContain(quote);
    for (const chrome of expected.absent) expect(doc.text, chrome).not.toContain(chrome);
  });

  it('gives every table as a grid with the figures of the source report', () => {
    expect(doc.tables).toHaveLength(expected.tables.length);
    expected.tables.forEach((want, i) => checkTable(doc.tables[i], want, doc.text));
  });
});

describe('031 沭阳县发展和改革局 2023 (a real saved page)', () => {
  const gold = JSON.parse(readFileSync(fixture('corpus/031-b-shuyang-fgj-2023.gold.json'), 'utf8')) as {
    facts: Array<{ quote: string }>;
    sections: string[];
    table3: Record<string, number[]>;
    table4: Record<string, Record<string, number>>;
  };
  const doc = load('corpus/031-b-shuyang-fgj-2023.html');

  it('holds every quote of the gold reading and every section heading', () => {
    const missing = gold.facts.map((f) => f.quote).filter((q) => !doc.text.includes(q));
    expect(missing).toEqual([]);
    for (const heading of gold.sections) expect(doc.text).toContain(heading);
  });

  it('leaves out the site header, navigation, metadata table, scripts and footer', () => {
    for (const chrome of ['繁體版', '走进沭阳', '索引号', '014314799/2024-00002', 'websiteId', '智能问答', '采集时间']) {
      expect(doc.text).not.toContain(chrome);
    }
    expect(doc.text.startsWith('沭阳县发展和改革局2023年政府信息公开年度报告\n根据《中华人民共和国政府信息公开条例》')).toBe(true);
  });

  it('reads 表二, 表三 (28 × 10, 三、本年度办理结果 rowspan=22) and 表四 (4 × 15) as grids', () => {
    expect(doc.tables.map((t) => [t.rows.length, Math.max(...t.rows.map((r) => r.length))])).toEqual([
      [14, 4],
      [28, 10],
      [4, 15],
    ]);
    const t3 = doc.tables[1];
    for (let r = 6; r <= 26; r++) expect(t3.rows[r][0]).toMatchObject({ text: '三、本年度办理结果', origin: [5, 0] });
  });

  it('表三 matches the gold reading; the empty 法人 cells stay blank (null), which the gold reads as 0', () => {
    const t3 = doc.tables[1];
    for (const [key, values] of Object.entries(gold.table3)) {
      const cells = rowByLabel(t3, key).slice(-7);
      expect(cells.map((c) => c.value ?? 0), key).toEqual(values);
      expect(cells.slice(1, 6).every((c) => c.value === null), key).toBe(true);
    }
  });

  it('表四 matches the gold reading', () => {
    const t4 = doc.tables[2];
    const want = ['行政复议', '行政诉讼_未经复议直接起诉', '行政诉讼_复议后起诉'].flatMap((k) =>
      ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((c) => gold.table4[k][c]),
    );
    expect(t4.rows[3].map((c) => c.value)).toEqual(want);
  });
});
