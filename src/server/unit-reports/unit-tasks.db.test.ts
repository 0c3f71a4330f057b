// A unit's tasks in its report come from the task assignments once they are derived: a task
// addressed to "UBND các xã, phường" of a province plan falls to each commune's committee.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanExtraction, makeTask } from '../../../test/factories/plan-extraction.ts';
import { freshPlanNumber, insertPlanAt } from '../../../test/factories/plans.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { ensureTaskAssignments } from '../tasks/assignments.ts';
import { findTaskAgencyIds, findTasksOfAgency } from './repository.ts';

let harness: TestApp;
let planId = '';

beforeAll(async () => {
  harness = await startTestApp();
  planId = await insertPlanAt(
    harness.db.db,
    't-p1',
    makePlanExtraction({
      document: { number: freshPlanNumber() },
      tasks: [
        makeTask({
          id: 'k1',
          text: 'Rà soát lao động cần học nghề trên địa bàn',
          lead: ['UBND các xã, phường'],
          leadAgencies: [{ text: 'UBND các xã, phường', agencyId: null, agencyName: null, confidence: 0.5 }],
          support: [],
          supportAgencies: [],
        }),
      ],
    }),
  );
});

afterAll(async () => {
  await harness?.close();
});

describe('the unit tasks of a report', () => {
  it('come from the mentions before assignments exist, and from the fan-out after', async () => {
    expect(await findTasksOfAgency(harness.db.db, planId, 'ag-t-c1-ubnd')).toEqual([]);
    await ensureTaskAssignments(harness.ctx);
    expect(await findTasksOfAgency(harness.db.db, planId, 'ag-t-c1-ubnd')).toEqual([
      expect.objectContaining({ text: 'Rà soát lao động cần học nghề trên địa bàn', role: 'lead' }),
    ]);
    expect((await findTaskAgencyIds(harness.db.db, [planId])).get(planId)).toEqual(
      expect.arrayContaining(['ag-t-c1-ubnd', 'ag-t-c2-ubnd']),
    );
  });
});
