// app:// protocol: path containment against traversal tricks, and real files served with the CSP header.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  handleAppProtocol,
  registerAppScheme,
  resolveAppPath,
  serveAppRequest,
} from '../../electron/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';
// `electron` is aliased to this stub (vitest.config.ts): same module instance.
import * as stub from '../stubs/electron';

let base = '';
let root = '';

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'bbb-proto-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'outside the root');
  mkdirSync(join(base, 'renderer-evil'));
  writeFileSync(join(base, 'renderer-evil', 'x.js'), 'sibling with a shared prefix');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));
beforeEach(() => stub.resetElectronStub());

describe('resolveAppPath', () => {
  it('maps app URLs inside the root', () => {
    expect(resolveAppPath(root, 'app://briefing/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://briefing/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://briefing/assets/index-abc.js?v=1#x')).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppPath(root, 'app://briefing/a%20b.png')).toBe(join(root, 'a b.png'));
    // A doubled slash is not absolute: it still resolves inside the root.
    expect(resolveAppPath(root, 'app://briefing//etc/passwd')).toBe(join(root, 'etc', 'passwd'));
  });

  it.each([
    ['app://briefing/../secret.txt', 'secret.txt'],
    ['app://briefing/%2e%2e/secret.txt', 'secret.txt'],
    ['app://briefing/../renderer-evil/x.js', 'renderer-evil/x.js'],
  ])(
    'lets the URL parser fold dot segments in %s, which then stays inside the root',
    (url, inside) => {
      expect(resolveAppPath(root, url)).toBe(join(root, inside));
    },
  );

  it.each([
    'app://briefing/%2E%2E%2Fsecret.txt',
    'app://briefing/assets/..%2f..%2fsecret.txt',
    'app://briefing/..%5csecret.txt',
    'app://briefing/assets%5c..%5c..%5csecret.txt',
    'app://briefing/index.html%00.js',
    'app://briefing/%E0%A4%A',
    'app://briefing/%2e%2e%2f%2e%2e%2frenderer-evil/x.js',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://briefing/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('serveAppRequest', () => {
  it('serves a file with its type, the CSP and nosniff', async () => {
    const res = await serveAppRequest(root, 'app://briefing/assets/index-abc.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('answers 404 for traversal and missing files, never the outside file', async () => {
    for (const url of [
      'app://briefing/%2e%2e/secret.txt',
      'app://briefing/nope.js',
      'app://briefing/assets',
    ]) {
      const res = await serveAppRequest(root, url);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toMatch(/outside the root/);
    }
  });

  it('registers app:// as a standard secure scheme and installs the handler', () => {
    registerAppScheme(stub.protocol as unknown as Electron.Protocol);
    handleAppProtocol(stub.protocol as unknown as Electron.Protocol, root);
    expect(stub.calls[0]).toEqual([
      'protocol',
      'registerSchemesAsPrivileged',
      [
        {
          scheme: 'app',
          privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
        },
      ],
    ]);
    expect(stub.calls[1]?.slice(0, 3)).toEqual(['protocol', 'handle', 'app']);
  });
});
