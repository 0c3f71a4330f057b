// `npm run api:types`: writes src/web/api/generated/openapi.ts from the server's schemas.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateApiTypes, generatedTypesFile, projectRoot } from './api-types.ts';

const text = await generateApiTypes();
const relative = path.relative(projectRoot, generatedTypesFile);
let previous: string | null = null;
try {
  previous = readFileSync(generatedTypesFile, 'utf8');
} catch {
  // First run: no file yet.
}
if (previous === text) {
  console.log(`${relative} is up to date.`);
} else {
  mkdirSync(path.dirname(generatedTypesFile), { recursive: true });
  writeFileSync(generatedTypesFile, text);
  console.log(`Wrote ${relative}.`);
}
