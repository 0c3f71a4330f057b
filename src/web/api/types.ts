import type { AgencyType } from '../../domain/agencies/types.ts';
// Response shapes of the API contract (see the shared identifiers in the design notes).
export type Role = 'admin' | 'planner' | 'reporter' | 'viewer';
export const roles: readonly Role[] = ['admin', 'planner', 'reporter', 'viewer'];

export type UnitLevel = 'province' | 'district' | 'commune';

export interface UnitRef {
  id: string;
  name: string;
  level: UnitLevel;
}

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  agency: { id: string; name: string };
  adminUnit: UnitRef;
}

export interface Session {
  user: Me;
  csrfToken: string;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  agency: { id: string; name: string };
  adminUnit: UnitRef;
  createdAt: string;
}

export interface AdminUnitSummary {
  id: string;
  code: string | null;
  name: string;
  fullName: string;
  level: UnitLevel;
  parentId: string | null;
  validFrom: string | null;
  validTo: string | null;
  childCount: number;
}

export interface UnitLink {
  unit: AdminUnitSummary;
  kind: string;
}

export interface AdminUnitDetail {
  unit: AdminUnitSummary;
  ancestors: AdminUnitSummary[];
  children: AdminUnitSummary[];
  predecessors: UnitLink[];
  successors: UnitLink[];
  successorsAsOf: AdminUnitSummary[];
}

// The same list as the server's: the domain module is pure, so the UI shares it.
export { agencyTypes, type AgencyType } from '../../domain/agencies/types.ts';

export interface AgencySummary {
  id: string;
  name: string;
  shortName: string | null;
  type: AgencyType;
  adminUnit: UnitRef;
  validFrom: string | null;
  validTo: string | null;
}

export interface AgencyLink {
  agency: AgencySummary;
  note: string | null;
}

export interface AgencyDetail extends AgencySummary {
  aliases: string[];
  predecessors: AgencyLink[];
  successors: AgencyLink[];
}

export interface AuditEntry {
  id: number | string;
  at: string;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  items: AuditEntry[];
  nextBefore: number | null;
}
