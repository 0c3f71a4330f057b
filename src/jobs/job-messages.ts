// The messages between a WorkerPool and its workers (structured-cloned, so plain data only).

export interface JobRequest {
  id: number;
  input: unknown;
}

export interface JobFailure {
  message: string;
  /** Set when the job refused its input with a user-facing (Vietnamese) AppError. */
  statusCode?: number;
  code?: string;
  field?: string;
  stack?: string;
}

export type JobReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: JobFailure };
