// The security baseline as plain values and small functions: CSP, app origin, URL guard, permission and navigation guards.
import type { Session, Streams, WebContents } from 'electron';
import { checkLink } from '../../core/links/linkPolicy';

/** The renderer is served from app://briefing/ (a standard, secure custom scheme), never file:// or http://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'briefing';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Content-Security-Policy sent with every app:// response: only the app's own scripts, styles,
 * fonts and images; no network (connect-src 'none'), no plugins, no framing, no form posts.
 * Lexical and React set styles through the CSSOM, which CSP does not restrict, so no 'unsafe-inline'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Characters no URL of the app contains: controls, whitespace and backslashes. Chromium reads `\`
 * as `/` in a standard scheme like app:, Node's URL parser does not, so such URLs are refused
 * rather than judged by a parser that may disagree with the browser.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_URL_CHARACTERS = /[\u0000-\u0020\u007f-\u009f\\]/;

/** True for URLs of the app itself (app://briefing/...): exact host, no credentials, no port. */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string' || UNSAFE_URL_CHARACTERS.test(url)) return false;
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/**
 * The only documents a frame may navigate to: the app's entry page (any #route or ?query). The
 * renderer never navigates (it routes in memory), so anything else is an attack or a bug.
 */
export function isAppEntryUrl(url: unknown): boolean {
  if (!isAppUrl(url)) return false;
  const { pathname } = new URL(url as string);
  return pathname === '/' || pathname === '/index.html';
}

/** The one checked wrapper around shell.openExternal: opens only what the link policy (core/links/linkPolicy.ts) allows. */
export async function openExternalChecked(
  raw: unknown,
  open: (url: string) => Promise<void>,
): Promise<boolean> {
  const checked = checkLink(raw);
  if (!checked.ok) {
    console.warn(`[security] refused to open an external URL: ${checked.error}`);
    return false;
  }
  await open(checked.url);
  return true;
}

/** Permission requests (camera, notifications, geolocation, ...): the app needs none, so all are denied. */
export function denyPermissionRequest(
  _contents: WebContents | null,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

/** Permission checks: always false. */
export const denyPermissionCheck = (): boolean => false;

/** Device permission checks (HID, serial, USB): the app talks to no device, so always false. */
export const denyDevicePermission = (): boolean => false;

/**
 * getDisplayMedia (screen capture): always refused. Electron treats a null answer as a clean
 * refusal; an empty object would throw "Video was requested, but no video stream was provided".
 */
export function denyDisplayMediaRequest(
  _request: unknown,
  callback: (streams: Streams | null) => void,
): void {
  callback(null);
}

/** webRequest filter: cancels every request that is not for the app itself (devtools allowed when unpackaged). */
export function shouldBlockRequest(url: string, allowDevtools: boolean): boolean {
  if (isAppUrl(url)) return false;
  return !(allowDevtools && url.startsWith('devtools://'));
}

/**
 * Applies the session-wide guards: deny permissions, device access and screen capture, block every
 * non-app request, no spellcheck downloads.
 */
export function installSessionGuards(session: Session, options: { allowDevtools: boolean }): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyDevicePermission);
  session.setDisplayMediaRequestHandler(denyDisplayMediaRequest);
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const cancel = shouldBlockRequest(details.url, options.allowDevtools);
    if (cancel) console.warn(`[security] blocked a request to ${details.url.slice(0, 80)}`);
    callback({ cancel });
  });
}

/** A navigation event as Electron 45 emits it: the details object carries the URL and preventDefault. */
interface NavigationDetails {
  url: string;
  preventDefault(): void;
}

/** Cancels a navigation unless it goes to the app's entry page. */
export function keepInApp(details: NavigationDetails): void {
  if (!isAppEntryUrl(details.url)) details.preventDefault();
}

/**
 * Per-webContents guards: no window.open (https links go to the system browser through the
 * checked wrapper), no navigation or redirect away from the app in the main frame or any
 * subframe, no <webview>.
 */
export function hardenWebContents(
  contents: WebContents,
  openExternal: (url: string) => Promise<boolean>,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    void openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', keepInApp);
  contents.on('will-redirect', keepInApp);
  // will-navigate sees only the main frame; this one fires for every frame (the app has none,
  // and its CSP forbids them, so a subframe may not even navigate to the app itself).
  contents.on('will-frame-navigate', (details) => {
    if (!details.isMainFrame) details.preventDefault();
    else keepInApp(details);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
