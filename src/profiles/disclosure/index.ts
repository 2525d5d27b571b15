export { readMetadata, type ReportMetadata } from './metadata/metadata.js';
export { readTables, type TableResult } from './tables/tables.js';
export { readIndicators, type IndicatorResult } from './indicators.js';
export { readStatTable, type StatTableResult } from './tables/statTable.js';
export { proseIndicators, proseValues } from './prose/proseIndicators.js';
export { checkReport, type ReportCheck, type TableCheck } from './tables/check.js';
