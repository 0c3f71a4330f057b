import { z } from 'zod';
import { roles, type Role } from '../../domain/access/roles.ts';
import { maxPasswordLength, minPasswordLength } from '../auth/passwords.ts';
import type { UserView } from './repository.ts';
import { refineName } from '../schemas/text.ts';

export const roleSchema = z.enum(roles, { error: `Vai trò (role) phải là một trong: ${roles.join(', ')}.` });

export const roleLabels: Record<Role, string> = {
  admin: 'quản trị viên',
  planner: 'cán bộ kế hoạch',
  reporter: 'người báo cáo',
  viewer: 'người xem',
};

const unitRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(['province', 'district', 'commune']),
});

const agencyRefSchema = z.object({ id: z.string(), name: z.string() });

/** The signed-in user as the UI sees it. */
export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  agency: agencyRefSchema,
  adminUnit: unitRefSchema,
});
export type Me = z.infer<typeof meSchema>;

export const userSchema = meSchema.extend({
  /** Only for those who may list users: where this user's reminders are e-mailed. */
  email: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export function presentUser(view: UserView): User {
  return {
    id: view.id,
    username: view.username,
    displayName: view.displayName,
    email: view.email,
    role: view.role,
    active: view.active,
    agency: { id: view.agencyId, name: view.agencyName },
    adminUnit: { id: view.adminUnitId, name: view.adminUnitName, level: view.adminUnitLevel },
    createdAt: view.createdAt.toISOString(),
  };
}

export function presentMe(view: Omit<UserView, 'active' | 'createdAt' | 'email'>): Me {
  return {
    id: view.id,
    username: view.username,
    displayName: view.displayName,
    role: view.role,
    agency: { id: view.agencyId, name: view.agencyName },
    adminUnit: { id: view.adminUnitId, name: view.adminUnitName, level: view.adminUnitLevel },
  };
}

const usernamePattern = /^[a-z0-9._-]+$/;

/** Usernames are case-insensitive: trimmed and lower-cased before validation. */
export const usernameSchema = z
  .string({ error: 'Tên đăng nhập phải là chuỗi ký tự.' })
  .trim()
  .toLowerCase()
  .min(3, { error: 'Tên đăng nhập phải có từ 3 đến 50 ký tự.' })
  .max(50, { error: 'Tên đăng nhập phải có từ 3 đến 50 ký tự.' })
  .regex(usernamePattern, {
    error: 'Tên đăng nhập chỉ gồm chữ thường không dấu (a-z), chữ số và các dấu chấm, gạch dưới, gạch ngang.',
  });

export const displayNameSchema = refineName(
  z
    .string({ error: 'Họ tên phải là chuỗi ký tự.' })
    .trim()
    .min(1, { error: 'Họ tên không được để trống.' })
    .max(200, { error: 'Họ tên không được dài quá 200 ký tự.' }),
  'Họ tên (displayName)',
);

/** Lower-cased; the empty string clears it (null). */
export const emailSchema = z
  .string({ error: 'Thư điện tử (email) phải là chuỗi ký tự.' })
  .trim()
  .toLowerCase()
  .max(254, { error: 'Thư điện tử (email) quá dài.' })
  .refine((text) => text === '' || z.email().safeParse(text).success, {
    error: 'Thư điện tử (email) không đúng dạng, ví dụ: ten@donvi.gov.vn.',
  })
  .transform((text) => (text === '' ? null : text));

export const passwordSchema = z
  .string({ error: 'Mật khẩu phải là chuỗi ký tự.' })
  .min(minPasswordLength, { error: `Mật khẩu phải có ít nhất ${minPasswordLength} ký tự.` })
  .max(maxPasswordLength, { error: `Mật khẩu không được dài quá ${maxPasswordLength} ký tự.` });

export const agencyIdSchema = z
  .string({ error: 'Mã cơ quan phải là chuỗi ký tự.' })
  .trim()
  .min(1, { error: 'Cần chọn cơ quan.' })
  .max(200, { error: 'Mã cơ quan quá dài.' });
