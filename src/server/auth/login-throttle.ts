// Failed logins counted two ways, separately: per account (across addresses) and per
// address (across accounts). One address spraying usernames is blocked without blocking
// the other users behind other addresses, and an account attacked from many addresses is
// locked for everyone but the addresses it recently signed in from, so that an attacker
// cannot lock its owner out of their usual machine.

export interface LoginThrottleOptions {
  /** Failed logins allowed per account within the window. */
  perAccount: number;
  /** Failed logins allowed per address (all accounts together) within the window. */
  perAddress: number;
  windowMs: number;
  now: () => Date;
  /** Bound on remembered keys, so a spray of random usernames cannot grow memory. */
  maxKeys?: number;
}

export interface ThrottleVerdict {
  allowed: boolean;
  /** Seconds until the oldest counted failure leaves the window (when refused). */
  retryAfterSeconds: number;
  reason?: 'account' | 'address';
}

/** Addresses an account signed in from are remembered this long. */
const knownAddressMs = 30 * 24 * 60 * 60 * 1000;

class FailureLog {
  private readonly entries = new Map<string, number[]>();
  constructor(private readonly maxKeys: number) {}

  count(key: string, since: number): { count: number; oldest: number | null } {
    const times = this.entries.get(key);
    if (!times) return { count: 0, oldest: null };
    const recent = times.filter((time) => time > since);
    if (recent.length === 0) this.entries.delete(key);
    else if (recent.length !== times.length) this.entries.set(key, recent);
    return { count: recent.length, oldest: recent[0] ?? null };
  }

  add(key: string, at: number, keep: number): void {
    const times = this.entries.get(key) ?? [];
    times.push(at);
    // Only the last `keep` failures matter for the verdict.
    if (times.length > keep) times.splice(0, times.length - keep);
    this.entries.delete(key);
    this.entries.set(key, times);
    if (this.entries.size > this.maxKeys) {
      const oldestKey = this.entries.keys().next().value;
      if (oldestKey !== undefined) this.entries.delete(oldestKey);
    }
  }
}

export interface LoginThrottle {
  check(username: string, address: string): ThrottleVerdict;
  recordFailure(username: string, address: string): void;
  recordSuccess(username: string, address: string): void;
}

export function normalizeLoginName(username: string): string {
  return username.trim().toLowerCase().slice(0, 100);
}

export function createLoginThrottle(options: LoginThrottleOptions): LoginThrottle {
  const maxKeys = options.maxKeys ?? 100_000;
  const accounts = new FailureLog(maxKeys);
  const addresses = new FailureLog(maxKeys);
  const knownAddresses = new Map<string, number>();
  const isKnown = (account: string, address: string, now: number) => {
    const seen = knownAddresses.get(`${account}|${address}`);
    return seen !== undefined && now - seen < knownAddressMs;
  };
  const retryAfter = (oldest: number | null, now: number) =>
    Math.max(1, Math.ceil(((oldest ?? now) + options.windowMs - now) / 1000));

  return {
    check(username, address) {
      const now = options.now().getTime();
      const since = now - options.windowMs;
      const account = normalizeLoginName(username);
      const byAddress = addresses.count(address, since);
      if (byAddress.count >= options.perAddress)
        return { allowed: false, retryAfterSeconds: retryAfter(byAddress.oldest, now), reason: 'address' };
      const byAccount = accounts.count(account, since);
      if (byAccount.count >= options.perAccount && !isKnown(account, address, now)) {
        return { allowed: false, retryAfterSeconds: retryAfter(byAccount.oldest, now), reason: 'account' };
      }
      return { allowed: true, retryAfterSeconds: 0 };
    },
    recordFailure(username, address) {
      const now = options.now().getTime();
      accounts.add(normalizeLoginName(username), now, options.perAccount);
      addresses.add(address, now, options.perAddress);
    },
    recordSuccess(username, address) {
      // The account's failures are not cleared: its owner signing in must not hand an
      // attacker elsewhere a fresh allowance. The owner's address is exempt instead.
      const account = normalizeLoginName(username);
      knownAddresses.delete(`${account}|${address}`);
      knownAddresses.set(`${account}|${address}`, options.now().getTime());
      if (knownAddresses.size > maxKeys) {
        const oldest = knownAddresses.keys().next().value;
        if (oldest !== undefined) knownAddresses.delete(oldest);
      }
    },
  };
}
