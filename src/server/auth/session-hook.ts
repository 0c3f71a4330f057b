import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';

// Resolves the session cookie into request.actor and checks CSRF; being written.
export async function registerSessionHooks(_api: FastifyInstance, _ctx: AppContext): Promise<void> {}
