// The demo as `npm start` loads it: the five seed plans, their indicator links and the demo
// values; every status comes out of the real evaluation (GET /api/plans/{id}/targets).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { systemActor } from '../auth/actor.ts';
import { loadDemoPlans } from '../plans/demo-plans.ts';
import { type EvaluatedTargetView, listPlanTargets } from '../targets/service.ts';
import { getRollup } from './rollup-service.ts';
import { loadDemoValues } from './demo-values.ts';

let harness: TestApp;
let planIds: string[] = [];
const asOf = '2026-12-03';

beforeAll(async () => {
  harness = await startTestApp({ data: 'reference', now: () => new Date('2026-12-03T03:00:00Z') });
  planIds = (await loadDemoPlans(harness.ctx)).map((result) => result.planId).filter((id): id is string => id !== null);
  await loadDemoValues(harness.ctx, planIds);
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

const flatten = (views: readonly EvaluatedTargetView[]): EvaluatedTargetView[] =>
  views.flatMap((view) => [view, ...flatten(view.children)]);

describe('the demo values', () => {
  it('make every status appear across the five seed plans, each with a Vietnamese explanation', async () => {
    expect(planIds).toHaveLength(5);
    const views = (
      await Promise.all(planIds.map((id) => listPlanTargets(harness.ctx, systemActor, id, { asOf })))
    ).flatMap((plan) => flatten(plan.targets));
    const statuses = new Set(views.map((view) => view.evaluation.status));
    expect([...statuses].sort()).toEqual(['at_risk', 'met', 'no_data', 'not_met', 'off_track', 'on_track']);
    for (const view of views) expect(view.evaluation.explanation).toMatch(/[À-ỹ]/);
    // Each forward-looking status has targets forecast to their year (change goals have no forecast).
    for (const status of ['on_track', 'at_risk', 'off_track'])
      expect(views.some((v) => v.evaluation.status === status && v.evaluation.forecast !== null)).toBe(true);
  });

  it('give the same total for a year before the reform on the old and on today’s map', async () => {
    const oldDistrict = 'od-tinh-tra-vinh.huyen-cang-long';
    const index = await harness.ctx.adminUnits.get();
    const successors = index.successorsAsOf(oldDistrict, asOf);
    expect(successors.length).toBeGreaterThan(0);
    const indicatorId = 'labour-trained-rate';
    const old = await getRollup(harness.ctx, systemActor, {
      indicatorId,
      unitId: oldDistrict,
      period: '2023',
      asOf: '2024-12-31',
    });
    expect(old.numerator).not.toBeNull();
    // Today the old district's communes lie in its successors; their sum over them is the same total.
    let numerator = 0;
    for (const unit of successors) {
      const today = await getRollup(harness.ctx, systemActor, { indicatorId, unitId: unit.id, period: '2023', asOf });
      numerator += today.numerator ?? 0;
    }
    expect(numerator).toBeCloseTo(old.numerator ?? 0, 6);
  });

  it('load the same rows again without change', async () => {
    const count = async () =>
      Number(
        (
          await harness.db.db
            .selectFrom('data_values')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    await loadDemoValues(harness.ctx, planIds);
    expect(await count()).toBe(before);
  });
});
