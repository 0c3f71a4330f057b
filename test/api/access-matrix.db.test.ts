// The access matrix: every role, from a home unit, against every route, aimed at a
// record in a foreign unit (→ 401/403/404, nothing leaked) and at one in its own scope
// (→ success). Driven by the tables below through the real routes. The routes come from
// the app's route table: a registered route without rows here fails the test, and every
// row must hit the route it names. Also holds the holes found in issue 7 as rows (foreign
// agency ids in bodies, uploads, reference links, agency moves); test/api/access-cases.db.test.ts
// tests them in detail.
import ExcelJS from 'exceljs';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/access/roles.ts';
import { saveFinalReport } from '../../src/server/plan-reports/repository.ts';
import { makePlanExtraction, makePlanText, makeTask } from '../factories/plan-extraction.ts';
import { insertPlanAt, multipartFile, uploadPlan } from '../factories/plans.ts';
import { authHeaders, type LoggedIn } from '../factories/users.ts';
import type { TestDatabase } from '../support/test-database.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { type FixtureAgency, type MapAgencies, unitMap } from '../support/unit-map.ts';
import { collectRoutes, requestMatchesRoute } from './access-routes.ts';

type Who = Role | 'anonymous';
const everyone: Who[] = ['anonymous', 'admin', 'planner', 'reporter', 'viewer'];

interface Place {
  unitId: string;
  agency: FixtureAgency;
}

/** Where each actor sits, and a place outside their scope. */
interface Seat {
  home: Place;
  foreign: Place;
}

let harness: TestApp;
let database: TestDatabase;
let app: FastifyInstance;
let fixtures: MapAgencies;
const sessions = new Map<Who, LoggedIn | null>();
const seats = new Map<Who, Seat>();
let victimUserId = '';
/** One confirmed plan per fixture unit (unit id → plan id). */
const planAt = new Map<string, string>();
const planOf = (place: Place) => planAt.get(place.unitId) ?? 'khong-co';
/** The URL of a plan's first target (for the indicator link routes). */
async function targetUrl(place: Place, rest: string): Promise<string> {
  const planId = planOf(place);
  const target = await database.db
    .selectFrom('plan_targets')
    .select('id')
    .where('plan_id', '=', planId)
    .orderBy('position')
    .executeTakeFirst();
  return `/api/plans/${planId}/targets/${target?.id ?? 'khong-co'}/${rest}`;
}
/** The plan at the place, its first target linked to an indicator (a value template needs one). */
async function linkedPlanOf(place: Place): Promise<string> {
  const planId = planOf(place);
  const target = await database.db
    .selectFrom('plan_targets')
    .select('id')
    .where('plan_id', '=', planId)
    .orderBy('position')
    .executeTakeFirst();
  if (target)
    await database.db
      .updateTable('plan_targets')
      .set({ indicator_id: 'employment-new-jobs' })
      .where('id', '=', target.id)
      .execute();
  return planId;
}
const emptyReportFields = {
  number: null,
  date: null,
  place: null,
  signerName: null,
  signerTitle: null,
  recipients: null,
  intro: null,
};
/** The plan at the place with a final report stored for 2026 (the final's download needs one). */
async function planWithFinalReport(place: Place): Promise<string> {
  const planId = planOf(place);
  if (planId !== 'khong-co')
    await saveFinalReport(database.db, {
      planId,
      period: '2026',
      fileName: 'bao-cao.docx',
      sha256: '0'.repeat(64),
      content: new Uint8Array([80, 75, 3, 4]),
      by: null,
      at: new Date(),
    });
  return planId;
}
/** A plan's value template as the actor downloads it, one cell filled, as a multipart upload. */
async function filledTemplateUpload(who: Who, planId: string): Promise<InjectOptions> {
  const url = `/api/plans/${planId}/value-template`;
  const download = await app.inject({ method: 'GET', url: `${url}?period=2026`, headers: headersOf(who) });
  let bytes: Uint8Array = new TextEncoder().encode('không phải bảng tính');
  if (download.statusCode === 200) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download.rawPayload as unknown as ArrayBuffer);
    workbook.getWorksheet('Số liệu')!.getCell(4, 3).value = 6;
    bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  }
  const { payload, headers } = multipartFile('mau.xlsx', bytes, 'file', 'application/octet-stream');
  return { method: 'POST', url, payload, headers };
}
const csvOf = (unitId: string, value: number) =>
  `dataelement,period,orgunit,catoptcombo,value\r\nemployment-new-jobs,2026,${unitId},default,${value}\r\n`;
const unitNames = new Map(unitMap.units.map((unit) => [unit.id, unit.name]));
/** Plans in each actor's home scope whose task names the actor's foreign agency. */
const planNamingForeign = new Map<Who, string>();
/** Per actor: a task led by their home agency in a plan at home, and one led by the foreign agency abroad. */
const tasksOf = new Map<
  Who,
  { home: { planId: string; taskId: string }; foreign: { planId: string; taskId: string } }
>();
const taskOf = (who: Who, side: 'home' | 'foreign') =>
  tasksOf.get(who)?.[side] ?? { planId: 'khong-co', taskId: 'khong-co' };
async function insertLedTask(place: Place): Promise<{ planId: string; taskId: string }> {
  const planId = await insertPlanAt(database.db, place.unitId, extractionNaming(place.agency.id));
  const task = await database.db.selectFrom('plan_tasks').select('id').where('plan_id', '=', planId).executeTakeFirst();
  return { planId, taskId: task?.id ?? 'khong-co' };
}
/** A commune inside / outside each actor's scope (values are entered for communes). */
const homeCommune: Record<Who, string> = {
  anonymous: 't-c1',
  admin: 't-c1',
  planner: 't-c1',
  reporter: 't-c1',
  viewer: 't-c3',
};
const foreignCommune: Record<Who, string> = {
  anonymous: 't-c3',
  admin: 't-c3',
  planner: 't-c3',
  reporter: 't-c2',
  viewer: 't-c1',
};
const mayUpload = (who: Who) => who === 'admin' || who === 'planner';

/** A fresh draft of the actor's own (an id nobody has for those who may not upload). */
async function draftOf(who: Who): Promise<string> {
  const session = sessions.get(who);
  if (!session || !mayUpload(who)) return 'khong-co';
  const response = await uploadPlan(app, session, 'ke-hoach.txt', `${makePlanText()}\nGhi chú ${unique()}\n`);
  if (response.statusCode !== 201) throw new Error(`draft for ${who}: ${response.statusCode} ${response.body}`);
  return response.json().draft.id as string;
}

function extractionNaming(agencyId: string) {
  const text = 'Cơ quan như văn bản viết';
  return makePlanExtraction({
    document: { number: `${unique()}/KH-UBND` },
    tasks: [
      makeTask({
        id: 'k1',
        lead: [text],
        support: [],
        leadAgencies: [{ text, agencyId, agencyName: null, confidence: 1 }],
        supportAgencies: [],
      }),
    ],
  });
}

/** A plan document issued by the actor's foreign unit, naming its foreign agency. */
function foreignPlanText(who: Who): string {
  const { foreign } = seat(who);
  return [
    'ỦY BAN NHÂN DÂN',
    (unitNames.get(foreign.unitId) ?? '').toUpperCase(),
    `Số: ${unique()}/KH-UBND`,
    'ngày 10 tháng 3 năm 2026',
    'KẾ HOẠCH',
    'Phát triển nguồn nhân lực năm 2026',
    'I. MỤC TIÊU',
    '- Tỷ lệ lao động qua đào tạo đạt trên 70%.',
    'II. TỔ CHỨC THỰC HIỆN',
    `1. ${foreign.agency.name}`,
    '- Chủ trì triển khai Kế hoạch; định kỳ hằng năm báo cáo Ủy ban nhân dân tỉnh.',
    '',
  ].join('\n');
}

/** The same bytes a planner of another province uploaded first, under a name of their own. */
const sharedText = `${makePlanText('66/KH-UBND')}\nBản dùng chung\n`;
const otherUploadersName = 'bi-mat-cua-tinh-hai.txt';

function seat(who: Who): Seat {
  const found = seats.get(who);
  if (!found) throw new Error(`no seat for ${who}`);
  return found;
}

function headersOf(who: Who): Record<string, string> {
  const session = sessions.get(who);
  return session ? authHeaders(session) : {};
}

