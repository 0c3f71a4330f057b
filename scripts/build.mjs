// Compiles the server, CLI and their libraries (src/, without the web client and tests)
// to plain JavaScript in build/, so that starting a command does not compile TypeScript
// each time (tsx). Run by `npm install`/`npm ci` (prepare) and by bin/nhanluc.mjs when
// build/ is missing or older than the sources.
//
//   node scripts/build.mjs           build when missing or stale, then make the PGlite
//                                    template when missing (src/db/pglite-template.ts)
//   node scripts/build.mjs --force   build anyway
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const buildFolder = path.join(projectRoot, 'build');
const sourceFolder = path.join(projectRoot, 'src');
const stampFile = path.join(buildFolder, '.build-stamp.json');
const configFiles = ['tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs'];

/** Files the build reads or copies: everything in src except the web client and tests. */
function listSourceFiles(folder = sourceFolder, found = []) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (full !== path.join(sourceFolder, 'web')) listSourceFiles(full, found);
    } else if (!/\.test\.tsx?$/.test(entry.name)) {
      found.push(full);
    }
  }
  return found;
}

/**
 * A cheap fingerprint of the inputs: how many there are and the newest change. A checkout,
 * an edit or a deleted file changes it (git writes checked-out files with the current time).
 */
function fingerprintSources() {
  const files = [...listSourceFiles(), ...configFiles.map((file) => path.join(projectRoot, file))];
  let newest = 0;
  for (const file of files) newest = Math.max(newest, statSync(file).mtimeMs);
  return `${files.length}:${newest}`;
}

/** True when build/ exists and was made from the sources as they are now. */
export function isBuildFresh() {
  if (!existsSync(stampFile)) return false;
  // A packaged copy without sources can only run what it has.
  if (!existsSync(sourceFolder)) return true;
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8')).sources === fingerprintSources();
  } catch {
    return false;
  }
}

/** Copies what tsc does not emit: the .mjs worker, demo documents and other data files. */
function copyAssets(outDir) {
  for (const file of listSourceFiles()) {
    if (/\.(ts|tsx)$/.test(file)) continue;
    const target = path.join(outDir, path.relative(sourceFolder, file));
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(file, target);
  }
}

/**
 * Builds into a private folder and then swaps it in, so a command started meanwhile never
 * sees half a build, and two builds racing (parallel test runs) leave one complete result.
 */
export function build({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const fingerprint = fingerprintSources();
  let tsc;
  try {
    tsc = path.join(path.dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  } catch {
    throw new Error('Không tìm thấy TypeScript để biên dịch mã nguồn. Hãy chạy "npm install" trước.');
  }
  log('Đang biên dịch mã nguồn vào build/ ...');
  const temporary = `${buildFolder}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    [tsc, '-p', path.join(projectRoot, 'tsconfig.build.json'), '--outDir', temporary],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (result.status !== 0) {
    rmSync(temporary, { recursive: true, force: true });
    throw new Error(`Biên dịch mã nguồn thất bại (tsc thoát với mã ${result.status ?? result.signal}).`);
  }
  copyAssets(temporary);
  writeFileSync(
    path.join(temporary, '.build-stamp.json'),
    `${JSON.stringify({ sources: fingerprint, builtAt: new Date().toISOString() })}\n`,
  );
  const previous = `${buildFolder}.old-${process.pid}`;
  if (existsSync(buildFolder)) renameSync(buildFolder, previous);
  try {
    renameSync(temporary, buildFolder);
  } catch {
    // Another build finished first; its result is as good as ours.
    rmSync(temporary, { recursive: true, force: true });
  }
  rmSync(previous, { recursive: true, force: true });
}

/** Builds when build/ is missing or stale; returns whether it built. */
export function ensureBuild(options) {
  if (isBuildFresh()) return false;
  build(options);
  return true;
}

/**
 * The empty database copied into new data folders, made in its own process (initdb peaks
 * near 900 MiB, once per installed PGlite version). Without it PGlite runs initdb at first start.
 */
export function ensurePgliteTemplate({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const module = pathToFileURL(path.join(buildFolder, 'db', 'pglite-template.js')).href;
  const script = `const m = await import(${JSON.stringify(module)}); if (!m.findPgliteTemplate()) { process.stderr.write('Đang tạo cơ sở dữ liệu mẫu (một lần, khoảng 10 giây)...\\n'); await m.createPgliteTemplate(); }`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: projectRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // Not fatal: a first start then runs initdb itself, only slower and with more memory.
  if (result.status !== 0)
    log('Cảnh báo: không tạo được cơ sở dữ liệu mẫu; lần chạy đầu sẽ tự khởi tạo (tốn bộ nhớ hơn).');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    if (process.argv.includes('--force')) build();
    else if (!ensureBuild()) process.stderr.write('build/ đã cập nhật.\n');
    if (!process.argv.includes('--no-template')) ensurePgliteTemplate();
  } catch (error) {
    process.stderr.write(`Lỗi: ${error.message}\n`);
    process.exitCode = 1;
  }
}
