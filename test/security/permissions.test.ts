// Session guards: every permission request and check, device permission and screen capture denied; non-app requests blocked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installSessionGuards, shouldBlockRequest } from '../../electron/main/security';
// `electron` is aliased to this stub (vitest.config.ts): same module instance.
import * as stub from '../stubs/electron';
import { HOSTILE_URLS } from './helpers/hostileUrls';

/** Every permission name Electron 45 passes to the request and check handlers (docs/api/session.md). */
const PERMISSIONS = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'idle-detection',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'speaker-selection',
  'storage-access',
  'top-level-storage-access',
  'window-management',
  'unknown',
  'fileSystem',
  'hid',
  'serial',
  'usb',
  'deprecated-sync-clipboard-read',
];
const ORIGINS = ['app://briefing', 'https://evil.example', 'file://', 'null'];

let session: InstanceType<typeof stub.FakeSession>;

beforeEach(() => {
  stub.resetElectronStub();
  session = stub.session.defaultSession;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  installSessionGuards(session as unknown as Electron.Session, { allowDevtools: false });
});

describe('permission requests', () => {
  it.each(PERMISSIONS)('denies %s, from the app itself too', (permission) => {
    for (const origin of ORIGINS) {
      const callback = vi.fn();
      session.permissionRequestHandler!(null, permission, callback, { requestingUrl: origin });
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
  });
});

describe('permission checks', () => {
  it.each(PERMISSIONS)('answers false for %s', (permission) => {
    for (const origin of ORIGINS)
      expect(session.permissionCheckHandler!(null, permission, origin, {})).toBe(false);
  });
});

describe('device permission (HID, serial, USB)', () => {
  it.each(['hid', 'serial', 'usb'])('denies %s devices, whatever the origin', (deviceType) => {
    for (const origin of ORIGINS)
      expect(
        session.devicePermissionHandler!({ deviceType, origin, device: { deviceId: '1' } }),
      ).toBe(false);
  });
});

describe('display media (getDisplayMedia)', () => {
  it.each([
    { videoRequested: true, audioRequested: false },
    { videoRequested: true, audioRequested: true },
    { videoRequested: false, audioRequested: true },
  ])('refuses %o with null, the answer Electron treats as a clean denial', (request) => {
    const callback = vi.fn();
    session.displayMediaRequestHandler!(
      { ...request, securityOrigin: 'app://briefing', userGesture: true, frame: null },
      callback,
    );
    expect(callback).toHaveBeenCalledExactlyOnceWith(null);
  });
});

describe('request filter', () => {
  const decide = (url: string): boolean => {
    let cancel: boolean | undefined;
    session.beforeRequest!({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
    return cancel!;
  };

  it.each(HOSTILE_URLS.filter(([url]) => !url.startsWith('app://briefing/')))(
    'cancels a request for %j (%s)',
    (url) => {
      expect(decide(url)).toBe(true);
    },
  );

  it('lets the app’s own files through, and devtools:// only when unpackaged', () => {
    expect(decide('app://briefing/assets/index-abc.js')).toBe(false);
    expect(decide('app://briefing/index.html')).toBe(false);
    expect(shouldBlockRequest('devtools://devtools/bundled/x', true)).toBe(false);
    expect(shouldBlockRequest('devtools://devtools/bundled/x', false)).toBe(true);
  });

  it('turns spellcheck off so the dictionary is never downloaded', () => {
    expect(session.spellChecker).toBe(false);
  });
});
