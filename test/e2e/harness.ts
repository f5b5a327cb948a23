// E2E harness: the built renderer in real Chromium, with `window.briefing` bound to the REAL main-process handlers.
//
// Usage (one browser per spec file keeps the suite fast):
//   const browser = await launchBrowser();                         // in beforeAll
//   const app = await launchApp({ browser, seedBooks: [...] });    // a fresh temp userData folder
//   await app.page.getByRole('button', { name: 'New book' }).click();
//   expect(app.requests).toEqual([]);                              // nothing left 127.0.0.1
//   await app.close();                                             // removes the temp folder it made
//   const again = await launchApp({ browser, userDataDir });       // "restart" on the same data
//
// What it does: builds dist/renderer with Vite and dist/electron (the PDF worker) when missing or
// stale; serves the renderer over HTTP on 127.0.0.1 (random port; file:// blocks module scripts)
// with the app's CSP; makes services with createAppServices on the userData folder (save dialog
// fake writes into `exportsDir`, shell fake records `openedPaths`; exports run in the real worker);
// exposes one binding that runs invokeChannel on the real handler map and an init script
// (harness/bridgeScript.ts: the real electron/preload/buildApi.ts bundled by esbuild) that builds
// `window.briefing` over it; export progress, notices and menu commands reach the page through one
// event hook, as main's webContents.send does. Every request not to the local server is
// recorded in `requests`; page errors and console errors in `errors`.
// Helpers re-exported here: launchBrowser, screenshot(page, name), axeViolations(page).
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Book } from '../../core/book/schema';
import type { TrustedKeys } from '../../core/packs/packFormat';
import {
  EXPORT_PROGRESS_EVENT,
  MENU_COMMAND_EVENT,
  NOTICE_EVENT,
  type Channel,
  type RequestOf,
  type ResponseMap,
} from '../../core/ipc/contract';
import type { EventName } from '../../core/ipc/names';
import type { Result } from '../../core/ipc/result';
import { createAppServices } from '../../node/services/createAppServices';
import { createHandlerMap } from '../../node/ipc/handlerMap';
import type { PassphraseGate } from '../../node/storage/passphraseGate';
import { memoryKeyProvider } from '../node/storage/memoryKeyProvider';
import { invokeChannel } from '../../node/ipc/invokeChannel';
import { ensureRendererBuilt, rendererDist } from './harness/buildRenderer';
import { ensureWorkerBuilt, pdfWorkerBundle } from './harness/buildWorker';
import { startStaticServer } from './harness/staticServer';
import { launchBrowser } from './harness/browser';
import { bridgeInitScript, EVENT_HOOK, INVOKE_BINDING } from './harness/bridgeScript';
import { WIRE_PART_CHANNEL } from './harness/bridgeNames';
import { decodeRequest, WireAssembler } from './harness/wireJson';

export { launchBrowser, findChromium } from './harness/browser';
export { screenshot } from './harness/screenshot';
export { axeViolations, type AxeViolation } from './harness/axe';
export { APP_CSP } from './harness/staticServer';

/** A book to create through books:create before the page loads. */
export type SeedBook = RequestOf<'books:create'>;

export interface LaunchOptions {
  /** Reuse this userData folder (kept on close); default: a fresh temp folder removed on close. */
  userDataDir?: string;
  seedBooks?: SeedBook[];
  viewport?: { width: number; height: number };
  /** Share a browser across launches; default: launch one and close it with the app. */
  browser?: Browser;
  /** Protect the library with a passphrase typed in the app (no OS keyring) instead of a test key. */
  passphraseGate?: PassphraseGate;
  /** Replaces the fake save dialog (return null to simulate Cancel). */
  saveDialog?: (options: { defaultPath?: string }) => string | null;
  /** The fake open dialog (e.g. the picture to insert); default: Cancel. */
  openDialog?: () => string | null;
  /** Public keys trusted for data packs (tests add their own key); default: the app's. */
  trustedPackKeys?: TrustedKeys;
  /** Replaces the fake shell's openPath (after recording the path), e.g. to make it fail. */
  openPath?: (path: string) => Promise<void>;
}

export interface AppHandle {
  page: Page;
  context: BrowserContext;
  browser: Browser;
  userDataDir: string;
  /** Where the fake save dialog puts files. */
  exportsDir: string;
  /** URLs of every request that did not go to the local app server: must stay empty. */
  requests: string[];
  /** Paths the app asked the shell to open (e.g. a finished PDF). */
  openedPaths: string[];
  /** Uncaught page errors and console errors (CSP violations show up here). */
  errors: string[];
  /** Books created from `seedBooks`, in order. */
  seeded: Book[];
  /** Calls a real handler directly, as the renderer would (for test setup and checks). */
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseMap[C]>>;
  /** Delivers an application-menu command, as main's menu would. */
  sendMenuCommand(command: string): Promise<void>;
  /** Closes the page (no beforeunload, like a crash) and the server; removes a temp userData folder. */
  close(options?: { keepUserData?: boolean }): Promise<void>;
}

