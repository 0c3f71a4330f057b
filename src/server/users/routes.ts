import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../access/policy.ts';
import type { AppContext } from '../context.ts';
import { pageQueryFields, pageSchema } from '../list-page.ts';
import {
  agencyIdSchema,
  displayNameSchema,
  emailSchema,
  passwordSchema,
  presentUser,
  roleSchema,
  userSchema,
  usernameSchema,
} from './schemas.ts';
import { listDemoAccounts } from './demo-data.ts';
import { createUser, getUser, listUsers, updateUser } from './service.ts';
import { errorSchema } from '../error-schema.ts';

/** OpenAPI: these routes need the session cookie (and, for writes, the CSRF header). */
const readSecurity = [{ session: [] }];
const writeSecurity = [{ session: [], csrf: [] }];

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };

const userIdParams = z.object({
  id: z.string().min(1, { error: 'Cần mã người dùng.' }).max(100, { error: 'Mã người dùng quá dài.' }),
});

const createBody = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
  role: roleSchema,
  agencyId: agencyIdSchema,
  email: emailSchema.nullable().optional(),
});

const updateBody = z
  .object({
    displayName: displayNameSchema.optional(),
    role: roleSchema.optional(),
    agencyId: agencyIdSchema.optional(),
    password: passwordSchema.optional(),
    active: z.boolean({ error: 'Trạng thái hoạt động phải là true hoặc false.' }).optional(),
    email: emailSchema.nullable().optional(),
  })
  .strict();

const userResponse = z.object({ user: userSchema });

const demoAccountSchema = z.object({
  username: z.string(),
  password: z.string(),
  displayName: z.string(),
  role: roleSchema,
  description: z.string(),
  agencyName: z.string(),
  adminUnitName: z.string(),
});

export const userRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/demo-accounts',
    {
      config: { public: true },
      schema: {
        tags: ['Người dùng'],
        summary: 'Tài khoản dùng thử (chỉ khi cơ sở dữ liệu này đã nạp dữ liệu mẫu; nếu không: danh sách rỗng)',
        response: { 200: z.object({ items: z.array(demoAccountSchema) }) },
      },
    },
    async () => ({ items: await listDemoAccounts(ctx.db) }),
  );

  app.get(
    '/users',
    {
      schema: {
        tags: ['Người dùng'],
        security: readSecurity,
        summary:
          'Danh sách người dùng theo trang, xếp theo tên; tìm theo tên hoặc tên đăng nhập, không phân biệt dấu (quản trị viên)',
        querystring: z.object({
          q: z.string().max(200, { error: 'Từ khóa tìm kiếm (q) quá dài.' }).optional(),
          ...pageQueryFields(50, 200),
        }),
        response: { 200: pageSchema(userSchema), ...errors },
      },
    },
    async (request) => {
      const { limit, offset, q } = request.query;
      const { items, total } = await listUsers(ctx, requireActor(request), { limit, offset, q });
      return { items: items.map(presentUser), total, limit, offset };
    },
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['Người dùng'],
        security: writeSecurity,
        summary: 'Tạo người dùng (quản trị viên)',
        body: createBody,
        response: { 201: userResponse, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const user = await createUser(ctx, request.body, actor);
      return reply.code(201).send({ user: presentUser(user) });
    },
  );

  app.get(
    '/users/:id',
    {
      schema: {
        tags: ['Người dùng'],
        security: readSecurity,
        summary: 'Một người dùng (quản trị viên)',
        params: userIdParams,
        response: { 200: userResponse, ...errors },
      },
    },
    async (request) => {
      return { user: presentUser(await getUser(ctx, requireActor(request), request.params.id)) };
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['Người dùng'],
        security: writeSecurity,
        summary: 'Sửa người dùng: họ tên, vai trò, cơ quan, mật khẩu, khoá/mở (quản trị viên)',
        params: userIdParams,
        body: updateBody,
        response: { 200: userResponse, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { user: presentUser(await updateUser(ctx, request.params.id, request.body, actor)) };
    },
  );
};
