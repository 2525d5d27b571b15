import type { Fact, Section, Table } from '../../schema/report.js';
import type { Indicators, IndicatorSource } from '../../schema/indicators.js';
import type { Warning } from '../../schema/warnings.js';
import { proseIndicators } from './proseIndicators.js';

export interface IndicatorResult {
  indicators: Indicators;
  /** One entry per filled value; `facts` index the report's final fact list. */
  sources: IndicatorSource[];
  warnings: Warning[];
}

/**
 * The official format's figures from a report's tables and prose facts. Prose figures come from `proseIndicators`;
 * table figures (表二/表三/表四) are merged here as they land — table values win over prose ones.
 */
export function readIndicators(text: string, _sections: Section[], facts: Fact[], _tables: Table[]): IndicatorResult {
  const prose = proseIndicators(text, facts);
  return { indicators: prose.indicators, sources: prose.sources, warnings: prose.warnings };
}
