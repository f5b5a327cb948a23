// Errors as values across the process boundary: every handler returns a Result, never throws.

export const ERROR_CODES = [
  'invalid-request',
  'forbidden',
  'not-found',
  'validation',
  'unmarked-portions',
  'unsupported-script',
  'io',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  /** User-facing, specific, no stack trace. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** An error a service throws on purpose; the IPC wrapper turns it into `{ ok: false, error }`. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
