// The plan-extraction output: the contract in ../shared/contracts/plan-extract.md plus
// review aids (confidence, warnings, resolved agencies) that the scorer ignores.

export type DocumentKind = 'KH' | 'QĐ' | 'CTr' | 'NQ' | 'CT' | 'BC' | 'CV' | 'TB' | 'ĐA' | 'KL' | 'HD' | 'TTr' | 'QC' | 'QyĐ' | 'NĐ' | 'TT' | 'L' | string;

export type IssuerLevel = 'province' | 'district' | 'commune';

export interface ExtractedSigner {
  name: string;
  title: string | null;
}

export interface ExtractedDocumentHeader {
  kind: DocumentKind | null;
  number: string | null;
  symbol: string | null;
  issuer: string | null;
  issuerLevel: IssuerLevel | null;
  place: string | null;
  date: string | null;
  year: number | null;
  title: string | null;
  signer: ExtractedSigner | null;
  /** 1-based source lines of the header parts, for the review screen. */
  lines?: { number?: number; date?: number; title?: number; signer?: number };
}

export interface ExtractedPeriod {
  from: number | null;
  to: number | null;
  horizons: number[];
}

export type ReferenceRole = 'basis' | 'mention';

export interface ExtractedReference {
  kind: DocumentKind | null;
  number: string;
  date: string | null;
  issuer: string | null;
  role: ReferenceRole;
  line: number;
  confidence: number;
}

export type TargetOp =
  | 'gte' | 'gt' | 'lte' | 'lt' | 'eq' | 'range' | 'approx' | 'increase' | 'decrease' | 'maintain';

export type TargetUnit = 'percent' | 'per10k' | 'count';

export interface ExtractedTarget {
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
  confidence: number;
}

export type Frequency = 'yearly' | 'half-yearly' | 'quarterly' | 'monthly';

export type TaskDue =
  /** `by`: "2022-Q1", "2021-12" or "2023"; `date` keeps a day when one is written. */
  | { kind: 'once'; by: string; date?: string }
  | { kind: 'recurring'; freq: Frequency; month: number | null }
  | { kind: 'ongoing' };

/** An agency name as written in the plan, with the agency it was resolved to (if any). */
export interface AgencyMention {
  text: string;
  agencyId: string | null;
  agencyName: string | null;
  confidence: number;
}

export interface ExtractedTask {
  id: string;
  text: string;
  lead: string[];
  support: string[];
  deliverable: string | null;
  due: TaskDue | null;
  /** The due phrase as written ("Quý I/2022"), kept for review. */
  dueText: string | null;
  line: number;
  confidence: number;
  /** Filled by resolvePlanAgencies; absent straight out of the pure extractor. */
  leadAgencies?: AgencyMention[];
  supportAgencies?: AgencyMention[];
}

export type ReportingFrequency = Frequency | 'adhoc';

export interface ExtractedReportingDuty {
  freq: ReportingFrequency;
  due: string | null;
  to: string | null;
  via: string | null;
  text: string;
  line: number;
  confidence: number;
}

export interface ExtractionWarning {
  code: string;
  message: string;
  line: number | null;
}

/** What `nhanluc extract` prints and what a plan draft holds. */
export interface PlanExtraction {
  document: ExtractedDocumentHeader;
  period: ExtractedPeriod;
  references: ExtractedReference[];
  targets: ExtractedTarget[];
  tasks: ExtractedTask[];
  reporting: ExtractedReportingDuty[];
  warnings: ExtractionWarning[];
}
