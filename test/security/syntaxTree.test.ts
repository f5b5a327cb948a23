// Syntax-tree checks over the shipped source tree: one BrowserWindow, ipcMain only in its wrapper, no insecure options.
import { describe, expect, it } from 'vitest';
import {
  checkSources,
  IPC_WRAPPER,
  PRELOAD_ENTRY,
  readSources,
  WINDOW_FACTORY,
  type SourceFile,
} from './helpers/astRules';

const tree = readSources(process.cwd());
const result = checkSources(tree);

describe('the source tree', () => {
  it('is really read (the electron, node, core, renderer and cli layers)', () => {
    const files = tree.map((f) => f.file);
    expect(files).toEqual(expect.arrayContaining([WINDOW_FACTORY, IPC_WRAPPER, PRELOAD_ENTRY]));
    for (const layer of ['node/', 'core/', 'renderer/', 'cli/'])
      expect(
        files.some((f) => f.startsWith(layer)),
        layer,
      ).toBe(true);
    expect(files.some((f) => f.startsWith('test/'))).toBe(false);
  });

  it('has exactly one `new BrowserWindow`, in the window factory', () => {
    expect(result.browserWindows.map((w) => w.file)).toEqual([WINDOW_FACTORY]);
  });

  it('breaks no rule', () => {
    expect(result.violations).toEqual([]);
  });
});

/** Checks one made-up file and returns the rules it broke. */
const rulesBroken = (text: string, file = 'electron/main/other.ts'): string[] =>
  checkSources([{ file, text } satisfies SourceFile]).violations.map((v) => v.rule);

describe('the rules catch what they are for', () => {
  it('counts every spelling of new BrowserWindow', () => {
    const text = `import { BrowserWindow as W } from 'electron';
      import * as electron from 'electron';
      new W({}); new electron.BrowserWindow({}); new BrowserWindow();`;
    expect(checkSources([{ file: 'x.ts', text }]).browserWindows).toHaveLength(3);
    expect(
      rulesBroken(`import { WebContentsView } from 'electron'; new WebContentsView();`),
    ).toEqual(['no window or view besides the one BrowserWindow']);
  });

  it.each([
    ['webPreferences: { webSecurity: false }', 'webSecurity must be the literal true'],
    ['webPreferences: { nodeIntegration: true }', 'nodeIntegration must be the literal false'],
    [
      'webPreferences: { allowRunningInsecureContent: true }',
      'allowRunningInsecureContent must be the literal false',
    ],
    ['webPreferences: { contextIsolation: false }', 'contextIsolation must be the literal true'],
    ['webPreferences: { sandbox: false }', 'sandbox must be the literal true'],
    [
      "webPreferences: { 'experimentalFeatures': true }",
      'experimentalFeatures must be the literal false',
    ],
    ['webPreferences: { sandbox: isProd }', 'sandbox must be the literal true'],
    ['webPreferences: { nodeIntegration }', 'nodeIntegration must be the literal false'],
    ["webPreferences: { enableBlinkFeatures: 'X' }", 'no enableBlinkFeatures'],
  ])('flags `%s`', (snippet, rule) => {
    expect(rulesBroken(`const options = { ${snippet} };`)).toEqual([rule]);
  });

  it('flags an insecure value assigned after the fact', () => {
    expect(rulesBroken(`options.webPreferences.webSecurity = false;`)).toEqual([
      'webSecurity must be the literal true',
    ]);
    expect(rulesBroken(`prefs['contextIsolation'] = false;`)).toEqual([
      'contextIsolation must be the literal true',
    ]);
  });

  it('allows ipcMain outside the wrapper only as the argument handed to registerHandlers', () => {
    const head = `import { ipcMain as bus } from 'electron';\n`;
    expect(rulesBroken(`${head}registerHandlers(bus, map, getWindow);`)).toEqual([]);
    expect(rulesBroken(`${head}bus.on('x', () => 0);`)).toEqual([
      'ipcMain only inside the registration wrapper',
    ]);
    expect(rulesBroken(`import * as e from 'electron';\ne.ipcMain.handle('x', f);`)).toEqual([
      'ipcMain only inside the registration wrapper',
    ]);
    expect(rulesBroken(`export function f(ipcMain) { ipcMain.on('x', g); }`, IPC_WRAPPER)).toEqual([
      'the wrapper uses only ipcMain.handle and removeHandler',
    ]);
  });

  it('allows ipcRenderer only as the port handed to buildBriefingApi in the preload entry', () => {
    const text = `import { ipcRenderer } from 'electron';\n`;
    expect(rulesBroken(`${text}x(buildBriefingApi(ipcRenderer));`, PRELOAD_ENTRY)).toEqual([]);
    expect(rulesBroken(`${text}expose('ipc', ipcRenderer);`, PRELOAD_ENTRY)).toEqual([
      'ipcRenderer only handed to buildBriefingApi',
    ]);
  });

  it('allows shell.openExternal only inside openExternalChecked, and no weakening switches', () => {
    expect(rulesBroken(`openExternalChecked(u, (x) => shell.openExternal(x));`)).toEqual([]);
    expect(rulesBroken(`shell.openExternal(url);`)).toEqual([
      'shell.openExternal only through openExternalChecked',
    ]);
    expect(rulesBroken(`app.commandLine.appendSwitch('no-sandbox');`)).toEqual([
      'no command-line switch that weakens Chromium',
    ]);
  });
});