let sequence = 0;
const nextSequence = () => {
  sequence += 1;
  return sequence;
};
const unique = () => `${Date.now().toString(36)}${nextSequence()}`;

/** Years no other report uses (a duty has one report per agency and period). */
let reportYear = 2000;
const nextReportYear = () => {
  reportYear += 1;
  return String(reportYear);
};
/** The place's plan's reporting duty, naming the place's agency as its one reporting unit. */
async function reportingDutyOf(place: Place): Promise<{ dutyId: string }> {
  const duty = await database.db
    .selectFrom('plan_reporting_duties')
    .select('id')
    .where('plan_id', '=', planOf(place))
    .orderBy('position')
    .executeTakeFirst();
  if (!duty) return { dutyId: 'khong-co' };
  await database.db
    .updateTable('plan_reporting_duties')
    .set({ reporting_agency_ids: JSON.stringify([place.agency.id]) })
    .where('id', '=', duty.id)
    .execute();
  return { dutyId: duty.id };
}
/** A fresh report of the place's agency on the place's plan, in a period of its own, in `state`. */
async function reportAt(place: Place, state: 'draft' | 'submitted'): Promise<string> {
  const { dutyId } = await reportingDutyOf(place);
  const id = `bc-${unique()}`;
  await database.db
    .insertInto('unit_reports')
    .values({
      id,
      plan_id: planOf(place),
      duty_id: dutyId,
      period: nextReportYear(),
      agency_id: place.agency.id,
      state,
      achievements: 'Đã mở lớp đào tạo nghề',
      created_by: null,
    })
    .execute();
  return id;
}

interface Row {
  /** The route this row exercises, as in the route table: "METHOD /api/path/:param". */
  route: string;
  name: string;
  /** May prepare records (a fresh draft, a plan to cite) before the request is sent. */
  request: (who: Who) => InjectOptions | Promise<InjectOptions>;
  status: Record<Who, number>;
  /** For successful list/search answers of non-admins: the body must not name the foreign place. */
  checkLeakOnSuccess?: boolean;
  /** Strings no answer to anyone may contain (instead of the foreign place's names). */
  mustNotContain?: (who: Who) => string[];
  /** A refusal repeats an id the request itself named; the check for the foreign id is skipped. */
  echoesForeignId?: boolean;
  /** Checks after the answer (what was or was not written), and clean-up. */
  after?: (who: Who) => Promise<void>;
}

const anonymousAndRoles = (anonymous: number, admin: number, planner: number, reporter: number, viewer: number) =>
  ({ anonymous, admin, planner, reporter, viewer }) satisfies Record<Who, number>;

