import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { TestDatabase } from '../../../test/support/test-database.ts';
import { insertUnitMap } from '../../../test/support/unit-map.ts';
import { computeScope, everywhere } from '../access/scope.ts';
import type { Actor } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { ensureSeedAgencies } from './load-seed-agencies.ts';
import { seedAgencies, seedSuccessions } from './seed-agencies.ts';
import { createAgency, getAgency, listAgencies, resolveAgencyText, updateAgency } from './service.ts';

let harness: TestApp;
let db: TestDatabase;
let ctx: AppContext;

const admin: Actor = {
  userId: 'u-admin',
  username: 'admin',
  displayName: 'Quản trị',
  role: 'admin',
  agencyId: 'ag-p-82-ubnd',
  adminUnitId: 'p-82',
  scope: everywhere,
};
// The planner's scope is filled in once the units are loaded (beforeAll).
const plannerDongThap: Actor = {
  userId: 'u-planner',
  username: 'kehoach.dongthap',
  displayName: 'Cán bộ kế hoạch',
  role: 'planner',
  agencyId: 'ag-p-82-so-noi-vu',
  adminUnitId: 'p-82',
  scope: everywhere,
};

async function counts() {
  const agencies = await db.db
    .selectFrom('agencies')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const aliases = await db.db
    .selectFrom('agency_aliases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const audit = await db.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { agencies: Number(agencies.n), aliases: Number(aliases.n), audit: Number(audit.n) };
}

async function expectAppError(promise: Promise<unknown>, status: number, field?: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.statusCode).toBe(status);
  if (field) expect(appError.field).toBe(field);
  expect(appError.message).toMatch(/[àáảãạăâđêôơưÀ-ỹ]/);
  return appError;
}

beforeAll(async () => {
  // No units yet: the first test loads the seed agencies before their units exist.
  harness = await startTestApp({ data: 'none' });
  ({ db, ctx } = harness);
});

afterAll(async () => {
  await harness?.close();
});

describe('ensureSeedAgencies', () => {
  it('skips agencies whose admin unit does not exist yet, without failing or auditing', async () => {
    const result = await ensureSeedAgencies(db.db);
    expect(result.inserted).toBe(0);
    expect(result.skippedMissingUnit).toBe(seedAgencies.length);
    expect(await counts()).toEqual({ agencies: 0, aliases: 0, audit: 0 });
  });

  it('loads every seed agency once, with aliases, successions and one import audit row', async () => {
    await insertUnitMap(db.db);
    ctx.adminUnits.invalidate();
    plannerDongThap.scope = computeScope(await ctx.adminUnits.get(), 'planner', 'p-82');
    const result = await ensureSeedAgencies(db.db);
    expect(result).toEqual({
      inserted: seedAgencies.length,
      skippedMissingUnit: 0,
      successionsAdded: seedSuccessions.length,
    });
    const audit = await db.db.selectFrom('audit_log').selectAll().execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'import', entity: 'agency', actor_user_id: null });
    for (const id of [
      'ag-p-82-ubnd',
      'ag-p-82-so-noi-vu',
      'ag-c-30037-ubnd',
      'ag-p-86-ubnd',
      'ag-od-tinh-dong-thap.huyen-thap-muoi-phong-ldtbxh',
    ]) {
      expect(await db.db.selectFrom('agencies').select('id').where('id', '=', id).executeTakeFirst()).toBeDefined();
    }
    const ubnd = await db.db
      .selectFrom('agencies')
      .select('name')
      .where('id', '=', 'ag-p-82-ubnd')
      .executeTakeFirstOrThrow();
    expect(ubnd.name).toBe('Ủy ban nhân dân tỉnh Đồng Tháp');
  });

  it('is idempotent and keeps edits made since', async () => {
    await db.db
      .updateTable('agencies')
      .set({ name: 'Sở Nội vụ tỉnh Đồng Tháp (đã sửa)' })
      .where('id', '=', 'ag-p-82-so-noi-vu')
      .execute();
    const before = await counts();
    const result = await ensureSeedAgencies(db.db);
    expect(result).toEqual({ inserted: 0, skippedMissingUnit: 0, successionsAdded: 0 });
    expect(await counts()).toEqual(before);
    const edited = await db.db
      .selectFrom('agencies')
      .select('name')
      .where('id', '=', 'ag-p-82-so-noi-vu')
      .executeTakeFirstOrThrow();
    expect(edited.name).toBe('Sở Nội vụ tỉnh Đồng Tháp (đã sửa)');
    await db.db
      .updateTable('agencies')
      .set({ name: 'Sở Nội vụ tỉnh Đồng Tháp' })
      .where('id', '=', 'ag-p-82-so-noi-vu')
      .execute();
  });
});

/** The items of one page (50 unless `limit` is given). */
async function listPage(actor: Parameters<typeof listAgencies>[1], query: Partial<Parameters<typeof listAgencies>[2]>) {
  return (await listAgencies(ctx, actor, { limit: 50, offset: 0, ...query })).items;
}

