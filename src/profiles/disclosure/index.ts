export { readMetadata, type ReportMetadata } from './metadata.js';
export { readTables, type TableResult } from './tables.js';
export { readIndicators, type IndicatorResult } from './indicators.js';
export { readStatTable, type StatTableResult } from './statTable.js';
export { proseIndicators, proseValues } from './proseIndicators.js';
export { checkReport, type ReportCheck, type TableCheck } from './tables/check.js';
