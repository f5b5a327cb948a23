// The one hardened window factory: options as a plain value (unit-tested), bounds restored from prefs and saved back.
import { BrowserWindow, type BrowserWindowConstructorOptions, type Rectangle } from 'electron';
import type { WindowBounds } from '../../node/prefs/prefsSchema';

export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;

/**
 * Keeps saved bounds only if the window would be mostly visible on a current display (a monitor
 * may have been unplugged); otherwise keeps the size, drops the position, and lets Electron centre it.
 */
export function fitBounds(
  saved: WindowBounds | undefined,
  workAreas: Rectangle[],
): Partial<Rectangle> {
  if (!saved) return { ...DEFAULT_SIZE };
  const width = Math.max(MIN_SIZE.width, saved.width);
  const height = Math.max(MIN_SIZE.height, saved.height);
  if (saved.x === undefined || saved.y === undefined) return { width, height };
  const { x, y } = saved;
  const visible = workAreas.some(
    (a) =>
      x >= a.x - 50 &&
      y >= a.y - 10 &&
      x + Math.min(width, 200) <= a.x + a.width &&
      y + 100 <= a.y + a.height,
  );
  return visible ? { x, y, width, height } : { width, height };
}

/** The window's options: written once, here, with the security settings spelled out inline. */
export function mainWindowOptions(input: {
  preloadPath: string;
  bounds: Partial<Rectangle>;
  isPackaged: boolean;
}): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Briefing Book Builder',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Spelling uses the OS checker or the app's own dictionary, never a download (electron/main/spellcheck.ts).
      spellcheck: true,
      safeDialogs: true,
      devTools: !input.isPackaged,
    },
  };
}

/** Creates the main window (the app's only `new BrowserWindow`) and reports its bounds when they change. */
export function createMainWindow(input: {
  preloadPath: string;
  saved: WindowBounds | undefined;
  workAreas: Rectangle[];
  isPackaged: boolean;
  url: string;
  saveBounds: (bounds: WindowBounds) => void;
}): BrowserWindow {
  const win = new BrowserWindow(
    mainWindowOptions({
      preloadPath: input.preloadPath,
      bounds: fitBounds(input.saved, input.workAreas),
      isPackaged: input.isPackaged,
    }),
  );
  if (input.saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  // If the UI fails to load, show the (empty) window anyway rather than leave an invisible process.
  win.webContents.once('did-fail-load', () => win.show());
  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    if (win.isDestroyed() || win.isMinimized()) return;
    const b = win.getNormalBounds();
    input.saveBounds({
      x: b.x,
      y: b.y,
      width: b.width,
      height: b.height,
      maximized: win.isMaximized(),
    });
  };
  // electron-store rewrites the whole file on each set: debounce moves and resizes.
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('close', () => {
    clearTimeout(timer);
    save();
  });
  win
    .loadURL(input.url)
    .catch((error: unknown) => console.error('[main] the UI failed to load', error));
  return win;
}
