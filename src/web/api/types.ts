import type { AgencyType } from '../../domain/agencies/types.ts';
// Response shapes of the API contract (see the shared identifiers in the design notes).
export { roles, type Role } from '../../domain/access/roles.ts';
import type { Role } from '../../domain/access/roles.ts';

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

// Plans and plan drafts. The plan model and the extraction's review aids are the domain's
// (pure types, shared with the server).
export type {
  DocumentHeader,
  Frequency,
  IssuerLevel,
  PlanContent,
  PlanPeriod,
  ReportingFrequency,
  TargetOp,
  TargetUnit,
  TaskDue,
} from '../../domain/plans/plan-model.ts';
export type {
  AgencyMention,
  ExtractedReference,
  ExtractedReportingDuty,
  ExtractedTarget,
  ExtractedTask,
  PlanExtraction,
} from '../../domain/extraction/types.ts';
import type { PlanExtraction } from '../../domain/extraction/types.ts';
import type { ReportingFrequency, TargetOp, TargetUnit, TaskDue } from '../../domain/plans/plan-model.ts';

export interface PlanRef {
  id: string;
  number: string | null;
  title: string | null;
  documentDate: string | null;
}

export interface PlanDraftView {
  id: string;
  fileName: string;
  sizeBytes: number;
  /** Line n of the extraction (1-based) is sourceLines[n - 1]. */
  sourceLines: string[];
  extraction: PlanExtraction;
  adminUnitId: string | null;
  adminUnit: UnitRef | null;
  duplicateOf: PlanRef | null;
  createdAt: string;
  updatedAt: string;
  /** Sent back on save and confirm; a stale one gets 409 stale_draft. */
  version: number;
}

export interface PlanDraftSummary {
  id: string;
  fileName: string;
  number: string | null;
  title: string | null;
  adminUnitId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One page of a list: the items, how many match in all, and the page asked for. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface PlanSummary {
  id: string;
  kind: string | null;
  number: string | null;
  title: string | null;
  issuer: string | null;
  documentDate: string | null;
  year: number | null;
  adminUnit: UnitRef;
  counts: { targets: number; tasks: number; reporting: number; references: number };
  createdAt: string;
}

export interface PlanAgencyRef {
  text: string;
  agencyId: string | null;
  agencyName: string | null;
}

export interface PlanTarget {
  id: string;
  parentId: string | null;
  position: number;
  text: string;
  subject: string;
  op: TargetOp;
  value: number | null;
  value2: number | null;
  unit: TargetUnit | null;
  unitNoun: string | null;
  year: number | null;
  line: number | null;
}

export interface PlanTask {
  id: string;
  position: number;
  text: string;
  deliverable: string | null;
  due: TaskDue | null;
  dueText: string | null;
  line: number | null;
  lead: PlanAgencyRef[];
  support: PlanAgencyRef[];
  deadlines: Array<{ dueDate: string; label: string }>;
}

export interface PlanReportingDuty {
  id: string;
  freq: ReportingFrequency;
  due: string | null;
  to: string | null;
  via: string | null;
  text: string;
  line: number | null;
}

export interface PlanReference {
  id: string;
  kind: string | null;
  number: string;
  date: string | null;
  issuer: string | null;
  role: 'basis' | 'mention';
  line: number | null;
  referencedPlan: PlanRef | null;
}

export interface PlanDetail {
  id: string;
  kind: string | null;
  number: string | null;
  symbol: string | null;
  issuer: string | null;
  issuerLevel: UnitLevel | null;
  place: string | null;
  documentDate: string | null;
  year: number | null;
  title: string | null;
  signer: { name: string; title: string | null } | null;
  adminUnit: UnitRef;
  period: { from: number | null; to: number | null; horizons: number[] };
  targets: PlanTarget[];
  tasks: PlanTask[];
  reporting: PlanReportingDuty[];
  references: PlanReference[];
  implements: PlanRef[];
  implementedBy: PlanRef[];
  file: { id: string; fileName: string; sizeBytes: number; mediaType: string };
  createdAt: string;
  updatedAt: string;
}

// --- Added for issue 8 part 4 (login page, dashboard, audit) ---

/** GET /api/demo-accounts: only accounts the demo loader made in this database. */
export interface DemoAccount {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  description: string;
  agencyName: string;
  adminUnitName: string;
}

/** GET /api/dashboard/summary: every figure counted within the user's scope. */
export interface DashboardSummary {
  asOf: string;
  /** Null for the whole country. */
  scopeUnit: UnitRef | null;
  unitsByLevel: { level: UnitLevel; count: number }[];
  agencies: { current: number; total: number; byType: { type: string; count: number }[] };
  plans: number;
  /** Null when the user may not list users. */
  users: number | null;
}

/** An audit entry as GET /api/audit answers it, with the subject's name joined by the server. */
export interface AuditEntryWithSubject extends AuditEntry {
  /** The user's name, the agency's, the plan's number and title...; null when unknown. */
  subjectLabel?: string | null;
}
