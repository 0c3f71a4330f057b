// Regression over plans written by a second author from the contract alone (with gold
// answers written before the extractor ran): counts, values, leads and dues must hold.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan } from './extract-plan.ts';
import type { PlanExtraction } from './types.ts';

const FOLDER = join(import.meta.dirname, '../../../test/fixtures/plans-heldout');
const documents = readdirSync(FOLDER).filter((name) => /\.(txt|md)$/.test(name));

describe('extractPlan on held-out plans', () => {
  it.each(documents)('%s', (name) => {
    const result = extractPlan(readFileSync(join(FOLDER, name), 'utf8'));
    const gold = JSON.parse(readFileSync(join(FOLDER, 'gold', name.replace(/\.(txt|md)$/, '.json')), 'utf8')) as PlanExtraction;
    const numeric = (targets: PlanExtraction['targets']) => targets.filter((t) => t.value !== null).map((t) => JSON.stringify([t.value, t.value2, t.unit, t.op])).sort();
    expect(numeric(result.targets)).toEqual(numeric(gold.targets));
    expect(result.tasks.map((t) => t.due)).toEqual(gold.tasks.map((t) => t.due ? expect.objectContaining(t.due) : null));
    expect(result.tasks).toHaveLength(gold.tasks.length);
    expect(result.references.map((r) => r.number).sort()).toEqual(gold.references.map((r) => r.number).sort());
    expect(result.period).toEqual(gold.period);
    expect([result.document.kind, result.document.number, result.document.date, result.document.issuerLevel, result.document.signer?.name ?? null])
      .toEqual([gold.document.kind, gold.document.number, gold.document.date, gold.document.issuerLevel, gold.document.signer?.name ?? null]);
  });
});
