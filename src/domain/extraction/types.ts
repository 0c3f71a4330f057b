// The plan-extraction output: the contract in ../shared/contracts/plan-extract.md — the plan
// model (../plans/plan-model.ts) — plus review aids (confidence, warnings, resolved agency
// mentions) that the scorer ignores.
import type { AgencyRef, PlanContent, Reference, ReportingDuty, Target, Task } from '../plans/plan-model.ts';

/** How sure the extractor is, 0 to 1; the review screen flags the low ones. */
interface Scored {
  confidence: number;
}

export interface ExtractedReference extends Reference, Scored {}

export interface ExtractedTarget extends Target, Scored {
  /**
   * The catalogue indicator a person chose in the draft review (from the ranked suggestions);
   * carried onto the plan target at confirmation. Absent straight out of the extractor.
   */
  indicatorId?: string | null;
}

/** An agency name as written in the plan, with the agency it was resolved to (if any). */
export interface AgencyMention extends AgencyRef, Scored {}

export interface ExtractedTask extends Task, Scored {
  /** Filled by resolvePlanAgencies; absent straight out of the pure extractor. */
  leadAgencies?: AgencyMention[];
  supportAgencies?: AgencyMention[];
}

export interface ExtractedReportingDuty extends ReportingDuty, Scored {}

export interface ExtractionWarning {
  code: string;
  message: string;
  line: number | null;
}

/** What `nhanluc extract` prints and what a plan draft holds. */
export interface PlanExtraction extends PlanContent {
  references: ExtractedReference[];
  targets: ExtractedTarget[];
  tasks: ExtractedTask[];
  reporting: ExtractedReportingDuty[];
  warnings: ExtractionWarning[];
}
