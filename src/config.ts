import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const appVersion: string = (
  JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }
).version;

export interface RuntimeConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  webRoot: string;
  secureCookies: boolean;
  loginRateLimit: number;
}

/** Reads PORT, HOST, DATA_DIR, DATABASE_URL, COOKIE_SECURE, LOGIN_RATE_LIMIT; flags override. */
export function readRuntimeConfig(overrides: Partial<RuntimeConfig> = {}, env = process.env): RuntimeConfig {
  const port = overrides.port ?? Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Cổng (PORT) không hợp lệ: ${env.PORT}. Cần một số từ 0 đến 65535.`);
  }
  return {
    port,
    host: overrides.host ?? env.HOST ?? '0.0.0.0',
    dataDir: overrides.dataDir ?? env.DATA_DIR ?? path.join(process.cwd(), 'data'),
    databaseUrl: overrides.databaseUrl ?? (env.DATABASE_URL || undefined),
    webRoot: overrides.webRoot ?? path.join(projectRoot, 'dist', 'web'),
    secureCookies: overrides.secureCookies ?? env.COOKIE_SECURE === 'true',
    loginRateLimit: overrides.loginRateLimit ?? Number(env.LOGIN_RATE_LIMIT ?? 10),
  };
}
