import { sql } from 'kysely';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.ts';

const healthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  db: z.enum(['pglite', 'postgres']),
  version: z.string(),
  /** What is wrong when degraded, in Vietnamese, for the administrator. */
  problems: z.array(z.object({ code: z.enum(['database_unreachable', 'disk_full']), message: z.string() })),
  storage: z.object({
    database: z.enum(['ok', 'unreachable']),
    disk: z.enum(['ok', 'full', 'unknown']),
    freeBytes: z.number().nullable(),
  }),
});

/** A hung connection must not hang the health check: a load balancer waits for it. */
export const databaseProbeTimeoutMs = 2000;

async function probeDatabase(ctx: AppContext): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('database probe timed out')), databaseProbeTimeoutMs);
    });
    await Promise.race([sql`select 1`.execute(ctx.db), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/health',
    {
      config: { public: true },
      schema: {
        tags: ['Hệ thống'],
        summary: 'Tình trạng máy chủ và lưu trữ (503 khi cơ sở dữ liệu không trả lời hoặc hết dung lượng)',
        response: { 200: healthResponse, 503: healthResponse },
      },
    },
    async (_request, reply) => {
      const [databaseOk, disk] = await Promise.all([probeDatabase(ctx), ctx.storage.check()]);
      const problems: z.infer<typeof healthResponse>['problems'] = [];
      if (!databaseOk) problems.push({ code: 'database_unreachable', message: 'Không kết nối được cơ sở dữ liệu.' });
      if (disk.disk === 'full')
        problems.push({ code: 'disk_full', message: 'Máy chủ hết (hoặc sắp hết) dung lượng lưu trữ.' });
      const body = {
        status: problems.length === 0 ? ('ok' as const) : ('degraded' as const),
        db: ctx.engine,
        version: ctx.version,
        problems,
        storage: {
          database: databaseOk ? ('ok' as const) : ('unreachable' as const),
          disk: disk.disk,
          freeBytes: disk.freeBytes,
        },
      };
      return reply.code(problems.length === 0 ? 200 : 503).send(body);
    },
  );
};
