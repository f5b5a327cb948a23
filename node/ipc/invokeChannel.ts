// The one generic IPC wrapper: known channel, zod-parsed request, handler run, every failure returned as a value.
import { channels, type Channel } from '../../core/ipc/contract';
import { openJsonBody } from '../../core/ipc/jsonBody';
import { AppFailure, err, ok, type Result } from '../../core/ipc/result';
import { DataValidationError, formatZodError } from '../../core/validation/formatZodError';
import type { HandlerContext, HandlerMap } from './types';

/** True if `channel` is a channel of the contract (own key, so "__proto__" or "toString" are not). */
export function isChannel(channel: unknown): channel is Channel {
  return typeof channel === 'string' && Object.prototype.hasOwnProperty.call(channels, channel);
}

/** Where unexpected errors are logged (main's console; replaceable in tests). */
export let logInternalError = (channel: string, error: unknown): void => {
  console.error(`[ipc] ${channel} failed:`, error);
};

/** Replaces the internal-error logger (tests use this to keep output clean and to assert logging). */
export function setInternalErrorLogger(logger: (channel: string, error: unknown) => void): void {
  logInternalError = logger;
}

/**
 * Runs `channel` on `map`: rejects unknown channels, parses the request with the channel's zod
 * schema ('invalid-request' naming the field), runs the handler, and converts any throw into
 * `{ ok: false, error }` (AppFailure keeps its code; anything else becomes 'internal' with a safe message).
 */
export async function invokeChannel(
  map: HandlerMap,
  channel: string,
  rawRequest: unknown,
  ctx: HandlerContext,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return err('invalid-request', `Unknown channel "${String(channel).slice(0, 100)}"`);
  }
  // A whole-book request may come as JSON text (core/ipc/jsonBody.ts): the same checks follow.
  let request: unknown;
  try {
    request = openJsonBody(rawRequest);
  } catch {
    return err('invalid-request', `${channel}: the request body is not valid JSON`);
  }
  const parsed = channels[channel].request.safeParse(request);
  if (!parsed.success) return err('invalid-request', formatZodError(channel, parsed.error, 3));
  try {
    const handler = map[channel] as (request: unknown, ctx: HandlerContext) => Promise<unknown>;
    return ok(await handler(parsed.data, ctx));
  } catch (error) {
    if (error instanceof AppFailure) return err(error.code, error.message);
    if (error instanceof DataValidationError) return err('validation', error.message);
    logInternalError(channel, error);
    return err(
      'internal',
      `Something went wrong while handling ${channel}; the details were written to the log.`,
    );
  }
}
