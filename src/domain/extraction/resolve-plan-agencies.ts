// Fills each task's leadAgencies / supportAgencies: the agency names as written, each with
// the agency of the plan's admin unit (or its ancestors, or its reform successors) it names.
import { resolveAgency, type ResolveAgencyOptions } from '../agencies/resolve-agency.ts';
import type { AgencyCandidate } from '../agencies/types.ts';
import type { AgencyMention, ExtractedTask, PlanExtraction } from './types.ts';

export interface PlanAgencyContext {
  adminUnitId: string;
  /** 'YYYY-MM-DD': the plan's date, so that bodies of that time are matched. */
  date: string;
  candidates: readonly AgencyCandidate[];
  options?: Pick<ResolveAgencyOptions, 'ancestorUnitIds' | 'relatedUnitIds'>;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

export function resolveMention(text: string, context: PlanAgencyContext | null): AgencyMention {
  if (!context) return { text, agencyId: null, agencyName: null, confidence: 0 };
  const resolution = resolveAgency(text, context.adminUnitId, context.date, context.candidates, context.options ?? {});
  const best = resolution.best;
  if (!best) return { text, agencyId: null, agencyName: null, confidence: 0 };
  return { text, agencyId: best.agency.id, agencyName: best.agency.name, confidence: round(best.confidence) };
}

/** Mentions already aligned with the names (same length, same texts) are kept: they may carry a reviewer's choice. */
function keepOrResolve(
  names: readonly string[],
  mentions: readonly AgencyMention[] | undefined,
  context: PlanAgencyContext | null,
  force: boolean,
): AgencyMention[] {
  return names.map((text, i) => {
    const existing = mentions?.[i];
    if (!force && existing && mentions.length === names.length && existing.text === text) return existing;
    return resolveMention(text, context);
  });
}

/**
 * Returns the extraction with every task's agencies resolved. With `force` every name is
 * resolved afresh (a new upload, or the plan's unit changed); otherwise only names whose
 * mention is missing or no longer matches the text.
 */
export function resolvePlanAgencies(
  extraction: PlanExtraction,
  context: PlanAgencyContext | null,
  force = true,
): PlanExtraction {
  // Plans repeat the same names ("UBND các xã, thị trấn") across many tasks.
  const cache = new Map<string, AgencyMention>();
  const resolveCached = (text: string): AgencyMention => {
    let mention = cache.get(text);
    if (!mention) {
      mention = resolveMention(text, context);
      cache.set(text, mention);
    }
    return { ...mention };
  };
  const tasks = extraction.tasks.map((task): ExtractedTask => {
    const lead = force ? task.lead.map(resolveCached) : keepOrResolve(task.lead, task.leadAgencies, context, false);
    const support = force
      ? task.support.map(resolveCached)
      : keepOrResolve(task.support, task.supportAgencies, context, false);
    return { ...task, leadAgencies: lead, supportAgencies: support };
  });
  return { ...extraction, tasks };
}
