import type { FormatVersion, Table2Column, Table2Row } from './types.js';

/** 表二 主动公开政府信息情况: rows (第二十条 items) and column headers of both versions. */

const BOTH: FormatVersion[] = ['2019', '2021'];

/** 表二's rows (第二十条 items), both versions. */
export const TABLE2_ROWS: Table2Row[] = [
  { key: 'regulations', label: '规章', keywords: ['规章'], formats: BOTH },
  // 2021: 行政规范性文件; 2019: 规范性文件
  { key: 'normativeDocuments', label: '行政规范性文件', keywords: ['规范性文件'], formats: BOTH },
  { key: 'licensing', label: '行政许可', keywords: ['行政许可'], formats: BOTH },
  { key: 'otherServices', label: '其他对外管理服务事项', keywords: ['对外管理服务'], formats: ['2019'] },
  { key: 'punishment', label: '行政处罚', keywords: ['行政处罚'], formats: BOTH },
  { key: 'enforcement', label: '行政强制', keywords: ['行政强制'], formats: BOTH },
  { key: 'fees', label: '行政事业性收费', keywords: ['事业性收费'], formats: BOTH },
  { key: 'procurement', label: '政府集中采购', keywords: ['集中采购'], formats: ['2019'] },
];

/** 表二's column headers, both versions; the header row above a group of rows says which apply. */
export const TABLE2_COLUMNS: Table2Column[] = [
  { key: 'issued', label: '本年制发件数', keywords: ['本年制发'], formats: ['2021'], unit: '件' },
  { key: 'repealed', label: '本年废止件数', keywords: ['本年废止'], formats: ['2021'], unit: '件' },
  { key: 'inForce', label: '现行有效件数', keywords: ['现行有效'], formats: ['2021'], unit: '件' },
  { key: 'newlyMade', label: '本年新制作数量', keywords: ['本年新制作'], formats: ['2019'] },
  { key: 'newlyPublished', label: '本年新公开数量', keywords: ['本年新公开'], formats: ['2019'] },
  { key: 'totalPublished', label: '对外公开总数量', keywords: ['对外公开总数'], formats: ['2019'] },
  { key: 'itemsLastYear', label: '上一年项目数量', keywords: ['上一年项目'], formats: ['2019'] },
  { key: 'itemsChange', label: '本年增/减', keywords: ['本年增/减', '本年增减', '增/减'], formats: ['2019'] },
  // 本年处理决定数量 (2021) / 处理决定数量 (2019) — decisions are counted in 件 (the readings of 022/024: 行政许可10690 件)
  { key: 'decisions', label: '本年处理决定数量', keywords: ['处理决定数'], formats: BOTH, unit: '件' },
  { key: 'amount', label: '本年收费金额（单位：万元）', keywords: ['收费金额'], formats: ['2021'], money: true },
  { key: 'projects', label: '采购项目数量', keywords: ['采购项目数'], formats: ['2019'] },
  { key: 'amount', label: '采购总金额', keywords: ['采购总金额'], formats: ['2019'], money: true },
];

/** Words of 表二 that are neither rows nor columns (section lines, the label column's header). */
export const TABLE2_FILLER = ['信息内容', '第二十条'];
