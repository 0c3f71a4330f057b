import type { DemoLogin } from '../../server/users/demo-data.ts';

export function printDemoLogins(logins: DemoLogin[]): void {
  console.log('Tài khoản dùng thử:');
  for (const login of logins) console.log(`  ${login.username} / ${login.password}  — ${login.description}`);
}
