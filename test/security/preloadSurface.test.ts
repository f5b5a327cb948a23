// A walk of the preload surface: window.briefing is frozen all the way down, only intent functions, no IPC passthrough.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBriefingApi, type IpcPort } from '../../electron/preload/buildApi';
// `electron` is aliased to this stub (vitest.config.ts): same module instance.
import * as stub from '../stubs/electron';

/** Names that would hand the page raw IPC or an event emitter. */
const PASSTHROUGH =
  /^(ipc|ipcRenderer|invoke|send|sendSync|sendTo|sendToHost|postMessage|on|once|off|emit|addListener|removeListener|removeAllListeners|listeners|require|process|electron|contextBridge|webFrame)$/i;

interface Finding {
  path: string;
  problem: string;
}

/** Walks an exposed value: every object frozen and plain, every leaf a plain (arrow) function. */
function surfaceProblems(value: unknown, at = 'briefing', seen = new Set<unknown>()): Finding[] {
  const out: Finding[] = [];
  if (typeof value === 'function') {
    // Arrow functions have no `prototype` and own only length and name: nothing to climb or leak.
    const own = Reflect.ownKeys(value).filter((k) => k !== 'length' && k !== 'name');
    if (own.length > 0)
      out.push({ path: at, problem: `function carries ${own.map(String).join(', ')}` });
    if (Object.getPrototypeOf(value) !== Function.prototype)
      out.push({ path: at, problem: 'function with an unusual prototype' });
    return out;
  }
  if (typeof value !== 'object' || value === null) {
    return [{ path: at, problem: `a ${value === null ? 'null' : typeof value}, not an intent` }];
  }
  if (seen.has(value)) return [{ path: at, problem: 'shared or cyclic object' }];
  seen.add(value);
  if (!Object.isFrozen(value)) out.push({ path: at, problem: 'not frozen' });
  if (Object.getPrototypeOf(value) !== Object.prototype)
    out.push({ path: at, problem: 'not a plain object (a class instance leaks its prototype)' });
  for (const key of Reflect.ownKeys(value)) {
    const where = `${at}.${String(key)}`;
    if (typeof key === 'symbol') out.push({ path: where, problem: 'symbol key' });
    if (typeof key === 'string' && PASSTHROUGH.test(key))
      out.push({ path: where, problem: 'IPC or emitter passthrough' });
    const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
    if (descriptor.get || descriptor.set) {
      out.push({ path: where, problem: 'accessor property' });
      continue;
    }
    out.push(...surfaceProblems(descriptor.value, where, seen));
  }
  return out;
}

/** An IpcPort that records what it is asked and answers like main would. */
function recordingPort() {
  const invoked: unknown[][] = [];
  const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
  const port: IpcPort = {
    invoke: (channel, request) => {
      invoked.push([channel, request]);
      return Promise.resolve({ ok: true, value: null });
    },
    on: (event, listener) => void listeners.set(event, listener),
    removeListener: (event) => void listeners.delete(event),
  };
  return { port, invoked, listeners };
}

describe('window.briefing', () => {
  beforeAll(async () => {
    stub.resetElectronStub();
    await import('../../electron/preload/index');
  });

  it('is the one global the preload exposes, and its walk finds nothing', () => {
    expect([...stub.exposed.keys()]).toEqual(['briefing']);
    expect(surfaceProblems(stub.exposed.get('briefing'))).toEqual([]);
  });

  it('hands back only what main answered: no port, no event object, no emitter', async () => {
    const { port, invoked, listeners } = recordingPort();
    const api = buildBriefingApi(port);
    const reply = await api.books.list({});
    expect(reply).toEqual({ ok: true, value: null });
    expect(invoked).toEqual([['books:list', {}]]);
    const unsubscribe = api.app.onMenuCommand((command) => received.push(command));
    const received: unknown[] = [];
    const senderEvent = { sender: { send: () => undefined }, ports: [] };
    listeners.get('menu:command')!(senderEvent, 'save');
    expect(received).toEqual(['save']);
    expect(typeof unsubscribe).toBe('function');
    expect(surfaceProblems(unsubscribe, 'unsubscribe')).toEqual([]);
    unsubscribe();
    expect(listeners.has('menu:command')).toBe(false);
  });

  it('cannot be altered by the page', () => {
    const api = buildBriefingApi(recordingPort().port) as unknown as Record<string, unknown>;
    expect(() => Object.assign(api, { books: {} })).toThrow(TypeError);
    expect(() => Object.assign(api.books as object, { list: () => 0 })).toThrow(TypeError);
    expect(() => Object.setPrototypeOf(api, { invoke: () => 0 })).toThrow(TypeError);
  });
});

describe('surfaceProblems (the walk itself can fail)', () => {
  const frozen = <T extends object>(o: T): T => Object.freeze(o);
  it.each([
    [
      'an ipcRenderer passthrough',
      frozen({ ipcRenderer: frozen({}) }),
      'IPC or emitter passthrough',
    ],
    ['a generic invoke', frozen({ invoke: () => 0 }), 'IPC or emitter passthrough'],
    ['an unfrozen domain', frozen({ books: { list: () => 0 } }), 'not frozen'],
    [
      'a class instance',
      frozen({
        books: frozen(
          new (class Books {
            list = () => 0;
          })(),
        ),
      }),
      'not a plain object',
    ],
    [
      'a getter',
      frozen(Object.defineProperty({}, 'x', { get: () => 0, enumerable: true })),
      'accessor property',
    ],
    ['a value that is not a function', frozen({ version: '1' }), 'not an intent'],
    [
      'a function carrying the port',
      frozen({ list: Object.assign(() => 0, { port: {} }) }),
      'function carries port',
    ],
    [
      'a regular function (has a prototype)',
      frozen({ list: function list() {} }),
      'function carries prototype',
    ],
  ])('flags %s', (_name, value, problem) => {
    expect(
      surfaceProblems(value)
        .map((f) => f.problem)
        .join('\n'),
    ).toContain(problem);
  });
});

describe('the built preload bundle', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'bbb-preload-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('requires nothing but electron (a sandboxed preload gets no Node modules)', async () => {
    const outfile = path.join(outDir, 'preload.cjs');
    // The same esbuild settings as scripts/build-node.mjs for the preload entry.
    await build({
      entryPoints: ['electron/preload/index.ts'],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'silent',
      external: ['electron'],
    });
    const code = readFileSync(outfile, 'utf8');
    const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(required.length).toBeGreaterThan(0);
    expect([...new Set(required)]).toEqual(['electron']);
    expect(code).not.toMatch(/\brequire\(\s*[^"'`\s]/); // no computed require
    expect(code).not.toMatch(/exposeInMainWorld\(\s*["']ipcRenderer/);
  });
});
