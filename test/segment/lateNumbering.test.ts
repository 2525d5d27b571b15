import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeForMatching, readInput } from '../../src/input/index.js';
import { checkSections, findSections } from '../../src/segment/index.js';
import { lostLeadingTitles } from '../../src/segment/bareTitles.js';

/**
 * A top-level numbering that starts late (三、) because the first parts lost their markers, their official titles
 * standing bare before it: `…邮箱：ptgazfxxgk@163.com。概述2016年，我局…。政府信息主动公开情况（一）…。三、依申请公开
 * 政府信息情况2016年，…` (wild 050, burned in session 5 — fixtures/burned/README.md). Tested on that report, on
 * development reports with their 一、 二、 markers taken out the same way, and on texts that must not be read so.
 */
const read = (path: string) => readInput(readFileSync(new URL(`../../fixtures/${path}.txt`, import.meta.url))).text;

function top(text: string) {
  const norm = normalizeForMatching(text);
  const sections = findSections(text, norm);
  return { sections, headings: sections.filter((s) => s.level === 1).map((s) => s.heading), warnings: checkSections(norm, sections) };
}

/** The real text with its 一、 and 二、 top-level markers taken out where a heading stands (after 。 or a gap). */
const withoutFirstTwo = (text: string) => text.replace(/(^|[。）)\s])[一二]、\s*/gu, '$1');

describe('a numbering that starts at 三、 after its first parts lost their markers', () => {
  it('wild 050 (burned): 概述 and 政府信息主动公开情况 are the lost 一、 二、, 三、–六、 follow', () => {
    const { sections, headings, warnings } = top(read('burned/050-pingtan-gaj-2016'));
    expect(headings).toEqual([
      '概述',
      '政府信息主动公开情况',
      '三、依申请公开政府信息情况',
      '四、政府信息公开的收费及减免情况',
      '五、因政府信息公开申请行政复议、提起行政诉讼情况',
      '六、存在的主要问题及改进措施',
    ]);
    // （一）（二） under the second part, one level down
    expect(sections[1].children.map((c) => [c.marker, c.level])).toEqual([['（一）', 2], ['（二）', 2]]);
    // the two inferred headings are named by a warning each
    expect(warnings.filter((w) => w.code === 'HEADING_INFERRED').map((w) => (w.data as { title: string }).title)).toEqual(['概述', '政府信息主动公开情况']);
  });

  it.each([
    ['wild/043-pingtan-yaojian-2011', ['概述', '主动公开政府信息的情况', '三、依申请公开信息和不予公开政府信息的情况']],
    ['wild/013-pingtan-nyn-2016', ['概述', '政府信息主动公开情况', '三、政府信息依申请公开办理情况']],
    ['corpus/009-a-pingtan-2015', ['概述', '主动公开政府信息情况', '三、政府信息依申请公开工作情况']],
  ])('%s with its 一、 二、 taken out', (path, first) => {
    const text = withoutFirstTwo(read(path));
    expect(text).not.toMatch(/[。\s]一、概述/);
    expect(top(text).headings.slice(0, 3)).toEqual(first);
  });

  it('needs every part before the first number: 概述 alone before 三、 is not enough', () => {
    const text = '如有疑问请联系本局。概述2016年，我局认真做好各项工作。三、依申请公开政府信息情况2016年，我局未收到申请。';
    expect(lostLeadingTitles(normalizeForMatching(text), text.indexOf('三、'), 3)).toEqual([]);
    expect(top(text).headings).toEqual([]);
  });

  it('does not take a list of contents in the preamble for the lost titles (050: 本年报包括概述、主动公开政府信息情况、…)', () => {
    const text = read('burned/050-pingtan-gaj-2016');
    const norm = normalizeForMatching(text);
    const found = lostLeadingTitles(norm, text.indexOf('三、依申请'), 3);
    expect(found.map((b) => text.slice(b.start, b.end))).toEqual(['概述', '政府信息主动公开情况']);
    expect(found.every((b) => b.start > text.indexOf('本年报包括'))).toBe(true);
    expect(found[0].start).toBe(text.indexOf('概述2016年'));
  });

  it('as published, the development reports keep their own 一、 二、 (nothing inferred)', () => {
    for (const path of ['wild/043-pingtan-yaojian-2011', 'wild/013-pingtan-nyn-2016', 'corpus/009-a-pingtan-2015']) {
      const { sections, warnings } = top(read(path));
      expect(sections[0].marker, path).toBe('一、');
      expect(warnings.some((w) => w.code === 'HEADING_INFERRED'), path).toBe(false);
    }
  });
});
