/**
 * Types of the template registry: the official tables of the annual report format as data (DESIGN §1, §3).
 */

/** The two versions of the official format: 2019 (国办公开办函〔2019〕60号) and 2021 (国办公开办函〔2021〕30号). */
export type FormatVersion = '2019' | '2021';

/** One row of 表三, in the official order. */
export interface Table3Row {
  /** Key under `indicators.applications`, dotted (`denied.stateSecret`). */
  key: string;
  /** The printed number (`一、`, `（一）`, `1.`). */
  number: string;
  /** The printed label with its number, as the 2021 format prints it (`1.属于国家秘密`). */
  label: string;
  /** A shorter name for columns and pages, when the official label is a sentence. */
  short?: string;
  /** Group label the row sits under, if any (`（三）不予公开`). */
  group?: string;
  /** Phrases that identify the row anywhere in its label (normalised text): the label and its known variants. */
  keywords: string[];
  /** Phrases that identify the row only when the label ENDS with them (`3.其他`, `（七）总计`). */
  endsWith?: string[];
  /** Format versions that have this row. */
  formats: FormatVersion[];
  /** An outcome row: its columns add up, with the other outcome rows, to （七）总计. */
  outcome?: true;
  /** How facts name the row when its label alone says too little (`（七）总计`). */
  subject?: string;
}

/** A column of 表三 (applicant type) or 表四 (outcome). */
export interface ColumnLabel {
  key: string;
  /** The printed header. */
  label: string;
  /** The header above it, when the column sits under one (`法人或其他组织` over `商业企业`). */
  group?: string;
  /** The header text, normalised, must equal one of these. */
  exact: string[];
}

/** 表二 row (第二十条 item). `key` is under `indicators.proactive`. */
export interface Table2Row {
  key: string;
  label: string;
  keywords: string[];
  formats: FormatVersion[];
}

/** 表二 column header. `money`: the column holds an amount (万元 or 元, per its header). */
export interface Table2Column {
  key: string;
  label: string;
  keywords: string[];
  formats: FormatVersion[];
  money?: true;
  /** Measure word of the counts in this column, when the header gives one (件数 → 件). */
  unit?: string;
}

/** An identity a correct table satisfies: the cells `parts` add up to the cell `total` (keys relative to the table). */
export interface Identity {
  /** What the identity says, in the table's words. */
  name: string;
  parts: string[];
  /** Subtracted parts (一 + 二 − 四 = （七）总计). */
  minus?: string[];
  total: string;
}
