// Values in and out of files through the real routes, on the unit map of test/support/unit-map.ts:
// t-p1 ⊃ {t-c1 (code 91001), t-c2 (91002)}; old t-oc1, t-oc2, t-oc3 (91901–91903) before
// 2025-07-01. Round trips (XLSX template, DHIS2 JSON, CSV) keep every value; a bad file is
// refused with its rows named and nothing stored.
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanExtraction, makeTarget } from '../../../test/factories/plan-extraction.ts';
import { freshPlanNumber, insertPlanAt } from '../../../test/factories/plans.ts';
import { authHeaders, type LoggedIn } from '../../../test/factories/users.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { codeRow, dataSheetName, firstUnitRow, firstValueColumn } from '../../domain/values/value-template.ts';

type Login = 'admin' | 'planner' | 'reporter' | 'viewer' | 'foreignPlanner';
let harness: TestApp<never, Login>;
let app: FastifyInstance;
let s: TestApp<never, Login>['sessions'];
let planId = '';
let otherPlanId = '';
let unlinkedPlanId = '';

const employed = 'labour-employed';
const trained = 'labour-employed-trained';
const jobs = 'employment-new-jobs';
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function countRows(table: 'data_values' | 'audit_log'): Promise<number> {
  const row = await harness.db.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function clearValues(): Promise<void> {
  await harness.db.db.deleteFrom('data_values').execute();
}

async function linkTargets(id: string): Promise<void> {
  const rows = await harness.db.db
    .selectFrom('plan_targets')
    .select('id')
    .where('plan_id', '=', id)
    .orderBy('position')
    .execute();
  for (const [row, indicatorId] of [
    [rows[0], 'labour-trained-rate'],
    [rows[1], 'employment-new-jobs'],
  ] as const) {
    const response = await app.inject({
      method: 'PUT',
      url: `/api/plans/${id}/targets/${row!.id}/indicator`,
      headers: authHeaders(s.planner),
      payload: { indicatorId },
    });
    expect(response.statusCode, response.body).toBe(200);
  }
}

const twoTargets = () =>
  makePlanExtraction({
    document: { number: freshPlanNumber() },
    targets: [
      makeTarget({ id: 'trained' }),
      makeTarget({
        id: 'jobs',
        text: 'Giải quyết việc làm cho 1.000 lao động',
        subject: 'giải quyết việc làm',
        op: 'gte',
        value: 1000,
        unit: 'count',
        unitNoun: 'lao động',
      }),
    ],
  });

beforeAll(async () => {
  harness = await startTestApp({
    now: () => new Date('2026-12-03T03:00:00Z'),
    logins: {
      admin: { role: 'admin', agencyId: 'ag-t-p1-ubnd' },
      planner: { role: 'planner', agencyId: 'ag-t-p1-ubnd' },
      reporter: { role: 'reporter', agencyId: 'ag-t-c1-ubnd' },
      viewer: { role: 'viewer', agencyId: 'ag-t-p1-ubnd' },
      foreignPlanner: { role: 'planner', agencyId: 'ag-t-p2-so-bi-mat' },
    },
  });
  ({ app } = harness);
  s = harness.sessions;
  planId = await insertPlanAt(harness.db.db, 't-p1', twoTargets());
  otherPlanId = await insertPlanAt(harness.db.db, 't-p1', twoTargets());
  unlinkedPlanId = await insertPlanAt(harness.db.db, 't-p1');
  await linkTargets(planId);
  await linkTargets(otherPlanId);
});

afterAll(async () => {
  await harness?.close();
});

async function downloadTemplate(session: LoggedIn, period: string, id = planId) {
  return app.inject({
    method: 'GET',
    url: `/api/plans/${id}/value-template?period=${period}`,
    headers: authHeaders(session),
  });
}

function multipart(fields: Record<string, string>, file: Uint8Array | null) {
  const boundary = `----nhanluc-test-${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  if (file)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="mau.xlsx"\r\nContent-Type: ${xlsxType}\r\n\r\n`,
      ),
      Buffer.from(file),
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function uploadTemplate(session: LoggedIn, file: Uint8Array, fields: Record<string, string> = {}, id = planId) {
  const { payload, headers } = multipart(fields, file);
  return app.inject({
    method: 'POST',
    url: `/api/plans/${id}/value-template`,
    headers: { ...authHeaders(session), ...headers },
    payload,
  });
}

/** The data sheet as { unitId: { columnCode: value } } plus the workbook to edit. */
async function openTemplate(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(dataSheetName)!;
  const codes: string[] = [];
  for (let column = firstValueColumn; sheet.getCell(codeRow, column).value !== null; column++)
    codes.push(String(sheet.getCell(codeRow, column).value));
  const rows = new Map<string, number>();
  for (let row = firstUnitRow; sheet.getCell(row, 1).value !== null; row++)
    rows.set(String(sheet.getCell(row, 1).value), row);
  const read = () => {
    const grid: Record<string, Record<string, unknown>> = {};
    for (const [unitId, row] of rows)
      grid[unitId] = Object.fromEntries(
        codes.map((code, i) => [code, sheet.getCell(row, firstValueColumn + i).value ?? null]),
      );
    return grid;
  };
  const set = (unitId: string, code: string, value: ExcelJS.CellValue) => {
    const row = rows.get(unitId);
    if (row === undefined) throw new Error(`no row for ${unitId}`);
    sheet.getCell(row, firstValueColumn + codes.indexOf(code)).value = value;
  };
  const save = async () => new Uint8Array(await workbook.xlsx.writeBuffer());
  return { sheet, codes, units: [...rows.keys()], read, set, save };
}

async function valuesOf(session: LoggedIn, query: string) {
  const response = await app.inject({
    method: 'GET',
    url: `/api/data-value-sets?${query}`,
    headers: authHeaders(session),
  });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { dataValues: Record<string, string>[] }).dataValues;
}

