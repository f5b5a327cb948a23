// E2E fixture for specs that start the app more than once: one browser, temp userData folders, every launch closed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchApp, launchBrowser, type AppHandle, type LaunchOptions } from '../harness';

export interface Launches {
  /** A fresh temp userData folder (`bbb-e2e-<name>-…`), removed in afterAll. Call it in a hook or test. */
  tempDir(name: string): string;
  /** Starts the app on the spec's browser; afterAll closes it, if the test has not. */
  launch(options?: Omit<LaunchOptions, 'browser'>): Promise<AppHandle>;
  /** Every launch so far, in order: the spec checks their requests and errors itself. */
  readonly all: readonly AppHandle[];
}

/** Registers the spec's beforeAll (launch the browser) and afterAll (close every app, the browser, remove the folders). */
export function useLaunches(): Launches {
  let browser: Browser | undefined;
  const all: AppHandle[] = [];
  const dirs: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    // A launch a test already closed (a "crash" or a restart) may refuse a second close.
    for (const app of all) await app.close().catch(() => undefined);
    await browser?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return {
    tempDir: (name) => {
      const dir = mkdtempSync(path.join(tmpdir(), `bbb-e2e-${name}-`));
      dirs.push(dir);
      return dir;
    },
    launch: async (options = {}) => {
      const app = await launchApp({ ...options, browser });
      all.push(app);
      return app;
    },
    all,
  };
}
