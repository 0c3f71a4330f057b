import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const pgliteTemplatePath = path.join(root, '.tmp', 'pglite-template.tar');
