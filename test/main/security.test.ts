// security.ts: CSP, URL guard against hostile inputs, permission denial, request blocking, navigation and window.open guards.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  checkExternalUrl,
  hardenWebContents,
  installSessionGuards,
  isAppUrl,
  openExternalChecked,
  shouldBlockRequest,
} from '../../electron/main/security';
import { APP_CSP } from '../e2e/harness/staticServer';
// `electron` is aliased to this stub (vitest.config.ts): same module instance.
import * as stub from '../stubs/electron';

beforeEach(() => stub.resetElectronStub());

describe('CSP', () => {
  it('allows only the app itself and no network', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d]),
    );
    expect(directives.get('default-src')).toBe("default-src 'none'");
    expect(directives.get('script-src')).toBe("script-src 'self'");
    expect(directives.get('connect-src')).toBe("connect-src 'none'");
    expect(directives.get('object-src')).toBe("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|\*|http/);
  });

  it('is the same policy the e2e harness serves, so Chromium tests exercise the shipped CSP', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(APP_CSP);
  });
});

describe('checkExternalUrl (the openExternal guard)', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'file:///etc/passwd',
    'file://server/share/x.exe',
    '\\\\server\\share\\evil.exe',
    'smb://server/share',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'http://example.com',
    'app://briefing/index.html',
    'https://user:pass@example.com/',
    'https://example.com@evil.com/',
    'https://example.com:8443/x',
    'https://exa mple.com',
    'https://example.com/\u0000.exe',
    'https://example.com/\nfoo',
    'https://example.com\\@evil.com',
    'https://',
    'mailto:a@b.c?attach=/etc/passwd&x=1@y',
    'mailto:',
    'mailto:a@b.c?attach=C:/secret.txt',
    'mailto:a@b.c,d@e.f',
    `https://example.com/${'a'.repeat(3000)}`,
    '',
    42,
    null,
  ])('refuses %j', (input) => {
    expect(checkExternalUrl(input)).toBeNull();
  });

  it.each([
    ['https://www.state.gov/space', 'https://www.state.gov/space'],
    ['https://EXAMPLE.com/a?b=c#d', 'https://example.com/a?b=c#d'],
    ['mailto:desk@example.gov', 'mailto:desk@example.gov'],
    ['mailto:desk@example.gov?subject=Hi', 'mailto:desk@example.gov?subject=Hi'],
  ])('allows %s', (input, normalised) => {
    expect(checkExternalUrl(input)).toBe(normalised);
  });

  it('openExternalChecked calls the opener only for allowed URLs', async () => {
    const open = vi.fn(() => Promise.resolve());
    expect(await openExternalChecked('javascript:alert(1)', open)).toBe(false);
    expect(await openExternalChecked('https://www.state.gov/', open)).toBe(true);
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith('https://www.state.gov/');
  });
});

describe('session guards', () => {
  it('denies every permission request and check, disables spellcheck, blocks non-app requests', () => {
    const session = stub.session.defaultSession;
    installSessionGuards(session as unknown as Electron.Session, { allowDevtools: false });
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn();
      session.permissionRequestHandler!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(session.permissionCheckHandler!()).toBe(false);
    expect(session.spellChecker).toBe(false);
    const decide = (url: string): boolean => {
      let cancel: boolean | undefined;
      session.beforeRequest!({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel!;
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(decide('app://briefing/assets/index.js')).toBe(false);
    expect(decide('https://fonts.googleapis.com/css')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('app://other-host/x')).toBe(true);
    expect(decide('devtools://devtools/bundled/x')).toBe(true);
  });

  it('lets devtools:// through only when unpackaged', () => {
    expect(shouldBlockRequest('devtools://devtools/x', true)).toBe(false);
    expect(shouldBlockRequest('devtools://devtools/x', false)).toBe(true);
    expect(isAppUrl('app://briefing/')).toBe(true);
    expect(isAppUrl('app://briefing.evil.com/')).toBe(false);
  });
});

describe('webContents guards', () => {
  it('denies window.open (handing https links to the checked opener) and cancels navigation away', () => {
    const contents = new stub.FakeWebContents();
    const opened: string[] = [];
    hardenWebContents(contents as unknown as Electron.WebContents, (url) => {
      opened.push(url);
      return Promise.resolve(true);
    });
    expect(contents.windowOpenHandler!({ url: 'https://www.state.gov/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.state.gov/', 'javascript:alert(1)']);
    const navigate = (event: string, url: string): boolean => {
      const e = { preventDefault: vi.fn() };
      contents.emit(event, e, url);
      return e.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'http://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'app://briefing/index.html#/library')).toBe(false);
    expect(navigate('will-attach-webview', 'app://briefing/')).toBe(true);
  });
});
