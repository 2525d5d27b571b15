import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/input/html.js';
import { cellValue } from '../../src/input/cellValue.js';
import type { Table } from '../../src/schema/report.js';

function expectSpansSlice(text: string, tables: Table[]): void {
  for (const table of tables) {
    for (const row of table.rows) {
      for (const cell of row) if (cell.span) expect(text.slice(cell.span.start, cell.span.end)).toBe(cell.text);
    }
  }
}

describe('cellValue: blank, 0 and / kept apart', () => {
  it.each<[string, number | null | undefined]>([
    ['26', 26],
    ['0', 0],
    ['', null],
    ['\u00a0 ', null],
    ['/', undefined],
    ['—', undefined],
    ['——', undefined],
    ['-', undefined],
    ['251000元', 251000],
    ['9116.36万元', 9116.36],
    ['88件', 88],
    ['26 件', 26],
    ['1,295', 1295],
    ['１２９５', 1295],
    ['17.46%', 17.46],
    ['零', 0],
    ['2 6', undefined],
    ['自然人', undefined],
    ['第二十条第（一）项', undefined],
    ['1'.repeat(400), undefined],
  ])('%j → %j', (text, value) => {
    expect(cellValue(text)).toBe(value);
  });
});

describe('HTML tables → grids', () => {
  const T3_HEAD =
    '<table><tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>' +
    '<tr><td rowspan="2"><p> </p><p>自然</p><p>人</p></td><td colspan="5">法人或其他组织</td><td rowspan="2">总<span>计</span></td></tr>' +
    '<tr><td><p>商业</p><p>企业</p></td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>' +
    '<tr><td colspan="3"><span>一</span><span>、本年新收政府信息公开申请数量</span></td><td>26</td><td><o:p> </o:p></td><td>&nbsp;</td><td></td><td></td><td></td><td>26</td></tr>' +
    '</table>';

  it('expands the 表三 corner (rowspan=3 colspan=3): covered cells repeat its text and point at [0,0]', () => {
    const { text, tables } = htmlToDocument(T3_HEAD);
    expect(tables).toHaveLength(1);
    const rows = tables[0].rows;
    expect(rows.map((r) => r.length)).toEqual([10, 10, 10, 10]);
    for (const [r, c] of [[0, 1], [0, 2], [1, 0], [2, 2]]) {
      expect(rows[r][c]).toMatchObject({ text: rows[0][0].text, origin: [0, 0] });
    }
    expect(rows[0][0].origin).toBeUndefined();
    expect(rows[1][3].text).toBe('自然人');
    expect(rows[2][3]).toMatchObject({ text: '自然人', origin: [1, 3] });
    expect(rows[2][4].text).toBe('商业企业');
    expect(rows[1][9].text).toBe('总计');
    expectSpansSlice(text, tables);
  });

  it('reads 26 | blank ×5 | 26 with blanks as null, not 0 (031’s empty 法人 columns)', () => {
    const { tables } = htmlToDocument(T3_HEAD);
    const row = tables[0].rows[3];
    expect(row[0].text).toBe('一、本年新收政府信息公开申请数量');
    expect(row.slice(3).map((c) => c.value)).toEqual([26, null, null, null, null, null, 26]);
  });

  it('writes each row as one line with tab-separated cells, so a cell span slices to the cell text', () => {
    const { text, tables } = htmlToDocument('<p>二、主动公开政府信息情况</p><table><tr><td>规范性文件</td><td>8</td><td>0</td><td>18</td></tr></table><p>三、收到</p>');
    expect(text).toBe('二、主动公开政府信息情况\n规范性文件\t8\t0\t18\n三、收到');
    expect(tables[0].span).toEqual({ start: 13, end: 25 });
    expect(text.slice(tables[0].span.start, tables[0].span.end)).toBe('规范性文件\t8\t0\t18');
    expect(tables[0].rows[0][3]).toMatchObject({ text: '18', value: 18, span: { start: 23, end: 25 } });
  });

  it('gives a blank cell an empty span at its place between the tabs', () => {
    const { text, tables } = htmlToDocument('<table><tr><td>予以公开</td><td></td><td>3</td></tr></table>');
    expect(text).toBe('予以公开\t\t3');
    expect(tables[0].rows[0][1]).toEqual({ text: '', value: null, span: { start: 5, end: 5 } });
  });

  it('names a table from its <caption>, or from a 表N line right above it, and not from a section heading', () => {
    const captioned = htmlToDocument('<table><caption>表四 政府信息公开行政复议、行政诉讼情况</caption><tr><td>行政复议</td><td>0</td></tr></table>');
    expect(captioned.tables[0].name).toBe('表四 政府信息公开行政复议、行政诉讼情况');
    expect(captioned.text.split('\n')[0]).toBe('表四 政府信息公开行政复议、行政诉讼情况');
    const labelled = htmlToDocument('<p>表三：收到和处理政府信息公开申请情况</p><table><tr><td>总计</td><td>26</td></tr></table>');
    expect(labelled.tables[0].name).toBe('表三：收到和处理政府信息公开申请情况');
    const heading = htmlToDocument('<p>三、收到和处理政府信息公开申请情况</p><table><tr><td>总计</td><td>26</td></tr></table>');
    expect(heading.tables[0].name).toBeUndefined();
  });

  it('joins a table the page split in two (nothing between, same width) and shifts the origins', () => {
    const part1 = '<table><tr><td rowspan="2">三、本年度办理结果</td><td>（一）予以公开</td><td>21</td></tr><tr><td>（二）部分公开</td><td>9</td></tr></table>';
    const part2 = '<table><tr><td rowspan="2"></td><td>（七）总计</td><td>75</td></tr><tr><td>x</td><td>1</td></tr></table>';
    const joined = htmlToDocument(`${part1}<p><br style="page-break-before:always"></p>${part2}`);
    expect(joined.tables).toHaveLength(1);
    expect(joined.tables[0].rows.map((r) => r[2].value)).toEqual([21, 9, 75, 1]);
    expect(joined.tables[0].rows[3][0]).toMatchObject({ text: '', origin: [2, 0] });
    expectSpansSlice(joined.text, joined.tables);
    const apart = htmlToDocument(`${part1}<p>四、政府信息公开行政复议、行政诉讼情况</p>${part2}`);
    expect(apart.tables).toHaveLength(2);
  });

  it('reads a page-layout table (one holding another table) as text, and the inner table as a grid', () => {
    const { text, tables } = htmlToDocument(
      '<table><tr><td>平潭综合实验区2022年度政府信息公开工作年度报告</td></tr><tr><td><p>全区收到申请75件</p>' +
        '<table><tr><td>行政许可</td><td>10690</td></tr></table></td></tr></table>',
    );
    expect(tables).toHaveLength(1);
    expect(tables[0].rows[0].map((c) => c.text)).toEqual(['行政许可', '10690']);
    expect(text).toBe('平潭综合实验区2022年度政府信息公开工作年度报告\n全区收到申请75件\n行政许可\t10690');
  });

  it('drops the page’s metadata table (索引号 / 发布机构 / 公开日期) even inside the article box', () => {
    const { text, tables } = htmlToDocument(
      '<div class="content"><table><tr><td>索引号</td><td>014314799/2024-00002</td><td>分类</td><td>信息公开年报</td></tr>' +
        '<tr><td>发布机构</td><td>沭阳县发展和改革局</td><td>公开日期</td><td>2024-01-17</td></tr></table>' +
        '<p>2023年，我局严格审签程序，全力做好政府信息公开工作。全年共审核发布各类公开政府信息249条。</p></div>',
    );
    expect(tables).toHaveLength(0);
    expect(text).toBe('2023年，我局严格审签程序，全力做好政府信息公开工作。全年共审核发布各类公开政府信息249条。');
  });

  it('handles rowspan=0, rowspans past the last row, colspan=5000 and overlapping cells without growing unbounded', () => {
    const { tables } = htmlToDocument(
      '<table><tr><td rowspan="0">a</td><td rowspan="99">b</td><td colspan="5000">c</td></tr><tr><td colspan="2">d</td></tr></table>',
    );
    const rows = tables[0].rows;
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveLength(1002);
    expect(rows[1].slice(0, 4).map((c) => c.text)).toEqual(['a', 'b', 'd', 'd']);
  });

  it('keeps a <td> written straight into <table> (no <tr>) as a row', () => {
    const { tables } = htmlToDocument('<table><td>行政处罚</td><td>2113</td></table>');
    expect(tables[0].rows[0].map((c) => c.value)).toEqual([undefined, 2113]);
  });
});

describe('row order', () => {
  it('keeps <thead> rows before the <tr>s that follow them outside any <tbody>', () => {
    const { tables } = htmlToDocument('<table><thead><tr><th>信息内容</th><th>本年处理决定数量</th></tr></thead><tr><td>行政许可</td><td>10690</td></tr></table>');
    expect(tables[0].rows.map((r) => r[0].text)).toEqual(['信息内容', '行政许可']);
  });
});
