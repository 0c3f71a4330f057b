// The web's API types (src/web/api/generated/openapi.ts) are what the server's zod schemas
// say now: a route or schema changed without `npm run api:types` fails here (decision 0018).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateApiTypes, generatedTypesFile, projectRoot, renderApiTypes } from '../../scripts/api-types.ts';
import { buildOpenApiDocument } from '../../src/server/openapi-document.ts';

const relative = path.relative(projectRoot, generatedTypesFile);

/** The first line that differs, to point at the route or field that drifted. */
function firstDifference(expected: string, actual: string): string {
  const want = expected.split('\n');
  const have = actual.split('\n');
  for (let i = 0; i < Math.max(want.length, have.length); i++) {
    if (want[i] !== have[i]) {
      return `line ${i + 1}: committed ${JSON.stringify(have[i] ?? '(end of file)')}, schemas give ${JSON.stringify(want[i] ?? '(end of file)')}`;
    }
  }
  return 'no difference';
}

describe('the web API types', () => {
  it('match the server schemas (run `npm run api:types` when this fails)', async () => {
    const expected = await generateApiTypes();
    let committed = '';
    try {
      committed = readFileSync(generatedTypesFile, 'utf8');
    } catch {
      // Missing: reported below like any other difference.
    }
    if (committed !== expected) {
      expect.fail(
        `${relative} is out of date with the server's zod schemas: run \`npm run api:types\` and commit it ` +
          `(${firstDifference(expected, committed)}).`,
      );
    }
  });

  it('come out the same whatever order the routes were registered in', async () => {
    const document = await buildOpenApiDocument();
    const reversed = { ...document, paths: Object.fromEntries(Object.entries(document.paths).reverse()) };
    expect(await renderApiTypes(reversed)).toBe(await renderApiTypes(document));
  });

  it('give every route a response schema', async () => {
    const document = await buildOpenApiDocument();
    const missing: string[] = [];
    for (const [url, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (typeof operation !== 'object' || operation === null || !('responses' in operation)) continue;
        const responses = (operation as { responses: Record<string, { content?: unknown }> }).responses;
        const success = Object.entries(responses).filter(([status]) => status.startsWith('2'));
        // Without a schema @fastify/swagger still lists a 200, with no content.
        const described = success.some(([status, response]) => status === '204' || response.content !== undefined);
        if (!described) missing.push(`${method.toUpperCase()} ${url}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
