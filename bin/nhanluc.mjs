#!/usr/bin/env node
// Entry of the `nhanluc` command: runs the compiled JavaScript in build/ (made by
// `npm install`, rebuilt here when missing or older than src/). NHANLUC_FROM_SOURCE=1 runs
// the TypeScript sources through tsx instead (no build step while developing).
if (process.env.NHANLUC_FROM_SOURCE === '1') {
  const { register } = await import('tsx/esm/api');
  register();
  const { runCli } = await import('../src/cli/main.ts');
  process.exitCode = await runCli(process.argv.slice(2));
} else {
  const { ensureBuild } = await import('../scripts/build.mjs');
  try {
    ensureBuild();
  } catch (error) {
    process.stderr.write(`Lỗi: ${error.message}\n`);
    process.exit(1);
  }
  const { runCli } = await import('../build/cli/main.js');
  process.exitCode = await runCli(process.argv.slice(2));
}
