import { indicatorLabel, indicatorUnit } from '../../profiles/disclosure/templates/keyLabels.js';
import { indicatorUnit as countUnit } from '../../series/compare.js';

export { indicatorLabel };

/**
 * The unit of an indicator's value: 万元 / 元 / % from the label registry, else the measure word of the official
 * table it counts in (件 for applications and decisions, 条 for published information, 人次 for consultations).
 */
export function unitOf(key: string): string {
  return indicatorUnit(key) ?? countUnit(key);
}
