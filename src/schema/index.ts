import { z } from 'zod';
import { ReportSchema } from './report.js';

export * from './report.js';
export * from './indicators.js';
export * from './warnings.js';

/** JSON Schema (draft 2020-12) of `Report`, generated from the zod schema. */
export const reportJsonSchema = z.toJSONSchema(ReportSchema, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
