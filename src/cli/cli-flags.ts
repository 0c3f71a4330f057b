/** Parsed command-line flags (`--port 3000` → { port: '3000' }, `--force` → { force: true }). */
export type CliFlags = Record<string, string | boolean | undefined>;
