import type { CliFlags } from '../main.ts';

// Written by the users-and-access feature.
export async function runCreateUser(_flags: CliFlags): Promise<number> {
  console.error('Lệnh create-user đang được xây dựng.');
  return 1;
}
