export { readMetadata, type ReportMetadata } from './metadata.js';
export { readTables, type TableResult } from './tables.js';
export { readIndicators, type IndicatorResult } from './indicators.js';
