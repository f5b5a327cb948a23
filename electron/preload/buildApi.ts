// Builds `window.briefing` from core/ipc/names.ts over a minimal IPC port: intents only, no ipcRenderer passthrough.
import type { AppNotice, ExportProgress } from '../../core/ipc/contract';
import type { BriefingApi, EventPayloads } from '../../core/ipc/api';
import {
  API_CHANNELS,
  API_EVENTS,
  EXPORT_PROGRESS_EVENT,
  MENU_COMMAND_EVENT,
  MENU_COMMANDS,
  NOTICE_EVENT,
  NOTICES_LISTEN_CHANNEL,
  type EventName,
} from '../../core/ipc/names';

/** The part of ipcRenderer the preload uses; the listener's event argument never reaches the page. */
export interface IpcPort {
  invoke(channel: string, request: unknown): Promise<unknown>;
  on(event: string, listener: (event: unknown, payload: unknown) => void): void;
  removeListener(event: string, listener: (event: unknown, payload: unknown) => void): void;
}

const isObject = (p: unknown): p is Record<string, unknown> => typeof p === 'object' && p !== null;

/** Payload checks: main is trusted, but a malformed payload must never reach a page listener. */
const ACCEPT: { [E in EventName]: (payload: unknown) => payload is EventPayloads[E] } = {
  [EXPORT_PROGRESS_EVENT]: (p): p is ExportProgress =>
    isObject(p) && typeof p.jobId === 'string' && typeof p.fraction === 'number',
  [MENU_COMMAND_EVENT]: (c): c is EventPayloads[typeof MENU_COMMAND_EVENT] =>
    typeof c === 'string' && (MENU_COMMANDS as readonly string[]).includes(c),
  [NOTICE_EVENT]: (n): n is AppNotice =>
    isObject(n) && (n.level === 'info' || n.level === 'warning') && typeof n.message === 'string',
};

function subscribe(ipc: IpcPort, event: EventName) {
  return (listener: (payload: unknown) => void): (() => void) => {
    const wrapped = (_event: unknown, payload: unknown): void => {
      if (ACCEPT[event](payload)) listener(payload);
    };
    ipc.on(event, wrapped);
    // Notices raised before anyone listened are held by main until this handshake.
    if (event === NOTICE_EVENT) void ipc.invoke(NOTICES_LISTEN_CHANNEL, {}).catch(() => undefined);
    return () => ipc.removeListener(event, wrapped);
  };
}

/** The object the preload exposes as `window.briefing` (frozen, every member an intent). */
export function buildBriefingApi(ipc: IpcPort): BriefingApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const [domain, methods] of Object.entries(API_CHANNELS)) {
    const calls: Record<string, unknown> = {};
    for (const [method, channel] of Object.entries(methods as Record<string, string>)) {
      calls[method] = (request?: unknown) => ipc.invoke(channel, request ?? {});
    }
    const events = (API_EVENTS as Record<string, Record<string, EventName>>)[domain] ?? {};
    for (const [method, event] of Object.entries(events)) calls[method] = subscribe(ipc, event);
    api[domain] = Object.freeze(calls);
  }
  // The shape follows names.ts by construction; the type is derived from the same names in api.ts.
  return Object.freeze(api) as unknown as BriefingApi;
}
