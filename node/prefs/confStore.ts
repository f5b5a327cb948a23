// Opens preferences on `conf` in a given folder: what tests and the e2e harness use (the app uses electron-store).
import { join } from 'node:path';
import type { AppNotice } from '../../core/ipc/contract';
import { PrefsStore, type KeyValueStore } from './prefsStore';

/** Base name of the preferences file (same in conf and electron-store, so both read one file). */
export const PREFS_FILE_NAME = 'preferences';

/**
 * PrefsStore backed by conf 15 in `dir`. conf is ESM-only, so it is loaded with a dynamic import
 * (the Electron main bundle is CJS and must not require it at load time).
 */
export async function openConfPrefs(
  dir: string,
  options: { now?: () => Date; notify?: (notice: AppNotice) => void } = {},
): Promise<PrefsStore> {
  const { default: Conf } = await import('conf');
  return new PrefsStore({
    ...options,
    path: join(dir, `${PREFS_FILE_NAME}.json`),
    open: (): KeyValueStore =>
      new Conf<Record<string, unknown>>({
        cwd: dir,
        configName: PREFS_FILE_NAME,
        clearInvalidConfig: false,
      }),
  });
}
