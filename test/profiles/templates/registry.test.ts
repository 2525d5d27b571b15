import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorLabel, indicatorUnit } from '../../../src/profiles/disclosure/templates/keyLabels.js';
import {
  INDICATOR_UNITS,
  TABLE2_COLUMNS,
  TABLE2_ROWS,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  TABLE4_GROUPS_PRINTED,
  TABLE4_OUTCOMES,
  table3Identities,
  table3Rows,
  table4Identities,
  unitOf,
} from '../../../src/profiles/disclosure/templates/index.js';
import { leafKeys } from '../../../src/cli/columns.js';
import { IndicatorsSchema } from '../../../src/schema/indicators.js';

const doc = readFileSync(new URL('../../../docs/indicators.md', import.meta.url), 'utf8');
const docLine = (key: string) => doc.split('\n').find((l) => l.startsWith(`| \`${key}\``));

describe('docs/indicators.md agrees with the template registry', () => {
  it.each(TABLE3_ROWS.map((r) => [r.key, r]))('表三 row %s: the doc line names its printed label', (key, r) => {
    const line = docLine(key as string);
    expect(line, `no line for ${key}`).toBeDefined();
    expect(line).toContain(r.label);
  });
  it.each(TABLE3_COLUMNS.map((c) => [c.key, c]))('表三 column %s: printed header (under its group)', (key, c) => {
    expect(docLine(key as string)).toContain(c.group ? `${c.group}：${c.label}` : c.label);
  });
  it.each(TABLE4_GROUPS_PRINTED.map((g) => [g.key, g]))('表四 group %s', (key, g) => {
    expect(docLine(key as string)).toContain(g.parent ? `${g.parent}：${g.label}` : g.label);
  });
  it('表四 outcomes, 表二 rows and columns are in the doc', () => {
    for (const o of TABLE4_OUTCOMES) expect(doc).toContain(`\`${o.key}\` ${o.label}`);
    for (const r of TABLE2_ROWS.filter((x) => x.key !== 'fees' && x.key !== 'procurement')) expect(docLine(`${r.key}.*`)).toContain(r.label);
    for (const c of TABLE2_COLUMNS.filter((x) => !x.money && x.key !== 'projects')) expect(doc).toContain(c.label.replace(/^本年处理/, '处理'));
  });
});

describe('the registry', () => {
  it('2021 表三 has 25 figure rows (175 cells), 2019 has 23 (one （六）其他处理 row)', () => {
    expect(table3Rows('2021').length * TABLE3_COLUMNS.length).toBe(175);
    expect(table3Rows('2019').map((r) => r.key)).toContain('otherHandling');
    expect(table3Rows('2019')).toHaveLength(23);
  });

  it('every number-valued indicator key has a 中文 label for each segment', () => {
    const english = leafKeys(IndicatorsSchema)
      .filter((k) => k.kind === 'number')
      .map((k) => ({ key: k.key, label: indicatorLabel(k.key) }))
      .filter((x) => /[A-Za-z]/.test(x.label));
    expect(english).toEqual([]);
  });

  it('otherOrg is the official 法人或其他组织 · 其他', () => {
    expect(indicatorLabel('applications.newReceived.otherOrg', ' · ')).toBe('依申请公开 · 本年新收 · 法人或其他组织 · 其他');
    expect(indicatorLabel('applications.notProcessed.confirmation')).toBe('依申请公开·不予处理·要求行政机关确认或重新出具已获取信息');
  });

  it.each(INDICATOR_UNITS.map((u) => [u.unit, u.example]))('unit %s (%s)', (unit) => {
    expect(INDICATOR_UNITS.find((u) => u.unit === unit)).toBeDefined();
  });
  it('units of keys: money and percent for the façade, every unit for the series', () => {
    expect(unitOf('proactive.feesTenThousandYuan')).toBe('万元');
    expect(unitOf('proactive.regulations.issued')).toBe('件');
    expect(unitOf('proactive.totalPublished')).toBe('条');
    expect(unitOf('applications.newReceived.total')).toBe('件');
    expect(indicatorUnit('feesCollectedYuan')).toBe('元');
    expect(indicatorUnit('applications.newReceived.total')).toBeUndefined();
  });
});

// 022-b-pingtan-2022 表三 as the human reading gives it (fixtures/corpus/022-b-pingtan-2022.gold.json)
const gold = JSON.parse(readFileSync(new URL('../../../fixtures/corpus/022-b-pingtan-2022.gold.json', import.meta.url), 'utf8'));

describe('the identities hold on a real table and fail on a changed one', () => {
  const values = new Map<string, number>();
  const rows = table3Rows('2021');
  const t3 = Object.values(gold.table3 as Record<string, number[]>);
  rows.forEach((r, i) => TABLE3_COLUMNS.forEach((c, j) => values.set(`${r.key}.${c.key}`, t3[i][j])));
  const holds = (id: { parts: string[]; minus?: string[]; total: string }, v: Map<string, number>) =>
    id.parts.reduce((s, k) => s + v.get(k)!, 0) - (id.minus ?? []).reduce((s, k) => s + v.get(k)!, 0) === v.get(id.total);
  it('022: every 表三 identity holds', () => {
    expect(t3).toHaveLength(rows.length);
    for (const id of table3Identities('2021')) expect(holds(id, values), id.name).toBe(true);
  });
  it('022 with 予以公开·自然人 changed: the row sum and both column identities fail', () => {
    const changed = new Map(values).set('granted.naturalPerson', values.get('granted.naturalPerson')! + 1);
    const failing = table3Identities('2021').filter((id) => !holds(id, changed)).map((id) => id.name);
    expect(failing).toHaveLength(2);
  });
  it('表四: 022 groups add up', () => {
    const t4 = gold.table4 as Record<string, Record<string, number>>;
    const v = new Map<string, number>();
    Object.values(t4).forEach((cells, g) => TABLE4_OUTCOMES.forEach((o) => v.set(`${TABLE4_GROUPS_PRINTED[g].key}.${o.key}`, cells[o.label])));
    for (const id of table4Identities()) expect(holds(id, v), id.name).toBe(true);
  });
});
