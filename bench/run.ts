// `npm run bench [-- NAME...]`: runs every bench in bench/benches (or the named ones)
// and prints one JSON object per line: {"bench": name, ...figures}, times in ms.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runBenchCleanups } from './support/bench-cleanup.ts';

export type Figures = Record<string, number | string | boolean>;

export interface Bench {
  name: string;
  /** One set of figures, or several (one per engine): one JSON line each. */
  run(): Promise<Figures | Figures[]>;
}

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'benches');
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));

const files = (await readdir(folder)).filter((file) => file.endsWith('.ts')).sort();
const benches: Bench[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(path.join(folder, file)).href)) as { default: Bench };
  benches.push(module.default);
}
const unknown = wanted.filter((name) => !benches.some((bench) => bench.name === name));
if (unknown.length > 0) {
  console.error(`Không có phép đo: ${unknown.join(', ')}. Có: ${benches.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
try {
  for (const bench of benches) {
    if (wanted.length > 0 && !wanted.includes(bench.name)) continue;
    const figures = await bench.run();
    for (const line of Array.isArray(figures) ? figures : [figures])
      console.log(JSON.stringify({ bench: bench.name, ...line }));
  }
} finally {
  // Shared data sets (bench/support/values-dataset.ts) are dropped once every bench has run.
  await runBenchCleanups();
}
