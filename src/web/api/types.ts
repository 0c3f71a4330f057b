// The web's names for the API's shapes. Every type here is read from the generated OpenAPI
// types (./generated/openapi.ts, made by `npm run api:types` from the server's zod schemas;
// decision 0018): a change on the server changes these, and the compiler shows the pages it
// breaks. No shape is written by hand or taken from src/server or src/domain; the two value
// lists (roles, agency types) come from src/domain and must name exactly the API's values.
import { roles as domainRoles } from '../../domain/access/roles.ts';
import { agencyTypes as domainAgencyTypes } from '../../domain/agencies/types.ts';
import type { paths } from './generated/openapi.ts';

// --- Reading paths ---------------------------------------------------------------------------

/** Every API path, as OpenAPI writes it (`/api/plans/{id}`). */
export type ApiPath = keyof paths;
type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';
/** The methods a path answers. */
export type ApiMethod<P extends ApiPath> = Extract<keyof paths[P], HttpMethod>;
type Operation<P extends ApiPath, M extends ApiMethod<P>> = paths[P][M];

type JsonContent<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;
type SuccessStatus = 200 | 201 | 204;

/** What a successful call answers: the JSON of its 200 or 201, undefined for a 204. */
export type ApiResponse<P extends ApiPath, M extends ApiMethod<P>> =
  Operation<P, M> extends { responses: infer Responses }
    ? 204 extends keyof Responses
      ? undefined
      : JsonContent<Responses[Extract<keyof Responses, SuccessStatus>]>
    : never;

/** Every error's JSON ({"error":{code,message,field}}), the same on every route. */
export type ApiErrorBody = JsonContent<paths['/api/plans/{id}']['get']['responses'][404]>;

/** The JSON body a call sends (never when it takes none). */
export type ApiBody<P extends ApiPath, M extends ApiMethod<P>> =
  Operation<P, M> extends { requestBody?: infer Body } ? JsonContent<NonNullable<Body>> : never;

type Parameters<P extends ApiPath, M extends ApiMethod<P>, In extends 'query' | 'path'> =
  Operation<P, M> extends { parameters: infer Params }
    ? Params extends { [K in In]?: infer Fields }
      ? NonNullable<Fields>
      : never
    : never;

/** The query string a call takes. */
export type ApiQuery<P extends ApiPath, M extends ApiMethod<P>> = Parameters<P, M, 'query'>;
/** The `{name}` parts of a path. */
export type ApiPathParams<P extends ApiPath, M extends ApiMethod<P>> = Parameters<P, M, 'path'>;

type Item<List> = List extends ReadonlyArray<infer T> ? T : never;
/** The list itself when it names exactly the values of T, never otherwise (assigning it fails). */
type Exactly<List extends readonly unknown[], T> = [T] extends [List[number]]
  ? [List[number]] extends [T]
    ? List
    : never
  : never;

// --- Session and users -----------------------------------------------------------------------

export type Session = ApiResponse<'/api/auth/me', 'get'>;
export type Me = Session['user'];
export type UnitRef = Me['adminUnit'];
export type UnitLevel = UnitRef['level'];

export type User = Item<ApiResponse<'/api/users', 'get'>['items']>;
export type Role = User['role'];
/** The roles in the order the user form offers them (the domain's list, checked against the API). */
export const roles: Exactly<typeof domainRoles, Role> = domainRoles;

// --- Admin units -----------------------------------------------------------------------------

export type AdminUnitSummary = Item<ApiResponse<'/api/admin-units', 'get'>['items']>;
export type AdminUnitDetail = ApiResponse<'/api/admin-units/{id}', 'get'>;
export type UnitLink = Item<AdminUnitDetail['predecessors']>;

// --- Agencies --------------------------------------------------------------------------------

export type AgencySummary = Item<ApiResponse<'/api/agencies', 'get'>['items']>;
export type AgencyType = AgencySummary['type'];
/** Every agency type (the domain's list, checked against the API). */
export const agencyTypes: Exactly<typeof domainAgencyTypes, AgencyType> = domainAgencyTypes;
export type AgencyDetail = ApiResponse<'/api/agencies/{id}', 'get'>['agency'];
export type AgencyLink = Item<AgencyDetail['predecessors']>;

