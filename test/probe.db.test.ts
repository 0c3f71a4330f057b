import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { startTestApp } from '/work/main/test/support/test-app.ts';
import { loadDemoPlans } from '/work/main/src/server/plans/demo-plans.ts';
import { buildRollupMap } from '/work/main/src/domain/admin-units/rollup.ts';
import { listPlanTargets } from '/work/main/src/server/targets/service.ts';
import { getDashboardOverview } from '/work/main/src/server/dashboard/overview-service.ts';
import { systemActor } from '/work/main/src/server/auth/actor.ts';
it('probe', async () => {
  const h = await startTestApp({ data: 'reference' });
  await loadDemoPlans(h.ctx);
  const index = await h.ctx.adminUnits.get();
  let out = '';
  let t = performance.now();
  buildRollupMap(index, { fromDate: '2025-06-30', toDate: '2026-12-01' });
  out += `buildRollupMap ${performance.now() - t}\n`;
  const plans = await h.db.db.selectFrom('plans').select('id').execute();
  for (const p of plans) {
    t = performance.now();
    await listPlanTargets(h.ctx, systemActor, p.id, { asOf: '2026-12-03' });
    out += `plan ${performance.now() - t}\n`;
  }
  t = performance.now();
  await getDashboardOverview(h.ctx, systemActor, '2026-12-03');
  out += `overview ${performance.now() - t}\n`;
  writeFileSync('/tmp/probe.out', out);
  await h.close();
}, 300000);
