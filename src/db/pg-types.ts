import pg from 'pg';

// Same value shapes as the PGlite worker: dates stay 'YYYY-MM-DD' strings (no time-zone
// shifts), bigint counts and numerics become JS numbers.
let configured = false;
export function configurePgTypes(): void {
  if (configured) return;
  configured = true;
  pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
  pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
  pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value: string) => Number(value));
}