// --- Audit -----------------------------------------------------------------------------------

export type AuditPage = ApiResponse<'/api/audit', 'get'>;
export type AuditEntry = Item<AuditPage['items']>;

// --- Lists -----------------------------------------------------------------------------------

/** One page of a list: the items, how many match in all, and the page asked for. */
export type Page<T> = Omit<ApiResponse<'/api/plans', 'get'>, 'items'> & { items: T[] };

// --- Plan drafts: the extraction under review ------------------------------------------------

export type PlanDraftView = ApiResponse<'/api/plan-drafts/{id}', 'get'>['draft'];
export type PlanDraftSummary = Item<ApiResponse<'/api/plan-drafts', 'get'>['items']>;
/** What a draft holds: the plan as extracted, with the review aids (confidence, warnings, mentions). */
export type PlanExtraction = PlanDraftView['extraction'];
export type DocumentHeader = PlanExtraction['document'];
export type PlanPeriod = PlanExtraction['period'];
/** The plan itself, without the extraction's warnings. */
export type PlanContent = Omit<PlanExtraction, 'warnings'>;
export type ExtractedReference = Item<PlanExtraction['references']>;
export type ExtractedTarget = Item<PlanExtraction['targets']>;
export type ExtractedTask = Item<PlanExtraction['tasks']>;
export type ExtractedReportingDuty = Item<PlanExtraction['reporting']>;
/** An agency name as written in the plan, with the agency it was resolved to (if any). */
export type AgencyMention = Item<NonNullable<ExtractedTask['leadAgencies']>>;
export type TargetOp = ExtractedTarget['op'];
export type TargetUnit = NonNullable<ExtractedTarget['unit']>;
export type TaskDue = NonNullable<ExtractedTask['due']>;
export type Frequency = Extract<TaskDue, { kind: 'recurring' }>['freq'];
export type ReportingFrequency = ExtractedReportingDuty['freq'];
export type IssuerLevel = NonNullable<DocumentHeader['issuerLevel']>;

// --- Plans -----------------------------------------------------------------------------------

export type PlanRef = NonNullable<PlanDraftView['duplicateOf']>;
export type PlanSummary = Item<ApiResponse<'/api/plans', 'get'>['items']>;
export type PlanDetail = ApiResponse<'/api/plans/{id}', 'get'>['plan'];
export type PlanTarget = Item<PlanDetail['targets']>;
export type PlanTask = Item<PlanDetail['tasks']>;
export type PlanAgencyRef = Item<PlanTask['lead']>;
export type PlanReportingDuty = Item<PlanDetail['reporting']>;
export type PlanReference = Item<PlanDetail['references']>;

// --- Plan screens ----------------------------------------------------------------------------

/** What the reader may do with a plan, decided by the server's plan policy (decision 0021). */
export type PlanAbilities = PlanDetail['can'];
/** POST /api/agencies: an agency added from a plan's review (of the plan's unit). */
export type NewAgency = ApiBody<'/api/agencies', 'post'>;

/** GET /api/demo-accounts: only accounts the demo loader made in this database. */
export type DemoAccount = Item<ApiResponse<'/api/demo-accounts', 'get'>['items']>;
/** GET /api/dashboard/summary: every figure counted within the user's scope. */
export type DashboardSummary = ApiResponse<'/api/dashboard/summary', 'get'>;
/** GET /api/dashboard/overview: active plans, targets by status, attention, missing data, in scope. */
export type DashboardOverview = ApiResponse<'/api/dashboard/overview', 'get'>;
/** An audit entry with the subject's name joined by the server (null when unknown). */
export type AuditEntryWithSubject = AuditEntry;
/** The agencies list's status filter (the API's default is 'all'). */
export type AgencyStatusFilter = NonNullable<ApiQuery<'/api/agencies', 'get'>['status']>;

// --- Indicators, values and roll-ups (issue 9) -----------------------------------------------

