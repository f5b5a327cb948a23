// Whole-book requests cross the process boundary as one JSON string: built natively in the page, parsed in main before the same schema checks.

/** The one key of a request sent as JSON text. */
export const JSON_BODY = '__jsonBody';

/**
 * Channels whose requests carry a whole book and are sent while the officer types (autosave and
 * the crash journal). Why: Electron copies an object argument twice on the page's main thread
 * (contextBridge into the preload's world, then V8's serializer for IPC): about 35 ms for a
 * 100-page book, a pause a keystroke can land in. JSON.stringify of the same book is about 5 ms,
 * and a string is copied whole. Requests with byte arrays never use it (JSON has no bytes).
 */
export const JSON_BODY_CHANNELS: ReadonlySet<string> = new Set(['books:save', 'journal:write']);

export interface JsonBody {
  [JSON_BODY]: string;
}

/** The request as JSON text in its envelope. */
export function toJsonBody(request: unknown): JsonBody {
  return { [JSON_BODY]: JSON.stringify(request) };
}

/** True for an envelope: an object whose only key is JSON_BODY, holding a string. */
export function isJsonBody(value: unknown): value is JsonBody {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 1 &&
    keys[0] === JSON_BODY &&
    typeof (value as Record<string, unknown>)[JSON_BODY] === 'string'
  );
}

/** The request inside an envelope (or the request itself when it is none); throws SyntaxError on bad JSON. */
export function openJsonBody(raw: unknown): unknown {
  return isJsonBody(raw) ? (JSON.parse(raw[JSON_BODY]) as unknown) : raw;
}
