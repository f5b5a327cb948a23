// Navigation, redirect, frame-navigation, window-open and webview guards against the table of hostile URLs.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  hardenWebContents,
  isAppEntryUrl,
  isAppUrl,
  openExternalChecked,
} from '../../electron/main/security';
// `electron` is aliased to this stub (vitest.config.ts): same module instance.
import * as stub from '../stubs/electron';
import { APP_ENTRY_URLS, HOSTILE_URLS } from './helpers/hostileUrls';

/** A hardened webContents, with what its window-open handler handed to the system browser. */
function hardened() {
  const contents = new stub.FakeWebContents();
  const opened: string[] = [];
  hardenWebContents(contents as unknown as Electron.WebContents, (url) =>
    openExternalChecked(url, (u) => {
      opened.push(u);
      return Promise.resolve();
    }),
  );
  /** Emits a navigation event the way Electron 45 does (details first); true if it was cancelled. */
  const cancelled = (event: string, url: string, isMainFrame = true): boolean => {
    const details = { url, isMainFrame, isSameDocument: false, preventDefault: vi.fn() };
    contents.emit(event, details, url, false, isMainFrame);
    return details.preventDefault.mock.calls.length > 0;
  };
  return { contents, opened, cancelled };
}

beforeEach(() => {
  stub.resetElectronStub();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('%s', (event) => {
  it.each(HOSTILE_URLS)('cancels %j (%s)', (url) => {
    expect(hardened().cancelled(event, url)).toBe(true);
  });

  it.each(APP_ENTRY_URLS)('lets the main frame go to the app entry %s', (url) => {
    expect(hardened().cancelled(event, url)).toBe(false);
  });
});

describe('will-frame-navigate in a subframe', () => {
  it.each([...HOSTILE_URLS.map(([url]) => url), ...APP_ENTRY_URLS])('cancels %j', (url) => {
    // The app has no frames and its CSP forbids them: a subframe may not load even the app.
    expect(hardened().cancelled('will-frame-navigate', url, false)).toBe(true);
  });
});

/** Plain https links leave the app for the system browser (the link policy); nothing else may. */
const NEVER_OPENED = HOSTILE_URLS.filter(([url]) => !/^https:/i.test(url));

describe('window.open', () => {
  it('covers most of the table: only the plain https entries may reach the system browser', () => {
    expect(HOSTILE_URLS.length - NEVER_OPENED.length).toBe(2);
  });

  it.each(NEVER_OPENED)('denies %j and opens nothing', async (url) => {
    const { contents, opened } = hardened();
    expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(console.warn).toHaveBeenCalled());
    expect(opened).toEqual([]);
  });

  it('denies the window even for a plain https link, which goes to the system browser instead', async () => {
    const { contents, opened } = hardened();
    expect(contents.windowOpenHandler!({ url: 'https://www.state.gov/space' })).toEqual({
      action: 'deny',
    });
    await vi.waitFor(() => expect(opened).toEqual(['https://www.state.gov/space']));
  });

  it('denies app URLs too: the app never opens a second window', () => {
    const { contents, opened } = hardened();
    expect(contents.windowOpenHandler!({ url: 'app://briefing/index.html' })).toEqual({
      action: 'deny',
    });
    expect(opened).toEqual([]);
  });
});

describe('webview', () => {
  it('cancels every <webview> attachment', () => {
    const { cancelled } = hardened();
    expect(cancelled('will-attach-webview', 'app://briefing/index.html')).toBe(true);
  });
});

describe('the URL predicates', () => {
  it.each(HOSTILE_URLS)('isAppEntryUrl refuses %j (%s)', (url) => {
    expect(isAppEntryUrl(url)).toBe(false);
  });

  it('isAppUrl accepts app files but no lookalike, credential, port or non-string', () => {
    expect(isAppUrl('app://briefing/assets/index-abc.js')).toBe(true);
    for (const url of [
      'app://briefing.evil/x',
      'app://evil@briefing/x',
      'app://briefing:1/x',
      'app://briefing\\x',
      42,
      null,
      { toString: () => 'app://briefing/' },
    ])
      expect(isAppUrl(url)).toBe(false);
  });
});