/** GET /api/indicators: one indicator of the catalogue (name in Vietnamese, unit, polarity). */
export type IndicatorSummary = Item<ApiResponse<'/api/indicators', 'get'>['items']>;
/** A ranked indicator suggestion for a plan target (score 0..1, reasons in Vietnamese). */
export type IndicatorSuggestion = Item<
  ApiResponse<'/api/plans/{id}/targets/{targetId}/indicator-suggestions', 'get'>['items']
>;
/** PUT /api/values: one cell of a batch (value null deletes; confirm accepts a jump). */
export type ValueCell = Item<ApiBody<'/api/values', 'put'>['values']>;
/** GET /api/values: a stored value with its source and who entered it when. */
export type StoredValue = Item<ApiResponse<'/api/values', 'get'>['items']>;
/** GET /api/notifications: a reminder or escalation addressed to me. */
export type AppNotification = Item<ApiResponse<'/api/notifications', 'get'>['items']>;
/** GET /api/values/history: one change of a stored value (after null: deleted). */
export type ValueChange = Item<ApiResponse<'/api/values/history', 'get'>['items']>;
/** GET /api/rollups: an indicator for a unit and period on the map of asOf. */
export type Rollup = ApiResponse<'/api/rollups', 'get'>;
export type RollupUnit = Item<Rollup['byUnit']>;

// --- Plan targets as measured (GET /api/plans/{id}/targets) ----------------------------------

export type PlanTargetsView = ApiResponse<'/api/plans/{id}/targets', 'get'>;
/** One evaluated target with its "trong đó" children. */
export type TargetNode = Item<PlanTargetsView['targets']>;
export type TargetStatus = TargetNode['status'];
export type TargetStatusCounts = PlanTargetsView['counts'];
export type TargetSeriesPoint = Item<TargetNode['series']>;
export type StatusOverrideBody = ApiBody<'/api/plans/{id}/targets/{targetId}/status-override', 'put'>;
/** GET /api/rollups/series: an indicator over consecutive periods. */
export type RollupSeries = ApiResponse<'/api/rollups/series', 'get'>;

// --- Tasks as tracked (issue 10) ---------------------------------------------------------------

/** GET /api/my-tasks: what falls to the user's agency or commune, across every plan. */
export type MyTasksView = ApiResponse<'/api/my-tasks', 'get'>;
export type MyTaskItem = Item<MyTasksView['items']>;
export type TaskAssignment = MyTaskItem['assignment'];
export type TaskOccurrence = Item<TaskAssignment['occurrences']>;
export type TaskStatus = TaskOccurrence['status'];
/** GET /api/plans/{id}/tasks: the plan's task board. */
export type TaskBoard = ApiResponse<'/api/plans/{id}/tasks', 'get'>;
export type BoardTask = Item<TaskBoard['tasks']>;
export type TaskProgressBody = ApiBody<'/api/tasks/{id}/progress', 'post'>;
/** GET /api/tasks/overdue: agencies ranked by overdue tasks, with both rates. */
export type OverdueList = ApiResponse<'/api/tasks/overdue', 'get'>;
export type OverdueRow = Item<OverdueList['rows']>;
// --- The reporting cycle (decision 0028) ------------------------------------------------------

/** One unit's report: narratives, its tasks with notes, its values (read-only), what the reader may do. */
export type UnitReport = ApiResponse<'/api/unit-reports/{id}', 'get'>['report'];
export type UnitReportBody = ApiBody<'/api/unit-reports/{id}', 'put'>;
export type UnitReportState = UnitReport['state'];
export type UnitReportTimeliness = UnitReport['timeliness'];
/** GET /api/plans/{id}/reports: each duty's period, reporting units and completeness. */
export type PlanReports = ApiResponse<'/api/plans/{id}/reports', 'get'>;
export type PlanReportDuty = Item<PlanReports['duties']>;
/** GET /api/my-reports: a report the user's agency owes. */
export type OwedReport = Item<ApiResponse<'/api/my-reports', 'get'>['items']>;
/** PATCH /api/plans/{id}/reporting-duties/{dutyId}: what a planner may change on a duty. */
export type DutyPatch = ApiBody<'/api/plans/{id}/reporting-duties/{dutyId}', 'patch'>;
