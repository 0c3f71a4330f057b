import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.ts';

// Routes of this feature are being written; see the foundation issue.
export const agencyRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async () => {};
