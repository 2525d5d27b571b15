import { segmentLabel, unitOf } from './index.js';

// The Chinese label and unit of every indicator key (DESIGN §3), read from the template registry (templates/).
// One façade for the CSV columns, the review page and the series output.

/**
 * Chinese label of a dotted indicator key, e.g. `applications.denied.stateSecret.total` → 依申请公开·不予公开·属于国家秘密·总计.
 * Keys under `categories` are the category as the report writes it (机构职能类 …); a segment the registry does not
 * know keeps its English name, so a new indicator added to the schema shows up in the CSV at once.
 */
export function indicatorLabel(key: string, separator = '·'): string {
  const parts = key.split('.');
  return parts
    .flatMap((part, i) => (i > 0 && parts[i - 1] === 'categories' ? [part] : (segmentLabel(i > 0 ? parts[i - 1] : undefined, part) ?? [part])))
    .join(separator);
}

/** The unit an indicator's value is in, when its key says it (万元, 元, %); counts give undefined. */
export function indicatorUnit(key: string): string | undefined {
  const unit = unitOf(key);
  return unit === '万元' || unit === '元' || unit === '%' ? unit : undefined;
}
