// Runs in the e2e page where Electron runs the preload: the real buildBriefingApi over the Playwright binding and one event hook.
import { buildBriefingApi, type IpcPort } from '../../../electron/preload/buildApi';
import { EVENT_HOOK, INVOKE_BINDING } from './bridgeNames';
import { encodeRequest } from './wireJson';

type Listener = (event: unknown, payload: unknown) => void;

// Typed through globalThis: this file is compiled with the Node config, which has no DOM types.
const page = globalThis as unknown as Record<string, unknown>;
const listeners = new Map<string, Set<Listener>>();

/** ipcRenderer's part, as the preload sees it: invoke goes to the harness binding, events come from the hook. */
const port: IpcPort = {
  invoke: (channel, request) =>
    (page[INVOKE_BINDING] as (channel: string, request: string | undefined) => Promise<unknown>)(
      channel,
      request === undefined ? undefined : encodeRequest(request),
    ),
  on: (event, listener) => {
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(event, set);
  },
  removeListener: (event, listener) => {
    listeners.get(event)?.delete(listener);
  },
};

Object.defineProperty(page, 'briefing', { value: buildBriefingApi(port), enumerable: true });
// The harness calls this as main's webContents.send would; the event object is a stand-in, as in Electron it never reaches the page.
Object.defineProperty(page, EVENT_HOOK, {
  value: (event: string, payload: unknown) => {
    listeners.get(event)?.forEach((listener) => listener({}, payload));
  },
});
