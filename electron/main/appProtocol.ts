// The app:// protocol: serves dist/renderer with a path-containment check and the CSP header on every response.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** Content type for a served file; unknown types are served as opaque bytes. */
export const mimeType = (file: string): string =>
  MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * Maps an app:// URL to a file inside `rootDir`, or null when it is not ours or would escape the
 * root: ../ (plain or percent-encoded), absolute paths, backslashes, NUL, malformed escapes.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || /(^|\/)\.\.(\/|$)/.test(decoded))
    return null;
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, `.${relative}`);
  if (!resolved.startsWith(root + path.sep)) return null;
  return resolved;
}

/** Must run before app ready: app:// behaves like https (standard, secure origin) and may load module scripts. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Response headers of every app:// file. */
export function appResponseHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': mimeType(file),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Answers one app:// request from `rootDir` (404 for anything outside it or missing). */
export async function serveAppRequest(rootDir: string, requestUrl: string): Promise<Response> {
  const file = resolveAppPath(rootDir, requestUrl);
  if (file === null) return new Response('Not found', { status: 404 });
  try {
    const body = await fs.readFile(file);
    return new Response(new Uint8Array(body), { status: 200, headers: appResponseHeaders(file) });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

/** Installs the app:// handler (after app ready). */
export function handleAppProtocol(protocol: Protocol, rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rootDir, request.url));
}
