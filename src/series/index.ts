export { compareReports, flattenIndicators, figuresOf, indicatorUnit, FORMAT_SENSITIVE, type Series, type SeriesRow, type SeriesWarning, type AgencySeries, type ReportRef, type SeriesOptions } from './compare.js';
export { normaliseAgency, placelessRule, AGENCY_STEPS, PLACELESS } from './agency.js';
