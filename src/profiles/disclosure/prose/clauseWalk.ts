import { charTester } from '../../../input/chars.js';
import { CLAUSE_BREAK } from './proseRules.js';

/**
 * Walking from a figure to the edges of its clause or sentence in report text, where a line break may only be a PDF
 * line wrap (a soft break) and a half-width . may be a decimal point or a list number.
 */

/** How far a clause reaches on each side of its figure. */
export const CLAUSE_REACH = 60;

/**
 * Whether the line break at `i` continues a sentence: PDF extractions break lines inside words (予以公开及部\n分公开).
 * A break after a long line that does not end a sentence is soft; a break after a short line (a heading) is not.
 */
function softBreak(text: string, i: number): boolean {
  if (text[i] !== '\n' || text[i + 1] === '\n' || text[i - 1] === '\n') return false;
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  if (HARD_END.test(text[i - 1] ?? '')) return false;
  // a long line, or one already inside a sentence (2017年，我局主动公开政府信息\n2645条) that is not a heading
  const line = text.slice(lineStart, i);
  return i - lineStart >= 20 || (IN_SENTENCE.test(line) && !HEADING_START.test(line));
}

// a line ending in these ends its sentence; a line holding these is inside one; digits around a decimal point
const HARD_END = /[。；;！？!?：:]/;
const IN_SENTENCE = /[，,、]/;
const DIGIT = /[\d０-９]/;

// 一、 （二） 1. at a line start: a heading line, whose break is a hard one
const HEADING_START = /^\s*(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])/;

/** A half-width . inside a number (22.38) or after a list number (1.) is not a sentence end. */
function decimalPoint(text: string, i: number): boolean {
  return text[i] === '.' && (DIGIT.test(text[i + 1] ?? '') || DIGIT.test(text[i - 1] ?? ''));
}

/** Whether `i` ends a clause: a unit `stopAt` takes (the walk's pattern, its table looked up once), not a soft break or a decimal point. */
function isStop(text: string, i: number, stopAt: (s: string, i: number) => boolean): boolean {
  return stopAt(text, i) && !softBreak(text, i) && !decimalPoint(text, i);
}

// where the walks back stop: a sentence (category lists), a list item, a list of outcomes, a sentence for `single` rules
export const SENTENCE_STOP = /[。.\n]/;
export const ITEM_STOP = /[，,；;。：:.\n]/;
export const LIST_STOP = /[。；;.\n]/;
export const SHARED_STOP = /[。；;\n]/;

// each stop pattern's tester, made once (a walk per figure would otherwise make one)
const TESTERS = new WeakMap<RegExp, (s: string, i: number) => boolean>();
function testerOf(stop: RegExp): (s: string, i: number) => boolean {
  let tester = TESTERS.get(stop);
  if (!tester) TESTERS.set(stop, (tester = charTester(stop)));
  return tester;
}

/** Where the clause or sentence around `start` begins: back to the character after a stop, at most `reach` back. */
export function walkBack(text: string, start: number, stop: RegExp, reach: number): number {
  const stopAt = testerOf(stop);
  let from = start;
  while (from > 0 && start - from < reach && !isStop(text, from - 1, stopAt)) from--;
  return from;
}

/**
 * `walkBack` for starts asked in increasing order (figures in text order): a walk that reaches the previous start
 * goes no further — the characters below it were looked at by the previous walk — so each character of a sentence
 * is looked at once, not once per figure in it. Same answers as `walkBack`.
 */
export function backWalker(text: string, stop: RegExp, reach: number): (start: number) => number {
  const stopAt = testerOf(stop);
  let last = -1;
  let lastFrom = 0;
  return (start) => {
    let from = start;
    if (start < last) from = walkBack(text, start, stop, reach);
    else {
      while (from > 0 && start - from < reach && from > last && !isStop(text, from - 1, stopAt)) from--;
      // the previous walk went from `last` down to `lastFrom` (a stop, the text's start or its reach): so would this one,
      // unless its own reach ends it first
      if (from === last && from > 0 && start - from < reach) from = Math.max(lastFrom, start - reach);
    }
    last = start;
    lastFrom = from;
    return from;
  };
}

/** Where the clause or sentence after `end` ends: the first stop, at most `reach` on. */
export function walkForward(text: string, end: number, stop: RegExp, reach: number): number {
  const stopAt = testerOf(stop);
  let to = end;
  while (to < text.length && to - end < reach && !isStop(text, to, stopAt)) to++;
  return to;
}

/** The clause around a figure: from the previous separator to the next one, at most CLAUSE_REACH characters each way. */
export function clauseAround(text: string, start: number, end: number): string {
  // soft line breaks inside the clause are dropped so 部\n分公开 reads as 部分公开
  return text.slice(walkBack(text, start, CLAUSE_BREAK, CLAUSE_REACH), walkForward(text, end, CLAUSE_BREAK, CLAUSE_REACH)).replace(/\n/g, '');
}
