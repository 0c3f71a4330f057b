// The five seed plans imported through upload → draft → confirm, as `npm start` does on a
// fresh database. Intentionally depends on the real extractor: the stored counts must
// match the gold files in ../shared/gold/seeds (skipped with a reason when absent).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { TestDatabase } from '../../../test/support/test-database.ts';
import type { AppContext } from '../context.ts';
import { loadDemoData } from '../users/demo-data.ts';
import { countPlanParts } from './detail-repository.ts';
import { loadDemoPlans, demoDocumentsFolder, type DemoPlanResult } from './demo-plans.ts';

// A copy of ../shared/gold/seeds kept in the repository, so the check runs wherever CI clones it.
const goldFolder = path.resolve(import.meta.dirname, '../../../test/fixtures/seed-gold');
const haveGold = existsSync(goldFolder);

let harness: TestApp;
let database: TestDatabase;
let ctx: AppContext;
let results: DemoPlanResult[];

beforeAll(async () => {
  harness = await startTestApp({ data: 'reference' });
  ({ db: database, ctx } = harness);
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  await loadDemoData(database.db);
  warn.mockRestore();
  results = await loadDemoPlans(ctx);
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

describe('loadDemoPlans', () => {
  it('imports all five seed documents as plans, by the system actor', async () => {
    expect(results.map((r) => [r.fileName, r.skipped])).toEqual(results.map((r) => [r.fileName, null]));
    expect(results).toHaveLength(5);
    const plans = await database.db.selectFrom('plans').select(['id', 'admin_unit_id', 'number']).execute();
    expect(plans).toHaveLength(5);
    expect(await database.db.selectFrom('plan_drafts').select('id').execute()).toEqual([]);
  });

  it('puts each plan in the unit that issued it, as of its date', async () => {
    const units = Object.fromEntries(
      (await database.db.selectFrom('plans').select(['file_name', 'admin_unit_id']).execute()).map((row) => [
        row.file_name.slice(0, 3),
        row.admin_unit_id,
      ]),
    );
    expect(units['000']).toBe('od-tinh-dong-thap.huyen-thap-muoi');
    expect(units['001']).toBe('od-tinh-tra-vinh.huyen-cang-long');
    expect(units['002']).toBe('od-thanh-pho-can-tho.huyen-phong-dien');
    // Several communes are called Thanh Thủy; the one whose school the plan names wins.
    expect(units['003']).toBe('c-00928');
    expect(units['004']).toBe('od-tinh-kon-tum.huyen-ngoc-hoi');
  });

  it('links every target to its best indicator suggestion, audited as the system', async () => {
    const targets = await database.db
      .selectFrom('plan_targets')
      .innerJoin('plans', 'plans.id', 'plan_targets.plan_id')
      .select(['plans.file_name', 'plan_targets.indicator_id', 'plan_targets.indicator_linked_by'])
      .orderBy('plans.file_name')
      .orderBy('plan_targets.position')
      .execute();
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((target) => target.indicator_id === null)).toEqual([]);
    expect(targets.every((target) => target.indicator_linked_by === null)).toBe(true);
    expect(results.reduce((sum, result) => sum + result.linkedTargets, 0)).toBe(targets.length);
    // The Tháp Mười plan opens with the enrolment rates, creche first.
    expect(targets.filter((target) => target.file_name.startsWith('000')).map((t) => t.indicator_id)).toEqual(
      expect.arrayContaining(['edu-enrolment-creche', 'edu-enrolment-kindergarten', 'labour-trained-rate']),
    );
    expect(targets.find((target) => target.file_name.startsWith('000'))?.indicator_id).toBe('edu-enrolment-creche');
    const audits = await database.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'after'])
      .where('entity', '=', 'plan')
      .where('action', '=', 'update')
      .execute();
    expect(audits).toHaveLength(targets.length);
    expect(audits.every((row) => row.actor_user_id === null)).toBe(true);
  });

  it('links the same indicators on every import (deterministic)', async () => {
    const second = await startTestApp({ data: 'reference' });
    try {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      await loadDemoData(second.db.db);
      warn.mockRestore();
      await loadDemoPlans(second.ctx);
      const links = (db: TestDatabase['db']) =>
        db
          .selectFrom('plan_targets')
          .innerJoin('plans', 'plans.id', 'plan_targets.plan_id')
          .select(['plans.file_name', 'plan_targets.position', 'plan_targets.indicator_id'])
          .orderBy('plans.file_name')
          .orderBy('plan_targets.position')
          .execute();
      expect(await links(second.db.db)).toEqual(await links(database.db));
    } finally {
      await second.close();
    }
  }, 120_000);

  it('is idempotent', async () => {
    expect(await loadDemoPlans(ctx)).toEqual([]);
    expect(await database.db.selectFrom('plans').select('id').execute()).toHaveLength(5);
  });

  it.skipIf(!haveGold)(
    `stores as many targets, tasks, references and reporting duties as the gold files list (${goldFolder})`,
    async () => {
      const counts = await countPlanParts(
        database.db,
        results.map((r) => r.planId!),
      );
      const stored = results.map((result) => ({ file: result.fileName, ...counts.get(result.planId!) }));
      const expected = results.map((result) => {
        const gold = JSON.parse(
          readFileSync(path.join(goldFolder, result.fileName.replace(/\.txt$/, '.json')), 'utf8'),
        );
        return {
          file: result.fileName,
          targets: gold.targets.length,
          tasks: gold.tasks.length,
          reporting: gold.reporting.length,
          references: gold.references.length,
        };
      });
      expect(stored).toEqual(expected);
    },
  );
});

it('ships the five seed documents with the application', () => {
  expect(existsSync(demoDocumentsFolder)).toBe(true);
});
