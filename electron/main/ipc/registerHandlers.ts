// Electron glue for the IPC boundary: one ipcMain.handle per channel, sender frame checked, then invokeChannel.
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import {
  channels,
  EXPORT_PROGRESS_EVENT,
  NOTICE_EVENT,
  type Channel,
} from '../../../core/ipc/contract';
import { err, type Result } from '../../../core/ipc/result';
import { APP_ORIGIN } from '../security';
import { invokeChannel } from '../../../node/ipc/invokeChannel';
import type { HandlerMap } from '../../../node/ipc/types';

/**
 * True only for the app's own main frame: an app:// URL and the very frame object of the main
 * window (not an iframe, not another window, not a navigated-away or destroyed frame).
 */
export function isTrustedSender(
  senderFrame: Pick<WebFrameMain, 'url'> | null | undefined,
  window: Pick<BrowserWindow, 'isDestroyed' | 'webContents'> | null,
): boolean {
  if (!senderFrame || !window || window.isDestroyed()) return false;
  if (!senderFrame.url.startsWith(`${APP_ORIGIN}/`)) return false;
  return senderFrame === window.webContents.mainFrame;
}

/** Handles one invoke: forbidden unless trusted, then the generic wrapper with progress sent back to the caller. */
export function handleInvoke(
  map: HandlerMap,
  channel: Channel,
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  request: unknown,
  getWindow: () => BrowserWindow | null,
): Promise<Result<unknown>> {
  if (!isTrustedSender(event.senderFrame, getWindow())) {
    console.warn(
      `[ipc] refused ${channel} from ${event.senderFrame?.url.slice(0, 80) ?? 'a destroyed frame'}`,
    );
    return Promise.resolve(err('forbidden', 'This request did not come from the app window.'));
  }
  return invokeChannel(map, channel, request, {
    emitProgress: (progress) => {
      if (!event.sender.isDestroyed()) event.sender.send(EXPORT_PROGRESS_EVENT, progress);
    },
    emitNotice: (notice) => {
      if (!event.sender.isDestroyed()) event.sender.send(NOTICE_EVENT, notice);
    },
  });
}

/** Registers every channel of the contract; returns a function that removes them all. */
export function registerHandlers(
  ipcMain: IpcMain,
  map: HandlerMap,
  getWindow: () => BrowserWindow | null,
): () => void {
  const names = Object.keys(channels) as Channel[];
  for (const channel of names) {
    ipcMain.handle(channel, (event, request: unknown) =>
      handleInvoke(map, channel, event, request, getWindow),
    );
  }
  return () => names.forEach((channel) => ipcMain.removeHandler(channel));
}
