// npm links the bins of dependencies but not the project's own, so `npx nhanluc`
// would go looking in the registry. Link it into node_modules/.bin on install.
import { chmodSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const binDir = path.join(root, 'node_modules', '.bin');
const link = path.join(binDir, 'nhanluc');
mkdirSync(binDir, { recursive: true });
rmSync(link, { force: true });
symlinkSync(path.relative(binDir, path.join(root, 'bin', 'nhanluc.mjs')), link);
chmodSync(path.join(root, 'bin', 'nhanluc.mjs'), 0o755);
