// E2E fixture: one browser and one app per spec file, launched in beforeAll and closed in afterAll.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchApp, launchBrowser, type AppHandle, type LaunchOptions } from '../harness';

/**
 * Registers the spec's beforeAll (launch a browser, then the app on it) and afterAll (close both),
 * and returns the app's handle. The handle is one stable object, filled in when beforeAll has run,
 * so a spec keeps writing `app.page`, `app.requests` ... as with its own `let app`. Hooks the spec
 * registers after this call run after the launch, and their afterAll before the close (vitest's
 * default 'stack' hook order).
 * Each spec still asserts its own `app.requests` and axe results: nothing is checked here.
 */
export function useApp(options: Omit<LaunchOptions, 'browser'> = {}): AppHandle {
  const app = {} as AppHandle; // filled in beforeAll; read only by tests and hooks that run after it
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    Object.assign(app, await launchApp({ ...options, browser }));
  });
  afterAll(async () => {
    await app.close?.();
    await browser?.close();
  });
  return app;
}

/** "Restarts" the app on the same userData folder, in place: `app` then drives the new launch. */
export async function relaunch(
  app: AppHandle,
  options: Omit<LaunchOptions, 'browser' | 'userDataDir'> = {},
): Promise<void> {
  const { browser, userDataDir } = app;
  await app.close({ keepUserData: true });
  Object.assign(app, await launchApp({ ...options, browser, userDataDir }));
}
