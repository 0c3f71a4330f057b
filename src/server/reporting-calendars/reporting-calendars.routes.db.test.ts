// A province's own reporting calendar through the real routes (unit map of
// test/support/unit-map.ts: province t-p1 ⊃ communes t-c1, t-c2; t-p2 elsewhere).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, type LoggedIn } from '../../../test/factories/users.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { calendarYear } from '../../domain/periods/reporting-calendars.ts';

type Who = 'planner' | 'reporter' | 'foreignPlanner';
let harness: TestApp<never, Who>;
let app: FastifyInstance;

const list = async (session: LoggedIn) => {
  const response = await app.inject({ method: 'GET', url: '/api/reporting-calendars', headers: authHeaders(session) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as { id: string; provinceId: string | null; windows: Record<string, unknown> }[];
};
const create = (session: LoggedIn, payload: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: '/api/reporting-calendars', headers: authHeaders(session), payload });
const storedCount = async () =>
  Number(
    (
      await harness.db.db
        .selectFrom('reporting_calendars')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  harness = await startTestApp({
    logins: {
      planner: { role: 'planner', agencyId: 'ag-t-p1-ubnd' },
      reporter: { role: 'reporter', agencyId: 'ag-t-c1-ubnd' },
      foreignPlanner: { role: 'planner', agencyId: 'ag-t-p2-so-bi-mat' },
    },
  });
  ({ app } = harness);
});

afterAll(async () => {
  await harness?.close();
});

describe('reporting calendars', () => {
  it('lists the built-in calendars to everyone signed in', async () => {
    const ids = (await list(harness.sessions.reporter)).map((item) => item.id);
    expect(ids).toEqual(['calendar-year', 'decree-09-2019']);
    expect((await app.inject({ method: 'GET', url: '/api/reporting-calendars' })).statusCode).toBe(401);
  });

  it('lets a province planner define a cut-off calendar, seen in the province and audited', async () => {
    const response = await create(harness.sessions.planner, {
      provinceId: 't-p1',
      name: 'Chốt số liệu ngày 20',
      basis: 'Quyết định 12/QĐ-UBND của tỉnh',
      firstDay: 21,
    });
    expect(response.statusCode, response.body).toBe(201);
    const calendar = response.json().calendar;
    expect(calendar).toMatchObject({ id: 't-p1-chot-so-lieu-ngay-20', provinceId: 't-p1' });
    expect(calendar.windows.month['1']).toEqual({
      from: { yearOffset: -1, month: 12, day: 21 },
      until: { yearOffset: 0, month: 1, day: 21 },
    });
    // The commune reporter reports in the province's calendar; another province does not see it.
    expect((await list(harness.sessions.reporter)).map((item) => item.id)).toContain(calendar.id);
    expect((await list(harness.sessions.foreignPlanner)).map((item) => item.id)).not.toContain(calendar.id);
    const audit = await harness.db.db
      .selectFrom('audit_log')
      .select(['action', 'entity'])
      .where('entity_id', '=', calendar.id)
      .execute();
    expect(audit).toEqual([{ action: 'create', entity: 'reporting_calendar' }]);
  });

  it('refuses the same name twice in the province (409)', async () => {
    const response = await create(harness.sessions.planner, {
      provinceId: 't-p1',
      name: 'Chốt số liệu ngày 20',
      basis: 'Lần hai',
      firstDay: 15,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toContain('đã có lịch báo cáo');
  });

  it('accepts full windows that hold together', async () => {
    const response = await create(harness.sessions.planner, {
      provinceId: 't-p1',
      name: 'Năm dương lịch của tỉnh',
      basis: 'Theo năm dương lịch',
      windows: calendarYear.windows,
    });
    expect(response.statusCode, response.body).toBe(201);
  });

  it.each([
    [
      'a day that does not exist',
      {
        windows: {
          ...calendarYear.windows,
          month: {
            ...calendarYear.windows.month,
            4: { from: { yearOffset: 0, month: 4, day: 1 }, until: { yearOffset: 0, month: 4, day: 31 } },
          },
        },
      },
      'không có ngày 31',
    ],
    ['a first day of 31', { firstDay: 31 }, 'firstDay'],
    ['both a first day and windows', { firstDay: 15, windows: calendarYear.windows }, 'đúng một trong hai'],
    ['neither', {}, 'đúng một trong hai'],
    ['a blank name', { firstDay: 15, name: '   ' }, 'Tên lịch báo cáo'],
  ])('refuses %s in Vietnamese and stores nothing', async (_case, body, message) => {
    const before = await storedCount();
    const response = await create(harness.sessions.planner, {
      provinceId: 't-p1',
      name: 'Lịch thử',
      basis: 'Thử',
      ...body,
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.message).toContain(message);
    expect(await storedCount()).toBe(before);
  });

  it('is 403 for a reporter, 404 for another province or a unit that is not a province', async () => {
    const body = { name: 'Lịch khác', basis: 'Thử', firstDay: 15 };
    expect((await create(harness.sessions.reporter, { ...body, provinceId: 't-p1' })).statusCode).toBe(403);
    expect((await create(harness.sessions.foreignPlanner, { ...body, provinceId: 't-p1' })).statusCode).toBe(404);
    expect((await create(harness.sessions.planner, { ...body, provinceId: 't-c1' })).statusCode).toBe(404);
  });

  it('carries values saved under the province’s own calendar, for its users only', async () => {
    const created = await create(harness.sessions.planner, {
      provinceId: 't-p1',
      name: 'Chốt số liệu ngày 10',
      basis: 'Thử lưu số liệu theo lịch riêng',
      firstDay: 11,
    });
    expect(created.statusCode, created.body).toBe(201);
    const calendarId = created.json().calendar.id as string;
    const cell = { dataElementId: 'employment-new-jobs', unitId: 't-c1', period: '2026Q1', value: 14 };
    const saved = await app.inject({
      method: 'PUT',
      url: '/api/values',
      headers: authHeaders(harness.sessions.reporter),
      payload: { calendarId, values: [cell] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const rollupUrl = (id: string) =>
      `/api/rollups?indicatorId=employment-new-jobs&unitId=t-p1&period=2026Q1&calendarId=${id}`;
    const own = await app.inject({
      method: 'GET',
      url: rollupUrl(calendarId),
      headers: authHeaders(harness.sessions.planner),
    });
    expect(own.json()).toMatchObject({ value: 14 });
    // The calendar year holds nothing for that quarter: calendars never mix.
    const year = await app.inject({
      method: 'GET',
      url: rollupUrl(calendarYear.id),
      headers: authHeaders(harness.sessions.planner),
    });
    expect(year.json().value).toBeNull();
    const exported = await app.inject({
      method: 'GET',
      url: `/api/data-value-sets?orgUnit=t-c1&calendarId=${calendarId}`,
      headers: authHeaders(harness.sessions.reporter),
    });
    expect(exported.json().dataValues).toEqual([expect.objectContaining({ period: '2026Q1', value: '14' })]);
    // Another province's planner may not use it; an unknown id is named, never read as the calendar year.
    const foreign = await app.inject({
      method: 'PUT',
      url: '/api/values',
      headers: authHeaders(harness.sessions.foreignPlanner),
      payload: { calendarId, values: [{ ...cell, unitId: 't-c3' }] },
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error).toMatchObject({ field: 'calendarId' });
    const unknown = await app.inject({
      method: 'GET',
      url: rollupUrl('khong-co'),
      headers: authHeaders(harness.sessions.planner),
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('Không có lịch báo cáo "khong-co"');
  });
});
