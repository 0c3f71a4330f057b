// The indicator catalogue (code data) and the links of plan targets to its indicators:
// ranked suggestions for a target (suggestIndicators: the subject's text and the unit) and
// the link a person confirms, audited in the same transaction (decision 0022).
import { seedCatalogue } from '../../domain/indicators/catalogue/index.ts';
import {
  type IndicatorSuggestion,
  indexCatalogueForSuggestions,
  type SuggestionIndex,
  type SuggestionTarget,
  suggestIndicators,
} from '../../domain/indicators/suggest-indicators.ts';
import type { Indicator } from '../../domain/indicators/types.ts';
import { authorize } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Principal } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { badRequest, notFound } from '../errors.ts';
import { draftPolicy } from '../plan-drafts/policy.ts';
import { findDraft } from '../plan-drafts/repository.ts';
import { draftNotFound } from '../plan-drafts/service.ts';
import { planPolicy } from '../plans/policy.ts';
import { findPlanRow } from '../plans/repository.ts';
import { planNotFound } from '../plans/service.ts';
import { indicatorPolicy } from './policy.ts';
import { findPlanTarget, findPlanTargets, type LinkableTarget, setTargetIndicator } from './repository.ts';

const catalogue = seedCatalogue;
const indicatorsById = new Map(catalogue.indicators.map((indicator) => [indicator.id, indicator]));
let suggestionIndex: SuggestionIndex | null = null;
/** Term weights over the catalogue, built on the first suggestion and kept. */
const getSuggestionIndex = () => {
  suggestionIndex ??= indexCatalogueForSuggestions(catalogue);
  return suggestionIndex;
};

export const targetNotFound = () => notFound('chỉ tiêu của kế hoạch');

/** The catalogue's indicators, in catalogue order. */
export function listIndicators(actor: Principal): Indicator[] {
  authorize(actor, indicatorPolicy.canList);
  return catalogue.indicators;
}

export interface NamedSuggestion extends IndicatorSuggestion {
  name: string;
}

function rank(target: SuggestionTarget, limit?: number): NamedSuggestion[] {
  return suggestIndicators(target, getSuggestionIndex(), limit).map((suggestion) => ({
    ...suggestion,
    name: indicatorsById.get(suggestion.indicatorId)?.name.vi ?? suggestion.indicatorId,
  }));
}

/** Ranked indicators for one target of a plan the actor may read, best first. */
export async function suggestTargetIndicators(
  ctx: AppContext,
  actor: Principal,
  planId: string,
  targetId: string,
): Promise<NamedSuggestion[]> {
  const target = await findPlanTarget(ctx.db, planId, targetId);
  authorize(actor, planPolicy.canRead, target, targetNotFound);
  return rank(target);
}

/**
 * Ranked indicators for one target of a draft the actor may read (the review shows them; the
 * chosen one is saved with the draft and carried onto the plan at confirmation).
 */
export async function suggestDraftTargetIndicators(
  ctx: AppContext,
  actor: Principal,
  draftId: string,
  targetId: string,
): Promise<NamedSuggestion[]> {
  const draft = await findDraft(ctx.db, draftId);
  authorize(actor, draftPolicy.canRead, draft, draftNotFound);
  const target = draft.extraction.targets.find((candidate) => candidate.id === targetId);
  if (!target) throw notFound('chỉ tiêu của bản nháp');
  return rank(target);
}

export interface TargetLink {
  targetId: string;
  indicatorId: string | null;
}

async function writeLink(ctx: AppContext, actor: Principal, target: LinkableTarget, indicatorId: string | null) {
  await ctx.db.transaction().execute(async (trx) => {
    await setTargetIndicator(trx, target.id, { indicatorId, linkedBy: actor.userId, at: ctx.now() });
    await recordAudit(trx, {
      actor,
      action: 'update',
      entity: 'plan',
      entityId: target.planId,
      before: { targetId: target.id, indicatorId: target.indicatorId },
      after: { targetId: target.id, indicatorId },
    });
  });
}

/**
 * Links a target to a catalogue indicator (null: unlinks it), for those who may change the
 * plan. An id the catalogue does not have is a 400 on `indicatorId`. Linking it again to the
 * same indicator changes nothing and writes no audit row.
 */
export async function linkTargetIndicator(
  ctx: AppContext,
  actor: Principal,
  planId: string,
  targetId: string,
  indicatorId: string | null,
): Promise<TargetLink> {
  const target = await findPlanTarget(ctx.db, planId, targetId);
  authorize(actor, planPolicy.canUpdate, target, targetNotFound);
  if (indicatorId !== null && !indicatorsById.has(indicatorId))
    throw badRequest(`Không có chỉ số "${indicatorId}" trong danh mục chỉ số (indicatorId).`, 'indicatorId');
  if (target.indicatorId !== indicatorId) await writeLink(ctx, actor, target, indicatorId);
  return { targetId, indicatorId };
}

/**
 * Links each target of a plan that nobody has decided on yet to its best suggestion (the
 * demo import does this as the system actor, so the demo shows links). Deterministic: the
 * ranking breaks ties by indicator id. Returns how many targets were linked.
 */
export async function linkTargetsToTopSuggestions(ctx: AppContext, actor: Principal, planId: string): Promise<number> {
  const plan = await findPlanRow(ctx.db, planId);
  authorize(actor, planPolicy.canUpdate, plan, planNotFound);
  let linked = 0;
  for (const target of await findPlanTargets(ctx.db, planId)) {
    const best = rank(target, 1)[0];
    if (target.indicatorLinkedAt !== null || !best) continue;
    await writeLink(ctx, actor, target, best.indicatorId);
    linked += 1;
  }
  return linked;
}