const foreignRows: Row[] = [
  {
    route: 'GET /api/plans/:id/tasks',
    name: 'GET /api/plans/:id/tasks (foreign plan)',
    request: (who) => ({ method: 'GET', url: `/api/plans/${taskOf(who, 'foreign').planId}/tasks` }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    route: 'POST /api/tasks/:id/progress',
    name: 'POST /api/tasks/:id/progress (a foreign agency’s task)',
    request: (who) => ({
      method: 'POST',
      url: `/api/tasks/${taskOf(who, 'foreign').taskId}/progress`,
      payload: { percent: 10, note: 'Kiểm tra quyền' },
    }),
    status: anonymousAndRoles(401, 200, 404, 404, 403),
  },
  {
    route: 'POST /api/tasks/:id/comments',
    name: 'POST /api/tasks/:id/comments (a foreign agency’s task)',
    request: (who) => ({
      method: 'POST',
      url: `/api/tasks/${taskOf(who, 'foreign').taskId}/comments`,
      payload: { text: 'Kiểm tra quyền' },
    }),
    status: anonymousAndRoles(401, 201, 404, 404, 403),
  },
  {
    route: 'POST /api/plans/:id/tasks/:taskId/subtasks',
    name: 'POST /api/plans/:id/tasks/:taskId/subtasks (foreign plan)',
    request: (who) => ({
      method: 'POST',
      url: `/api/plans/${taskOf(who, 'foreign').planId}/tasks/${taskOf(who, 'foreign').taskId}/subtasks`,
      payload: { text: 'Nhiệm vụ con kiểm tra quyền', dueDate: '2024-11-30' },
    }),
    status: anonymousAndRoles(401, 201, 404, 404, 403),
  },
  {
    route: 'GET /api/tasks/overdue',
    name: 'GET /api/tasks/overdue (plans in scope naming a foreign agency)',
    request: () => ({ method: 'GET', url: '/api/tasks/overdue?period=2024' }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
    checkLeakOnSuccess: true,
  },
  {
    route: 'GET /api/plans/:id/tasks',
    name: 'GET /api/plans/:id/tasks (own plan naming a foreign agency)',
    request: (who) => ({ method: 'GET', url: `/api/plans/${planNamingForeign.get(who) ?? 'khong-co'}/tasks` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
    checkLeakOnSuccess: true,
  },
  {
    route: 'GET /api/admin-units/:id',
    name: 'GET /api/admin-units/:id (foreign unit)',
    request: (who) => ({ method: 'GET', url: `/api/admin-units/${seat(who).foreign.unitId}` }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    route: 'GET /api/admin-units',
    name: 'GET /api/admin-units?parentId=foreign',
    request: (who) => ({ method: 'GET', url: `/api/admin-units?parentId=${seat(who).foreign.unitId}` }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    route: 'GET /api/admin-units',
    name: 'GET /api/admin-units?q=<foreign unit name>',
    request: (who) => ({
      method: 'GET',
      url: `/api/admin-units?q=${encodeURIComponent(unitNames.get(seat(who).foreign.unitId) ?? '')}`,
    }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
    checkLeakOnSuccess: true,
  },
  {
    route: 'GET /api/admin-units',
    name: 'GET /api/admin-units (top units)',
    request: () => ({ method: 'GET', url: '/api/admin-units' }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
    checkLeakOnSuccess: true,
  },
  {
    route: 'GET /api/agencies/:id',
    name: 'GET /api/agencies/:id (foreign agency)',
    request: (who) => ({ method: 'GET', url: `/api/agencies/${seat(who).foreign.agency.id}` }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    route: 'GET /api/agencies',
    name: 'GET /api/agencies?adminUnitId=foreign',
    request: (who) => ({ method: 'GET', url: `/api/agencies?adminUnitId=${seat(who).foreign.unitId}` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
    checkLeakOnSuccess: true,
  },
  {
    route: 'GET /api/agencies',
    name: 'GET /api/agencies?q=<foreign agency name>',
    request: (who) => ({ method: 'GET', url: `/api/agencies?q=${encodeURIComponent(seat(who).foreign.agency.name)}` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
    checkLeakOnSuccess: true,
  },
  {
    route: 'GET /api/agencies/resolve',
    name: 'GET /api/agencies/resolve at a foreign unit',
    request: (who) => ({
      method: 'GET',
      url: `/api/agencies/resolve?text=${encodeURIComponent(seat(who).foreign.agency.name)}&adminUnitId=${seat(who).foreign.unitId}`,
    }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    route: 'PATCH /api/agencies/:id',
    name: 'PATCH /api/agencies/:id (foreign agency)',
    request: (who) => ({
      method: 'PATCH',
      url: `/api/agencies/${seat(who).foreign.agency.id}`,
      payload: { shortName: 'Đã sửa' },
    }),
    status: anonymousAndRoles(401, 200, 404, 403, 403),
  },
  {
    route: 'POST /api/agencies',
    name: 'POST /api/agencies at a foreign unit',
    request: (who) => ({
      method: 'POST',
      url: '/api/agencies',
      payload: {
        key: `moi-${unique()}`,
        name: 'Trung tâm Mới Lập',
        type: 'centre',
        adminUnitId: seat(who).foreign.unitId,
      },
    }),
    // A unit named in the body that the planner may not see is treated as a unit that
    // does not exist: 400 on the field (see the last test), not 404 on the URL.
    status: anonymousAndRoles(401, 201, 400, 403, 403),
  },
  {
    route: 'GET /api/plans/:id',
    name: 'GET /api/plans/:id (foreign plan)',
    request: (who) => ({ method: 'GET', url: `/api/plans/${planOf(seat(who).foreign)}` }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    route: 'GET /api/plans/:id/file',
    name: 'GET /api/plans/:id/file (foreign plan)',
    request: (who) => ({ method: 'GET', url: `/api/plans/${planOf(seat(who).foreign)}/file` }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    route: 'GET /api/plans/:id/targets/:targetId/indicator-suggestions',
    name: 'GET /api/plans/:id/targets/:targetId/indicator-suggestions (foreign plan)',
    request: async (who) => ({ method: 'GET', url: await targetUrl(seat(who).foreign, 'indicator-suggestions') }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    route: 'PUT /api/plans/:id/targets/:targetId/indicator',
    name: 'PUT /api/plans/:id/targets/:targetId/indicator (foreign plan)',
    request: async (who) => ({
      method: 'PUT',
      url: await targetUrl(seat(who).foreign, 'indicator'),
      payload: { indicatorId: 'labour-trained-rate' },
    }),
    status: anonymousAndRoles(401, 200, 404, 403, 403),
  },
  {
    route: 'POST /api/reporting-calendars',
    name: 'POST /api/reporting-calendars in a foreign province',
    request: (who) => ({
      method: 'POST',
      url: '/api/reporting-calendars',
      payload: { provinceId: seat(who).foreign.unitId, name: `Lịch ${who}`, basis: 'Thử quyền', firstDay: 15 },
    }),
    status: anonymousAndRoles(401, 201, 404, 403, 403),
  },
  {
    route: 'GET /api/plans/:id/report',
    name: 'GET /api/plans/:id/report (foreign plan)',
    request: (who) => ({
      method: 'GET',
      url: `/api/plans/${planOf(seat(who).foreign)}/report?period=2026&format=docx`,
    }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    route: 'GET /api/plans/:id/report/fields',
    name: 'GET /api/plans/:id/report/fields (foreign plan)',
    request: (who) => ({ method: 'GET', url: `/api/plans/${planOf(seat(who).foreign)}/report/fields?period=2026` }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    route: 'PUT /api/plans/:id/report/fields',
    name: 'PUT /api/plans/:id/report/fields (foreign plan)',
    request: (who) => ({
      method: 'PUT',
      url: `/api/plans/${planOf(seat(who).foreign)}/report/fields?period=2026`,
      payload: { ...emptyReportFields, number: '15' },
    }),
    status: anonymousAndRoles(401, 200, 404, 403, 403),
  },
  {
    route: 'POST /api/plans/:id/report/final',
    name: 'POST /api/plans/:id/report/final (foreign plan)',
    request: (who) => ({ method: 'POST', url: `/api/plans/${planOf(seat(who).foreign)}/report/final?period=2026` }),
    status: anonymousAndRoles(401, 200, 404, 403, 403),
  },
  {
    route: 'GET /api/plans/:id/report/final',
    name: 'GET /api/plans/:id/report/final (foreign plan, a final stored)',
    request: async (who) => ({
      method: 'GET',
      url: `/api/plans/${await planWithFinalReport(seat(who).foreign)}/report/final?period=2026`,
    }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    route: 'GET /api/plans/:id/targets',
    name: 'GET /api/plans/:id/targets (foreign plan)',
    request: (who) => ({ method: 'GET', url: `/api/plans/${planOf(seat(who).foreign)}/targets` }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    route: 'PUT /api/plans/:id/targets/:targetId/status-override',
    name: 'PUT /api/plans/:id/targets/:targetId/status-override (foreign plan)',
    request: async (who) => ({
      method: 'PUT',
      url: await targetUrl(seat(who).foreign, 'status-override'),
      payload: { status: 'at_risk', reason: 'Kiểm tra quyền' },
    }),
    status: anonymousAndRoles(401, 200, 404, 403, 403),
  },
  {
    route: 'DELETE /api/plans/:id/targets/:targetId/status-override',
    name: 'DELETE /api/plans/:id/targets/:targetId/status-override (foreign plan)',
    request: async (who) => ({ method: 'DELETE', url: await targetUrl(seat(who).foreign, 'status-override') }),
    status: anonymousAndRoles(401, 200, 404, 403, 403),
  },
  {
    route: 'GET /api/plans',
    name: 'GET /api/plans?adminUnitId=foreign',
    request: (who) => ({ method: 'GET', url: `/api/plans?adminUnitId=${seat(who).foreign.unitId}` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
    checkLeakOnSuccess: true,
  },
  {
    route: 'DELETE /api/plans/:id',
    name: 'DELETE /api/plans/:id (foreign plan)',
    request: (who) => ({
      method: 'DELETE',
      url: `/api/plans/${who === 'admin' ? 'khong-co' : planOf(seat(who).foreign)}`,
    }),
    status: anonymousAndRoles(401, 404, 404, 403, 403),
  },
  {
    route: 'POST /api/plan-drafts',
    name: 'POST /api/plan-drafts (an empty file)',
    request: () => {
      const { payload, headers } = multipartFile('trong.txt', '');
      return { method: 'POST', url: '/api/plan-drafts', payload, headers };
    },
    status: anonymousAndRoles(401, 400, 400, 403, 403),
  },
  {
    route: 'GET /api/plan-drafts',
    name: 'GET /api/plan-drafts',
    request: () => ({ method: 'GET', url: '/api/plan-drafts' }),
    status: anonymousAndRoles(401, 200, 200, 403, 403),
  },
  {
    route: 'GET /api/users',
    name: 'GET /api/users',
    request: () => ({ method: 'GET', url: '/api/users' }),
    status: anonymousAndRoles(401, 200, 403, 403, 403),
  },
  {
    route: 'GET /api/users/:id',
    name: 'GET /api/users/:id',
    request: () => ({ method: 'GET', url: `/api/users/${victimUserId}` }),
    status: anonymousAndRoles(401, 200, 403, 403, 403),
  },
  {
    route: 'POST /api/users',
    name: 'POST /api/users',
    request: (who) => ({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: `moi.${unique()}`,
        displayName: 'Người Mới',
        password: 'mat-khau-du-dai',
        role: 'viewer',
        agencyId: seat(who).foreign.agency.id,
      },
    }),
    status: anonymousAndRoles(401, 201, 403, 403, 403),
  },
  {
    route: 'PATCH /api/users/:id',
    name: 'PATCH /api/users/:id',
    request: () => ({
      method: 'PATCH',
      url: `/api/users/${victimUserId}`,
      payload: { displayName: 'Nạn Nhân Đổi Tên' },
    }),
    status: anonymousAndRoles(401, 200, 403, 403, 403),
  },
  {
    route: 'GET /api/audit',
    name: 'GET /api/audit',
    request: () => ({ method: 'GET', url: '/api/audit' }),
    status: anonymousAndRoles(401, 200, 403, 403, 403),
  },
  {
    route: 'GET /api/plan-drafts/:id',
    name: 'GET /api/plan-drafts/:id (another uploader’s draft)',
    request: () => ({ method: 'GET', url: `/api/plan-drafts/${othersDraftId}` }),
    status: anonymousAndRoles(401, 404, 404, 403, 403),
  },
  {
    route: 'GET /api/plan-drafts/:id/targets/:targetId/indicator-suggestions',
    name: 'GET /api/plan-drafts/:id/targets/:targetId/indicator-suggestions (another uploader’s draft)',
    request: () => ({ method: 'GET', url: `/api/plan-drafts/${othersDraftId}/targets/t1/indicator-suggestions` }),
    status: anonymousAndRoles(401, 404, 404, 403, 403),
  },
  {
    route: 'PUT /api/plan-drafts/:id',
    name: 'PUT /api/plan-drafts/:id (another uploader’s draft)',
    request: () => ({
      method: 'PUT',
      url: `/api/plan-drafts/${othersDraftId}`,
      payload: { extraction: makePlanExtraction(), adminUnitId: null, version: 1 },
    }),
    status: anonymousAndRoles(401, 404, 404, 403, 403),
  },
  {
    route: 'DELETE /api/plan-drafts/:id',
    name: 'DELETE /api/plan-drafts/:id (another uploader’s draft)',
    request: () => ({ method: 'DELETE', url: `/api/plan-drafts/${othersDraftId}` }),
    status: anonymousAndRoles(401, 404, 404, 403, 403),
  },
  {
    route: 'POST /api/plan-drafts/:id/confirm',
    name: 'POST /api/plan-drafts/:id/confirm (another uploader’s draft)',
    request: () => ({ method: 'POST', url: `/api/plan-drafts/${othersDraftId}/confirm`, payload: {} }),
    status: anonymousAndRoles(401, 404, 404, 403, 403),
  },
  // Issue 7: an agency id in a body is checked against scope, missing = foreign.
  {
    route: 'PUT /api/plan-drafts/:id',
    name: 'PUT /api/plan-drafts/:id naming a foreign agency on a task',
    request: async (who) => ({
      method: 'PUT',
      url: `/api/plan-drafts/${await draftOf(who)}`,
      payload: {
        extraction: extractionNaming(seat(who).foreign.agency.id),
        adminUnitId: seat(who).home.unitId,
        version: 1,
      },
    }),
    status: anonymousAndRoles(401, 200, 400, 403, 403),
    echoesForeignId: true,
  },
  {
    route: 'PUT /api/plan-drafts/:id',
    name: 'PUT /api/plan-drafts/:id naming a missing agency on a task',
    request: async (who) => ({
      method: 'PUT',
      url: `/api/plan-drafts/${await draftOf(who)}`,
      payload: { extraction: extractionNaming('ag-khong-ton-tai'), adminUnitId: seat(who).home.unitId, version: 1 },
    }),
    status: anonymousAndRoles(401, 400, 400, 403, 403),
  },
  {
    route: 'POST /api/plan-drafts/:id/confirm',
    name: 'POST /api/plan-drafts/:id/confirm naming a foreign agency on a task',
    request: async (who) => ({
      method: 'POST',
      url: `/api/plan-drafts/${await draftOf(who)}/confirm`,
      payload: { extraction: extractionNaming(seat(who).foreign.agency.id), adminUnitId: seat(who).home.unitId },
    }),
    status: anonymousAndRoles(401, 201, 400, 403, 403),
    echoesForeignId: true,
  },
  {
    route: 'GET /api/plans/:id',
    name: 'GET /api/plans/:id (home plan naming a foreign agency)',
    request: (who) => ({ method: 'GET', url: `/api/plans/${planNamingForeign.get(who) ?? 'khong-co'}` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
    checkLeakOnSuccess: true,
  },
  // Issue 7: uploads bring nothing of other areas or other uploaders.
  {
    route: 'POST /api/plan-drafts',
    name: 'POST /api/plan-drafts (a plan of a foreign unit naming its agency)',
    request: (who) => {
      const { payload, headers } = multipartFile('ke-hoach-noi-khac.txt', foreignPlanText(who));
      return { method: 'POST', url: '/api/plan-drafts', payload, headers };
    },
    status: anonymousAndRoles(401, 201, 201, 403, 403),
    // The document itself names the unit and the agency; the draft must not place it there.
    mustNotContain: (who) =>
      who === 'admin' ? [] : [seat(who).foreign.agency.id, `"adminUnitId":"${seat(who).foreign.unitId}"`],
  },
  {
    route: 'POST /api/plan-drafts',
    name: 'POST /api/plan-drafts (bytes another planner uploaded under another name)',
    request: () => {
      const { payload, headers } = multipartFile('cua-toi.txt', sharedText);
      return { method: 'POST', url: '/api/plan-drafts', payload, headers };
    },
    status: anonymousAndRoles(401, 201, 201, 403, 403),
    mustNotContain: () => [otherUploadersName.replace('.txt', '')],
  },
  // Issue 7: confirming links only citations of plans the actor may change.
  {
    route: 'POST /api/plan-drafts/:id/confirm',
    name: 'POST /api/plan-drafts/:id/confirm (a foreign plan cites the new number)',
    request: async (who) => {
      const number = `7${nextSequence()}/KH-UBND`;
      citedNumber.set(who, number);
      citingForeignPlan.set(
        who,
        await insertPlanAt(
          database.db,
          seat(who).foreign.unitId,
          makePlanExtraction({
            document: { number: `C-${number}` },
            references: [{ kind: 'KH', number, date: null, issuer: null, role: 'basis', line: 1, confidence: 1 }],
          }),
        ),
      );
      return {
        method: 'POST',
        url: `/api/plan-drafts/${await draftOf(who)}/confirm`,
        payload: {
          extraction: makePlanExtraction({ document: { number }, references: [] }),
          adminUnitId: seat(who).home.unitId,
        },
      };
    },
    status: anonymousAndRoles(401, 201, 201, 403, 403),
    after: async (who) => {
      const reference = await database.db
        .selectFrom('plan_references')
        .select('referenced_plan_id')
        .where('plan_id', '=', citingForeignPlan.get(who)!)
        .executeTakeFirstOrThrow();
      // Only an admin may change a plan of any unit.
      if (who === 'admin') expect(reference.referenced_plan_id).not.toBeNull();
      else expect(reference.referenced_plan_id).toBeNull();
    },
  },
  // Issue 7: moving an agency to another unit is an admin act.
  {
    route: 'PATCH /api/agencies/:id',
    name: 'PATCH /api/agencies/:id moving a foreign agency',
    request: (who) => ({
      method: 'PATCH',
      url: `/api/agencies/${seat(who).foreign.agency.id}`,
      payload: { adminUnitId: seat(who).home.unitId },
    }),
    status: anonymousAndRoles(401, 200, 404, 403, 403),
    after: async (who) => moveBack(who, seat(who).foreign.agency),
  },
  // Values and roll-ups (issue 9): a unit outside the scope is absent; a cell naming one is a 400 on the cell.
  {
    route: 'GET /api/rollups',
    name: 'GET /api/rollups at a foreign unit',
    request: (who) => ({
      method: 'GET',
      url: `/api/rollups?indicatorId=employment-new-jobs&period=2026&unitId=${seat(who).foreign.unitId}`,
    }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    route: 'GET /api/rollups/series',
    name: 'GET /api/rollups/series at a foreign unit',
    request: (who) => ({
      method: 'GET',
      url: `/api/rollups/series?indicatorId=employment-new-jobs&from=2021&to=2026&unitId=${seat(who).foreign.unitId}`,
    }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    route: 'GET /api/values',
    name: 'GET /api/values of a foreign unit',
    request: (who) => ({
      method: 'GET',
      url: `/api/values?dataElementId=employment-new-jobs&unitId=${seat(who).foreign.unitId}`,
    }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    route: 'GET /api/values/history',
    name: 'GET /api/values/history of a foreign unit',
    request: (who) => ({
      method: 'GET',
      url: `/api/values/history?dataElementId=employment-new-jobs&period=2026&unitId=${seat(who).foreign.unitId}`,
    }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    route: 'PUT /api/values',
    name: 'PUT /api/values for a foreign commune',
    request: (who) => ({
      method: 'PUT',
      url: '/api/values',
      payload: {
        values: [{ dataElementId: 'employment-new-jobs', unitId: foreignCommune[who], period: '2026', value: 7 }],
      },
    }),
    status: anonymousAndRoles(401, 200, 400, 400, 403),
  },
  {
    route: 'GET /api/data-value-sets',
    name: 'GET /api/data-value-sets of a foreign unit',
    request: (who) => ({
      method: 'GET',
      url: `/api/data-value-sets?orgUnit=${seat(who).foreign.unitId}&children=true`,
    }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
    echoesForeignId: true,
  },
  {
    route: 'GET /api/data-value-sets.csv',
    name: 'GET /api/data-value-sets.csv of a foreign unit',
    request: (who) => ({ method: 'GET', url: `/api/data-value-sets.csv?orgUnit=${seat(who).foreign.unitId}` }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
    echoesForeignId: true,
  },
  {
    route: 'POST /api/data-value-sets',
    name: 'POST /api/data-value-sets for a foreign commune',
    request: (who) => ({
      method: 'POST',
      url: '/api/data-value-sets',
      payload: {
        dataValues: [{ dataElement: 'employment-new-jobs', period: '2026', orgUnit: foreignCommune[who], value: '7' }],
      },
    }),
    status: anonymousAndRoles(401, 200, 400, 400, 403),
  },
  {
    route: 'POST /api/data-value-sets.csv',
    name: 'POST /api/data-value-sets.csv for a foreign commune',
    request: (who) => ({
      method: 'POST',
      url: '/api/data-value-sets.csv',
      headers: { 'content-type': 'text/csv' },
      payload: csvOf(foreignCommune[who], 7),
    }),
    status: anonymousAndRoles(401, 200, 400, 400, 403),
  },
  {
    route: 'GET /api/plans/:id/value-template',
    name: 'GET /api/plans/:id/value-template (foreign plan)',
    request: async (who) => ({
      method: 'GET',
      url: `/api/plans/${await linkedPlanOf(seat(who).foreign)}/value-template?period=2026`,
    }),
    status: anonymousAndRoles(401, 200, 404, 404, 403),
  },
  {
    route: 'POST /api/plans/:id/value-template',
    name: 'POST /api/plans/:id/value-template (foreign plan)',
    request: async (who) => filledTemplateUpload(who, await linkedPlanOf(seat(who).foreign)),
    status: anonymousAndRoles(401, 200, 404, 404, 403),
  },
  // The reporting cycle (decision 0028): a report of the foreign place's agency on its plan.
  {
    route: 'GET /api/plans/:id/reports',
    name: 'GET /api/plans/:id/reports (foreign plan)',
    request: (who) => ({ method: 'GET', url: `/api/plans/${planOf(seat(who).foreign)}/reports` }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    route: 'POST /api/plans/:id/reports',
    name: 'POST /api/plans/:id/reports (foreign agency, foreign plan)',
    request: async (who) => {
      const { dutyId } = await reportingDutyOf(seat(who).foreign);
      return {
        method: 'POST',
        url: `/api/plans/${planOf(seat(who).foreign)}/reports`,
        payload: { dutyId, period: '2026', agencyId: seat(who).foreign.agency.id },
      };
    },
    status: anonymousAndRoles(401, 404, 404, 404, 403),
    echoesForeignId: true,
  },
  {
    route: 'PATCH /api/plans/:id/reporting-duties/:dutyId',
    name: 'PATCH /api/plans/:id/reporting-duties/:dutyId (foreign plan)',
    request: async (who) => {
      const { dutyId } = await reportingDutyOf(seat(who).foreign);
      return {
        method: 'PATCH',
        url: `/api/plans/${planOf(seat(who).foreign)}/reporting-duties/${dutyId}`,
        payload: { dueDay: 10 },
      };
    },
    status: anonymousAndRoles(401, 200, 404, 403, 403),
  },
  {
    route: 'GET /api/unit-reports/:id',
    name: 'GET /api/unit-reports/:id (foreign agency)',
    request: async (who) => ({ method: 'GET', url: `/api/unit-reports/${await reportAt(seat(who).foreign, 'draft')}` }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    route: 'PUT /api/unit-reports/:id',
    name: 'PUT /api/unit-reports/:id (foreign agency)',
    request: async (who) => ({
      method: 'PUT',
      url: `/api/unit-reports/${await reportAt(seat(who).foreign, 'draft')}`,
      payload: { version: 1, achievements: 'Ghi đè' },
    }),
    // An admin reads every report but fills only their own agency's.
    status: anonymousAndRoles(401, 403, 404, 404, 404),
  },
  {
    route: 'POST /api/unit-reports/:id/submit',
    name: 'POST /api/unit-reports/:id/submit (foreign agency)',
    request: async (who) => ({
      method: 'POST',
      url: `/api/unit-reports/${await reportAt(seat(who).foreign, 'draft')}/submit`,
    }),
    status: anonymousAndRoles(401, 403, 404, 404, 404),
  },
  ...(['return', 'accept'] as const).map(
    (step): Row => ({
      route: `POST /api/unit-reports/:id/${step}`,
      name: `POST /api/unit-reports/:id/${step} (foreign plan)`,
      request: async (who) => ({
        method: 'POST',
        url: `/api/unit-reports/${await reportAt(seat(who).foreign, 'submitted')}/${step}`,
        payload: { reason: 'Kiểm tra quyền' },
      }),
      status: anonymousAndRoles(401, 200, 404, 404, 404),
    }),
  ),
];

const citedNumber = new Map<Who, string>();
const citingForeignPlan = new Map<Who, string>();
let othersDraftId = '';

/** Undoes an admin's move so that later rows see the fixtures as they were. */
async function moveBack(who: Who, agency: FixtureAgency): Promise<void> {
  if (who !== 'admin') return;
  const response = await app.inject({
    method: 'PATCH',
    url: `/api/agencies/${agency.id}`,
    headers: headersOf('admin'),
    payload: { adminUnitId: agency.adminUnitId },
  });
  expect(response.statusCode, response.body).toBe(200);
}

const ownRows: Row[] = [
  {
    route: 'GET /api/my-tasks',
    name: 'GET /api/my-tasks',
    request: () => ({ method: 'GET', url: '/api/my-tasks' }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'GET /api/plans/:id/tasks',
    name: 'GET /api/plans/:id/tasks (own plan)',
    request: (who) => ({ method: 'GET', url: `/api/plans/${taskOf(who, 'home').planId}/tasks` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'POST /api/tasks/:id/progress',
    name: 'POST /api/tasks/:id/progress (own agency’s task)',
    request: (who) => ({
      method: 'POST',
      url: `/api/tasks/${taskOf(who, 'home').taskId}/progress`,
      payload: { percent: 40, evidenceNumber: '12/BC-UBND', evidenceDate: '2024-11-20' },
    }),
    status: anonymousAndRoles(401, 200, 200, 200, 403),
  },
  {
    route: 'POST /api/tasks/:id/comments',
    name: 'POST /api/tasks/:id/comments (own agency’s task)',
    request: (who) => ({
      method: 'POST',
      url: `/api/tasks/${taskOf(who, 'home').taskId}/comments`,
      payload: { text: 'Đã triển khai' },
    }),
    status: anonymousAndRoles(401, 201, 201, 201, 403),
  },
  {
    route: 'POST /api/plans/:id/tasks/:taskId/subtasks',
    name: 'POST /api/plans/:id/tasks/:taskId/subtasks (own agency’s task)',
    request: (who) => ({
      method: 'POST',
      url: `/api/plans/${taskOf(who, 'home').planId}/tasks/${taskOf(who, 'home').taskId}/subtasks`,
      payload: { text: 'Nhiệm vụ con', dueDate: '2024-11-30' },
    }),
    status: anonymousAndRoles(401, 201, 201, 201, 403),
  },
  // Counts within the actor's scope; the figures name no unit outside it.
  {
    route: 'GET /api/dashboard/summary',
    name: 'GET /api/dashboard/summary',
    request: () => ({ method: 'GET', url: '/api/dashboard/summary' }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
    checkLeakOnSuccess: true,
  },
  {
    route: 'GET /api/reporting-calendars',
    name: 'GET /api/reporting-calendars',
    request: () => ({ method: 'GET', url: '/api/reporting-calendars' }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'GET /api/dashboard/overview',
    name: 'GET /api/dashboard/overview',
    request: () => ({ method: 'GET', url: '/api/dashboard/overview' }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
    checkLeakOnSuccess: true,
  },
  {
    route: 'GET /api/plans/:id',
    name: 'GET /api/plans/:id (home plan)',
    request: (who) => ({ method: 'GET', url: `/api/plans/${planOf(seat(who).home)}` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'GET /api/plans/:id/file',
    name: 'GET /api/plans/:id/file (home plan)',
    request: (who) => ({ method: 'GET', url: `/api/plans/${planOf(seat(who).home)}/file` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'GET /api/indicators',
    name: 'GET /api/indicators',
    request: () => ({ method: 'GET', url: '/api/indicators' }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'GET /api/plans/:id/targets/:targetId/indicator-suggestions',
    name: 'GET /api/plans/:id/targets/:targetId/indicator-suggestions (home plan)',
    request: async (who) => ({ method: 'GET', url: await targetUrl(seat(who).home, 'indicator-suggestions') }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'PUT /api/plans/:id/targets/:targetId/indicator',
    name: 'PUT /api/plans/:id/targets/:targetId/indicator (home plan)',
    request: async (who) => ({
      method: 'PUT',
      url: await targetUrl(seat(who).home, 'indicator'),
      payload: { indicatorId: 'labour-trained-rate' },
    }),
    status: anonymousAndRoles(401, 200, 200, 403, 403),
  },
  {
    route: 'GET /api/plans/:id/report',
    name: 'GET /api/plans/:id/report (home plan)',
    request: (who) => ({ method: 'GET', url: `/api/plans/${planOf(seat(who).home)}/report?period=2026&format=docx` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'GET /api/plans/:id/report/fields',
    name: 'GET /api/plans/:id/report/fields (home plan)',
    request: (who) => ({ method: 'GET', url: `/api/plans/${planOf(seat(who).home)}/report/fields?period=2026` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'PUT /api/plans/:id/report/fields',
    name: 'PUT /api/plans/:id/report/fields (home plan)',
    request: (who) => ({
      method: 'PUT',
      url: `/api/plans/${planOf(seat(who).home)}/report/fields?period=2026`,
      payload: { ...emptyReportFields, number: '15' },
    }),
    status: anonymousAndRoles(401, 200, 200, 403, 403),
  },
  {
    route: 'POST /api/plans/:id/report/final',
    name: 'POST /api/plans/:id/report/final (home plan)',
    request: (who) => ({ method: 'POST', url: `/api/plans/${planOf(seat(who).home)}/report/final?period=2026` }),
    status: anonymousAndRoles(401, 200, 200, 403, 403),
  },
  {
    route: 'GET /api/plans/:id/report/final',
    name: 'GET /api/plans/:id/report/final (home plan, a final stored)',
    request: async (who) => ({
      method: 'GET',
      url: `/api/plans/${await planWithFinalReport(seat(who).home)}/report/final?period=2026`,
    }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'GET /api/plans/:id/targets',
    name: 'GET /api/plans/:id/targets (home plan)',
    request: (who) => ({ method: 'GET', url: `/api/plans/${planOf(seat(who).home)}/targets` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'PUT /api/plans/:id/targets/:targetId/status-override',
    name: 'PUT /api/plans/:id/targets/:targetId/status-override (home plan)',
    request: async (who) => ({
      method: 'PUT',
      url: await targetUrl(seat(who).home, 'status-override'),
      payload: { status: 'at_risk', reason: 'Kiểm tra quyền' },
    }),
    status: anonymousAndRoles(401, 200, 200, 403, 403),
  },
  {
    route: 'DELETE /api/plans/:id/targets/:targetId/status-override',
    name: 'DELETE /api/plans/:id/targets/:targetId/status-override (home plan)',
    request: async (who) => ({ method: 'DELETE', url: await targetUrl(seat(who).home, 'status-override') }),
    status: anonymousAndRoles(401, 200, 200, 403, 403),
  },
  {
    route: 'GET /api/plans',
    name: 'GET /api/plans?adminUnitId=home',
    request: (who) => ({ method: 'GET', url: `/api/plans?adminUnitId=${seat(who).home.unitId}` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'GET /api/admin-units/:id',
    name: 'GET /api/admin-units/:id (home unit)',
    request: (who) => ({ method: 'GET', url: `/api/admin-units/${seat(who).home.unitId}` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'GET /api/agencies/:id',
    name: 'GET /api/agencies/:id (home agency)',
    request: (who) => ({ method: 'GET', url: `/api/agencies/${seat(who).home.agency.id}` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'GET /api/agencies',
    name: 'GET /api/agencies?adminUnitId=home',
    request: (who) => ({ method: 'GET', url: `/api/agencies?adminUnitId=${seat(who).home.unitId}` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'PATCH /api/agencies/:id',
    name: 'PATCH /api/agencies/:id (home agency)',
    request: (who) => ({
      method: 'PATCH',
      url: `/api/agencies/${seat(who).home.agency.id}`,
      payload: { shortName: 'Nhà' },
    }),
    status: anonymousAndRoles(401, 200, 200, 403, 403),
  },
  {
    route: 'POST /api/agencies',
    name: 'POST /api/agencies at the home unit',
    request: (who) => ({
      method: 'POST',
      url: '/api/agencies',
      payload: {
        key: `nha-${unique()}`,
        name: 'Phòng Mới Ở Nhà',
        type: 'specialised_office',
        adminUnitId: seat(who).home.unitId,
      },
    }),
    status: anonymousAndRoles(401, 201, 201, 403, 403),
  },
  {
    route: 'PATCH /api/agencies/:id',
    name: 'PATCH /api/agencies/:id moving an agency within scope',
    request: () => ({
      method: 'PATCH',
      url: `/api/agencies/${fixtures.siblingCommuneAgency.id}`,
      payload: { adminUnitId: 't-c1' },
    }),
    // Every user of the agency would take the new unit's scope: an admin act.
    status: anonymousAndRoles(401, 200, 403, 403, 403),
    after: async (who) => moveBack(who, fixtures.siblingCommuneAgency),
  },
  {
    route: 'GET /api/plans',
    name: 'GET /api/plans',
    request: () => ({ method: 'GET', url: '/api/plans' }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'GET /api/plan-drafts/:id',
    name: 'GET /api/plan-drafts/:id (own draft)',
    request: async (who) => ({ method: 'GET', url: `/api/plan-drafts/${await draftOf(who)}` }),
    status: anonymousAndRoles(401, 200, 200, 403, 403),
  },
  {
    route: 'GET /api/plan-drafts/:id/targets/:targetId/indicator-suggestions',
    name: 'GET /api/plan-drafts/:id/targets/:targetId/indicator-suggestions (own draft)',
    request: async (who) => ({
      method: 'GET',
      url: `/api/plan-drafts/${await draftOf(who)}/targets/t1/indicator-suggestions`,
    }),
    status: anonymousAndRoles(401, 200, 200, 403, 403),
  },
  {
    route: 'PUT /api/plan-drafts/:id',
    name: 'PUT /api/plan-drafts/:id (own draft, home unit)',
    request: async (who) => ({
      method: 'PUT',
      url: `/api/plan-drafts/${await draftOf(who)}`,
      payload: { extraction: makePlanExtraction(), adminUnitId: seat(who).home.unitId, version: 1 },
    }),
    status: anonymousAndRoles(401, 200, 200, 403, 403),
  },
  {
    route: 'POST /api/plan-drafts/:id/confirm',
    name: 'POST /api/plan-drafts/:id/confirm (own draft, home unit)',
    request: async (who) => ({
      method: 'POST',
      url: `/api/plan-drafts/${await draftOf(who)}/confirm`,
      payload: {
        extraction: makePlanExtraction({ document: { number: `8${nextSequence()}/KH-UBND` } }),
        adminUnitId: seat(who).home.unitId,
      },
    }),
    status: anonymousAndRoles(401, 201, 201, 403, 403),
  },
  {
    route: 'DELETE /api/plan-drafts/:id',
    name: 'DELETE /api/plan-drafts/:id (own draft)',
    request: async (who) => ({ method: 'DELETE', url: `/api/plan-drafts/${await draftOf(who)}` }),
    status: anonymousAndRoles(401, 204, 204, 403, 403),
  },
  {
    route: 'DELETE /api/plans/:id',
    name: 'DELETE /api/plans/:id (home plan)',
    request: async (who) => ({
      method: 'DELETE',
      url: `/api/plans/${await insertPlanAt(database.db, seat(who).home.unitId)}`,
    }),
    status: anonymousAndRoles(401, 204, 204, 403, 403),
  },
  {
    route: 'GET /api/auth/me',
    name: 'GET /api/auth/me',
    request: () => ({ method: 'GET', url: '/api/auth/me' }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  // Every role may change its own password: a wrong current one is a 400 (not a 403) for all.
  {
    route: 'POST /api/auth/password',
    name: 'POST /api/auth/password (wrong current password)',
    request: () => ({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'sai-mat-khau', newPassword: 'mat-khau-moi-rat-dai' },
    }),
    status: anonymousAndRoles(401, 400, 400, 400, 400),
  },
  {
    route: 'GET /api/rollups',
    name: 'GET /api/rollups at the home unit',
    request: (who) => ({
      method: 'GET',
      url: `/api/rollups?indicatorId=labour-trained-rate&period=2026&unitId=${seat(who).home.unitId}`,
    }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'GET /api/rollups/series',
    name: 'GET /api/rollups/series at the home unit',
    request: (who) => ({
      method: 'GET',
      url: `/api/rollups/series?indicatorId=labour-trained-rate&from=2021&to=2026&unitId=${seat(who).home.unitId}`,
    }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'GET /api/values',
    name: 'GET /api/values of the home unit',
    request: (who) => ({
      method: 'GET',
      url: `/api/values?dataElementId=employment-new-jobs&unitId=${seat(who).home.unitId}`,
    }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'GET /api/notifications',
    name: 'GET /api/notifications (my own)',
    request: () => ({ method: 'GET', url: '/api/notifications' }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'POST /api/notifications/read',
    name: 'POST /api/notifications/read (all of mine)',
    request: () => ({ method: 'POST', url: '/api/notifications/read', payload: { all: true } }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'GET /api/values/history',
    name: 'GET /api/values/history of a home commune',
    request: (who) => ({
      method: 'GET',
      url: `/api/values/history?dataElementId=employment-new-jobs&period=2026&unitId=${homeCommune[who]}`,
    }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'PUT /api/values',
    name: 'PUT /api/values for a home commune',
    request: (who) => ({
      method: 'PUT',
      url: '/api/values',
      payload: {
        values: [{ dataElementId: 'employment-new-jobs', unitId: homeCommune[who], period: '2026', value: 5 }],
      },
    }),
    status: anonymousAndRoles(401, 200, 200, 200, 403),
  },
  {
    route: 'GET /api/data-value-sets',
    name: 'GET /api/data-value-sets of the home unit',
    request: (who) => ({ method: 'GET', url: `/api/data-value-sets?orgUnit=${seat(who).home.unitId}&children=true` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'GET /api/data-value-sets.csv',
    name: 'GET /api/data-value-sets.csv of the home unit',
    request: (who) => ({ method: 'GET', url: `/api/data-value-sets.csv?orgUnit=${seat(who).home.unitId}` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'POST /api/data-value-sets',
    name: 'POST /api/data-value-sets for a home commune',
    request: (who) => ({
      method: 'POST',
      url: '/api/data-value-sets',
      payload: {
        dataValues: [{ dataElement: 'employment-new-jobs', period: '2026', orgUnit: homeCommune[who], value: '5' }],
      },
    }),
    status: anonymousAndRoles(401, 200, 200, 200, 403),
  },
  {
    route: 'POST /api/data-value-sets.csv',
    name: 'POST /api/data-value-sets.csv for a home commune',
    request: (who) => ({
      method: 'POST',
      url: '/api/data-value-sets.csv',
      headers: { 'content-type': 'text/csv' },
      payload: csvOf(homeCommune[who], 5),
    }),
    status: anonymousAndRoles(401, 200, 200, 200, 403),
  },
  {
    route: 'GET /api/plans/:id/value-template',
    name: 'GET /api/plans/:id/value-template (home plan)',
    request: async (who) => ({
      method: 'GET',
      url: `/api/plans/${await linkedPlanOf(seat(who).home)}/value-template?period=2026`,
    }),
    status: anonymousAndRoles(401, 200, 200, 200, 403),
  },
  {
    route: 'POST /api/plans/:id/value-template',
    name: 'POST /api/plans/:id/value-template (home plan, filled)',
    request: async (who) => filledTemplateUpload(who, await linkedPlanOf(seat(who).home)),
    status: anonymousAndRoles(401, 200, 200, 200, 403),
  },
  // The reporting cycle (decision 0028): the actor's own agency's report on its home plan.
  {
    route: 'GET /api/plans/:id/reports',
    name: 'GET /api/plans/:id/reports (home plan)',
    request: (who) => ({ method: 'GET', url: `/api/plans/${planOf(seat(who).home)}/reports?period=2026` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'POST /api/plans/:id/reports',
    name: 'POST /api/plans/:id/reports (own agency, home plan)',
    request: async (who) => {
      const { dutyId } = await reportingDutyOf(seat(who).home);
      return {
        method: 'POST',
        url: `/api/plans/${planOf(seat(who).home)}/reports`,
        payload: { dutyId, period: nextReportYear() },
      };
    },
    status: anonymousAndRoles(401, 201, 201, 201, 403),
  },
  {
    route: 'PATCH /api/plans/:id/reporting-duties/:dutyId',
    name: 'PATCH /api/plans/:id/reporting-duties/:dutyId (home plan)',
    request: async (who) => {
      const { dutyId } = await reportingDutyOf(seat(who).home);
      return {
        method: 'PATCH',
        url: `/api/plans/${planOf(seat(who).home)}/reporting-duties/${dutyId}`,
        payload: { reportingAgencyIds: [seat(who).home.agency.id] },
      };
    },
    status: anonymousAndRoles(401, 200, 200, 403, 403),
  },
  {
    route: 'GET /api/my-reports',
    name: 'GET /api/my-reports',
    request: () => ({ method: 'GET', url: '/api/my-reports' }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'GET /api/unit-reports/:id',
    name: 'GET /api/unit-reports/:id (own agency)',
    request: async (who) => ({ method: 'GET', url: `/api/unit-reports/${await reportAt(seat(who).home, 'draft')}` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    route: 'PUT /api/unit-reports/:id',
    name: 'PUT /api/unit-reports/:id (own agency)',
    request: async (who) => ({
      method: 'PUT',
      url: `/api/unit-reports/${await reportAt(seat(who).home, 'draft')}`,
      payload: { version: 1, achievements: 'Đã hoàn thành' },
    }),
    status: anonymousAndRoles(401, 200, 200, 200, 403),
  },
  {
    route: 'POST /api/unit-reports/:id/submit',
    name: 'POST /api/unit-reports/:id/submit (own agency)',
    request: async (who) => ({
      method: 'POST',
      url: `/api/unit-reports/${await reportAt(seat(who).home, 'draft')}/submit`,
    }),
    status: anonymousAndRoles(401, 200, 200, 200, 403),
  },
  // The plan's planners consolidate when the duty names no agency; a commune reporter does not.
  ...(['return', 'accept'] as const).map(
    (step): Row => ({
      route: `POST /api/unit-reports/:id/${step}`,
      name: `POST /api/unit-reports/:id/${step} (home plan)`,
      request: async (who) => ({
        method: 'POST',
        url: `/api/unit-reports/${await reportAt(seat(who).home, 'submitted')}/${step}`,
        payload: { reason: 'Bổ sung số liệu' },
      }),
      status: anonymousAndRoles(401, 200, 200, 403, 403),
    }),
  ),
];

/** Routes anyone may call: the same answer with or without a session. */
const publicRows: Row[] = [
  {
    route: 'GET /api/health',
    name: 'GET /api/health',
    request: () => ({ method: 'GET', url: '/api/health' }),
    status: anonymousAndRoles(200, 200, 200, 200, 200),
  },
  // Lists only accounts the demo loader made here: none in the matrix's database.
  {
    route: 'GET /api/demo-accounts',
    name: 'GET /api/demo-accounts',
    request: () => ({ method: 'GET', url: '/api/demo-accounts' }),
    status: anonymousAndRoles(200, 200, 200, 200, 200),
    mustNotContain: () => ['username'],
  },
  {
    route: 'POST /api/auth/login',
    name: 'POST /api/auth/login (wrong password)',
    request: (who) => ({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: `khong-co-${who}`, password: 'sai-mat-khau' },
    }),
    status: anonymousAndRoles(401, 401, 401, 401, 401),
  },
  // Logging out ends the session: a throw-away one, so the matrix keeps its own.
  {
    route: 'POST /api/auth/logout',
    name: 'POST /api/auth/logout',
    request: async (who) => {
      if (who === 'anonymous') return { method: 'POST', url: '/api/auth/logout' };
      const user = await harness.createUser({ agencyId: seat(who).home.agency.id, role: who });
      const session = await harness.login(user.username, user.password);
      return { method: 'POST', url: '/api/auth/logout', headers: authHeaders(session) };
    },
    status: anonymousAndRoles(204, 204, 204, 204, 204),
  },
  ...(
    [
      ['GET /api/docs', 200],
      ['GET /api/docs/', 200],
      ['GET /api/docs/static/index.html', 302],
      ['GET /api/docs/static/swagger-initializer.js', 200],
      ['GET /api/docs/*', 200],
      ['GET /api/docs/json', 200],
      ['GET /api/docs/yaml', 200],
    ] as const
  ).map(
    ([route, status]): Row => ({
      route,
      name: route,
      request: () => ({ method: 'GET', url: route.split(' ')[1]!.replace('*', 'static/swagger-ui.css') }),
      status: anonymousAndRoles(status, status, status, status, status),
    }),
  ),
];

async function tableSnapshot(): Promise<string> {
  const [agencies, users, plans, drafts, files, tasks, progress, comments] = await Promise.all([
    database.db.selectFrom('agencies').select(['id', 'name', 'short_name', 'admin_unit_id']).orderBy('id').execute(),
    database.db.selectFrom('users').select(['id', 'display_name', 'role', 'active']).orderBy('id').execute(),
    database.db.selectFrom('plans').select(['id', 'title', 'admin_unit_id']).orderBy('id').execute(),
    database.db.selectFrom('plan_drafts').select(['id', 'updated_at']).orderBy('id').execute(),
    database.db.selectFrom('plan_files').select(['id']).orderBy('id').execute(),
    database.db.selectFrom('plan_tasks').select(['id']).orderBy('id').execute(),
    database.db
      .selectFrom('task_progress')
      .select(['task_id', 'holder', 'due_date', 'percent'])
      .orderBy('task_id')
      .orderBy('holder')
      .execute(),
    database.db.selectFrom('task_comments').select(['id']).orderBy('id').execute(),
  ]);
  return JSON.stringify({ agencies, users, plans, drafts, files, tasks, progress, comments });
}

beforeAll(async () => {
  harness = await startTestApp();
  ({ db: database, app } = harness);
  fixtures = harness.agencies;
  const placeOf = (agency: FixtureAgency): Place => ({ unitId: agency.adminUnitId, agency });
  seats.set('admin', { home: placeOf(fixtures.provinceAgency), foreign: placeOf(fixtures.foreignAgency) });
  seats.set('planner', { home: placeOf(fixtures.provinceAgency), foreign: placeOf(fixtures.foreignAgency) });
  // A commune user must not see a sibling commune of the same province.
  seats.set('reporter', { home: placeOf(fixtures.communeAgency), foreign: placeOf(fixtures.siblingCommuneAgency) });
  seats.set('viewer', { home: placeOf(fixtures.foreignAgency), foreign: placeOf(fixtures.provinceAgency) });
  seats.set('anonymous', { home: placeOf(fixtures.provinceAgency), foreign: placeOf(fixtures.foreignAgency) });
  sessions.set('anonymous', null);
  for (const role of ['admin', 'planner', 'reporter', 'viewer'] as const) {
    const user = await harness.createUser({ agencyId: seat(role).home.agency.id, role });
    sessions.set(role, await harness.login(user.username, user.password));
  }
  victimUserId = (await harness.createUser({ agencyId: fixtures.foreignCommuneAgency.id, displayName: 'Nạn Nhân' })).id;
  for (const agency of Object.values(fixtures))
    planAt.set(agency.adminUnitId, await insertPlanAt(database.db, agency.adminUnitId));
  for (const who of everyone)
    planNamingForeign.set(
      who,
      await insertPlanAt(database.db, seat(who).home.unitId, extractionNaming(seat(who).foreign.agency.id)),
    );
  for (const who of everyone)
    tasksOf.set(who, { home: await insertLedTask(seat(who).home), foreign: await insertLedTask(seat(who).foreign) });
  // A planner of the other province: the first uploader of sharedText, and the owner of a draft nobody else may touch.
  const otherPlanner = await harness.createUser({ agencyId: fixtures.foreignAgency.id, role: 'planner' });
  const otherSession = await harness.login(otherPlanner.username, otherPlanner.password);
  const shared = await uploadPlan(app, otherSession, otherUploadersName, sharedText);
  expect(shared.statusCode, shared.body).toBe(201);
  othersDraftId = shared.json().draft.id as string;
});

afterAll(async () => {
  await harness?.close();
});

function runRows(title: string, rows: Row[], foreign: boolean) {
  describe(title, () => {
    for (const row of rows) {
      for (const who of everyone) {
        const expected = row.status[who];
        it(`${who} · ${row.name} → ${expected}`, async () => {
          const options = await row.request(who);
          expect(
            requestMatchesRoute(row.route, options.method ?? 'GET', String(options.url)),
            `${options.method} ${options.url} is not ${row.route}`,
          ).toBe(true);
          const before = expected >= 400 ? await tableSnapshot() : null;
          const response = await app.inject({ ...options, headers: { ...headersOf(who), ...(options.headers ?? {}) } });
          expect(response.statusCode, response.body).toBe(expected);
          for (const secret of row.mustNotContain?.(who) ?? []) expect(response.body).not.toContain(secret);
          await row.after?.(who);
          if (expected >= 400) {
            const body = response.json() as { error?: { code?: string; message?: string } };
            expect(body.error?.message).toMatch(/[À-ỹ]/);
            // Refused requests change nothing.
            expect(await tableSnapshot()).toBe(before);
          }
          const target = seat(who).foreign;
          const leaks =
            foreign && who !== 'admin' && !row.mustNotContain && (expected >= 400 || row.checkLeakOnSuccess);
          if (leaks) {
            expect(response.body).not.toContain(target.agency.name);
            if (!row.echoesForeignId) expect(response.body).not.toContain(target.agency.id);
            expect(response.body).not.toContain(unitNames.get(target.unitId));
          }
        });
      }
    }
  });
}

runRows('foreign records', foreignRows, true);
runRows('records in scope', ownRows, false);
runRows('public routes', publicRows, false);

describe('the route table', () => {
  it('every registered route has rows, and every row names a registered route', () => {
    const routes = collectRoutes(app);
    // The parser found the table (a guard against a changed printRoutes format).
    expect(routes).toContain('GET /api/plans/:id');
    expect(routes.length).toBeGreaterThan(20);
    const covered = new Set([...foreignRows, ...ownRows, ...publicRows].map((row) => row.route));
    expect(
      routes.filter((route) => !covered.has(route)),
      'routes without access rows',
    ).toEqual([]);
    expect(
      [...covered].filter((route) => !routes.includes(route)),
      'rows naming no route',
    ).toEqual([]);
  });
});

describe('what in-scope answers contain', () => {
  it('admins find foreign records; others see their own scope including its history', async () => {
    const adminList = await app.inject({
      method: 'GET',
      url: `/api/agencies?adminUnitId=${fixtures.foreignAgency.adminUnitId}`,
      headers: headersOf('admin'),
    });
    expect(adminList.body).toContain(fixtures.foreignAgency.name);
    const plannerList = await app.inject({
      method: 'GET',
      url: `/api/agencies?adminUnitId=t-p1`,
      headers: headersOf('planner'),
    });
    expect(plannerList.body).toContain(fixtures.provinceAgency.name);
    // The old commune t-oc1 merged into t-c1: its history belongs to t-c1's users and to t-p1's.
    for (const who of ['planner', 'reporter'] as const) {
      const oldUnit = await app.inject({ method: 'GET', url: '/api/admin-units/t-oc1', headers: headersOf(who) });
      expect(oldUnit.statusCode, who).toBe(200);
      const oldAgency = await app.inject({
        method: 'GET',
        url: `/api/agencies/${fixtures.oldCommuneAgency.id}`,
        headers: headersOf(who),
      });
      expect(oldAgency.statusCode, who).toBe(200);
    }
    // …but not to the other province's users.
    const viewerOld = await app.inject({
      method: 'GET',
      url: `/api/agencies/${fixtures.oldCommuneAgency.id}`,
      headers: headersOf('viewer'),
    });
    expect(viewerOld.statusCode).toBe(404);
  });

  it('a commune user cannot see its own province, nor the other communes', async () => {
    for (const id of ['t-p1', 't-c2', 't-p2', 't-c3']) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/admin-units/${id}`,
        headers: headersOf('reporter'),
      });
      expect(response.statusCode, id).toBe(404);
    }
  });

  it('a 404 for a foreign record is indistinguishable from one for a missing record', async () => {
    const foreign = await app.inject({
      method: 'GET',
      url: `/api/agencies/${fixtures.foreignAgency.id}`,
      headers: headersOf('planner'),
    });
    const missing = await app.inject({
      method: 'GET',
      url: '/api/agencies/ag-khong-ton-tai',
      headers: headersOf('planner'),
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).toBe(missing.body);
    const foreignUnit = await app.inject({
      method: 'GET',
      url: '/api/admin-units/t-p2',
      headers: headersOf('planner'),
    });
    const missingUnit = await app.inject({
      method: 'GET',
      url: '/api/admin-units/t-khong-co',
      headers: headersOf('planner'),
    });
    expect(foreignUnit.body).toBe(missingUnit.body);
    const create = (adminUnitId: string) =>
      app.inject({
        method: 'POST',
        url: '/api/agencies',
        headers: headersOf('planner'),
        payload: { key: 'thu', name: 'Cơ quan Thử', type: 'other', adminUnitId },
      });
    const foreignCreate = await create('t-p2');
    const missingCreate = await create('t-khong-co');
    expect(foreignCreate.statusCode).toBe(missingCreate.statusCode);
    expect(foreignCreate.json().error.code).toBe(missingCreate.json().error.code);
    expect(foreignCreate.json().error.message.replace('t-p2', 'ID')).toBe(
      missingCreate.json().error.message.replace('t-khong-co', 'ID'),
    );
  });
});
