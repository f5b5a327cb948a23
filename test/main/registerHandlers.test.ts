// Electron IPC glue: every channel registered, the sender frame checked (forbidden otherwise), progress sent back.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channels, type Channel } from '../../core/ipc/contract';
import { isTrustedSender, registerHandlers } from '../../electron/main/ipc/registerHandlers';
import type { HandlerMap } from '../../node/ipc/types';
// `electron` is aliased to this stub (vitest.config.ts): same module instance.
import * as stub from '../stubs/electron';

beforeEach(() => stub.resetElectronStub());

function setup() {
  const win = new stub.BrowserWindow({});
  const handler = vi.fn((_req: unknown, ctx: { emitProgress(p: unknown): void }) => {
    ctx.emitProgress({ jobId: 'j', phase: 'render', fraction: 0.5 });
    return Promise.resolve([]);
  });
  const map = Object.fromEntries(
    Object.keys(channels).map((c) => [c, handler]),
  ) as unknown as HandlerMap;
  const unregister = registerHandlers(
    stub.ipcMain as unknown as Electron.IpcMain,
    map,
    () => win as unknown as Electron.BrowserWindow,
  );
  const invoke = (channel: Channel, senderFrame: unknown, request: unknown = {}) =>
    stub.ipcMain.handlers.get(channel)!(
      { senderFrame, sender: win.webContents },
      request,
    ) as unknown as Promise<unknown>;
  return { win, handler, invoke, unregister };
}

describe('registerHandlers', () => {
  it('registers every channel of the contract and can remove them', () => {
    const { unregister } = setup();
    expect([...stub.ipcMain.handlers.keys()].sort()).toEqual(Object.keys(channels).sort());
    unregister();
    expect(stub.ipcMain.handlers.size).toBe(0);
  });

  it('runs the handler for the main frame and sends progress to the sender', async () => {
    const { win, invoke, handler } = setup();
    expect(await invoke('books:list', win.webContents.mainFrame)).toEqual({ ok: true, value: [] });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(win.webContents.sent).toEqual([
      ['export:progress', { jobId: 'j', phase: 'render', fraction: 0.5 }],
    ]);
  });

  it('refuses other frames as forbidden without running the handler', async () => {
    const { win, invoke, handler } = setup();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const forbidden = {
      ok: false,
      error: { code: 'forbidden', message: 'This request did not come from the app window.' },
    };
    // Same URL but a different frame object (an iframe or another window).
    expect(await invoke('books:list', { url: 'app://briefing/index.html' })).toEqual(forbidden);
    // The main frame after navigating away from the app.
    win.webContents.mainFrame.url = 'https://evil.example/';
    expect(await invoke('books:list', win.webContents.mainFrame)).toEqual(forbidden);
    expect(await invoke('books:list', null)).toEqual(forbidden);
    expect(handler).not.toHaveBeenCalled();
  });

  it('still validates requests from the trusted frame', async () => {
    const { win, invoke } = setup();
    const result = (await invoke('books:get', win.webContents.mainFrame, { id: '../x' })) as {
      ok: boolean;
      error: { code: string };
    };
    expect(result.error.code).toBe('invalid-request');
  });
});

describe('isTrustedSender', () => {
  it('needs a live window and its own app:// main frame', () => {
    const frame = { url: 'app://briefing/index.html' };
    const win = { isDestroyed: () => false, webContents: { mainFrame: frame } };
    expect(isTrustedSender(frame, win as never)).toBe(true);
    expect(isTrustedSender(frame, null)).toBe(false);
    expect(isTrustedSender(frame, { ...win, isDestroyed: () => true } as never)).toBe(false);
    expect(
      isTrustedSender({ url: 'app://briefing.evil/x' }, {
        ...win,
        webContents: { mainFrame: { url: 'app://briefing.evil/x' } },
      } as never),
    ).toBe(false);
  });
});
