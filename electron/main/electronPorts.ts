// Real Electron implementations of the service ports (save dialog, open a file) and of preferences (electron-store).
import { join } from 'node:path';
import type { BrowserWindow, Dialog, Shell } from 'electron';
import type { AppNotice } from '../../core/ipc/contract';
import { PREFS_FILE_NAME } from '../../node/prefs/confStore';
import { PrefsStore, type KeyValueStore } from '../../node/prefs/prefsStore';
import type { Dialogs, ShellOps } from '../../node/services/ports';

/** The native save and open dialogs, modal to the main window when there is one. */
export function electronDialogs(dialog: Dialog, getWindow: () => BrowserWindow | null): Dialogs {
  return {
    async showSaveDialog(opts) {
      const win = getWindow();
      const options = {
        ...opts,
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async showOpenDialog(opts) {
      const win = getWindow();
      const options = { ...opts, properties: ['openFile' as const] };
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

/** shell.openPath resolves to an error string ('' on success): turn that into a rejection. */
export function electronShell(shell: Shell): ShellOps {
  return {
    async openPath(path) {
      const problem = await shell.openPath(path);
      if (problem) throw new Error(problem);
    },
  };
}

/**
 * Preferences on electron-store 11 in userData (it imports electron at load, so only this
 * composition-root module loads it, with a dynamic import because it is ESM-only).
 */
export async function openElectronPrefs(
  userDataDir: string,
  notify: (notice: AppNotice) => void,
): Promise<PrefsStore> {
  const { default: Store } = await import('electron-store');
  return new PrefsStore({
    path: join(userDataDir, `${PREFS_FILE_NAME}.json`),
    open: (): KeyValueStore =>
      new Store<Record<string, unknown>>({
        name: PREFS_FILE_NAME,
        cwd: userDataDir,
        clearInvalidConfig: false,
      }),
    notify,
  });
}
