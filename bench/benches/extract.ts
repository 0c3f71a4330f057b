// Extracts each seed plan (../shared/seeds, beside the repository) with the pure
// extractor, as `nhanluc extract` does after reading the file. The bar: median
// under 20 ms per seed document. Without the shared seeds (a fresh clone elsewhere) the
// sample documents in test/fixtures/documents are measured instead.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bench } from '../run.ts';
import { measure } from '../measure.ts';
import { extractPlan } from '../../src/domain/extraction/extract-plan.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedFolder = path.resolve(repo, '..', 'shared', 'seeds');
const fallbackFolder = path.join(repo, 'test', 'fixtures', 'documents');

async function loadDocuments(): Promise<{ source: string; documents: Array<{ name: string; text: string }> }> {
  const folder = existsSync(seedFolder) ? seedFolder : fallbackFolder;
  const names = (await readdir(folder)).filter((name) => /\.(txt|md)$/.test(name)).sort();
  const documents = await Promise.all(
    names.map(async (name) => ({ name, text: await readFile(path.join(folder, name), 'utf8') })),
  );
  return { source: path.relative(repo, folder), documents };
}

export default {
  name: 'extract',
  async run() {
    const { source, documents } = await loadDocuments();
    const figures: Record<string, number | string> = { source, documents: documents.length };
    const medians: number[] = [];
    for (const document of documents) {
      const timing = await measure(() => extractPlan(document.text), 30, 3);
      medians.push(timing.ms);
      figures[`${document.name.replace(/\.(txt|md)$/, '').split('_')[0]}_ms`] = timing.ms;
    }
    medians.sort((a, b) => a - b);
    // The headline figure is the slowest document's median: every seed must be under the bar.
    figures.ms = medians[medians.length - 1] ?? 0;
    figures.median_ms = medians[Math.floor(medians.length / 2)] ?? 0;
    return figures;
  },
} satisfies Bench;
