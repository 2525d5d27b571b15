export { splitReports, type ReportSlice } from './splitReports.js';
export { findSections } from './sections.js';
export { sectionPathAt } from './sectionPaths.js';
export { noReportWarnings, REPORT_SIGNS } from './reportSigns.js';
export { checkSections } from './sectionChecks.js';
