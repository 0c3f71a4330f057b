// What the plan page's value files card shows after an upload, kept apart from the React
// component so the rules are tested: how many of the server's problems to list (a template
// of 300 communes can have hundreds), whether the refusal only asks to confirm jumps, and
// the name a downloaded template is saved under.
import { ApiError, type ApiProblem } from '../../../api/http.ts';

/**
 * The server's limit on an uploaded spreadsheet (MAX_SPREADSHEET_BYTES in
 * src/spreadsheets/spreadsheet-limits.ts, which the web may not import); checked here only to
 * spare the wait, the server checks again.
 */
export const maxTemplateMegabytes = 5;
export const maxTemplateBytes = maxTemplateMegabytes * 1024 * 1024;

/** More than this and the list stops helping: the reader fixes these and uploads again. */
export const maxShownProblems = 50;

export interface ProblemList {
  shown: readonly ApiProblem[];
  /** Problems left out of the list ("và N lỗi khác"). */
  hidden: number;
}

/** The first `limit` problems, and how many more there are. */
export function limitProblems(problems: readonly ApiProblem[], limit = maxShownProblems): ProblemList {
  const shown = problems.slice(0, Math.max(0, limit));
  return { shown, hidden: problems.length - shown.length };
}

export interface UploadFailure {
  /** The server's Vietnamese summary ("Chưa nhập số liệu nào: …"). */
  message: string;
  problems: readonly ApiProblem[];
  /** Every problem is a jump to confirm: sending the same file with confirm=true may save it. */
  needsConfirmation: boolean;
}

/**
 * A refused upload as the card shows it; null for what is not the server's answer about the
 * file (network, 401, 5xx), which goes to the usual error notification instead.
 */
export function readUploadFailure(error: unknown): UploadFailure | null {
  if (!(error instanceof ApiError) || error.status === 0 || error.status === 401 || error.status >= 500) return null;
  const needsConfirmation =
    error.code === 'needs_confirmation' ||
    (error.problems.length > 0 && error.problems.every((problem) => problem.needsConfirmation));
  return { message: error.message, problems: error.problems, needsConfirmation };
}

/** The server's name for the template, else one that still says which plan and period. */
export function templateFileName(serverName: string | null, planId: string, period: string): string {
  return serverName ?? `mau-so-lieu-${planId}-${period}.xlsx`;
}