/** Starts the app in Chromium on real services; see the header of this file. */
export async function launchApp(options: LaunchOptions = {}): Promise<AppHandle> {
  await ensureRendererBuilt();
  await ensureWorkerBuilt();
  const ownsDir = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'bbb-e2e-'));
  const exportsDir = path.join(userDataDir, 'e2e-exports');
  mkdirSync(exportsDir, { recursive: true });
  const openedPaths: string[] = [];
  const requests: string[] = [];
  const errors: string[] = [];

  const saveDialog =
    options.saveDialog ??
    ((opts: { defaultPath?: string }) =>
      path.join(exportsDir, path.basename(opts.defaultPath ?? 'export.pdf')));
  const services = createAppServices({
    userDataDir,
    ...(options.passphraseGate
      ? { passphraseGate: options.passphraseGate }
      : { keyProvider: memoryKeyProvider() }),
    pdfWorkerPath: pdfWorkerBundle, // exports render in the real worker, as in the app
    ...(options.trustedPackKeys ? { trustedPackKeys: options.trustedPackKeys } : {}),
    dialogs: {
      showSaveDialog: (opts: { defaultPath?: string }) => Promise.resolve(saveDialog(opts)),
      showOpenDialog: () => Promise.resolve(options.openDialog?.() ?? null),
    },
    shell: {
      openPath: (p: string) => {
        openedPaths.push(p);
        return options.openPath ? options.openPath(p) : Promise.resolve();
      },
    },
  });
  const handlers = createHandlerMap(services);
  const noEvents = { emitProgress: () => undefined, emitNotice: () => undefined };
  const invoke = (async (channel: Channel, request: unknown) =>
    invokeChannel(handlers, channel, request, noEvents)) as AppHandle['invoke'];
  /** Pushes an event to a page, as webContents.send does; the page may be gone (closed mid-export). */
  const send = (page: Page, event: EventName, payload: unknown): Promise<void> =>
    page
      .evaluate(`window.${EVENT_HOOK}(${JSON.stringify(event)}, ${JSON.stringify(payload)})`)
      .then(() => undefined);

  const seeded: Book[] = [];
  for (const seed of options.seedBooks ?? []) {
    const created = await invoke('books:create', seed);
    if (!created.ok) throw new Error(`seeding a book failed: ${created.error.message}`);
    seeded.push(created.value);
  }

  const server = await startStaticServer(rendererDist);
  const browser = options.browser ?? (await launchBrowser());
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    serviceWorkers: 'block',
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${server.origin}/`) && !/^(data|blob):/.test(url)) requests.push(url);
  });
  context.on('weberror', (e) => errors.push(e.error().message));
  const wireAssembler = new WireAssembler();
  await context.exposeBinding(
    INVOKE_BINDING,
    async (
      source,
      channel: Channel | typeof WIRE_PART_CHANNEL,
      wire: string | undefined,
      partsOf?: string,
    ) => {
      if (partsOf !== undefined && channel === WIRE_PART_CHANNEL) {
        wireAssembler.add(partsOf, wire ?? '');
        return null;
      }
      const request = decodeRequest(partsOf === undefined ? wire : wireAssembler.take(partsOf));
      const ctx = {
        emitProgress: (progress: unknown) =>
          void send(source.page, EXPORT_PROGRESS_EVENT, progress).catch(() => undefined),
        emitNotice: (notice: unknown) =>
          void send(source.page, NOTICE_EVENT, notice).catch(() => undefined),
      };
      return invokeChannel(handlers, channel, request, ctx);
    },
  );
  await context.addInitScript({ content: bridgeInitScript() });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${server.origin}/index.html`);

  return {
    page,
    context,
    browser,
    userDataDir,
    exportsDir,
    requests,
    openedPaths,
    errors,
    seeded,
    invoke,
    sendMenuCommand: (command) => send(page, MENU_COMMAND_EVENT, command),
    close: async ({ keepUserData = false } = {}) => {
      await context.close();
      if (!options.browser) await browser.close();
      await server.close();
      if (ownsDir && !keepUserData) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export { pdfPageTexts } from '../fixtures/pdfPages';
