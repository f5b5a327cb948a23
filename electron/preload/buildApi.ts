// Builds `window.briefing` from API_CHANNELS over a minimal IPC port: intents only, no ipcRenderer passthrough.
import { API_CHANNELS, type BriefingApi } from '../../core/ipc/api';
import type {
  Channel,
  EXPORT_PROGRESS_EVENT,
  ExportProgress,
  MENU_COMMAND_EVENT,
  MenuCommand,
  RequestOf,
  ResponseMap,
} from '../../core/ipc/contract';
import type { Result } from '../../core/ipc/result';

/** Event names, typed against the contract (literals here keep zod and the schemas out of the preload bundle). */
const PROGRESS_EVENT: typeof EXPORT_PROGRESS_EVENT = 'export:progress';
const MENU_EVENT: typeof MENU_COMMAND_EVENT = 'menu:command';
const MENU_COMMANDS: readonly MenuCommand[] = [
  'new',
  'open',
  'save',
  'import',
  'export-pdf',
  'export-packet',
];

/** The part of ipcRenderer the preload uses; the listener's event argument never reaches the page. */
export interface IpcPort {
  invoke(channel: string, request: unknown): Promise<unknown>;
  on(event: string, listener: (event: unknown, payload: unknown) => void): void;
  removeListener(event: string, listener: (event: unknown, payload: unknown) => void): void;
}

type Domain = keyof typeof API_CHANNELS;
type ChannelOf<
  D extends Domain,
  M extends keyof (typeof API_CHANNELS)[D],
> = (typeof API_CHANNELS)[D][M] & Channel;
/** Each method of a domain typed by its channel, so `satisfies BriefingApi` checks requests and responses. */
type Calls<D extends Domain> = {
  [M in keyof (typeof API_CHANNELS)[D]]: (
    request: RequestOf<ChannelOf<D, M>>,
  ) => Promise<Result<ResponseMap[ChannelOf<D, M>]>>;
};

function domain<D extends Domain>(ipc: IpcPort, name: D): Calls<D> {
  const out: Record<string, (request?: unknown) => Promise<unknown>> = {};
  for (const [method, channel] of Object.entries(API_CHANNELS[name]) as Array<[string, Channel]>) {
    out[method] = (request?: unknown) => ipc.invoke(channel, request ?? {});
  }
  return out as Calls<D>;
}

function subscribe<T>(ipc: IpcPort, event: string, accept: (payload: unknown) => payload is T) {
  return (listener: (payload: T) => void): (() => void) => {
    const wrapped = (_event: unknown, payload: unknown): void => {
      if (accept(payload)) listener(payload);
    };
    ipc.on(event, wrapped);
    return () => ipc.removeListener(event, wrapped);
  };
}

const isProgress = (p: unknown): p is ExportProgress =>
  typeof p === 'object' &&
  p !== null &&
  typeof (p as ExportProgress).jobId === 'string' &&
  typeof (p as ExportProgress).fraction === 'number';
const isMenuCommand = (c: unknown): c is MenuCommand =>
  typeof c === 'string' && (MENU_COMMANDS as readonly string[]).includes(c);

/** The object the preload exposes as `window.briefing` (frozen, every member an intent). */
export function buildBriefingApi(ipc: IpcPort): BriefingApi {
  const api = {
    books: domain(ipc, 'books'),
    journal: domain(ipc, 'journal'),
    templates: domain(ipc, 'templates'),
    framework: domain(ipc, 'framework'),
    countries: domain(ipc, 'countries'),
    exports: { ...domain(ipc, 'exports'), onProgress: subscribe(ipc, PROGRESS_EVENT, isProgress) },
    prefs: domain(ipc, 'prefs'),
    app: { ...domain(ipc, 'app'), onMenuCommand: subscribe(ipc, MENU_EVENT, isMenuCommand) },
  } satisfies BriefingApi;
  for (const value of Object.values(api)) Object.freeze(value);
  return Object.freeze(api);
}
