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
  /** Fastify's trustProxy: which proxies' X-Forwarded-For names the client. */
  trustProxy: TrustProxy;
  /** pino level for the server log (5xx are logged at "error"). */
  logLevel: string;
}

export type TrustProxy = boolean | number | string[];

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * TRUST_PROXY: "false"/empty (default: X-Forwarded-For is ignored), "true" (any proxy — only
 * when the server cannot be reached except through one), a hop count ("1"), or a comma
 * list of proxy addresses/CIDRs ("127.0.0.1,10.0.0.0/8").
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  const list = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  for (const entry of list) {
    if (!/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(entry) && !['loopback', 'linklocal', 'uniquelocal'].includes(entry)) {
      throw new Error(
        `TRUST_PROXY không hợp lệ: "${entry}". Dùng true, false, số tầng proxy, hoặc danh sách địa chỉ/CIDR cách nhau bởi dấu phẩy.`,
      );
    }
  }
  return list;
}

/** Reads PORT, HOST, DATA_DIR, DATABASE_URL, COOKIE_SECURE, LOGIN_RATE_LIMIT, TRUST_PROXY, LOG_LEVEL; flags override. */
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
    trustProxy: overrides.trustProxy ?? parseTrustProxy(env.TRUST_PROXY),
    logLevel: readLogLevel(overrides.logLevel ?? env.LOG_LEVEL),
  };
}

function readLogLevel(value: string | undefined): string {
  const level = (value ?? 'info').trim().toLowerCase();
  if (!logLevels.includes(level))
    throw new Error(`LOG_LEVEL không hợp lệ: "${value}". Dùng một trong: ${logLevels.join(', ')}.`);
  return level;
}
