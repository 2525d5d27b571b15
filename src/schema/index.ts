import { z } from 'zod';
import { ReportSchema } from './report.js';

export * from './report.js';
export * from './indicators.js';
export * from './warnings.js';

let generated: Record<string, unknown> | undefined;
const schema = () => (generated ??= z.toJSONSchema(ReportSchema, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>);

/**
 * JSON Schema (draft 2020-12) of `Report`, generated from the zod schema the first time it is read (a plain object
 * to every reader: keys, values, JSON.stringify), so importing the library does not pay for it.
 */
export const reportJsonSchema: Record<string, unknown> = new Proxy({} as Record<string, unknown>, {
  get: (_t, key) => Reflect.get(schema(), key),
  has: (_t, key) => Reflect.has(schema(), key),
  ownKeys: () => Reflect.ownKeys(schema()),
  getOwnPropertyDescriptor: (_t, key) => {
    const d = Reflect.getOwnPropertyDescriptor(schema(), key);
    return d && { ...d, configurable: true };
  },
  set: () => false,
  defineProperty: () => false,
  deleteProperty: () => false,
});
