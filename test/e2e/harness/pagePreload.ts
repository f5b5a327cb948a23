// Runs in the e2e page where Electron runs the preload: the real buildBriefingApi over the Playwright binding and one event hook.
import { buildBriefingApi, type IpcPort } from '../../../electron/preload/buildApi';
import { EVENT_HOOK, INVOKE_BINDING, WIRE_PART_CHANNEL } from './bridgeNames';
import { encodeRequest, WIRE_PART_CHARS, wireParts } from './wireJson';

type Listener = (event: unknown, payload: unknown) => void;

// Typed through globalThis: this file is compiled with the Node config, which has no DOM types.
const page = globalThis as unknown as Record<string, unknown>;
const listeners = new Map<string, Set<Listener>>();

/** ipcRenderer's part, as the preload sees it: invoke goes to the harness binding, events come from the hook. */
type Binding = (channel: string, wire: string | undefined, partsOf?: string) => Promise<unknown>;
let requests = 0;

const port: IpcPort = {
  invoke: async (channel, request) => {
    const binding = page[INVOKE_BINDING] as Binding;
    const wire = request === undefined ? undefined : encodeRequest(request);
    if (wire === undefined || wire.length <= WIRE_PART_CHARS) return binding(channel, wire);
    // A long request goes in parts, each its own task (wireJson.ts wireParts), then the call itself.
    const id = String(++requests);
    for (const part of wireParts(wire)) await binding(WIRE_PART_CHANNEL, part, id);
    return binding(channel, undefined, id);
  },
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
