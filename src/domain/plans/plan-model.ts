// The plan model: what a plan says (header, period, cited documents, targets, tasks,
// reporting duties). The extractor produces it (plus review aids, ../extraction/types.ts),
// the database stores it, the server and the web show and edit it.

export type DocumentKind =
  | 'KH'
  | 'QĐ'
  | 'CTr'
  | 'NQ'
  | 'CT'
  | 'BC'
  | 'CV'
  | 'TB'
  | 'ĐA'
  | 'KL'
  | 'HD'
  | 'TTr'
  | 'QC'
  | 'QyĐ'
  | 'NĐ'
  | 'TT'
  | 'L'
  | string;

export type IssuerLevel = 'province' | 'district' | 'commune';

export interface Signer {
  name: string;
  title: string | null;
}

export interface DocumentHeader {
  kind: DocumentKind | null;
  number: string | null;
  symbol: string | null;
  issuer: string | null;
  issuerLevel: IssuerLevel | null;
  place: string | null;
  date: string | null;
  year: number | null;
  title: string | null;
  signer: Signer | null;
  /** 1-based source lines of the header parts, for the review screen. */
  lines?: { number?: number; date?: number; title?: number; signer?: number };
}

export interface PlanPeriod {
  from: number | null;
  to: number | null;
  horizons: number[];
}

export type ReferenceRole = 'basis' | 'mention';

export interface Reference {
  kind: DocumentKind | null;
  number: string;
  date: string | null;
  issuer: string | null;
  role: ReferenceRole;
  line: number;
}

export type TargetOp = 'gte' | 'gt' | 'lte' | 'lt' | 'eq' | 'range' | 'approx' | 'increase' | 'decrease' | 'maintain';

export type TargetUnit = 'percent' | 'per10k' | 'count';

export interface Target {
  id: string;
  text: string;
  subject: string;
  op: TargetOp;
  value: number | null;
  value2: number | null;
  unit: TargetUnit | null;
  unitNoun: string | null;
  year: number | null;
  parent: string | null;
  line: number;
}

export type Frequency = 'yearly' | 'half-yearly' | 'quarterly' | 'monthly';

export type TaskDue =
  /** `by`: "2022-Q1", "2021-12" or "2023"; `date` keeps a day when one is written. */
  | { kind: 'once'; by: string; date?: string }
  | { kind: 'recurring'; freq: Frequency; month: number | null }
  | { kind: 'ongoing' };

/** An agency name as written in the plan, with the catalogue agency it stands for (if any). */
export interface AgencyRef {
  text: string;
  agencyId: string | null;
  agencyName: string | null;
}

export interface Task {
  id: string;
  text: string;
  lead: string[];
  support: string[];
  deliverable: string | null;
  due: TaskDue | null;
  /** The due phrase as written ("Quý I/2022"), kept for review. */
  dueText: string | null;
  line: number;
  /** Which agencies the lead/support names stand for, in the same order; absent until resolved. */
  leadAgencies?: AgencyRef[];
  supportAgencies?: AgencyRef[];
}

export type ReportingFrequency = Frequency | 'adhoc';

export interface ReportingDuty {
  freq: ReportingFrequency;
  due: string | null;
  to: string | null;
  via: string | null;
  text: string;
  line: number;
}

/** A whole plan's content, as a reviewed draft holds it and as a confirmed plan is written. */
export interface PlanContent {
  document: DocumentHeader;
  period: PlanPeriod;
  references: Reference[];
  targets: Target[];
  tasks: Task[];
  reporting: ReportingDuty[];
}
