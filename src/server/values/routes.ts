import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../access/policy.ts';
import type { AppContext } from '../context.ts';
import { errorSchema } from '../error-schema.ts';
import { getRollup, getRollupSeries } from './rollup-service.ts';
import {
  listValuesQuery,
  listValuesResponse,
  rollupQuery,
  rollupResponse,
  rollupSeriesQuery,
  rollupSeriesResponse,
  saveValuesBody,
  saveValuesResponse,
} from './schemas.ts';
import { valueHistoryQuery, valueHistoryResponse } from './history-schemas.ts';
import { getValueHistory } from './history-service.ts';
import { listValues, saveValues } from './service.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['Số liệu'];

export const valueRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.put(
    '/values',
    {
      schema: {
        tags,
        summary: 'Lưu một loạt số liệu (null để xóa): tất cả hoặc không ô nào, lỗi ghi theo từng ô',
        body: saveValuesBody,
        response: { 200: saveValuesResponse, ...errors },
      },
    },
    async (request) => saveValues(ctx, requireActor(request), request.body),
  );

  app.get(
    '/values',
    {
      schema: {
        tags,
        summary: 'Số liệu của một đơn vị cho một chỉ số dữ liệu, theo kỳ (from–to)',
        querystring: listValuesQuery,
        response: { 200: listValuesResponse, ...errors },
      },
    },
    async (request) => ({ items: await listValues(ctx, requireActor(request), request.query) }),
  );

  app.get(
    '/values/history',
    {
      schema: {
        tags,
        summary: 'Lịch sử một ô số liệu: mỗi lần nhập, sửa, nhập từ tệp hoặc xóa, ai làm, lúc nào, trước và sau',
        querystring: valueHistoryQuery,
        response: { 200: valueHistoryResponse, ...errors },
      },
    },
    async (request) => getValueHistory(ctx, requireActor(request), request.query),
  );

  app.get(
    '/rollups',
    {
      schema: {
        tags,
        summary: 'Tổng hợp chỉ tiêu theo địa bàn trên bản đồ hành chính của một ngày (asOf), kèm độ phủ',
        querystring: rollupQuery,
        response: { 200: rollupResponse, ...errors },
      },
    },
    async (request) => getRollup(ctx, requireActor(request), request.query),
  );

  app.get(
    '/rollups/series',
    {
      schema: {
        tags,
        summary: 'Tổng hợp chỉ tiêu theo địa bàn cho mọi kỳ từ from đến to (một lần đọc), trên bản đồ của ngày asOf',
        querystring: rollupSeriesQuery,
        response: { 200: rollupSeriesResponse, ...errors },
      },
    },
    async (request) => getRollupSeries(ctx, requireActor(request), request.query),
  );
};
