import { z } from 'zod';
import { IndicatorsSchema, type Report } from '../index.js';
import { indicatorLabel } from '../profiles/disclosure/templates/keyLabels.js';

export { indicatorLabel };

/** One indicator column read from `report.indicators`: dotted key, 中文 header (the registry's label), kind of value. */
export interface IndicatorColumn {
  key: string;
  header: string;
  kind: 'number' | 'string' | 'json';
}

/** Strips optional/default/nullable/lazy wrappers to the schema that holds the shape. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodLazy) s = s.unwrap() as z.ZodType;
    else return s;
  }
}

/** Every leaf key of a zod object schema, in schema order; unions contribute the keys of all their options. */
export function leafKeys(schema: z.ZodType, prefix = ''): Array<{ key: string; kind: IndicatorColumn['kind'] }> {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject) {
    return Object.entries(s.shape as Record<string, z.ZodType>).flatMap(([name, child]) =>
      leafKeys(child, prefix ? `${prefix}.${name}` : name),
    );
  }
  if (s instanceof z.ZodUnion) {
    const seen = new Set<string>();
    return (s.options as z.ZodType[])
      .flatMap((option) => leafKeys(option, prefix))
      .filter((leaf) => !seen.has(leaf.key) && seen.add(leaf.key) !== undefined);
  }
  if (s instanceof z.ZodNumber) return [{ key: prefix, kind: 'number' }];
  if (s instanceof z.ZodString || s instanceof z.ZodEnum || s instanceof z.ZodLiteral) return [{ key: prefix, kind: 'string' }];
  return [{ key: prefix, kind: 'json' }];
}

/** The indicator columns of the wide tables, derived from `IndicatorsSchema` (new keys appear without touching this file). */
export function indicatorColumns(schema: z.ZodType = IndicatorsSchema): IndicatorColumn[] {
  return leafKeys(schema).map(({ key, kind }) => ({ key, kind, header: indicatorLabel(key) }));
}

/** Template cells of the official tables the report leaves unread (the TABLE_INCOMPLETE warnings' count). */
export function unreadCells(report: Report): number {
  return report.warnings.reduce((n, w) => n + (w.code === 'TABLE_INCOMPLETE' && typeof w.data?.unread === 'number' ? w.data.unread : 0), 0);
}

/** The value at a dotted key of `indicators`, or undefined. */
export function valueAt(indicators: Report['indicators'], key: string): unknown {
  let v: unknown = indicators;
  for (const part of key.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}
