// Every call the web makes, typed from the generated OpenAPI paths (./types.ts): the path must
// exist with that method, the body, query and `{id}` parts are the server's, and so is the
// answer. Requests go through http.ts (CSRF header, JSON errors, 401 -> login).
import { type Query, request, requestFile } from './http.ts';
import type {
  ApiBody,
  ApiMethod,
  ApiPath,
  ApiPathParams,
  ApiQuery,
  ApiResponse,
  NewAgency,
  PlanExtraction,
  StatusOverrideBody,
  TaskProgressBody,
  UnitReportBody,
  DutyPatch,
} from './types.ts';

type CallOptions<P extends ApiPath, M extends ApiMethod<P>> = {
  query?: ApiQuery<P, M>;
  signal?: AbortSignal | undefined;
  /** Auth probes handle 401 themselves instead of redirecting. */
  allowUnauthenticated?: boolean;
} & ([ApiBody<P, M>] extends [never] ? { body?: never } : { body: ApiBody<P, M> }) &
  ([ApiPathParams<P, M>] extends [never] ? { params?: never } : { params: ApiPathParams<P, M> });

/** The path with its `{name}` parts filled in (each encoded). */
function fillPath(path: string, params: Record<string, string | number> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`${path}: missing {${name}}`);
    return encodeURIComponent(String(value));
  });
}

/** One call of the API, as OpenAPI describes it. */
export function call<P extends ApiPath, M extends ApiMethod<P>>(
  method: M,
  path: P,
  ...[options]: [ApiBody<P, M>] extends [never]
    ? [ApiPathParams<P, M>] extends [never]
      ? [options?: CallOptions<P, M>]
      : [options: CallOptions<P, M>]
    : [options: CallOptions<P, M>]
): Promise<ApiResponse<P, M>> {
  const { query, signal, allowUnauthenticated, body, params } = (options ?? {}) as {
    query?: Query;
    signal?: AbortSignal;
    allowUnauthenticated?: boolean;
    body?: unknown;
    params?: Record<string, string | number>;
  };
  const verb = method.toUpperCase();
  return request<ApiResponse<P, M>>(verb, fillPath(path, params), {
    query,
    signal,
    allowUnauthenticated,
    // Fastify refuses a JSON POST without a body: send {} when the route takes none.
    body: body ?? (verb === 'POST' ? {} : undefined),
  });
}

export const authApi = {
  login: (username: string, password: string) =>
    call('post', '/api/auth/login', { body: { username, password }, allowUnauthenticated: true }),
  me: () => call('get', '/api/auth/me', { allowUnauthenticated: true }),
  logout: () => call('post', '/api/auth/logout', { allowUnauthenticated: true }),
  changePassword: (currentPassword: string, newPassword: string) =>
    call('post', '/api/auth/password', { body: { currentPassword, newPassword } }),
};

export type UnitListQuery = ApiQuery<'/api/admin-units', 'get'>;

export const adminUnitsApi = {
  list: (query: UnitListQuery, signal?: AbortSignal) => call('get', '/api/admin-units', { query, signal }),
  get: (id: string, asOf: string, signal?: AbortSignal) =>
    call('get', '/api/admin-units/{id}', { params: { id }, query: { asOf }, signal }),
};

export type AgencyListQuery = ApiQuery<'/api/agencies', 'get'>;

export const agenciesApi = {
  list: (query: AgencyListQuery, signal?: AbortSignal) => call('get', '/api/agencies', { query, signal }),
  get: (id: string, signal?: AbortSignal) => call('get', '/api/agencies/{id}', { params: { id }, signal }),
  /** An agency of a unit in scope (the agencies policy decides who may). */
  create: (agency: NewAgency) => call('post', '/api/agencies', { body: agency }),
};

export type NewUser = ApiBody<'/api/users', 'post'>;
export type UserChanges = ApiBody<'/api/users/{id}', 'patch'>;

export const usersApi = {
  list: (page: ApiQuery<'/api/users', 'get'>, signal?: AbortSignal) =>
    call('get', '/api/users', { query: page, signal }),
  create: (user: NewUser) => call('post', '/api/users', { body: user }),
  update: (id: string, changes: UserChanges) => call('patch', '/api/users/{id}', { params: { id }, body: changes }),
};

export const auditApi = {
  list: (query: ApiQuery<'/api/audit', 'get'>, signal?: AbortSignal) => call('get', '/api/audit', { query, signal }),
};

export type PlanListQuery = ApiQuery<'/api/plans', 'get'>;
export type DraftUpload = ApiResponse<'/api/plan-drafts', 'post'>;
export type DraftConfirmation = NonNullable<ApiBody<'/api/plan-drafts/{id}/confirm', 'post'>>;

