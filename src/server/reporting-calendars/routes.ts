import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../access/policy.ts';
import type { AppContext } from '../context.ts';
import { calendarListResponse, calendarResponse, createCalendarBody, errorSchema } from './schemas.ts';
import { type CalendarView, createCalendar, listCalendars } from './service.ts';

const tags = ['Kỳ báo cáo'];

function present(view: CalendarView) {
  const { calendar, provinceId } = view;
  return { id: calendar.id, name: calendar.name.vi, basis: calendar.basis, provinceId, windows: calendar.windows };
}

export const calendarRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/reporting-calendars',
    {
      schema: {
        tags,
        security: [{ session: [] }],
        summary: 'Lịch báo cáo: năm dương lịch, Nghị định 09/2019 và lịch riêng của tỉnh (nếu có)',
        response: { 200: calendarListResponse, 401: errorSchema },
      },
    },
    async (request) => ({ items: (await listCalendars(ctx, requireActor(request))).map(present) }),
  );

  app.post(
    '/reporting-calendars',
    {
      schema: {
        tags,
        security: [{ session: [], csrf: [] }],
        summary: 'Tỉnh tự định nghĩa lịch báo cáo (ngày bắt đầu kỳ, hoặc cửa sổ từng kỳ); được kiểm tra trước khi lưu',
        body: createCalendarBody,
        response: {
          201: calendarResponse,
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
          404: errorSchema,
          409: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const view = await createCalendar(ctx, requireActor(request), request.body);
      return reply.code(201).send({ calendar: present(view) });
    },
  );
};
