// The only module that touches window.briefing: a typed wrapper whose calls never throw.
import { API_CHANNELS, type BriefingApi } from '../core/ipc/api';
import type { AppNotice, ExportProgress, MenuCommand } from '../core/ipc/contract';
import { JSON_BODY_CHANNELS, toJsonBody } from '../core/ipc/jsonBody';
import type { Result } from '../core/ipc/result';

export type { MenuCommand };

declare global {
  interface Window {
    briefing?: BriefingApi;
  }
}

type Method = (request: unknown) => Promise<Result<unknown>>;

const missingBridge = (): Result<never> => ({
  ok: false,
  error: { code: 'internal', message: 'The app bridge (window.briefing) is not available.' },
});

/**
 * Wraps one bridge method: a rejected promise (transport failure) becomes an `internal` error
 * Result, so UI code only ever branches on `result.ok` and shows `error.message`.
 */
function safe(domain: string, method: string): Method {
  const channel = (API_CHANNELS as Record<string, Record<string, string>>)[domain]![method]!;
  const asJson = JSON_BODY_CHANNELS.has(channel);
  return async (request) => {
    const bridge = window.briefing as unknown as Record<string, Record<string, Method>> | undefined;
    const fn = bridge?.[domain]?.[method];
    if (!fn) return missingBridge();
    try {
      // A whole book goes as JSON text: cheaper on this thread than copying the object (jsonBody.ts).
      return await fn(asJson ? toJsonBody(request ?? {}) : (request ?? {}));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message } };
    }
  };
}

type Calls = {
  [D in keyof typeof API_CHANNELS]: Pick<
    BriefingApi[D],
    keyof (typeof API_CHANNELS)[D] & keyof BriefingApi[D]
  >;
};

function build(): Calls {
  const out: Record<string, Record<string, Method>> = {};
  for (const [domain, methods] of Object.entries(API_CHANNELS)) {
    const wrapped: Record<string, Method> = {};
    for (const method of Object.keys(methods)) wrapped[method] = safe(domain, method);
    out[domain] = wrapped;
  }
  return out as unknown as Calls;
}

const calls = build();

/** Every contract call, resolving to a Result (never rejecting). */
export const api = {
  ...calls,
  exports: {
    ...calls.exports,
    /** Subscribes to export progress; returns an unsubscribe function. */
    onProgress(listener: (progress: ExportProgress) => void): () => void {
      return window.briefing?.exports.onProgress(listener) ?? (() => undefined);
    },
  },
  /** Subscribes to native-menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    return window.briefing?.app.onMenuCommand(listener) ?? (() => undefined);
  },
  /** Subscribes to notices pushed by main (held there until the first subscriber); returns the unsubscribe. */
  onNotice(listener: (notice: AppNotice) => void): () => void {
    return window.briefing?.app.onNotice(listener) ?? (() => undefined);
  },
};
