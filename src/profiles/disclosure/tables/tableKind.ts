// Which official table a grid is (表二/表三/表四): from the words its label cells hold, else from its caption.
import type { Table } from '../../../schema/report.js';
import { TABLE3_ROWS, labelText } from './labels.js';
import { TABLE2_ARTICLE, TABLE2_LABEL_HEADER, table2RowPattern, table3GroupWord, table3RowWord, table4OutcomeWord } from '../templates/index.js';

export type TableKind = '表二' | '表三' | '表四';

// the words that tell the official tables apart (read from the registry)
const KIND_WORDS = {
  newReceived: table3RowWord('newReceived'),
  granted: table3RowWord('granted'),
  denied: table3GroupWord('denied'),
  pending: table4OutcomeWord('pending'),
  upheld: table4OutcomeWord('upheld'),
  corrected: table4OutcomeWord('corrected'),
  table2Rows: new RegExp(table2RowPattern(['regulations', 'licensing', 'punishment', 'fees'])),
};

/** 表二 / 表三 / 表四 from the words the table holds, else from its caption; undefined for any other table. */
export function tableKind(table: Table): TableKind | undefined {
  const k = KIND_WORDS;
  let words = '';
  // 本年新收 decides at once (the first test below): looked for in each cell's words with the few characters before
  // them (a search of the growing words would flatten them again at every cell)
  let before = '';
  const keep = k.newReceived.length - 1;
  for (const row of table.rows.slice(0, 40)) {
    for (const cell of row) {
      if (cell.origin || cell.value !== undefined) continue;
      const t = labelText(cell.text);
      const near = before + t;
      if (near.includes(k.newReceived)) return '表三';
      before = near.length > keep ? near.slice(near.length - keep) : near;
      words += t;
    }
  }
  // the second half of a 表三 split over two <table>s has no 本年新收 but several of its row words (counted only then)
  if (words.includes(k.newReceived) || (words.includes(k.granted) && words.includes(k.denied)) || rowWords(words, 4)) return '表三';
  if (words.includes(k.pending) || (words.includes(k.upheld) && words.includes(k.corrected))) return '表四';
  if (words.includes(TABLE2_ARTICLE) || (words.includes(TABLE2_LABEL_HEADER) && k.table2Rows.test(words))) return '表二';
  // the words decide; a caption (表三：…) only when they do not (reports number their tables differently)
  const named = /表\s*([二三四])/.exec(table.name ?? '');
  return named ? (`表${named[1]}` as TableKind) : undefined;
}

/** Whether at least `enough` 表三 rows have a keyword in `words`. */
function rowWords(words: string, enough: number): boolean {
  let n = 0;
  for (const r of TABLE3_ROWS) if (r.keywords.some((k) => words.includes(k)) && ++n >= enough) return true;
  return false;
}

