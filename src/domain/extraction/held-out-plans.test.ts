// Regression over plans written by other authors from the contract alone, with gold answers
// written before the extractor ran (two rounds; the rules they exposed have been added).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan } from './extract-plan.ts';
import type { TaskDue } from '../plans/plan-model.ts';
import type { PlanExtraction } from './types.ts';

const FOLDERS = ['plans-heldout', 'plans-heldout-2'].map((name) =>
  join(import.meta.dirname, '../../../test/fixtures', name),
);
const documents = FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => /\.(txt|md)$/.test(name))
    .map((name) => ({ folder, name })),
);

function readPair({ folder, name }: { folder: string; name: string }): {
  result: PlanExtraction;
  gold: PlanExtraction;
} {
  return {
    result: extractPlan(readFileSync(join(folder, name), 'utf8')),
    gold: JSON.parse(
      readFileSync(join(folder, 'gold', name.replace(/\.(txt|md)$/, '.json')), 'utf8'),
    ) as PlanExtraction,
  };
}

function sameDue(gold: TaskDue | null, found: TaskDue | null): boolean {
  if (gold === null || found === null) return gold === found;
  if (gold.kind !== found.kind) return false;
  if (gold.kind === 'once' && found.kind === 'once') return gold.by === found.by;
  if (gold.kind === 'recurring' && found.kind === 'recurring')
    return gold.freq === found.freq && (gold.month === null || gold.month === found.month);
  return true;
}

describe('extractPlan on held-out plans', () => {
  it.each(documents.map((doc) => [doc.name, doc] as const))('%s', (_name, doc) => {
    const { result, gold } = readPair(doc);
    const numeric = (targets: PlanExtraction['targets']) =>
      targets
        .filter((t) => t.value !== null)
        .map((t) => JSON.stringify([t.value, t.value2, t.unit, t.op]))
        .sort();
    expect(numeric(result.targets)).toEqual(numeric(gold.targets));
    expect(result.tasks).toHaveLength(gold.tasks.length);
    expect(result.references.map((r) => r.number).sort()).toEqual(gold.references.map((r) => r.number).sort());
    expect(result.period).toEqual(gold.period);
    expect([
      result.document.kind,
      result.document.number,
      result.document.date,
      result.document.issuerLevel,
      result.document.signer?.name ?? null,
    ]).toEqual([
      gold.document.kind,
      gold.document.number,
      gold.document.date,
      gold.document.issuerLevel,
      gold.document.signer?.name ?? null,
    ]);
  });

  it('gets at least 90% of task dues right across them', () => {
    let right = 0;
    let total = 0;
    for (const doc of documents) {
      const { result, gold } = readPair(doc);
      gold.tasks.forEach((task, i) => {
        total++;
        if (sameDue(task.due, result.tasks[i]?.due ?? null)) right++;
      });
    }
    expect(right / total).toBeGreaterThanOrEqual(0.9);
  });
});
