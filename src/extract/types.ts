import type { Fact, FactKind } from '../schema/report.js';
import type { Approx } from './approx.js';
import type { NumberRun } from './numerals.js';

/** What a rule sees: the report's text and its same-length normalised copy (offsets are shared). */
export interface ScanInput {
  readonly text: string;
  /** `normalizeForMatching(text)`, except that a full-width `，` stays `，` (never a thousands separator). */
  readonly scan: string;
  /** Every number run in `scan`, in order (found once, shared by the rules). */
  readonly numbers: readonly NumberRun[];
  /** The ascending offsets in `scan` of every character some rule names in its `marks` (found in the same walk). */
  readonly marks: readonly number[];
}

/** A figure a rule found, before refinement; offsets index both `text` and `scan`. */
export interface Candidate {
  kind: FactKind;
  value: number | string;
  unit?: string;
  approx?: Approx;
  zeroBy?: 'negation';
  /** The whole figure: approximation words, number, multiplier, measure word. */
  start: number;
  end: number;
  /** Where the number itself stands (checked against non-measurement spans). */
  numStart: number;
  numEnd: number;
  rule: string;
  /** Set by rules that know what they measure (negations); otherwise found by `findSubject`. */
  subject?: string;
  /** Whether the number was written in Chinese numerals (两次) — those get stricter checks. */
  chinese?: boolean;
}

/** One way of writing a figure: a function from the text to candidates (chrono-node's parser, in small). */
export interface Rule {
  readonly id: string;
  /** Characters (no numerals) whose offsets the rule reads from `ScanInput.marks`: its phrasings start with them. */
  readonly marks?: string;
  extract(input: ScanInput): Candidate[];
}

export type { Fact };
