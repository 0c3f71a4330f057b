import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorBody } from './errors.ts';
import { isDiskFullError } from './health/storage-health.ts';

const partNames: Record<string, string> = {
  body: 'nội dung yêu cầu',
  querystring: 'tham số truy vấn',
  params: 'tham số đường dẫn',
  headers: 'tiêu đề yêu cầu',
};

export const diskFullMessage =
  'Máy chủ hết dung lượng lưu trữ nên chưa lưu được thay đổi. Không có gì bị lưu dở; hãy báo quản trị viên giải phóng dung lượng rồi thử lại.';

function send(reply: FastifyReply, status: number, error: ErrorBody['error']) {
  return reply.code(status).type('application/json; charset=utf-8').send({ error });
}

/**
 * A server fault: logged with the request id (pino adds reqId), and the id is put in the
 * body and the message so that an official can quote it to the administrator.
 */
function sendServerError(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  error: unknown,
  what: string,
) {
  request.log.error({ err: error, statusCode: status, method: request.method, url: request.url }, what);
  return send(reply, status, { code, message: `${message} (mã yêu cầu: ${request.id})`, requestId: request.id });
}

export interface ErrorHandlerOptions {
  /** Told when a write failed because the disk is full (health then answers 503). */
  onDiskFull?: () => void;
}

export function createErrorHandler(options: ErrorHandlerOptions = {}) {
  return function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
    if (error instanceof AppError) {
      if (error.statusCode >= 500) {
        return sendServerError(request, reply, error.statusCode, error.code, error.message, error, 'server error');
      }
      return send(reply, error.statusCode, {
        code: error.code,
        message: error.message,
        field: error.field,
        ...(error.problems ? { problems: error.problems } : {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      const field = first?.instancePath ? first.instancePath.replace(/^\//, '').replace(/\//g, '.') : undefined;
      const part = partNames[error.validationContext ?? 'body'] ?? 'yêu cầu';
      const where = field ? `Trường "${field}" trong ${part}` : `Phần ${part}`;
      return send(reply, 400, {
        code: 'invalid_input',
        message: `${where} không hợp lệ: ${first?.message ?? 'sai định dạng'}`,
        field,
      });
    }
    if (isResponseSerializationError(error)) {
      return sendServerError(
        request,
        reply,
        500,
        'internal',
        'Lỗi máy chủ khi trả kết quả. Vui lòng thử lại hoặc báo quản trị viên.',
        error,
        'response does not match its schema',
      );
    }
    if (isDiskFullError(error)) {
      options.onDiskFull?.();
      return sendServerError(request, reply, 507, 'insufficient_storage', diskFullMessage, error, 'disk full');
    }
    switch (error.code) {
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return send(reply, 400, { code: 'invalid_input', message: 'Nội dung yêu cầu trống, cần dữ liệu JSON.' });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send(reply, 415, {
          code: 'unsupported_media_type',
          message: 'Kiểu nội dung không được hỗ trợ; hãy gửi JSON (application/json).',
        });
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send(reply, 413, { code: 'payload_too_large', message: 'Nội dung yêu cầu quá lớn.' });
      case 'FST_ERR_MAX_PARAM_LENGTH':
        return send(reply, 414, { code: 'uri_too_long', message: 'Tham số trong đường dẫn quá dài.' });
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return send(reply, 400, { code: 'invalid_input', message: 'Độ dài nội dung (Content-Length) không khớp.' });
      case 'FST_ERR_BAD_URL':
        return send(reply, 400, { code: 'bad_url', message: 'Đường dẫn không hợp lệ (mã hoá % sai).' });
    }
    if (error.statusCode === 429) {
      return send(reply, 429, {
        code: 'too_many_requests',
        message: 'Bạn thử quá nhiều lần. Vui lòng đợi một phút rồi thử lại.',
      });
    }
    if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
      return send(reply, 400, { code: 'invalid_json', message: 'Nội dung yêu cầu không phải JSON hợp lệ.' });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, error.statusCode, { code: 'bad_request', message: 'Yêu cầu không hợp lệ.' });
    }
    return sendServerError(
      request,
      reply,
      500,
      'internal',
      'Lỗi máy chủ. Vui lòng thử lại hoặc báo quản trị viên.',
      error,
      'unhandled error',
    );
  };
}

export const handleError = createErrorHandler();

/**
 * The routes by path pattern, so that an unknown method on a known path is a 405 naming
 * the methods it takes rather than a 404 (Fastify's router only answers 404).
 */
export function createRouteIndex() {
  const routes: { pattern: RegExp; methods: Set<string> }[] = [];
  const byUrl = new Map<string, { pattern: RegExp; methods: Set<string> }>();
  return {
    add(url: string, method: string | string[]) {
      let entry = byUrl.get(url);
      if (!entry) {
        const source = url
          .split('/')
          .map((segment) =>
            segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
          )
          .join('/');
        entry = { pattern: new RegExp(`^${source}/?$`), methods: new Set() };
        byUrl.set(url, entry);
        routes.push(entry);
      }
      for (const one of Array.isArray(method) ? method : [method]) entry.methods.add(one.toUpperCase());
    },
    allowedMethods(path: string): string[] {
      const allowed = new Set<string>();
      for (const route of routes) if (route.pattern.test(path)) for (const method of route.methods) allowed.add(method);
      return [...allowed].sort();
    },
  };
}

export function createNotFoundHandler(routes?: ReturnType<typeof createRouteIndex>) {
  return function handleNotFound(request: FastifyRequest, reply: FastifyReply) {
    const path = request.url.split('?')[0] ?? '';
    const allowed = routes?.allowedMethods(path) ?? [];
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      reply.header('allow', allowed.join(', '));
      return send(reply, 405, {
        code: 'method_not_allowed',
        message: `Địa chỉ ${path} không nhận phương thức ${request.method} (chỉ nhận ${allowed.join(', ')}).`,
      });
    }
    return send(reply, 404, { code: 'not_found', message: `Không có địa chỉ ${request.method} ${path}.` });
  };
}

export const handleNotFound = createNotFoundHandler();

/** Why the HTTP parser refused a request before Fastify saw it (see app.ts clientErrorHandler). */
export function describeClientError(code: string | undefined): { status: number; body: ErrorBody } {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        body: {
          error: {
            code: 'headers_too_large',
            message: 'Phần tiêu đề của yêu cầu (header, cookie hoặc đường dẫn) quá lớn.',
          },
        },
      };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return {
        status: 408,
        body: { error: { code: 'request_timeout', message: 'Yêu cầu gửi quá chậm nên máy chủ đã ngừng chờ.' } },
      };
    default:
      return { status: 400, body: { error: { code: 'bad_request', message: 'Yêu cầu HTTP sai định dạng.' } } };
  }
}
