export { splitReports, type ReportSlice } from './splitReports.js';
export { findSections, sectionPathAt } from './sections.js';
export { noReportWarnings, REPORT_SIGNS } from './reportSigns.js';
export { checkSections } from './sectionChecks.js';
