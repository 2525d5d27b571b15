import type { Fact, Section, Table } from '../../schema/report.js';
import type { Indicators, IndicatorSource } from '../../schema/indicators.js';
import type { Warning } from '../../schema/warnings.js';

export interface IndicatorResult {
  indicators: Indicators;
  /** One entry per filled value; `facts` index the report's final fact list. */
  sources: IndicatorSource[];
  warnings: Warning[];
}

/** The official format's figures from a report's tables and prose facts (first version: nothing mapped yet). */
export function readIndicators(_text: string, _sections: Section[], _facts: Fact[], _tables: Table[]): IndicatorResult {
  return { indicators: {}, sources: [], warnings: [] };
}
