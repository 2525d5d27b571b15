export { splitReports, type ReportSlice } from './splitReports.js';
export { findSections, sectionPathAt } from './sections.js';
export { checkSections } from './sectionChecks.js';
