import type { PlanExtraction } from './types.ts';

/** Text of a plan document -> structured draft. Pure, deterministic, never throws. */
export function extractPlan(text: string): PlanExtraction {
  void text;
  return {
    document: { kind: null, number: null, symbol: null, issuer: null, issuerLevel: null, place: null, date: null, year: null, title: null, signer: null },
    period: { from: null, to: null, horizons: [] },
    references: [],
    targets: [],
    tasks: [],
    reporting: [],
    warnings: [],
  };
}
