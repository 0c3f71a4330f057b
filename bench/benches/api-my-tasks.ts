// api.my-tasks: GET /api/my-tasks ("Việc của tôi") for a commune reporter, 50 concurrent
// clients for 10 s on loopback; target p95 < 100 ms. The database holds the real admin units,
// the five demo plans, and 40 deterministic plans of the commune's province (2022–2026, ten
// yearly or quarterly tasks each, led by "UBND các xã, phường"), all fanned out to every
// commune of the province on today's map; the commune also reports progress on a third of its
// tasks. Statuses are computed on every request (nothing of them is stored). One line per
// engine. BENCH_CLIENTS / BENCH_SECONDS override 50 / 10.
import { createHash, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { makePlanExtraction, makeTask } from '../../test/factories/plan-extraction.ts';
import { startTestApp } from '../../test/support/test-app.ts';
import { systemActor } from '../../src/server/auth/actor.ts';
import { insertFile } from '../../src/server/plans/file-repository.ts';
import { loadDemoPlans } from '../../src/server/plans/demo-plans.ts';
import { buildPlanWrite, storePlan } from '../../src/server/plans/service.ts';
import { ensureTaskAssignments } from '../../src/server/tasks/assignments.ts';
import { saveProgress } from '../../src/server/tasks/repository.ts';
import type { Bench, Figures } from '../run.ts';
import { runOnEveryEngine } from '../support/bench-engines.ts';
import { runHttpLoad } from '../support/http-load.ts';

const clients = Number(process.env.BENCH_CLIENTS ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const extraPlans = 40;
const tasksPerPlan = 10;

async function insertProvincePlans(db: Parameters<typeof insertFile>[0], provinceId: string): Promise<void> {
  const content = new TextEncoder().encode('Kế hoạch thử của phép đo api.my-tasks');
  const fileId = randomUUID();
  await insertFile(db, {
    id: fileId,
    sha256: createHash('sha256').update(content).digest('hex'),
    sizeBytes: content.byteLength,
    content,
  });
  for (let p = 0; p < extraPlans; p++) {
    const extraction = makePlanExtraction({
      document: { number: `${9000 + p}/KH-UBND`, year: 2022, title: `Kế hoạch thử số ${p + 1} về nguồn nhân lực` },
      period: { from: 2022, to: 2026, horizons: [] },
      tasks: Array.from({ length: tasksPerPlan }, (_, t) =>
        makeTask({
          id: `k${t}`,
          text: `Nhiệm vụ ${t + 1} của kế hoạch ${p + 1}`,
          lead: ['UBND các xã, phường'],
          support: [],
          leadAgencies: [{ text: 'UBND các xã, phường', agencyId: null, agencyName: null, confidence: 1 }],
          supportAgencies: [],
          due:
            t % 3 === 0
              ? { kind: 'recurring', freq: 'quarterly', month: null }
              : { kind: 'recurring', freq: 'yearly', month: 12 },
          dueText: t % 3 === 0 ? 'Hằng quý' : 'Tháng 12 hằng năm',
        }),
      ),
    });
    const plan = buildPlanWrite({
      extraction,
      adminUnitId: provinceId,
      fileId,
      fileName: 'ke-hoach.txt',
      mediaType: 'text/plain; charset=utf-8',
      sourceText: 'Văn bản thử.',
      createdBy: null,
      at: new Date(),
    });
    await db.transaction().execute((trx) => storePlan(trx, plan, systemActor));
  }
}

async function runOn(serverUrl: string | null, engine: string): Promise<Figures> {
  const harness = await startTestApp({ data: 'reference', serverUrl });
  const { db, app, ctx } = harness;
  try {
    const seedStart = performance.now();
    await loadDemoPlans(ctx);
    await ensureTaskAssignments(ctx);
    // A commune the Càng Long plan (an old district) fans out to, with its people's committee.
    const commune = await db.db
      .selectFrom('task_assignments')
      .select(['agency_id', 'admin_unit_id'])
      .where('derivation', '=', 'communes')
      .where('agency_id', 'is not', null)
      .orderBy('agency_id')
      .executeTakeFirstOrThrow();
    const index = await ctx.adminUnits.get();
    const province = index.ancestors(commune.admin_unit_id!).find((unit) => unit.level === 'province')!;
    await insertProvincePlans(db.db, province.id);
    const assigned = await ensureTaskAssignments(ctx);
    const own = await db.db
      .selectFrom('task_assignments')
      .select('task_id')
      .where('agency_id', '=', commune.agency_id)
      .execute();
    for (const [i, row] of own.entries())
      if (i % 3 === 0)
        await saveProgress(db.db, {
          taskId: row.task_id,
          holder: commune.agency_id!,
          dueDate: '2022-12-31',
          percent: 100,
          note: 'Đã hoàn thành',
          evidenceNumber: `${i + 1}/BC-UBND`,
          evidenceDate: '2022-12-20',
          completedOn: i % 2 === 0 ? '2022-12-20' : '2023-01-10',
          updatedBy: null,
        });
    const totalAssignments = await db.db
      .selectFrom('task_assignments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const seedMs = Math.round(performance.now() - seedStart);
    const session = await harness.loginNew({ agencyId: commune.agency_id!, role: 'reporter' });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/api/my-tasks`;
    const coldStart = performance.now();
    const first = (await (await fetch(url, { headers: { cookie: session.cookie } })).json()) as {
      items: unknown[];
      counts: Record<string, number>;
    };
    const coldMs = Math.round((performance.now() - coldStart) * 10) / 10;
    const load = await runHttpLoad({ urls: [url], headers: { cookie: session.cookie }, clients, seconds });
    return {
      engine,
      my_tasks: first.items.length,
      overdue: first.counts.overdue ?? 0,
      assignments: Number(totalAssignments.n),
      plans_assigned: assigned,
      clients,
      seconds,
      cold_ms: coldMs,
      ...load,
      seed_ms: seedMs,
      load_avg_1m: Math.round(os.loadavg()[0]! * 100) / 100,
      cpus: os.cpus().length,
    };
  } finally {
    await harness.close();
  }
}

export default {
  name: 'api.my-tasks',
  run: () => runOnEveryEngine(runOn),
} satisfies Bench;
