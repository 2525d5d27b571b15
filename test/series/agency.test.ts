import { describe, expect, it } from 'vitest';
import { normaliseAgency } from '../../src/series/agency.js';

describe('agency names grouped into one series (平潭 reports 2012–2024)', () => {
  it.each([
    ['平潭综合实验区管委会办公室', '平潭综合实验区', ['zoneOffice', 'zoneCommittee']],
    ['平潭综合实验区管委会办公室（汇总全区）', '平潭综合实验区', ['brackets', 'zoneOffice', 'zoneCommittee']],
    ['平潭综合实验区', '平潭综合实验区', []],
    ['上海市人民政府办公厅', '上海市人民政府办公厅', []],
    ['沭阳县发展和改革局', '沭阳县发展和改革局', []],
  ])('%s → %s', (name, key, steps) => {
    expect(normaliseAgency(name)).toEqual({ key, steps });
  });

  it('keeps the county before the zone apart unless an alias joins them', () => {
    expect(normaliseAgency('平潭县人民政府').key).toBe('平潭县人民政府');
    expect(normaliseAgency('平潭县人民政府', { 平潭县人民政府: '平潭综合实验区' })).toEqual({
      key: '平潭综合实验区',
      steps: ['alias:平潭综合实验区'],
    });
  });

  it('keeps redacted names as written, distinct from each other', () => {
    expect(normaliseAgency('***市人口和计划生育局').key).toBe('***市人口和计划生育局');
    expect(normaliseAgency('**市人口和计划生育局').key).not.toBe(normaliseAgency('***市人口和计划生育局').key);
  });
});
