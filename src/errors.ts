/** Every error code the app can answer with, and its HTTP status: the one table that maps errors to HTTP. */
export const ERROR_CODES = {
  validation_failed: 400,
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

/** A stable, documented error code. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** An error whose code and message are safe to show to the caller. */
export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.status = ERROR_CODES[code];
  }
}

/** Shorthand for the not-found error of one record. */
export function notFound(type: string, id: string): AppError {
  return new AppError('not_found', `No ${type} with id or slug "${id}"`);
}

/** Shorthand for a validation error on one named field. */
export function invalidField(field: string, message: string): AppError {
  return new AppError('validation_failed', `${field}: ${message}`, { field });
}