describe('listing and detail', () => {
  it('searches without diacritics over names, short names and aliases', async () => {
    const byName = await listPage(admin, { q: 'so noi vu', adminUnitId: 'p-82' });
    expect(byName.map((agency) => agency.id)).toEqual(['ag-p-82-so-noi-vu']);
    const byAbbreviation = await listPage(admin, { q: 'LĐTBXH', adminUnitId: 'od-tinh-dong-thap.huyen-thap-muoi' });
    expect(byAbbreviation.map((agency) => agency.id)).toEqual(['ag-od-tinh-dong-thap.huyen-thap-muoi-phong-ldtbxh']);
    const byType = await listPage(admin, { type: 'school', adminUnitId: 'c-00928' });
    expect(byType.map((agency) => agency.id).sort()).toEqual([
      'ag-c-00928-truong-ptdtbt-thanh-thuy',
      'ag-c-00928-truong-thcs-thpt-phuong-tien',
    ]);
  });

  it('sorts in Vietnamese order and honours the limit', async () => {
    const items = await listPage(admin, { adminUnitId: 'p-82' });
    expect(items.map((agency) => agency.name)).toEqual([
      'Sở Giáo dục và Đào tạo tỉnh Đồng Tháp',
      'Sở Nội vụ tỉnh Đồng Tháp',
      'Sở Tài chính tỉnh Đồng Tháp',
      'Ủy ban nhân dân tỉnh Đồng Tháp',
    ]);
    expect(await listPage(admin, { adminUnitId: 'p-82', limit: 2 })).toHaveLength(2);
    // Pages in the database, with the total of every page.
    const second = await listAgencies(ctx, admin, { adminUnitId: 'p-82', limit: 3, offset: 3 });
    expect(second).toMatchObject({ total: 4, items: [{ name: 'Ủy ban nhân dân tỉnh Đồng Tháp' }] });
    expect(await listAgencies(ctx, admin, { adminUnitId: 'p-82', limit: 3, offset: 30 })).toEqual({
      total: 4,
      items: [],
    });
  });

  it('shows only agencies of visible units to non-admins, and hides others as absent', async () => {
    const items = await listPage(plannerDongThap, { q: 'ubnd' });
    // Today's Đồng Tháp units and, through the reform links, the old province and district they carry on.
    expect(items.map((agency) => agency.id).sort()).toEqual([
      'ag-c-30037-ubnd',
      'ag-od-tinh-dong-thap.huyen-thap-muoi-ubnd',
      'ag-op-tinh-dong-thap-ubnd',
      'ag-p-82-ubnd',
    ]);
    await expectAppError(getAgency(ctx, plannerDongThap, 'ag-p-86-ubnd'), 404);
    await expectAppError(getAgency(ctx, admin, 'ag-khong-co'), 404);
  });

  it('gives predecessors and successors with notes', async () => {
    const detail = await getAgency(ctx, admin, 'ag-od-tinh-dong-thap.huyen-thap-muoi-phong-ldtbxh');
    expect(detail.agency.aliases).toContain('Phòng LĐTBXH');
    expect(detail.successors.map((link) => link.agency.id).sort()).toEqual([
      'ag-c-30037-phong-vhxh',
      'ag-p-82-so-gddt',
      'ag-p-82-so-noi-vu',
    ]);
    const noiVu = await getAgency(ctx, admin, 'ag-p-82-so-noi-vu');
    expect(noiVu.predecessors.map((link) => link.agency.id)).toContain(
      'ag-od-tinh-dong-thap.huyen-thap-muoi-phong-ldtbxh',
    );
  });
});

