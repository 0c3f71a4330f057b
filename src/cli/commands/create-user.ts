import { roles, type Role } from '../../domain/access/roles.ts';
import { systemActor } from '../../server/auth/actor.ts';
import { openApplication, type OpenedApplication } from '../../server/bootstrap.ts';
import { AppError } from '../../server/errors.ts';
import { roleLabels, usernameSchema } from '../../server/users/schemas.ts';
import { createUser } from '../../server/users/service.ts';
import type { CliFlags } from '../cli-flags.ts';
import { readConfigFromFlags } from './runtime-flags.ts';

const required = [
  ['username', 'tên đăng nhập'],
  ['password', 'mật khẩu'],
  ['role', `vai trò: ${roles.join(', ')}`],
  ['agency', 'mã cơ quan, ví dụ ag-p-82-ubnd'],
] as const;

/**
 * `nhanluc create-user`: exit code 0 on success, 2 for wrong or missing flags,
 * 1 when the data refuses the user (unknown agency, duplicate username).
 */
export async function runCreateUser(
  flags: CliFlags,
  open: () => Promise<Pick<OpenedApplication, 'ctx' | 'close'>> = () => openApplication(readConfigFromFlags(flags)),
): Promise<number> {
  const missing = required.filter(([flag]) => typeof flags[flag] !== 'string' || (flags[flag] as string).trim() === '');
  if (missing.length > 0) {
    for (const [flag, what] of missing) console.error(`Thiếu tuỳ chọn --${flag} (${what}).`);
    return 2;
  }
  const role = flags.role as string;
  if (!(roles as readonly string[]).includes(role)) {
    console.error(`Vai trò không hợp lệ: "${role}". Chọn một trong: ${roles.join(', ')}.`);
    return 2;
  }
  const username = usernameSchema.safeParse(flags.username);
  if (!username.success) {
    console.error(`Tên đăng nhập không hợp lệ: ${username.error.issues[0]?.message ?? ''}`);
    return 2;
  }
  const password = flags.password as string;
  const displayName = typeof flags.name === 'string' && flags.name.trim() !== '' ? flags.name.trim() : username.data;

  const opened = await open();
  try {
    const user = await createUser(
      opened.ctx,
      { username: username.data, password, displayName, role: role as Role, agencyId: (flags.agency as string).trim() },
      systemActor,
    );
    console.log(
      `Đã tạo người dùng ${user.username} (${user.displayName}), vai trò ${roleLabels[user.role]} (${user.role}), ` +
        `cơ quan ${user.agencyName} [${user.agencyId}], địa bàn ${user.adminUnitName}.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`Không tạo được người dùng: ${error.message}`);
      return error.statusCode === 400 && error.field === 'password' ? 2 : 1;
    }
    throw error;
  } finally {
    await opened.close();
  }
}
