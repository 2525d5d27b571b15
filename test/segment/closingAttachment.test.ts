import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeForMatching, readInput } from '../../src/input/index.js';
import { checkSections, findSections } from '../../src/segment/index.js';
import { OFFICIAL_TITLES, keepsNumberAt } from '../../src/segment/officialTitles.js';

/**
 * The closing attachment keeps the number the template gives it though parts before it were left out: `…四、政府信息
 * 公开工作存在的主要问题及改进情况…日常化。七、附表 指标名称…` (wild 023, burned in the second round of session 5 —
 * fixtures/burned/README.md; 五、 and 六、 are not in the report). Only a title marked `keepsNumber` in
 * OFFICIAL_TITLES (附表, …政府信息公开情况统计表) may skip numbers; the gap is named by a HEADING_MISSING warning.
 */
const read = (path: string) => readInput(readFileSync(new URL(`../../fixtures/${path}.txt`, import.meta.url))).text;

function top(text: string) {
  const norm = normalizeForMatching(text);
  const sections = findSections(text, norm);
  return { headings: sections.filter((s) => s.level === 1).map((s) => s.heading), warnings: checkSections(norm, sections) };
}

// wild 023 up to its 七、 (the real text: 一、 – 四、, the body of 四、 ending …日常化。)
const report023 = read('burned/023-pingtan-czj-2016');
const BEFORE = report023.slice(0, report023.indexOf('七、附表'));

describe('a closing attachment that keeps its template number (七、附表 after 四、)', () => {
  it('wild 023 (burned): 一、–四、 then 七、附表, the gap named by a warning', () => {
    const { headings, warnings } = top(read('burned/023-pingtan-czj-2016'));
    expect(headings).toEqual([
      '一、 概述',
      '二、主动公开政府信息情况',
      '三、政府信息依申请公开工作情况',
      '四、政府信息公开工作存在的主要问题及改进情况',
      '七、附表',
    ]);
    expect(warnings.filter((w) => w.code === 'HEADING_MISSING').map((w) => w.data)).toEqual([{ missing: [5, 6] }]);
    // the preamble's 共五个部分 now agrees with the headings found
    expect(warnings.filter((w) => w.code === 'PREAMBLE_PARTS_MISMATCH')).toEqual([]);
  });
  it('the long title of corpus 009 keeps its number the same way (七、…政府信息公开情况统计表 after 四、)', () => {
    const { headings } = top(`${BEFORE}七、平潭综合实验区政府信息公开情况统计表 指标名称计量单位2015年度`);
    expect(headings.at(-1)).toBe('七、平潭综合实验区政府信息公开情况统计表');
  });
  it.each([
    ['七、需要说明的事项 无。', 'an official title that is not the attachment'],
    ['七、加强培训指导工作，确保公开及时。', 'a list item in the body'],
    ['九、附表 指标名称计量单位', 'beyond the template\'s eight parts'],
    ['还有七、附表 指标名称计量单位', 'glued to the word before it'],
  ])('%s: no heading (%s)', (tail) => {
    expect(top(`${BEFORE}${tail}`).headings.at(-1)).toBe('四、政府信息公开工作存在的主要问题及改进情况');
  });
  it('wild 043: 七、附表 in sequence after 六、 is found as before, with no warning', () => {
    const { headings, warnings } = top(read('wild/043-pingtan-yaojian-2011'));
    expect(headings.at(-1)).toBe('七、附表');
    expect(warnings.filter((w) => w.code === 'HEADING_MISSING')).toEqual([]);
  });
  it('only the attachment titles keep their number, each example read by keepsNumberAt', () => {
    const keep = OFFICIAL_TITLES.filter((t) => t.keepsNumber);
    expect(keep.map((t) => t.part)).toEqual([8]);
    for (const t of keep) for (const e of t.examples) expect(keepsNumberAt(e, e.indexOf('、') + 1), e).toBe(true);
    for (const t of OFFICIAL_TITLES.filter((x) => !x.keepsNumber)) for (const e of t.examples) expect(keepsNumberAt(e, e.indexOf('、') + 1), e).toBe(false);
  });
});
