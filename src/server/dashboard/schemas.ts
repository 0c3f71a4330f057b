import { z } from 'zod';
import { isoDateSchema } from '../schemas/date.ts';

export const summaryQuery = z.object({
  /** The day the units and agencies are counted on; today (server time) when absent. */
  asOf: isoDateSchema('asOf').optional(),
});

export const summarySchema = z.object({
  asOf: z.string(),
  scopeUnit: z.object({ id: z.string(), name: z.string(), level: z.string() }).nullable(),
  unitsByLevel: z.array(z.object({ level: z.string(), count: z.number() })),
  agencies: z.object({
    current: z.number(),
    total: z.number(),
    byType: z.array(z.object({ type: z.string(), count: z.number() })),
  }),
  plans: z.number(),
  users: z.number().nullable(),
});
