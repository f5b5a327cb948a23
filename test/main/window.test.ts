// The window factory: hardened options, one `new BrowserWindow` in the codebase, bounds restored and saved.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, fitBounds, mainWindowOptions } from '../../electron/main/window';
// `electron` is aliased to this stub (vitest.config.ts): same module instance.
import * as stub from '../stubs/electron';

beforeEach(() => stub.resetElectronStub());

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('mainWindowOptions', () => {
  it('spells out the security baseline', () => {
    const options = mainWindowOptions({
      preloadPath: '/app/preload.cjs',
      bounds: { width: 1000, height: 700 },
      isPackaged: true,
    });
    expect(options.webPreferences).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      safeDialogs: true,
      devTools: false,
    });
    expect(
      mainWindowOptions({ preloadPath: 'p', bounds: {}, isPackaged: false }).webPreferences
        ?.devTools,
    ).toBe(true);
  });

  it('is the only place a BrowserWindow is constructed', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk('electron');
    const hits = files.filter((f) => /new BrowserWindow\(/.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([join('electron', 'main', 'window.ts')]);
  });
});

describe('fitBounds', () => {
  it('restores visible bounds, drops an off-screen position, defaults when unset', () => {
    expect(
      fitBounds({ x: 100, y: 50, width: 1200, height: 800, maximized: false }, screen),
    ).toEqual({ x: 100, y: 50, width: 1200, height: 800 });
    expect(
      fitBounds({ x: 5000, y: 50, width: 1200, height: 800, maximized: false }, screen),
    ).toEqual({ width: 1200, height: 800 });
    expect(fitBounds({ width: 500, height: 400, maximized: false }, screen)).toEqual({
      width: 900,
      height: 600,
    });
    expect(fitBounds(undefined, screen)).toEqual({ width: 1280, height: 860 });
  });
});

describe('createMainWindow', () => {
  it('creates one hardened window on the app URL and saves its bounds on close', () => {
    vi.useFakeTimers();
    const saved: unknown[] = [];
    const win = createMainWindow({
      preloadPath: '/p.cjs',
      saved: { x: 20, y: 30, width: 1000, height: 700, maximized: true },
      workAreas: screen,
      isPackaged: true,
      url: 'app://briefing/index.html',
      saveBounds: (b) => saved.push(b),
    }) as unknown as InstanceType<typeof stub.BrowserWindow>;
    expect(stub.BrowserWindow.instances).toHaveLength(1);
    expect(win.options.webPreferences.sandbox).toBe(true);
    expect(win.loadedUrl).toBe('app://briefing/index.html');
    expect(win.maximized).toBe(true);
    win.bounds = { x: 40, y: 50, width: 1100, height: 750 };
    win.emit('resize');
    vi.advanceTimersByTime(600);
    win.emit('close');
    expect(saved).toEqual([
      { x: 40, y: 50, width: 1100, height: 750, maximized: true },
      { x: 40, y: 50, width: 1100, height: 750, maximized: true },
    ]);
    vi.useRealTimers();
  });
});
