// nianbao — the public face: parse functions, schemas, types and the error class. Nothing else is exported.
export { parseReport, parseReports, type ParseOptions } from './parse.js';
export { parseDocument, parseFile, type DocumentParseOptions } from './parseFile.js';
export { NianbaoError, ERROR_MESSAGES, type NianbaoErrorCode } from './errors.js';
export {
  ReportSchema,
  SectionSchema,
  FactSchema,
  TableSchema,
  CellSchema,
  SpanSchema,
  PeriodSchema,
  WarningSchema,
  IndicatorsSchema,
  IndicatorSourceSchema,
  ApplicantRowSchema,
  reportJsonSchema,
  WARNING_MESSAGES,
  type Report,
  type Section,
  type Fact,
  type FactKind,
  type Table,
  type Cell,
  type Span,
  type Period,
  type Warning,
  type WarningCode,
  type Indicators,
  type IndicatorSource,
  type ApplicantRow,
} from './schema/index.js';
export { checkReport, type ReportCheck, type TableCheck } from './profiles/disclosure/index.js';
export type { TokenizerName } from './extract/tokenizer.js';
export {
  compareReports,
  type Series,
  type SeriesRow,
  type SeriesWarning,
  type AgencySeries,
  type SeriesOptions,
} from './series/index.js';
