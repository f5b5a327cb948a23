// Electron composition root: security first, then app:// protocol, services, IPC handlers, window and menu.
import {
  attachSpellMenu,
  installSpellcheck,
  placeBundledDictionaries,
  pointDictionaryDownloadsAtApp,
} from './spellcheck';
import { spellcheckPlan } from '../../node/spellcheck/spellcheckPlan';
import { bundledDictionariesDir } from '../../node/spellcheck/bundledDictionary';
import path from 'node:path';
import {
  app,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  type BrowserWindow,
} from 'electron';
import { MENU_COMMAND_EVENT } from '../../core/ipc/contract';
import { NoticeBoard } from '../../node/app/notices';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { chooseKeyProtection } from './keyProtection';
import { electronDialogs, electronShell, openElectronPrefs } from './electronPorts';
import { createHandlerMap } from '../../node/ipc/handlerMap';
import { registerHandlers } from './ipc/registerHandlers';
import { buildMenuTemplate } from './menu';
import {
  APP_ENTRY_URL,
  hardenWebContents,
  installSessionGuards,
  openExternalChecked,
} from './security';
import { createAppServices } from '../../node/services/createAppServices';
import { PassphraseGate } from '../../node/storage/passphraseGate';
import { createMainWindow } from './window';

// dist/electron/main.cjs sits next to preload.cjs and pdfExportWorker.cjs; the renderer is in dist/renderer.
const here = __dirname;
let mainWindow: BrowserWindow | null = null;

// The spell checker: the system's on macOS/Windows, the app's own dictionary on Linux.
const dictionaries = bundledDictionariesDir({
  isPackaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
  appPath: app.getAppPath(),
});
const spelling = spellcheckPlan(process.platform, dictionaries);

const openExternal = (url: unknown): Promise<boolean> =>
  openExternalChecked(url, (u) => shell.openExternal(u));

app.enableSandbox();
registerAppScheme(protocol);
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // Before 'ready': Chromium may load dictionaries as soon as the session exists.
  placeBundledDictionaries(spelling, dictionaries, app.getPath('sessionData'));
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[main] failed to start', error);
      app.exit(1);
    });
}

async function start(): Promise<void> {
  pointDictionaryDownloadsAtApp(session.defaultSession, spelling);
  installSessionGuards(session.defaultSession, { allowDevtools: !app.isPackaged });
  handleAppProtocol(protocol, path.join(here, '..', 'renderer'));
  const userDataDir = app.getPath('userData');
  // A real OS keyring wraps the data key; without one (Linux 'basic_text') the renderer asks for a
  // passphrase (UnlockGate) before the library loads: never a silent fallback to a weaker key.
  const protection = chooseKeyProtection(safeStorage, process.platform);
  const key =
    protection.mode === 'keyring'
      ? { keyProvider: protection.provider }
      : { passphraseGate: new PassphraseGate() };
  const notices = new NoticeBoard();
  const prefs = await openElectronPrefs(userDataDir, notices.add);
  installSpellcheck(session.defaultSession, spelling, prefs);
  const services = createAppServices({
    userDataDir,
    ...key,
    dialogs: electronDialogs(dialog, () => mainWindow),
    shell: electronShell(shell),
    prefsStore: prefs,
    notices,
    pdfWorkerPath: path.join(here, 'pdfExportWorker.cjs'),
    fontsDir: app.isPackaged ? path.join(process.resourcesPath, 'fonts') : undefined,
  });
  registerHandlers(ipcMain, createHandlerMap(services), () => mainWindow);
  mainWindow = createMainWindow({
    preloadPath: path.join(here, 'preload.cjs'),
    saved: prefs.getWindowBounds(),
    workAreas: screen.getAllDisplays().map((d) => d.workArea),
    isPackaged: app.isPackaged,
    url: APP_ENTRY_URL,
    saveBounds: (bounds) => prefs.setWindowBounds(bounds),
  });
  mainWindow.on('closed', () => (mainWindow = null));
  const win = mainWindow;
  attachSpellMenu(win.webContents, session.defaultSession, prefs, (template) =>
    Menu.buildFromTemplate(template).popup({ window: win }),
  );
  const send = (command: string): void => mainWindow?.webContents.send(MENU_COMMAND_EVENT, command);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(send, { isMac: process.platform === 'darwin', isPackaged: app.isPackaged }),
    ),
  );
}