export const planDraftsApi = {
  // Multipart (the route reads the file itself, so OpenAPI has no body for it): only the answer is typed.
  upload: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return request<DraftUpload>('POST', '/api/plan-drafts', { body: form });
  },
  list: (signal?: AbortSignal) => call('get', '/api/plan-drafts', { signal }),
  get: (id: string, signal?: AbortSignal) => call('get', '/api/plan-drafts/{id}', { params: { id }, signal }),
  save: (id: string, extraction: PlanExtraction, adminUnitId: string | null, version: number) =>
    call('put', '/api/plan-drafts/{id}', { params: { id }, body: { extraction, adminUnitId, version } }),
  discard: (id: string) => call('delete', '/api/plan-drafts/{id}', { params: { id } }),
  indicatorSuggestions: (id: string, targetId: string, signal?: AbortSignal) =>
    call('get', '/api/plan-drafts/{id}/targets/{targetId}/indicator-suggestions', {
      params: { id, targetId },
      signal,
    }),
  confirm: (id: string, body: DraftConfirmation) =>
    call('post', '/api/plan-drafts/{id}/confirm', { params: { id }, body }),
};

export const plansApi = {
  list: (query: PlanListQuery, signal?: AbortSignal) => call('get', '/api/plans', { query, signal }),
  get: (id: string, signal?: AbortSignal) => call('get', '/api/plans/{id}', { params: { id }, signal }),
  /** The original file, for a link (not fetched as JSON). */
  fileUrl: (id: string) => `/api/plans/${encodeURIComponent(id)}/file`,
  /** Shown only when plan.can.delete; the server decides again. */
  delete: (id: string) => call('delete', '/api/plans/{id}', { params: { id } }),
};

export const demoAccountsApi = {
  /** Public: the accounts the demo loader made here ([] on a real database). */
  list: (signal?: AbortSignal) => call('get', '/api/demo-accounts', { signal, allowUnauthenticated: true }),
};

export const dashboardApi = {
  summary: (asOf: string, signal?: AbortSignal) => call('get', '/api/dashboard/summary', { query: { asOf }, signal }),
  overview: (asOf: string, signal?: AbortSignal) => call('get', '/api/dashboard/overview', { query: { asOf }, signal }),
};

export type RollupQuery = ApiQuery<'/api/rollups', 'get'>;
export type ValuesQuery = ApiQuery<'/api/values', 'get'>;
export type ValuesBatch = ApiBody<'/api/values', 'put'>;

export const indicatorsApi = {
  list: (signal?: AbortSignal) => call('get', '/api/indicators', { signal }),
  suggestions: (planId: string, targetId: string, signal?: AbortSignal) =>
    call('get', '/api/plans/{id}/targets/{targetId}/indicator-suggestions', {
      params: { id: planId, targetId },
      signal,
    }),
  /** Links a plan target to an indicator, or unlinks it (null); the plan policy decides. */
  link: (planId: string, targetId: string, indicatorId: string | null) =>
    call('put', '/api/plans/{id}/targets/{targetId}/indicator', {
      params: { id: planId, targetId },
      body: { indicatorId },
    }),
};

export const valuesApi = {
  /** All or nothing: a 400 carries one problem per cell (ApiError.problems). */
  save: (batch: ValuesBatch) => call('put', '/api/values', { body: batch }),
  list: (query: ValuesQuery, signal?: AbortSignal) => call('get', '/api/values', { query, signal }),
  /** Every save, import and deletion of one cell, newest first (from the audit log). */
  history: (query: ApiQuery<'/api/values/history', 'get'>, signal?: AbortSignal) =>
    call('get', '/api/values/history', { query, signal }),
  rollup: (query: RollupQuery, signal?: AbortSignal) => call('get', '/api/rollups', { query, signal }),
};

export const notificationsApi = {
  list: (signal?: AbortSignal) => call('get', '/api/notifications', { signal }),
  markRead: (body: ApiBody<'/api/notifications/read', 'post'>) => call('post', '/api/notifications/read', { body }),
};

export const targetsApi = {
  /** The plan's targets evaluated live from the roll-ups, as of a date. */
  list: (planId: string, asOf: string | undefined, signal?: AbortSignal) =>
    call('get', '/api/plans/{id}/targets', { params: { id: planId }, query: { asOf }, signal }),
  /** A planner's status with a reason (audited); the computed status is kept beside it. */
  override: (planId: string, targetId: string, body: StatusOverrideBody) =>
    call('put', '/api/plans/{id}/targets/{targetId}/status-override', { params: { id: planId, targetId }, body }),
  clearOverride: (planId: string, targetId: string) =>
    call('delete', '/api/plans/{id}/targets/{targetId}/status-override', { params: { id: planId, targetId } }),
  series: (query: ApiQuery<'/api/rollups/series', 'get'>, signal?: AbortSignal) =>
    call('get', '/api/rollups/series', { query, signal }),
};

export type TemplateImportSummary = ApiResponse<'/api/plans/{id}/value-template', 'post'>;

