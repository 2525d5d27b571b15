import { asWritten, withoutBreaks, type Found } from './agencyName.js';

/**
 * The agency rule that reads the body naming itself as the report's compiler (我区管委会办公室编制完成了本报告), the
 * place taken from the title.
 */

// 我区管委会办公室编制完成了本报告 — 我区 is the place the title names (平潭综合实验区), so the body is
// 平潭综合实验区管委会办公室. A bare 区管委会办公室编制 (no 我) names no place and is left to the title.
const COMPILER = /我(区|市|县|省|镇|乡)([一-龥]{2,12}?(?:办公室|办公厅|管委会|委员会|局|中心))编制(?:完成)?了?本(?:年度)?报告/;

// COMPILER's 编制 with the line breaks it is read across: where the text has none, COMPILER cannot match
const COMPILED = /编\n*制/;

// COMPILER's 我 stands 5 to 17 characters (line breaks not counted) before its 编制: 我, the place, a name of 2–12
// characters and an ending of up to 3. A body where no 我 stands so near an 编制 holds no match, and is not copied.
const COMPILER_REACH = 17;
const COMPILED_ALL = new RegExp(COMPILED.source, 'g');

/** Whether a 我 stands within COMPILER_REACH characters (line breaks not counted) before an 编制 of `norm` from `from`. */
function nearCompiled(norm: string, from: number): boolean {
  COMPILED_ALL.lastIndex = from;
  for (let m = COMPILED_ALL.exec(norm); m; m = COMPILED_ALL.exec(norm)) {
    for (let i = m.index - 1, seen = 0; i >= from && seen < COMPILER_REACH; i--) {
      if (norm[i] === '\n') continue;
      if (norm[i] === '我') return true;
      seen++;
    }
  }
  return false;
}

/** The body that says it compiled the report (我区管委会办公室编制…), joined to the title's place; `near` skips bodies without `nearCompiled`. */
export function compiler(text: string, norm: string, from: number, titleName?: Found, near = true): Found | undefined {
  if (!titleName || !(near ? nearCompiled(norm, from) : COMPILED.test(from ? norm.slice(from) : norm))) return undefined;
  // read with line breaks dropped (PDF text: 我区管\n委会办公室编制完成了本\n报告)
  const { flat: body, at } = withoutBreaks(norm, from);
  const m = COMPILER.exec(body);
  if (!m) return undefined;
  const cut = titleName.value.lastIndexOf(m[1]);
  if (cut < 1) return undefined;
  const place = titleName.value.slice(0, cut + 1);
  const start = at(m.index + 1);
  const end = at(m.index + 1 + m[2].length) + 1;
  // The value joins the title's place with the body's words; the span is where the body says it.
  return { value: place + asWritten(text, { start: start + 1, end }), span: { start, end } };
}