describe('create and update', () => {
  it('creates an agency with an audit row in the same change', async () => {
    const before = await counts();
    const detail = await createAgency(ctx, plannerDongThap, {
      name: 'Trung tâm Y tế khu vực Tháp Mười',
      shortName: 'TTYT Tháp Mười',
      type: 'centre',
      adminUnitId: 'c-30037',
      validFrom: '2025-07-01',
      aliases: ['Trung tâm Y tế', ' Trung tâm Y tế Tháp Mười '],
    });
    expect(detail.agency.id).toBe('ag-c-30037-trung-tam-y-te-khu-vuc-thap-muoi');
    expect(detail.agency.aliases).toEqual(['Trung tâm Y tế', 'Trung tâm Y tế Tháp Mười']);
    expect(await counts()).toEqual({
      agencies: before.agencies + 1,
      aliases: before.aliases + 2,
      audit: before.audit + 1,
    });
    const audit = await db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', detail.agency.id)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'create', entity: 'agency', actor_user_id: 'u-planner' });
    expect((await listPage(admin, { q: 'trung tam y te khu vuc' })).map((agency) => agency.id)).toEqual([
      detail.agency.id,
    ]);
  });

  it('rejects bad input with a Vietnamese message naming the field and changes nothing', async () => {
    const before = await counts();
    const base = { name: 'Phòng Tư pháp', type: 'specialised_office' as const, adminUnitId: 'c-30037' };
    await expectAppError(createAgency(ctx, admin, { ...base, name: '   ' }), 400, 'name');
    await expectAppError(createAgency(ctx, admin, { ...base, adminUnitId: 'c-99999' }), 400, 'adminUnitId');
    await expectAppError(createAgency(ctx, plannerDongThap, { ...base, adminUnitId: 'p-86' }), 400, 'adminUnitId');
    await expectAppError(createAgency(ctx, admin, { ...base, aliases: ['Phòng TP', 'phong tp'] }), 400, 'aliases');
    await expectAppError(
      createAgency(ctx, admin, { ...base, validFrom: '2026-01-01', validTo: '2025-01-01' }),
      400,
      'validTo',
    );
    await expectAppError(createAgency(ctx, admin, { ...base, name: 'Ủy ban nhân dân', key: 'ubnd' }), 409, 'key');
    expect(await counts()).toEqual(before);
  });

  it('updates with before and after in the audit row and refreshes the catalogue', async () => {
    const before = await counts();
    const detail = await updateAgency(ctx, admin, 'ag-c-30037-phong-kinh-te', {
      aliases: ['Phòng KT xã'],
      shortName: 'Phòng KT',
    });
    expect(detail.agency.shortName).toBe('Phòng KT');
    expect(detail.agency.aliases).toEqual(['Phòng KT xã']);
    expect(await counts()).toEqual({ agencies: before.agencies, aliases: before.aliases + 1, audit: before.audit + 1 });
    const audit = await db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', 'ag-c-30037-phong-kinh-te')
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(audit.before).toMatchObject({ shortName: null, aliases: [] });
    expect(audit.after).toMatchObject({ shortName: 'Phòng KT', aliases: ['Phòng KT xã'] });
    expect((await listPage(admin, { q: 'phong kt xa' })).map((agency) => agency.id)).toEqual([
      'ag-c-30037-phong-kinh-te',
    ]);
  });

  it('refuses updates outside scope or with bad values and changes nothing', async () => {
    const before = await counts();
    await expectAppError(updateAgency(ctx, plannerDongThap, 'ag-p-86-ubnd', { name: 'Khác' }), 404);
    await expectAppError(updateAgency(ctx, admin, 'ag-p-82-ubnd', { name: '' }), 400, 'name');
    await expectAppError(
      updateAgency(ctx, admin, 'ag-od-tinh-dong-thap.huyen-thap-muoi-ubnd', { validFrom: '2030-01-01' }),
      400,
      'validTo',
    );
    // Moving an agency widens or narrows every user of it: an admin act.
    await expectAppError(updateAgency(ctx, plannerDongThap, 'ag-p-82-ubnd', { adminUnitId: 'p-86' }), 403);
    await expectAppError(updateAgency(ctx, admin, 'ag-p-82-ubnd', { adminUnitId: 'khong-co' }), 400, 'adminUnitId');
    expect(await counts()).toEqual(before);
  });
});

describe('resolveAgencyText', () => {
  it('resolves plan text against the agencies of the unit, its ancestors and successors', async () => {
    const result = await resolveAgencyText(ctx, admin, {
      text: 'Phòng LĐ-TB&XH',
      adminUnitId: 'od-tinh-dong-thap.huyen-thap-muoi',
      date: '2024-01-31',
    });
    expect(result.best?.agency.id).toBe('ag-od-tinh-dong-thap.huyen-thap-muoi-phong-ldtbxh');
    expect(result.best?.successors).toEqual([]);
    const later = await resolveAgencyText(ctx, admin, {
      text: 'Phòng LĐ-TB&XH',
      adminUnitId: 'od-tinh-dong-thap.huyen-thap-muoi',
      date: '2026-01-31',
    });
    expect(later.best?.successors.map((link) => link.agency.id).sort()).toEqual([
      'ag-c-30037-phong-vhxh',
      'ag-p-82-so-gddt',
      'ag-p-82-so-noi-vu',
    ]);
    const province = await resolveAgencyText(ctx, admin, {
      text: 'UBND tỉnh',
      adminUnitId: 'c-30037',
      date: '2026-01-31',
    });
    expect(province.best?.agency.id).toBe('ag-p-82-ubnd');
  });

  it("defaults to the actor's unit and today, and reports unknown units as absent", async () => {
    const result = await resolveAgencyText(ctx, plannerDongThap, { text: 'Sở Nội vụ' });
    expect(result.best?.agency.id).toBe('ag-p-82-so-noi-vu');
    await expectAppError(resolveAgencyText(ctx, admin, { text: 'UBND', adminUnitId: 'c-99999' }), 404);
    await expectAppError(resolveAgencyText(ctx, plannerDongThap, { text: 'UBND', adminUnitId: 'p-86' }), 404);
  });
});