async function postValueSet(session: LoggedIn, body: unknown, query = '') {
  return app.inject({
    method: 'POST',
    url: `/api/data-value-sets${query}`,
    headers: authHeaders(session),
    payload: body as Record<string, unknown>,
  });
}

describe('XLSX value template of a plan', () => {
  it('round-trips every value: download, fill in, upload, download again', async () => {
    await clearValues();
    const first = await downloadTemplate(s.planner, '2026');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['content-type']).toBe(xlsxType);
    expect(first.headers['content-disposition']).toMatch(/mau-so-lieu-.*-2026\.xlsx/);
    const template = await openTemplate(first.rawPayload);
    expect(template.codes).toEqual([trained, employed, jobs]);
    expect(template.units).toEqual(['t-c1', 't-c2']);
    const filled: Record<string, Record<string, number>> = {
      't-c1': { [trained]: 734.5, [employed]: 1000, [jobs]: 120 },
      't-c2': { [trained]: 410, [employed]: 800, [jobs]: 75 },
    };
    for (const [unitId, cells] of Object.entries(filled))
      for (const [code, value] of Object.entries(cells)) template.set(unitId, code, value);
    const uploaded = await uploadTemplate(s.planner, await template.save());
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    expect(uploaded.json()).toMatchObject({
      status: 'SUCCESS',
      period: '2026',
      importCount: { imported: 6, updated: 0, ignored: 0, deleted: 0 },
    });
    const again = await openTemplate((await downloadTemplate(s.planner, '2026')).rawPayload);
    expect(again.read()).toEqual(filled);
    // Uploading the same file again changes nothing.
    const repeated = await uploadTemplate(s.planner, await again.save());
    expect(repeated.json().importCount).toEqual({ imported: 0, updated: 0, ignored: 6, deleted: 0 });
    const rollup = await app.inject({
      method: 'GET',
      url: '/api/rollups?indicatorId=labour-trained-rate&unitId=t-p1&period=2026',
      headers: authHeaders(s.viewer),
    });
    expect(rollup.json()).toMatchObject({ numerator: 1144.5, denominator: 1800 });
  });

  it('lists the communes of the period’s map: the old communes for 2024', async () => {
    const response = await downloadTemplate(s.admin, '2024');
    expect(response.statusCode, response.body).toBe(200);
    const template = await openTemplate(response.rawPayload);
    expect(template.units.sort()).toEqual(['t-oc1', 't-oc2', 't-oc3']);
    template.set('t-oc3', jobs, 40);
    const uploaded = await uploadTemplate(s.admin, await template.save());
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    const stored = await valuesOf(s.admin, `orgUnit=91903&dataElement=${jobs}&period=2024`);
    expect(stored).toEqual([expect.objectContaining({ orgUnit: 't-oc3', period: '2024', value: '40' })]);
  });

  it('refuses a template with a word in a number cell, naming row and column, and stores nothing', async () => {
    const template = await openTemplate((await downloadTemplate(s.planner, '2025')).rawPayload);
    template.set('t-c1', jobs, 15);
    template.set('t-c2', jobs, 'mười hai');
    const [values, audit] = [await countRows('data_values'), await countRows('audit_log')];
    const response = await uploadTemplate(s.planner, await template.save());
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('invalid_values');
    expect(error.message).toContain('Chưa nhập số liệu nào');
    expect(error.message).toMatch(
      /Dòng 5, cột 'Số lao động được giải quyết việc làm[^']*': «mười hai» không phải là số/,
    );
    expect([await countRows('data_values'), await countRows('audit_log')]).toEqual([values, audit]);
  });

  it('refuses a part above its whole with the cell named, and stores nothing', async () => {
    const template = await openTemplate((await downloadTemplate(s.planner, '2025')).rawPayload);
    template.set('t-c1', jobs, 15);
    template.set('t-c2', trained, 900);
    template.set('t-c2', employed, 800);
    const before = await countRows('data_values');
    const response = await uploadTemplate(s.planner, await template.save());
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.message).toMatch(
      /^Chưa nhập số liệu nào: 2 ô có lỗi\. Dòng 5, cột 'Số lao động đang làm việc đã qua đào tạo \(người\)': .*không được lớn hơn/,
    );
    expect(await countRows('data_values')).toBe(before);
  });

  it('refuses an edited code row, another plan’s template, a file that is not a workbook, and an empty template', async () => {
    const edited = await openTemplate((await downloadTemplate(s.planner, '2025')).rawPayload);
    edited.sheet.getCell(codeRow, firstValueColumn).value = 'khac';
    edited.set('t-c1', jobs, 1);
    const codes = await uploadTemplate(s.planner, await edited.save());
    expect(codes.statusCode).toBe(400);
    expect(codes.json().error.message).toContain(`Dòng ${codeRow}, cột C: mã cột phải là "${trained}"`);

    const other = await openTemplate((await downloadTemplate(s.planner, '2025', otherPlanId)).rawPayload);
    other.set('t-c1', jobs, 1);
    const wrongPlan = await uploadTemplate(s.planner, await other.save());
    expect(wrongPlan.statusCode).toBe(400);
    expect(wrongPlan.json().error.code).toBe('template_of_another_plan');

    const text = await uploadTemplate(s.planner, new TextEncoder().encode('dataelement,period\n'));
    expect(text.statusCode).toBe(400);
    expect(text.json().error.message).toContain('không phải là bảng tính Excel');

    const empty = await uploadTemplate(
      s.planner,
      await (await openTemplate((await downloadTemplate(s.planner, '2019')).rawPayload)).save(),
    );
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('empty_template');

    const noFile = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/value-template`,
      headers: { ...authHeaders(s.planner), ...multipart({ confirm: 'true' }, null).headers },
      payload: multipart({ confirm: 'true' }, null).payload,
    });
    expect(noFile.statusCode).toBe(400);
  });

  it('checks a template without saving when dryRun is set', async () => {
    const template = await openTemplate((await downloadTemplate(s.planner, '2023')).rawPayload);
    template.set('t-oc1', jobs, 33);
    const before = await countRows('data_values');
    const response = await uploadTemplate(s.planner, await template.save(), { dryRun: 'true' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ dryRun: true, importCount: { imported: 1 } });
    expect(response.json().description).toContain('chưa lưu');
    expect(await countRows('data_values')).toBe(before);
  });

  it('gives a reporter only their own commune, refuses viewers, foreign planners and plans without links', async () => {
    const communePlan = await insertPlanAt(harness.db.db, 't-c1', twoTargets());
    await linkTargets(communePlan);
    const own = await downloadTemplate(s.reporter, '2026', communePlan);
    expect(own.statusCode, own.body).toBe(200);
    expect((await openTemplate(own.rawPayload)).units).toEqual(['t-c1']);
    expect((await downloadTemplate(s.reporter, '2026')).statusCode).toBe(404);
    expect((await downloadTemplate(s.viewer, '2026')).statusCode).toBe(403);
    expect((await downloadTemplate(s.foreignPlanner, '2026')).statusCode).toBe(404);
    const unlinked = await downloadTemplate(s.planner, '2026', unlinkedPlanId);
    expect(unlinked.statusCode).toBe(400);
    expect(unlinked.json().error.message).toContain('chưa có chỉ tiêu nào được liên kết');
    const badPeriod = await downloadTemplate(s.planner, '2026Q5');
    expect(badPeriod.statusCode).toBe(400);
    expect(badPeriod.json().error.field).toBe('period');
  });
});

describe('DHIS2 dataValueSets', () => {
  it('round-trips every value, with org units by id or official code and DHIS2 periods', async () => {
    await clearValues();
    const sent = [
      { dataElement: employed, period: '2026', orgUnit: '91001', categoryOptionCombo: 'default', value: '1000' },
      { dataElement: employed, period: '2026', orgUnit: 't-c1', categoryOptionCombo: 'sex=female', value: '480' },
      { dataElement: trained, period: '2026', orgUnit: 't-c1', value: '733.25' },
      { dataElement: jobs, period: '2026Q1', orgUnit: 't-c2', value: '12' },
      { dataElement: jobs, period: '202603', orgUnit: 't-c2', value: '5' },
      { dataElement: jobs, period: '2026S1', orgUnit: 't-c2', value: '30' },
      { dataElement: jobs, period: '2024', orgUnit: '91902', value: '7' },
    ];
    const posted = await postValueSet(s.planner, { dataValues: sent });
    expect(posted.statusCode, posted.body).toBe(200);
    expect(posted.json()).toMatchObject({ status: 'SUCCESS', importCount: { imported: 7, updated: 0 } });
    const back = await valuesOf(s.planner, 'orgUnit=t-p1&children=true');
    const key = (row: Record<string, string>) => `${row.dataElement}|${row.period}|${row.categoryOptionCombo}`;
    expect(back.map((row) => `${row.orgUnit}|${key(row)}|${row.value}`).sort()).toEqual(
      [
        `t-c1|${employed}|2026|default|1000`,
        `t-c1|${employed}|2026|sex=female|480`,
        `t-c1|${trained}|2026|default|733.25`,
        `t-c2|${jobs}|2026Q1|default|12`,
        `t-c2|${jobs}|202603|default|5`,
        `t-c2|${jobs}|2026S1|default|30`,
      ].sort(),
    );
    const old = await valuesOf(s.planner, 'orgUnit=t-oc2');
    expect(old).toEqual([expect.objectContaining({ period: '2024', value: '7', storedBy: expect.any(String) })]);
    // What was exported goes back in unchanged.
    const repeated = await postValueSet(s.planner, { dataValues: [...back, ...old] });
    expect(repeated.json().importCount).toEqual({ imported: 0, updated: 0, ignored: 7, deleted: 0 });
    // Filters: element, period in either notation, dates.
    expect(await valuesOf(s.planner, `orgUnit=t-c2&dataElement=${jobs}&period=2026-03`)).toHaveLength(1);
    expect(
      (await valuesOf(s.planner, 'orgUnit=t-c2&startDate=2026-01-01&endDate=2026-03-31'))
        .map((row) => row.period)
        .sort(),
    ).toEqual(['202603', '2026Q1']);
  });

  it('takes the payload’s own period and orgUnit for rows without them, and deletes with deleted=true', async () => {
    const posted = await postValueSet(s.planner, {
      period: '2025',
      orgUnit: 't-c2',
      dataValues: [{ dataElement: jobs, value: '9' }],
    });
    expect(posted.statusCode, posted.body).toBe(200);
    expect(await valuesOf(s.planner, `orgUnit=t-c2&period=2025`)).toEqual([
      expect.objectContaining({ dataElement: jobs, value: '9' }),
    ]);
    const deleted = await postValueSet(s.planner, {
      dataValues: [{ dataElement: jobs, period: '2025', orgUnit: 't-c2', value: '9', deleted: true }],
    });
    expect(deleted.json().importCount.deleted).toBe(1);
    expect(await valuesOf(s.planner, `orgUnit=t-c2&period=2025`)).toEqual([]);
  });

  it('refuses the whole payload when any row is wrong, naming each row, and stores nothing', async () => {
    const [values, audit] = [await countRows('data_values'), await countRows('audit_log')];
    const response = await postValueSet(s.planner, {
      dataValues: [
        { dataElement: jobs, period: '2023', orgUnit: 't-c1', value: '10' },
        { dataElement: jobs, period: '2023', orgUnit: 't-c2', value: '10' },
        { dataElement: jobs, period: '2023', orgUnit: 't-c1', value: '12,5' },
        { dataElement: 'khong-co', period: '2023', orgUnit: 't-c1', value: '1' },
        { dataElement: jobs, period: '2023X', orgUnit: 't-c1', value: '1' },
      ],
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.message).toMatch(/^Chưa nhập số liệu nào: 2 dòng có lỗi\. Dòng 3: giá trị «12,5» không phải là số/);
    expect(error.problems.map((problem: { field: string }) => problem.field)).toEqual([
      'dataValues.2.value',
      'dataValues.4.period',
    ]);
    const unknown = await postValueSet(s.planner, {
      dataValues: [
        { dataElement: jobs, period: '2025', orgUnit: 't-c1', value: '10' },
        { dataElement: 'khong-co', period: '2025', orgUnit: 't-c1', value: '1' },
        { dataElement: jobs, period: '2025', orgUnit: 't-c3', value: '1' },
      ],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.problems).toEqual([
      expect.objectContaining({ field: 'dataValues.1.dataElement', message: expect.stringContaining('Dòng 2') }),
      expect.objectContaining({ field: 'dataValues.2.orgUnit', message: expect.stringContaining('Dòng 3') }),
    ]);
    expect([await countRows('data_values'), await countRows('audit_log')]).toEqual([values, audit]);
  });

  it('refuses a cell sent twice, naming both rows', async () => {
    const response = await postValueSet(s.planner, {
      dataValues: [
        { dataElement: jobs, period: '2025', orgUnit: 't-c1', value: '10' },
        { dataElement: jobs, period: '2025', orgUnit: '91001', value: '11' },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('Dòng 2: trùng với dòng 1');
  });

  it('refuses the same cell twice in one PUT /api/values too (the one save path)', async () => {
    const cell = { dataElementId: jobs, unitId: 't-c1', period: '2025', value: 4 };
    const response = await app.inject({
      method: 'PUT',
      url: '/api/values',
      headers: authHeaders(s.planner),
      payload: { values: [cell, { ...cell, value: 5 }] },
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.message).toContain('Ô thứ 2: trùng với ô thứ 1');
  });

  it('checks without saving on dryRun, and follows scope and role', async () => {
    const before = await countRows('data_values');
    const dry = await postValueSet(
      s.planner,
      { dataValues: [{ dataElement: jobs, period: '2025', orgUnit: 't-c1', value: '3' }] },
      '?dryRun=true',
    );
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, importCount: { imported: 1 } });
    expect(await countRows('data_values')).toBe(before);
    const viewer = await postValueSet(s.viewer, {
      dataValues: [{ dataElement: jobs, period: '2021', orgUnit: 't-c1', value: '3' }],
    });
    expect(viewer.statusCode).toBe(403);
    const foreign = await app.inject({
      method: 'GET',
      url: '/api/data-value-sets?orgUnit=t-p1',
      headers: authHeaders(s.foreignPlanner),
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.message).toContain('"t-p1"');
    // A reporter's children are their own commune's only.
    const reporterRows = await valuesOf(s.reporter, 'orgUnit=t-c1&children=true');
    expect(new Set(reporterRows.map((row) => row.orgUnit))).toEqual(new Set(['t-c1']));
  });
});

describe('CSV', () => {
  it('round-trips every value and names file lines in its errors', async () => {
    const exported = await app.inject({
      method: 'GET',
      url: '/api/data-value-sets.csv?orgUnit=t-c1',
      headers: authHeaders(s.planner),
    });
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.headers['content-type']).toContain('text/csv');
    const text = exported.body;
    expect(text.startsWith('\uFEFFdataelement,period,orgunit,catoptcombo,value')).toBe(true);
    expect(text).toContain('Xã An Hòa');
    const lines = text.trimEnd().split('\r\n');
    const post = (body: string, query = '') =>
      app.inject({
        method: 'POST',
        url: `/api/data-value-sets.csv${query}`,
        headers: { ...authHeaders(s.planner), 'content-type': 'text/csv' },
        payload: body,
      });
    const same = await post(text);
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json().importCount).toEqual({ imported: 0, updated: 0, ignored: lines.length - 1, deleted: 0 });
    const changed = [...lines];
    const femaleLine = changed.findIndex((line) => line.includes('sex=female'));
    changed[femaleLine] = changed[femaleLine]!.replace(',480,', ',490,');
    const updated = await post(changed.join('\r\n'));
    expect(updated.json().importCount).toMatchObject({ updated: 1 });
    expect(await valuesOf(s.planner, 'orgUnit=t-c1&period=2026')).toContainEqual(
      expect.objectContaining({ categoryOptionCombo: 'sex=female', value: '490' }),
    );
    const broken = [lines[0], lines[1], 'employment-new-jobs,2026,t-c1,default,nhiều'].join('\r\n');
    const refused = await post(broken);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('Dòng 3: giá trị «nhiều» không phải là số');
    expect(refused.json().error.problems[0].field).toBe('line.3.value');
    const noHeader = await post('a,b,c\n1,2,3\n');
    expect(noHeader.statusCode).toBe(400);
    expect(noHeader.json().error.message).toContain('Dòng 1 (tiêu đề) thiếu cột');
  });
});
