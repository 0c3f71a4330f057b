/** An error whose message is meant for the user (Vietnamese) and whose status is known. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** Several problems at once (a batch of values): each with its own field. */
    readonly problems?: readonly ErrorProblem[],
  ) {
    super(message);
  }
}

export const unauthenticated = () => new AppError(401, 'unauthenticated', 'Bạn cần đăng nhập để tiếp tục.');
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') =>
  new AppError(403, 'forbidden', message);
export const notFound = (what: string) => new AppError(404, 'not_found', `Không tìm thấy ${what}.`);
export const conflict = (message: string, field?: string) => new AppError(409, 'conflict', message, field);
export const badRequest = (message: string, field?: string) => new AppError(400, 'bad_request', message, field);

export interface ErrorProblem {
  field: string;
  message: string;
  needsConfirmation: boolean;
}

export interface ErrorBody {
  /** requestId: on server faults (5xx), the id under which the fault was logged. */
  error: {
    code: string;
    message: string;
    field?: string | undefined;
    requestId?: string | undefined;
    problems?: readonly ErrorProblem[] | undefined;
  };
}
