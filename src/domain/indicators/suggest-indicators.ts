// Linking a target to an indicator: ranked suggestions from the text of the target's subject
// (diacritics-insensitive, weighted by how rare each term is in the catalogue) and the unit
// (a % target prefers % indicators, "vạn dân" per-10k ones). A person confirms the link.

import type { Target } from '../plans/plan-model.ts';
import type { Catalogue, Indicator } from './types.ts';
import { describeMatchedWords, extractMatchFeatures, type MatchFeature } from './match-tokens.ts';

export interface IndicatorSuggestion {
  indicatorId: string;
  /** 0..1: 0.85 text similarity + 0.15 unit compatibility. */
  score: number;
  /** Why, in Vietnamese (shown next to the suggestion). */
  reasons: string[];
}

export type SuggestionTarget = Pick<Target, 'subject' | 'unit'> & Partial<Pick<Target, 'text' | 'unitNoun'>>;

const TEXT_WEIGHT = 0.85;
const UNIT_WEIGHT = 0.15;
/** Single syllables ("học", "lao") say less than phrases and pairs. */
const KIND_WEIGHTS: Record<string, number> = { c: 1.5, b: 1, w: 0.5 };

type TargetUnitKind = 'percent' | 'per10k' | 'count';

interface IndexedIndicator {
  indicator: Indicator;
  /** The name alone, and the name with each alias. */
  variants: MatchFeature[][];
}

export interface SuggestionIndex {
  indicators: IndexedIndicator[];
  weights: Map<string, number>;
  unknownWeight: number;
}

/** Prepares the catalogue for suggestions (term weights); reuse it across targets. */
export function indexCatalogueForSuggestions(catalogue: Catalogue): SuggestionIndex {
  const indicators = catalogue.indicators.map((indicator) => {
    const name = extractMatchFeatures(indicator.name.vi);
    const variants = [name, ...indicator.aliases.map((alias) => mergeFeatures(name, extractMatchFeatures(alias)))];
    return { indicator, variants };
  });
  const documentFrequency = new Map<string, number>();
  for (const { variants } of indicators) {
    const keys = new Set(variants.flat().map((feature) => feature.key));
    for (const key of keys) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  }
  const count = indicators.length;
  const weights = new Map<string, number>();
  for (const [key, frequency] of documentFrequency)
    weights.set(key, weighFeature(key, Math.log(1 + count / frequency)));
  return { indicators, weights, unknownWeight: Math.log(1 + count) };
}

function weighFeature(key: string, inverseFrequency: number): number {
  return inverseFrequency * (KIND_WEIGHTS[key.slice(0, 1)] ?? 1);
}

function mergeFeatures(a: MatchFeature[], b: MatchFeature[]): MatchFeature[] {
  const keys = new Set(a.map((feature) => feature.key));
  return [...a, ...b.filter((feature) => !keys.has(feature.key))];
}

/** Ranks the catalogue's indicators for a target: the `limit` best with a score above 0, best first. */
export function suggestIndicators(
  target: SuggestionTarget,
  catalogue: Catalogue | SuggestionIndex,
  limit = 5,
): IndicatorSuggestion[] {
  const index = 'weights' in catalogue ? catalogue : indexCatalogueForSuggestions(catalogue);
  const features = extractMatchFeatures(target.subject);
  const unitKind = findTargetUnitKind(target, features);
  const weightOf = (key: string) => index.weights.get(key) ?? weighFeature(key, index.unknownWeight);
  const targetNorm = Math.sqrt(features.reduce((sum, feature) => sum + weightOf(feature.key) ** 2, 0));
  const suggestions = index.indicators.map(({ indicator, variants }) => {
    const best = variants
      .map((variant) => compareFeatures(features, variant, weightOf, targetNorm))
      .reduce((a, b) => (b.similarity > a.similarity ? b : a));
    const unit = compareUnits(unitKind, indicator);
    const score = round(TEXT_WEIGHT * best.similarity + UNIT_WEIGHT * unit.score);
    return { indicatorId: indicator.id, score, reasons: describeReasons(target.subject, best.shared, unit.reason) };
  });
  return suggestions
    .filter((suggestion) => suggestion.score > 0)
    .sort((a, b) => b.score - a.score || a.indicatorId.localeCompare(b.indicatorId))
    .slice(0, limit);
}

function compareFeatures(
  target: MatchFeature[],
  candidate: MatchFeature[],
  weightOf: (key: string) => number,
  targetNorm: number,
): { similarity: number; shared: MatchFeature[] } {
  const candidateKeys = new Set(candidate.map((feature) => feature.key));
  const shared = target.filter((feature) => candidateKeys.has(feature.key));
  const candidateNorm = Math.sqrt(candidate.reduce((sum, feature) => sum + weightOf(feature.key) ** 2, 0));
  if (targetNorm === 0 || candidateNorm === 0) return { similarity: 0, shared };
  const dot = shared.reduce((sum, feature) => sum + weightOf(feature.key) ** 2, 0);
  return { similarity: dot / (targetNorm * candidateNorm), shared };
}

function findTargetUnitKind(target: SuggestionTarget, features: MatchFeature[]): TargetUnitKind | null {
  if (features.some((feature) => feature.key === 'c:per10k')) return 'per10k';
  return target.unit;
}

const UNIT_LABELS: Record<TargetUnitKind, string> = { percent: '%', per10k: 'trên vạn dân', count: 'số lượng' };

function compareUnits(kind: TargetUnitKind | null, indicator: Indicator): { score: number; reason: string | null } {
  if (kind === null) return { score: 0.5, reason: null };
  const indicatorKind: TargetUnitKind =
    indicator.unit === '%' ? 'percent' : indicator.unit === 'per10k' ? 'per10k' : 'count';
  return indicatorKind === kind
    ? { score: 1, reason: `Cùng đơn vị tính (${UNIT_LABELS[kind]})` }
    : { score: 0, reason: `Khác đơn vị tính: chỉ tiêu ${UNIT_LABELS[kind]}, chỉ số ${UNIT_LABELS[indicatorKind]}` };
}

function describeReasons(subject: string, shared: MatchFeature[], unitReason: string | null): string[] {
  const phrases = shared.filter((feature) => !feature.key.startsWith('w:'));
  const words = describeMatchedWords(subject, phrases.length > 0 ? phrases : shared);
  const reasons = words.length > 0 ? [`Trùng cụm từ: ${words.join(', ')}`] : [];
  return unitReason ? [...reasons, unitReason] : reasons;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
