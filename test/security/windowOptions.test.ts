// Electron security checklist, window and protocol items: the webPreferences the one window gets, and app:// not file://.
import { beforeEach, describe, expect, it } from 'vitest';
import { registerAppScheme } from '../../electron/main/appProtocol';
import { APP_ENTRY_URL } from '../../electron/main/security';
import { createMainWindow, mainWindowOptions } from '../../electron/main/window';
// `electron` is aliased to this stub (vitest.config.ts): same module instance.
import * as stub from '../stubs/electron';

/**
 * Each checklist item as [webPreferences key, secure value, item]. Values are compared with `toBe`,
 * so a missing key (Electron's default) does not pass: the baseline is spelled out.
 */
const REQUIRED: Array<[string, unknown, string]> = [
  ['nodeIntegration', false, '2. no Node.js integration for web content'],
  ['nodeIntegrationInWorker', false, '2. no Node.js in workers'],
  ['nodeIntegrationInSubFrames', false, '2. no Node.js in subframes'],
  ['contextIsolation', true, '3. context isolation'],
  ['sandbox', true, '4. process sandbox'],
  ['webSecurity', true, '6. web security (same-origin policy) on'],
  ['allowRunningInsecureContent', false, '8. no insecure content'],
  ['experimentalFeatures', false, '9. no experimental features'],
  ['webviewTag', false, '11-12. no <webview> at all'],
  ['navigateOnDragDrop', false, '13. a dropped file or link does not navigate'],
  ['safeDialogs', true, 'a page cannot loop alert() dialogs'],
];
/** Keys that must not be present at all, whatever their value. */
const ABSENT: Array<[string, string]> = [
  ['enableBlinkFeatures', '10. no enableBlinkFeatures'],
  ['plugins', 'no plugins'],
  ['enableRemoteModule', 'no remote module'],
  ['additionalArguments', 'nothing smuggled onto the renderer command line'],
  ['partition', 'the hardened default session, not another one'],
  ['session', 'the hardened default session, not another one'],
];

const variants = [
  { preloadPath: '/app/preload.cjs', bounds: { width: 1000, height: 700 }, isPackaged: true },
  { preloadPath: '/app/preload.cjs', bounds: {}, isPackaged: false },
  { preloadPath: 'C:\\app\\preload.cjs', bounds: { x: -5000, y: 9000 }, isPackaged: true },
];

beforeEach(() => stub.resetElectronStub());

describe.each(variants)('mainWindowOptions(%o)', (input) => {
  const prefs = mainWindowOptions(input).webPreferences as Record<string, unknown>;

  it.each(REQUIRED)('%s is %j (%s)', (key, value) => {
    expect(prefs[key]).toBe(value);
  });

  it.each(ABSENT)('has no %s (%s)', (key) => {
    expect(Object.hasOwn(prefs, key)).toBe(false);
  });

  it('loads the preload given and opens devtools only in an unpackaged build', () => {
    expect(prefs.preload).toBe(input.preloadPath);
    expect(prefs.devTools).toBe(!input.isPackaged);
  });
});

describe('the window actually created', () => {
  it('gets exactly mainWindowOptions and loads the app:// entry page, not file://', () => {
    const input = { preloadPath: '/p.cjs', isPackaged: true };
    createMainWindow({
      ...input,
      saved: undefined,
      workAreas: [{ x: 0, y: 0, width: 1920, height: 1080 }],
      url: APP_ENTRY_URL,
      saveBounds: () => undefined,
    });
    const [win] = stub.BrowserWindow.instances;
    expect(win!.options).toEqual(
      mainWindowOptions({ ...input, bounds: { width: 1280, height: 860 } }),
    );
    expect(win!.loadedUrl).toBe('app://briefing/index.html');
  });
});

describe('18. a custom protocol instead of file://', () => {
  it('registers app:// as standard and secure, without CSP bypass, CORS or service workers', () => {
    registerAppScheme(stub.protocol as unknown as Electron.Protocol);
    const [, , schemes] = stub.calls.find((c) => c[1] === 'registerSchemesAsPrivileged')!;
    const [scheme] = schemes as Array<{ scheme: string; privileges: Record<string, boolean> }>;
    expect(scheme!.scheme).toBe('app');
    expect(scheme!.privileges.standard).toBe(true);
    expect(scheme!.privileges.secure).toBe(true);
    for (const risky of ['bypassCSP', 'corsEnabled', 'allowServiceWorkers', 'stream'])
      expect(scheme!.privileges[risky], risky).toBeUndefined();
  });
});
