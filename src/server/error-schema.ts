import { z } from 'zod';

/** The body of every error response: {"error":{code, message, field?}} (see error-handler.ts). */
export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    requestId: z.string().optional(),
    /** Every problem of a batch (PUT /api/values), each naming its cell. */
    problems: z.array(z.object({ field: z.string(), message: z.string(), needsConfirmation: z.boolean() })).optional(),
  }),
});
