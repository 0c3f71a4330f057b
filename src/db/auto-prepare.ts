// Automatic preparation for PostgreSQL: a statement whose text repeats is sent as a named
// statement, so the server parses and plans it once per connection instead of on every
// call. Planning was most of the cost of the hot reads (the session join: 5,000 calls/s
// unnamed, 27,000 named, on this project's 2-core machine). node-postgres prepares only
// when a query carries a name; this gives every repeated statement one, as Npgsql's
// auto-prepare and postgres.js do. See docs/decisions/0012-the-hot-read-path.md.
import { createHash } from 'node:crypto';

export interface AutoPrepareLimits {
  /** A text is prepared from its n-th use in the process (one-off statements stay unnamed). */
  minUses: number;
  /** Named statements kept by one connection; later texts run unnamed on it. */
  maxPerConnection: number;
  /** Distinct texts counted before the use counts start over (variable IN lists make many). */
  maxCountedTexts: number;
}

export const autoPrepareLimits: AutoPrepareLimits = Object.freeze({
  minUses: 2,
  maxPerConnection: 200,
  maxCountedTexts: 5_000,
});

// Statements that may be prepared: plain reads and writes. Transaction control and DDL stay
// unnamed (nothing to plan, and DDL changes what prepared statements return).
const preparable = /^\s*\(*\s*(select|with|insert|update|delete)\b/i;
const transactionStart = /^\s*(begin|start transaction)\b/i;
// `rollback to savepoint` stays inside the transaction.
const transactionEnd = /^\s*(commit|end|abort|rollback(?!\s+to\b))\b/i;
// After a schema change a prepared `select *` may no longer match its table.
const resultTypeChanged = '0A000';

/** The slice of pg.Client this needs: query(text, values) returning a promise. */
export interface QueryableClient {
  query: (...args: never[]) => unknown;
}

export interface StatementUseCounter {
  /** Counts one use of `text` and says whether it has reached `minUses`. */
  countUse(text: string): boolean;
}

export function createStatementUseCounter(limits: AutoPrepareLimits = autoPrepareLimits): StatementUseCounter {
  const uses = new Map<string, number>();
  return {
    countUse(text) {
      const seen = (uses.get(text) ?? 0) + 1;
      if (seen >= limits.minUses) return true;
      if (uses.size >= limits.maxCountedTexts) uses.clear();
      uses.set(text, seen);
      return false;
    },
  };
}

export function nameStatement(text: string): string {
  return `nl_${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`;
}

/**
 * Wraps `client.query` so that repeated statements run as named ones. Only the
 * (text, values) form is touched; config objects, cursors and callbacks pass through.
 */
export function enableAutoPrepare(
  client: QueryableClient,
  counter: StatementUseCounter,
  limits: AutoPrepareLimits = autoPrepareLimits,
): void {
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  const names = new Map<string, string>();
  const refused = new Set<string>();
  let inTransaction = false;

  function nameFor(text: string): string | null {
    const known = names.get(text);
    if (known !== undefined) return known;
    if (refused.has(text) || names.size >= limits.maxPerConnection || !preparable.test(text) || !counter.countUse(text))
      return null;
    const name = nameStatement(text);
    names.set(text, name);
    return name;
  }

  client.query = (...args: unknown[]) => {
    const [text, values] = args;
    if (typeof text !== 'string' || args.length > 2 || (values !== undefined && !Array.isArray(values)))
      return original(...args);
    if (transactionStart.test(text)) inTransaction = true;
    else if (transactionEnd.test(text)) inTransaction = false;
    const name = nameFor(text);
    if (name === null) return original(text, values);
    const startedInTransaction = inTransaction;
    return (original({ name, text, values }) as Promise<unknown>).catch((error: unknown) => {
      if ((error as { code?: unknown }).code !== resultTypeChanged) throw error;
      // This connection's copy is stale for good: run the text unnamed from now on, and
      // again at once unless a transaction was aborted by the failure.
      names.delete(text);
      refused.add(text);
      if (startedInTransaction) throw error;
      return original(text, values);
    });
  };
}
