import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorBody } from './errors.ts';

const partNames: Record<string, string> = {
  body: 'nội dung yêu cầu',
  querystring: 'tham số truy vấn',
  params: 'tham số đường dẫn',
  headers: 'tiêu đề yêu cầu',
};

function send(reply: FastifyReply, status: number, error: ErrorBody['error']) {
  return reply.code(status).type('application/json; charset=utf-8').send({ error });
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    return send(reply, error.statusCode, { code: error.code, message: error.message, field: error.field });
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
    request.log.error({ err: error }, 'response does not match its schema');
    return send(reply, 500, { code: 'internal', message: 'Lỗi máy chủ khi trả kết quả. Vui lòng thử lại hoặc báo quản trị viên.' });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return send(reply, 400, { code: 'invalid_input', message: 'Nội dung yêu cầu trống, cần dữ liệu JSON.' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return send(reply, 415, { code: 'unsupported_media_type', message: 'Kiểu nội dung không được hỗ trợ; hãy gửi JSON (application/json).' });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return send(reply, 413, { code: 'payload_too_large', message: 'Nội dung yêu cầu quá lớn.' });
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return send(reply, 414, { code: 'uri_too_long', message: 'Tham số trong đường dẫn quá dài.' });
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return send(reply, 400, { code: 'invalid_input', message: 'Độ dài nội dung (Content-Length) không khớp.' });
  }
  if (error.statusCode === 429) {
    return send(reply, 429, { code: 'too_many_requests', message: 'Bạn thử quá nhiều lần. Vui lòng đợi một phút rồi thử lại.' });
  }
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return send(reply, 400, { code: 'invalid_json', message: 'Nội dung yêu cầu không phải JSON hợp lệ.' });
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return send(reply, error.statusCode, { code: 'bad_request', message: 'Yêu cầu không hợp lệ.' });
  }
  request.log.error({ err: error }, 'unhandled error');
  return send(reply, 500, { code: 'internal', message: 'Lỗi máy chủ. Vui lòng thử lại hoặc báo quản trị viên.' });
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply) {
  return send(reply, 404, { code: 'not_found', message: `Không có địa chỉ ${request.method} ${request.url.split('?')[0]}.` });
}
