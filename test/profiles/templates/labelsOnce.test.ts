/**
 * The template registry (src/profiles/disclosure/templates/) is the only place an official table label is spelled:
 * no string, template or regular-expression literal elsewhere in src/ may contain a printed row, group or column
 * label of 表二/表三/表四 (comments may: they quote the table to explain the code). Words too short to be a label
 * by themselves (其他, 总计, 规章 …) are not checked: they name many things besides a table cell.
 * Prose rules are not table labels: the files in PROSE match the words reports write in sentences (我局无不予公开
 * 政府信息情况, 行政复议案) and the section titles; they are listed by name, each with why.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { TABLE2_COLUMNS, TABLE2_FILLER, TABLE2_ROWS, TABLE3_COLUMNS, TABLE3_GROUPS, TABLE3_ROWS, TABLE4_GROUPS_PRINTED, TABLE4_OUTCOMES } from '../../../src/profiles/disclosure/templates/index.js';

const SRC = join(import.meta.dirname, '../../../src');
const REGISTRY = join(SRC, 'profiles/disclosure/templates');

/** Files of prose rules (by name, wherever they move): they match sentence words, not table labels. */
const PROSE: Record<string, string> = {
  'negation.ts': 'sentences that deny a figure (我局无不予公开政府信息情况), with their real examples',
  'negationScope.ts': 'what a denial sentence covers (未收到有关政府信息公开行政复议申请)',
  'officialTitles.ts': 'section titles of the report (四、政府信息公开行政复议、行政诉讼情况), not table rows',
  'bareTitles.ts': 'section titles that lost their 一、 markers, with the real text they stand in (…行政诉讼情况行政复议)',
  'proseRules.ts': 'prose-era sentences (同意部分公开, 行政事业性收费 as spending)',
  'proseIndicators.ts': 'outcome words listed in one sentence (同意公开、部分公开和免予公开…:0条)',
  'statTableRows.ts': 'the prose-era 统计表 (同意部分公开答复数, 行政复议数): another table than 表二/三/四',
};
const isProse = (path: string) => Object.hasOwn(PROSE, path.split('/').pop()!);

/** The printed words of every official row, group and column (without 一、/（一）/1. and trailing notes). */
export function officialLabels(): string[] {
  const bare = (label: string, number = '') => label.slice(number.length).replace(/（[^（）]*）$/, '');
  const words = [
    ...TABLE3_ROWS.map((r) => bare(r.label, r.number)),
    ...TABLE3_GROUPS.map((g) => bare(g.label, g.number)),
    ...TABLE3_COLUMNS.map((c) => c.label),
    ...TABLE4_GROUPS_PRINTED.map((g) => g.label),
    ...TABLE4_OUTCOMES.map((o) => o.label),
    ...TABLE2_ROWS.map((r) => r.label),
    ...TABLE2_COLUMNS.map((c) => bare(c.label)),
    // 信息内容 heads 表二's label column; 第二十条 is not checked: it is the regulation's article, quoted in prose too
    ...TABLE2_FILLER.filter((w) => !w.startsWith('第')),
  ];
  return [...new Set(words)].filter((w) => [...w].length >= 4);
}

/** Every .ts file under `dir`. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The literals of a source file (strings, templates, regular expressions) with their line numbers. */
export function literals(path: string, source = readFileSync(path, 'utf8')): Array<{ text: string; line: number }> {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
  const out: Array<{ text: string; line: number }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isRegularExpressionLiteral(node)) {
      out.push({ text: node.text, line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** `file:line “label” in literal` for every official label spelled in a literal outside the registry. */
export function spelledOutside(labels: string[], paths: string[]): string[] {
  const found: string[] = [];
  for (const path of paths) {
    for (const lit of literals(path)) {
      const text = lit.text.replace(/\\/g, '').replace(/\s+/g, '');
      for (const label of labels) if (text.includes(label)) found.push(`${relative(SRC, path)}:${lit.line} “${label}” in ${JSON.stringify(lit.text.slice(0, 60))}`);
    }
  }
  return found;
}

describe('the registry is the only place a table label is spelled', () => {
  const labels = officialLabels();

  it('knows the labels it checks (表三 rows, 表四 outcomes, 表二 columns)', () => {
    expect(labels).toEqual(expect.arrayContaining(['本年新收政府信息公开申请数量', '属于国家秘密', '结转下年度继续办理', '结果维持', '尚未审结', '本年制发件数', '未经复议直接起诉', '信息内容']));
  });

  it('every file it sets aside as prose exists (a renamed file is checked again, not silently skipped)', () => {
    const names = new Set(files(SRC).map((p) => p.split('/').pop()!));
    expect(Object.keys(PROSE).filter((n) => !names.has(n))).toEqual([]);
  });

  it('no literal in src/ outside templates/ spells an official label', () => {
    const paths = files(SRC).filter((p) => !p.startsWith(REGISTRY) && !isProse(p));
    expect(spelledOutside(labels, paths)).toEqual([]);
  });

  it('the check can fail: a literal that spells 属于国家秘密, or 结果维持 inside a regular expression, is found', () => {
    const probe = join(REGISTRY, '..', 'probe.ts');
    const source = "const a = '1.属于国家秘密';\nconst b = /结果维持|纠正/;\n// 属于国家秘密 in a comment is fine\n";
    const lits = literals(probe, source);
    const texts = lits.map((l) => l.text.replace(/\s+/g, ''));
    expect(labels.filter((label) => texts.some((t) => t.includes(label)))).toEqual(['属于国家秘密', '结果维持']);
  });
});