/** What an upload may ask besides the file: check only (dryRun), accept unusual jumps (confirm). */
export interface ImportChoices {
  dryRun?: boolean;
  confirm?: boolean;
}

const templatePath = (planId: string) => `/api/plans/${encodeURIComponent(planId)}/value-template`;

export const valueFilesApi = {
  /** The plan's XLSX template for a period, as a blob: a 400 (no linked targets) comes back as an ApiError. */
  downloadTemplate: (planId: string, period: ApiQuery<'/api/plans/{id}/value-template', 'get'>['period']) =>
    requestFile(templatePath(planId), { query: { period } }),
  // Multipart (the route reads the parts itself, so OpenAPI has no body for it): only the answer is typed.
  // The fields go first: a reader that stops at the file part has already seen them.
  uploadTemplate: (planId: string, file: File, choices: ImportChoices = {}) => {
    const form = new FormData();
    if (choices.dryRun) form.append('dryRun', 'true');
    if (choices.confirm) form.append('confirm', 'true');
    form.append('file', file, file.name);
    return request<TemplateImportSummary>('POST', templatePath(planId), { body: form });
  },
};

export const tasksApi = {
  /** "Việc của tôi": most urgent first, one page; counts over all. */
  mine: (query: ApiQuery<'/api/my-tasks', 'get'>, signal?: AbortSignal) =>
    call('get', '/api/my-tasks', { query, signal }),
  board: (planId: string, signal?: AbortSignal) =>
    call('get', '/api/plans/{id}/tasks', { params: { id: planId }, signal }),
  overdue: (period: string, signal?: AbortSignal) => call('get', '/api/tasks/overdue', { query: { period }, signal }),
  /** The lead's report on one occurrence (audited on the server). */
  report: (taskId: string, body: TaskProgressBody) =>
    call('post', '/api/tasks/{id}/progress', { params: { id: taskId }, body }),
  comment: (taskId: string, text: string) =>
    call('post', '/api/tasks/{id}/comments', { params: { id: taskId }, body: { text } }),
};

export const unitReportsApi = {
  /** Every reporting unit's report state for the plan's duties (each duty's current period unless asked). */
  listForPlan: (planId: string, period: string | undefined, signal?: AbortSignal) =>
    call('get', '/api/plans/{id}/reports', { params: { id: planId }, query: { period }, signal }),
  /** Opens the report the user's agency owes for a duty and period (a draft when new). */
  open: (planId: string, dutyId: string, period: string) =>
    call('post', '/api/plans/{id}/reports', { params: { id: planId }, body: { dutyId, period } }),
  mine: (signal?: AbortSignal) => call('get', '/api/my-reports', { signal }),
  get: (id: string, signal?: AbortSignal) => call('get', '/api/unit-reports/{id}', { params: { id }, signal }),
  save: (id: string, body: UnitReportBody) => call('put', '/api/unit-reports/{id}', { params: { id }, body }),
  submit: (id: string, version: number) =>
    call('post', '/api/unit-reports/{id}/submit', { params: { id }, body: { version } }),
  return: (id: string, version: number, reason: string) =>
    call('post', '/api/unit-reports/{id}/return', { params: { id }, body: { version, reason } }),
  accept: (id: string, version: number) =>
    call('post', '/api/unit-reports/{id}/accept', { params: { id }, body: { version } }),
  /** A planner edits a duty's cycle, due day, recipient and agencies (the server decides who may). */
  updateDuty: (planId: string, dutyId: string, body: DutyPatch) =>
    call('patch', '/api/plans/{id}/reporting-duties/{dutyId}', { params: { id: planId, dutyId }, body }),
};

export type ReportFieldsBody = ApiBody<'/api/plans/{id}/report/fields', 'put'>;
type ReportFormat = NonNullable<ApiQuery<'/api/plans/{id}/report', 'get'>['format']>;
const reportPath = (planId: string, rest = '') => `/api/plans/${encodeURIComponent(planId)}/report${rest}`;

/** The plan's consolidated report for a period (issue 10): fields, downloads, the stored final version. */
export const reportsApi = {
  fields: (planId: string, period: string, signal?: AbortSignal) =>
    call('get', '/api/plans/{id}/report/fields', { params: { id: planId }, query: { period }, signal }),
  saveFields: (planId: string, period: string, body: ReportFieldsBody) =>
    call('put', '/api/plans/{id}/report/fields', { params: { id: planId }, query: { period }, body }),
  finalise: (planId: string, period: string) =>
    call('post', '/api/plans/{id}/report/final', { params: { id: planId }, query: { period } }),
  download: (planId: string, period: string, format: ReportFormat) =>
    requestFile(reportPath(planId), { query: { period, format } }),
  downloadFinal: (planId: string, period: string) => requestFile(reportPath(planId, '/final'), { query: { period } }),
};
