// The consolidated report through the real routes: downloads in the three formats, the fields a
// planner edits before downloading (defaults from the plan, audited changes, back to defaults),
// the final version stored with the plan, and the refusals in Vietnamese.
import type { FastifyInstance } from 'fastify';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanExtraction, makeTask } from '../../../test/factories/plan-extraction.ts';
import { freshPlanNumber, insertPlanAt } from '../../../test/factories/plans.ts';
import { authHeaders } from '../../../test/factories/users.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { findSoffice } from '../../reports/convert-to-pdf.ts';

let harness: TestApp<never, 'planner' | 'viewer'>;
let app: FastifyInstance;
let planId = '';
let number = '';

const docxText = async (body: Buffer) => (await mammoth.extractRawText({ buffer: body })).value;

beforeAll(async () => {
  harness = await startTestApp({
    now: () => new Date('2026-12-03T03:00:00Z'),
    logins: {
      planner: { role: 'planner', agencyId: 'ag-t-p1-ubnd' },
      viewer: { role: 'viewer', agencyId: 'ag-t-p1-ubnd' },
    },
  });
  ({ app } = harness);
  number = freshPlanNumber();
  planId = await insertPlanAt(
    harness.db.db,
    't-p1',
    makePlanExtraction({
      document: { number, date: '2026-01-15', place: 'Tháp Mười' },
      period: { from: 2026, to: 2026, horizons: [] },
      tasks: [
        makeTask({
          id: 'k1',
          text: 'Rà soát nhu cầu đào tạo',
          due: { kind: 'once', by: '2026-Q1' },
          dueText: 'Quý I/2026',
        }),
        makeTask({ id: 'k2', text: 'Tổng kết năm', due: { kind: 'once', by: '2026-12-31' }, dueText: '31/12/2026' }),
        makeTask({ id: 'k3', text: 'Đề án năm sau', due: { kind: 'once', by: '2027-Q1' }, dueText: 'Quý I/2027' }),
      ],
    }),
  );
});

afterAll(async () => {
  await harness?.close();
});

const get = (url: string, session = harness.sessions.viewer) =>
  app.inject({ method: 'GET', url, headers: authHeaders(session) });

describe('GET /api/plans/:id/report', () => {
  it('downloads the DOCX with the tasks of the period counted on the report date', async () => {
    const response = await get(`/api/plans/${planId}/report?period=2026&format=docx`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename=".*2026\.docx"/);
    const text = await docxText(response.rawPayload);
    expect(text).toContain(`Kết quả thực hiện Kế hoạch số ${number} ngày 15/1/2026`);
    expect(text).toContain('Tháp Mười, ngày 03 tháng 12 năm 2026');
    expect(text).toContain(
      'Trong năm 2026 có 2 nhiệm vụ đến hạn; tình hình đến ngày 03/12/2026: 1 quá hạn chưa hoàn thành và 1 đang thực hiện (trong hạn).',
    );
    expect(text).toContain('Chưa có báo cáo của đơn vị nào.');
  });

  it('downloads the XLSX annex', async () => {
    const response = await get(`/api/plans/${planId}/report?period=2026&format=xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it.skipIf(!findSoffice())(
    'downloads the PDF',
    async () => {
      const response = await get(`/api/plans/${planId}/report?period=2026Q1&format=pdf`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
    60_000,
  );

  it.each([
    ['a period that is no period', 'period=2026Q5', /quý/i],
    ['no period', 'format=docx', /kỳ báo cáo/i],
    ['an unknown format', 'period=2026&format=odt', /docx, xlsx hoặc pdf/],
  ])('refuses %s in Vietnamese', async (_name, query, message) => {
    const response = await get(`/api/plans/${planId}/report?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(message);
  });
});

describe('the report fields and the final version', () => {
  it('defaults the fields from the plan, saves a planner’s changes with an audit row, and restores defaults', async () => {
    const before = await get(`/api/plans/${planId}/report/fields?period=2026`);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({ edited: false, final: null, canEdit: false, fields: { date: '2026-12-03' } });
    const url = `/api/plans/${planId}/report/fields?period=2026`;
    const payload = {
      number: ' 15 ',
      date: '2026-12-10',
      place: null,
      signerName: 'Trần Văn A',
      signerTitle: 'Chủ tịch',
      recipients: ['UBND tỉnh', ' ', 'Lưu: VT, VX'],
      intro: null,
    };
    const denied = await app.inject({ method: 'PUT', url, headers: authHeaders(harness.sessions.viewer), payload });
    expect(denied.statusCode).toBe(403);
    const saved = await app.inject({ method: 'PUT', url, headers: authHeaders(harness.sessions.planner), payload });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      edited: true,
      canEdit: true,
      fields: { number: '15', date: '2026-12-10', recipients: ['UBND tỉnh', 'Lưu: VT, VX'], signerName: 'Trần Văn A' },
    });
    const audit = await harness.db.db
      .selectFrom('audit_log')
      .select(['action', 'entity', 'entity_id'])
      .where('entity', '=', 'plan_report')
      .execute();
    expect(audit).toEqual([{ action: 'update', entity: 'plan_report', entity_id: planId }]);
    const text = await docxText((await get(`/api/plans/${planId}/report?period=2026`)).rawPayload);
    expect(text).toContain('Số: 15/BC-UBND');
    expect(text).toContain('ngày 10 tháng 12 năm 2026');
    expect(text).toContain('Trần Văn A');
    expect(text).toMatch(/TM\. ỦY BAN NHÂN DÂN\s+CHỦ TỊCH/);
    const reset = await app.inject({
      method: 'PUT',
      url,
      headers: authHeaders(harness.sessions.planner),
      payload: { ...payload, number: '', date: null, signerName: null, signerTitle: null, recipients: null },
    });
    expect(reset.json().fields).toEqual(reset.json().defaults);
  });

  it('refuses a bad date in the fields with a Vietnamese message', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: `/api/plans/${planId}/report/fields?period=2026`,
      headers: authHeaders(harness.sessions.planner),
      payload: {
        number: null,
        date: '2026-02-30',
        place: null,
        signerName: null,
        signerTitle: null,
        recipients: null,
        intro: null,
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('Ngày báo cáo');
  });

  it('stores the final DOCX with the plan and gives it back as stored', async () => {
    const missing = await get(`/api/plans/${planId}/report/final?period=2026`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toContain('bản báo cáo chính thức của kỳ Năm 2026');
    const stored = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/report/final?period=2026`,
      headers: authHeaders(harness.sessions.planner),
    });
    expect(stored.statusCode, stored.body).toBe(200);
    const { final } = stored.json();
    expect(final).toMatchObject({ period: '2026', finalisedByName: expect.any(String) });
    const download = await get(`/api/plans/${planId}/report/final?period=2026`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.byteLength).toBe(final.sizeBytes);
    expect(await docxText(download.rawPayload)).toContain('BÁO CÁO');
    const fields = (await get(`/api/plans/${planId}/report/fields?period=2026`)).json();
    expect(fields.final.sha256).toBe(final.sha256);
    const audit = await harness.db.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'plan_report')
      .where('action', '=', 'create')
      .execute();
    expect(audit).toHaveLength(1);
  });
});
