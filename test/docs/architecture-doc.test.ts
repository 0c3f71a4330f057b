// docs/ARCHITECTURE.md is the annotated tree of the code: it must not name files that no
// longer exist, nor leave a source folder out. This keeps it true in the commit that moves things.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';

const doc = readFileSync(path.join(projectRoot, 'docs', 'ARCHITECTURE.md'), 'utf8');
// Folders whose content is data or generated, described as a whole by their parent's line.
const opaqueFolders = new Set(['src/db/migrations', 'src/server/plans/demo-documents', 'src/web/api/generated']);
const skippedNames = new Set(['node_modules', 'build', 'dist', '.tmp']);

function listTree(dir: string, found: { dirs: string[]; files: string[] }): void {
  for (const entry of readdirSync(path.join(projectRoot, dir), { withFileTypes: true })) {
    if (skippedNames.has(entry.name)) continue;
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      found.dirs.push(relative);
      if (!opaqueFolders.has(relative)) listTree(relative, found);
    } else {
      found.files.push(relative);
    }
  }
}

const tree = { dirs: [] as string[], files: [] as string[] };
for (const root of ['src', 'test', 'bench', 'scripts', 'bin']) listTree(root, tree);

describe('docs/ARCHITECTURE.md', () => {
  it('names every source folder', () => {
    const unnamed = tree.dirs
      .filter((dir) => dir.startsWith('src/'))
      .filter((dir) => !doc.includes(`${path.basename(dir)}/`));
    expect(unnamed, 'add these folders to docs/ARCHITECTURE.md').toEqual([]);
  });

  it('names only files that exist', () => {
    const existing = new Set(tree.files.map((file) => path.basename(file)));
    // Placeholders such as YYYYMMDDHHMMSS-name.ts and suffixes such as *.db.test.ts are not files.
    const named = [...doc.matchAll(/(?<![\w./*<-])([a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:ts|tsx|mjs|cjs))\b/g)].map(
      (match) => match[1]!,
    );
    const missing = [...new Set(named)].filter((name) => !existing.has(name));
    expect(missing, 'docs/ARCHITECTURE.md names files that are not in the tree').toEqual([]);
  });
});
