// IPC sender validation with forged frames: only the app window's own main frame, on app://briefing/, reaches a handler.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channels, type Channel } from '../../core/ipc/contract';
import { registerHandlers } from '../../electron/main/ipc/registerHandlers';
import type { HandlerMap } from '../../node/ipc/types';
// `electron` is aliased to this stub (vitest.config.ts): same module instance.
import * as stub from '../stubs/electron';

const FORBIDDEN = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the app window.' },
};

/** Registers every channel with a recording handler; `window` is what getWindow() returns. */
function setup(window: unknown) {
  const handler = vi.fn(() => Promise.resolve('ran'));
  const map = Object.fromEntries(
    Object.keys(channels).map((c) => [c, handler]),
  ) as unknown as HandlerMap;
  registerHandlers(
    stub.ipcMain as unknown as Electron.IpcMain,
    map,
    () => window as Electron.BrowserWindow | null,
  );
  const sender = new stub.FakeWebContents();
  /** Invokes `channel` as if `senderFrame` sent it; resolves to the reply, or to the thrown error. */
  const invoke = async (senderFrame: unknown, channel: Channel = 'books:list') => {
    try {
      return await (stub.ipcMain.handlers.get(channel)!(
        { senderFrame, sender },
        {},
      ) as unknown as Promise<unknown>);
    } catch (error) {
      return error;
    }
  };
  return { handler, invoke };
}

beforeEach(() => {
  stub.resetElectronStub();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the trusted sender (control)', () => {
  it('runs the handler for the app window’s main frame on the entry page', async () => {
    const win = new stub.BrowserWindow({});
    const { handler, invoke } = setup(win);
    expect(await invoke(win.webContents.mainFrame)).toEqual({ ok: true, value: 'ran' });
    expect(handler).toHaveBeenCalledTimes(1);
  });
});

describe('forged or foreign frames', () => {
  const cases: Array<[string, (win: InstanceType<typeof stub.BrowserWindow>) => unknown]> = [
    [
      'a subframe on the app URL',
      (win) => ({
        url: 'app://briefing/index.html',
        parent: win.webContents.mainFrame,
        top: win.webContents.mainFrame,
      }),
    ],
    ['a copy of the main frame', (win) => ({ ...win.webContents.mainFrame })],
    ['a Proxy around the main frame', (win) => new Proxy(win.webContents.mainFrame, {})],
    ['the main frame of another window', () => new stub.BrowserWindow({}).webContents.mainFrame],
    ['a destroyed frame (Electron passes null)', () => null],
    ['no frame at all', () => undefined],
    [
      'a frame whose url getter throws (disposed)',
      () => ({
        get url(): string {
          throw new Error('Render frame was disposed');
        },
      }),
    ],
  ];

  it.each(cases)('refuses %s without running the handler', async (_name, forge) => {
    const win = new stub.BrowserWindow({});
    const { handler, invoke } = setup(win);
    const reply = await invoke(forge(win));
    // A disposed frame throws on access: the invoke rejects, which is a refusal too.
    if (reply instanceof Error) expect(reply.message).toMatch(/disposed/);
    else expect(reply).toEqual(FORBIDDEN);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('the real main frame after it left the app', () => {
  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'data:text/html,x',
    'about:blank',
    'app://briefing.evil.example/index.html',
    'app://briefingx/index.html',
    'app://evil@briefing/index.html',
    'app://briefing:8080/index.html',
    'APP://BRIEFING.EVIL/',
    'app://briefing',
    '',
  ])('refuses a main frame now showing %j', async (url) => {
    const win = new stub.BrowserWindow({});
    const { handler, invoke } = setup(win);
    (win.webContents.mainFrame as { url: string }).url = url;
    expect(await invoke(win.webContents.mainFrame)).toEqual(FORBIDDEN);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('the window itself', () => {
  it('refuses everything once the window is destroyed, or when there is none', async () => {
    const win = new stub.BrowserWindow({});
    const destroyed = Object.assign(win, { isDestroyed: () => true });
    for (const window of [destroyed, null]) {
      stub.resetElectronStub();
      const { handler, invoke } = setup(window);
      expect(await invoke(win.webContents.mainFrame)).toEqual(FORBIDDEN);
      expect(handler).not.toHaveBeenCalled();
    }
  });

  it('checks every channel of the contract, not only some', async () => {
    const win = new stub.BrowserWindow({});
    const { handler, invoke } = setup(win);
    const forged = { url: 'app://briefing/index.html' };
    for (const channel of Object.keys(channels) as Channel[])
      expect(await invoke(forged, channel)).toEqual(FORBIDDEN);
    expect(handler).not.toHaveBeenCalled();
  });
});
