import { api, request } from './http.ts';
import type {
  AdminUnitDetail,
  AdminUnitSummary,
  AgencyDetail,
  AgencySummary,
  AuditPage,
  DashboardSummary,
  DemoAccount,
  Page,
  PlanDetail,
  PlanDraftSummary,
  PlanDraftView,
  PlanExtraction,
  PlanRef,
  PlanSummary,
  Role,
  Session,
  User,
} from './types.ts';

export const authApi = {
  login: (username: string, password: string) =>
    request<Session>('POST', '/api/auth/login', { body: { username, password }, allowUnauthenticated: true }),
  me: () => request<Session>('GET', '/api/auth/me', { allowUnauthenticated: true }),
  logout: () => request<void>('POST', '/api/auth/logout', { body: {}, allowUnauthenticated: true }),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<{ endedSessions: number }>('POST', '/api/auth/password', { body: { currentPassword, newPassword } }),
};

export interface UnitListQuery {
  asOf?: string;
  q?: string;
  level?: string;
  parentId?: string;
  limit?: number;
}

export const adminUnitsApi = {
  list: (query: UnitListQuery, signal?: AbortSignal) =>
    api.get<{ items: AdminUnitSummary[] }>('/api/admin-units', { ...query }, signal),
  get: (id: string, asOf: string, signal?: AbortSignal) =>
    api.get<AdminUnitDetail>(`/api/admin-units/${encodeURIComponent(id)}`, { asOf }, signal),
};

export interface AgencyListQuery {
  q?: string;
  adminUnitId?: string;
  type?: string;
  limit?: number;
  offset?: number;
}

export const agenciesApi = {
  list: (query: AgencyListQuery, signal?: AbortSignal) =>
    api.get<Page<AgencySummary>>('/api/agencies', { ...query }, signal),
  get: (id: string, signal?: AbortSignal) =>
    api.get<{ agency: AgencyDetail }>(`/api/agencies/${encodeURIComponent(id)}`, undefined, signal),
};

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  agencyId: string;
}

export interface UserChanges {
  displayName?: string;
  role?: Role;
  agencyId?: string;
  password?: string;
  active?: boolean;
}

export const usersApi = {
  list: (page: { limit?: number; offset?: number }, signal?: AbortSignal) =>
    api.get<Page<User>>('/api/users', { ...page }, signal),
  create: (user: NewUser) => api.post<{ user: User }>('/api/users', user),
  update: (id: string, changes: UserChanges) =>
    api.patch<{ user: User }>(`/api/users/${encodeURIComponent(id)}`, changes),
};

export const auditApi = {
  list: (query: { entity?: string; entityId?: string; limit?: number; before?: number }, signal?: AbortSignal) =>
    api.get<AuditPage>('/api/audit', { ...query }, signal),
};

export interface PlanListQuery {
  q?: string;
  adminUnitId?: string;
  limit?: number;
  offset?: number;
}

export interface DraftUpload {
  draft: PlanDraftView;
  duplicateOf: PlanRef | null;
}

export interface DraftConfirmation {
  extraction?: PlanExtraction;
  adminUnitId?: string | null;
  allowDuplicate?: boolean;
  version?: number;
}

const draftPath = (id: string) => `/api/plan-drafts/${encodeURIComponent(id)}`;
const planPath = (id: string) => `/api/plans/${encodeURIComponent(id)}`;

export const planDraftsApi = {
  upload: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return request<DraftUpload>('POST', '/api/plan-drafts', { body: form });
  },
  list: (signal?: AbortSignal) => api.get<Page<PlanDraftSummary>>('/api/plan-drafts', undefined, signal),
  get: (id: string, signal?: AbortSignal) => api.get<{ draft: PlanDraftView }>(draftPath(id), undefined, signal),
  save: (id: string, extraction: PlanExtraction, adminUnitId: string | null, version: number) =>
    api.put<{ draft: PlanDraftView }>(draftPath(id), { extraction, adminUnitId, version }),
  discard: (id: string) => api.delete(draftPath(id)),
  confirm: (id: string, body: DraftConfirmation) => api.post<{ planId: string }>(`${draftPath(id)}/confirm`, body),
};

export const plansApi = {
  list: (query: PlanListQuery, signal?: AbortSignal) => api.get<Page<PlanSummary>>('/api/plans', { ...query }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<{ plan: PlanDetail }>(planPath(id), undefined, signal),
  fileUrl: (id: string) => `${planPath(id)}/file`,
};

// --- Added for issue 8 part 4 (login page, dashboard, audit) ---

export const demoAccountsApi = {
  list: (signal?: AbortSignal) =>
    request<{ items: DemoAccount[] }>('GET', '/api/demo-accounts', { allowUnauthenticated: true, signal }),
};

export const dashboardApi = {
  summary: (asOf: string, signal?: AbortSignal) =>
    api.get<DashboardSummary>('/api/dashboard/summary', { asOf }, signal),
};

export type AgencyStatusFilter = 'current' | 'dissolved' | 'all';

/** The agencies list with its status filter (the API's default is 'all'). */
export const agencyListApi = {
  list: (query: AgencyListQuery & { status?: AgencyStatusFilter }, signal?: AbortSignal) =>
    api.get<Page<AgencySummary>>('/api/agencies', { ...query }, signal),
};

/** The users list with its search (name or username, without diacritics). */
export const userSearchApi = {
  list: (query: { q?: string; limit?: number; offset?: number }, signal?: AbortSignal) =>
    api.get<Page<User>>('/api/users', { ...query }, signal),
};
