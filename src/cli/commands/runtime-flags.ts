import { parseTrustProxy, readRuntimeConfig, type RuntimeConfig } from '../../config.ts';
import type { CliFlags } from '../cli-flags.ts';

export function readConfigFromFlags(flags: CliFlags): RuntimeConfig {
  const overrides: Partial<RuntimeConfig> = {};
  if (typeof flags.port === 'string') {
    const port = Number(flags.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port không hợp lệ: ${flags.port}`);
    overrides.port = port;
  }
  if (typeof flags.host === 'string') overrides.host = flags.host;
  if (typeof flags.data === 'string') overrides.dataDir = flags.data;
  if (typeof flags['trust-proxy'] === 'string') overrides.trustProxy = parseTrustProxy(flags['trust-proxy']);
  return readRuntimeConfig(overrides);
}
