// A small fake of the Electron API surface main and preload use; vitest aliases `electron` here. Records every call.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { fileURLToPath } from 'node:url';
type Listener = (...args: any[]) => void;

/** Every call made to the fake, in order: [api, method, ...args]. Tests reset it with resetElectronStub(). */
export const calls: unknown[][] = [];
const record = (...entry: unknown[]): void => void calls.push(entry);

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(event) ?? []) l(...args);
  }
}

export class FakeWebContents extends Emitter {
  readonly mainFrame = { url: 'app://briefing/index.html' };
  readonly sent: unknown[][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class BrowserWindow extends Emitter {
  static readonly instances: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  bounds = { x: 0, y: 0, width: 0, height: 0 };
  maximized = false;
  constructor(readonly options: Record<string, any>) {
    super();
    BrowserWindow.instances.push(this);
    this.bounds = {
      x: options.x ?? 10,
      y: options.y ?? 10,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    record('BrowserWindow', 'new', options);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {}
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return false;
  }
  getNormalBounds() {
    return this.bounds;
  }
}

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, handler: Listener): void {
    record('ipcMain', 'handle', channel);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
};

const rendererEvents = new Emitter();
export const ipcRenderer = {
  invoke: (channel: string, request: unknown): Promise<unknown> => {
    record('ipcRenderer', 'invoke', channel, request);
    return Promise.resolve({ ok: true, value: { echo: channel } });
  },
  on: (event: string, listener: Listener) => void rendererEvents.on(event, listener),
  removeListener: (event: string, listener: Listener) =>
    void rendererEvents.removeListener(event, listener),
  /** Test helper: main pushing an event to the renderer. */
  emitFromMain: (event: string, payload: unknown) =>
    rendererEvents.emit(event, { sender: 'ipc-event' }, payload),
};

export const exposed = new Map<string, unknown>();
export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    record('contextBridge', 'exposeInMainWorld', key);
    exposed.set(key, api);
  },
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown) =>
    record('protocol', 'registerSchemesAsPrivileged', schemes),
  handle: (scheme: string, handler: unknown) => record('protocol', 'handle', scheme, handler),
};

export class FakeSession {
  permissionRequestHandler: Listener | undefined;
  permissionCheckHandler: Listener | undefined;
  devicePermissionHandler: Listener | undefined;
  displayMediaRequestHandler: Listener | undefined;
  beforeRequest: Listener | undefined;
  spellChecker = true;
  readonly webRequest = {
    onBeforeRequest: (listener: Listener) => {
      this.beforeRequest = listener;
    },
  };
  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Listener): void {
    this.devicePermissionHandler = handler;
  }
  setDisplayMediaRequestHandler(handler: Listener): void {
    this.displayMediaRequestHandler = handler;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellChecker = enabled;
  }
  /** Every dictionary download URL ever set (test/main/spellcheck.test.ts: none may be remote). */
  dictionaryUrls: string[] = [];
  spellLanguages: string[] = [];
  /** The session's custom dictionary, as Chromium keeps it across starts. */
  words = new Set<string>();
  setSpellCheckerDictionaryDownloadURL(url: string): void {
    this.dictionaryUrls.push(url);
  }
  setSpellCheckerLanguages(languages: string[]): void {
    this.spellLanguages = languages;
  }
  listWordsInSpellCheckerDictionary(): Promise<string[]> {
    return Promise.resolve([...this.words]);
  }
  addWordToSpellCheckerDictionary(word: string): boolean {
    this.words.add(word);
    return true;
  }
  removeWordFromSpellCheckerDictionary(word: string): boolean {
    return this.words.delete(word);
  }
}
export const session = { defaultSession: new FakeSession() };

export const shell = {
  openExternal: (url: string) => (record('shell', 'openExternal', url), Promise.resolve()),
  openPath: (path: string) => (record('shell', 'openPath', path), Promise.resolve('')),
};

export const dialog = {
  showSaveDialog: (..._args: unknown[]) => Promise.resolve({ canceled: true, filePath: '' }),
  showOpenDialog: (..._args: unknown[]) => Promise.resolve({ canceled: true, filePaths: [] }),
};

/** A fake OS keyring: reversible, so wrap/unwrap round-trips; `backend` can be set per test. */
export const safeStorage = {
  backend: 'gnome_libsecret',
  available: true,
  isEncryptionAvailable: () => safeStorage.available,
  getSelectedStorageBackend: () => safeStorage.backend,
  encryptString: (text: string) => Buffer.from(Buffer.from(text, 'utf8').map((b) => b ^ 0x5a)),
  decryptString: (data: Buffer) => Buffer.from(data.map((b) => b ^ 0x5a)).toString('utf8'),
};

export const Menu = {
  buildFromTemplate: (template: unknown) => ({ template }),
  setApplicationMenu: (menu: unknown) => record('Menu', 'setApplicationMenu', menu),
};

export const screen = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
};

export const app = Object.assign(new Emitter(), {
  isPackaged: false,
  enableSandbox: () => record('app', 'enableSandbox'),
  requestSingleInstanceLock: () => true,
  whenReady: () => new Promise<void>(() => undefined),
  getPath: (_name: string): string => '/nonexistent-userdata',
  /** Unpackaged, the app path is the repository (resources/ holds the bundled dictionary). */
  getAppPath: (): string => fileURLToPath(new URL('../..', import.meta.url)),
  quit: () => record('app', 'quit'),
  exit: (code: number) => record('app', 'exit', code),
});

/** Clears recorded calls and fake state between tests. */
export function resetElectronStub(): void {
  calls.length = 0;
  BrowserWindow.instances.length = 0;
  ipcMain.handlers.clear();
  exposed.clear();
  rendererEvents.listeners.clear();
  session.defaultSession = new FakeSession();
}

export default {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  protocol,
  screen,
  session,
  shell,
};
