// Native menu template: File intents with accelerators sent as menu commands; Edit/View roles; no devtools when packaged.
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS, type MenuCommand } from '../../core/ipc/contract';
import { buildMenuTemplate } from '../../electron/main/menu';

const submenu = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[];

describe('buildMenuTemplate', () => {
  it('menu items send each menu command once, with the usual accelerators', () => {
    const sent: MenuCommand[] = [];
    const menus = buildMenuTemplate((c) => sent.push(c), { isMac: false, isPackaged: true });
    const items = menus.flatMap(submenu).filter((i) => i.click);
    for (const i of items) (i.click as () => void)();
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
    const accel = Object.fromEntries(items.map((i) => [i.label, i.accelerator]));
    expect(accel['&New Book…']).toBe('CmdOrCtrl+N');
    expect(accel['&Open…']).toBe('CmdOrCtrl+O');
    expect(accel['&Save']).toBe('CmdOrCtrl+S');
    expect(accel['&Find…']).toBe('CmdOrCtrl+F');
    expect(accel['&Replace…']).toBe('CmdOrCtrl+H');
    expect(accel['Zoom &In']).toBe('CmdOrCtrl+=');
    expect(accel['Zoom &Out']).toBe('CmdOrCtrl+-');
    expect(accel['&Keyboard Shortcuts']).toBe('CmdOrCtrl+/');
  });

  it('never steals the editor shortcuts', () => {
    const all = buildMenuTemplate(() => undefined, { isMac: false, isPackaged: false }).flatMap(
      submenu,
    );
    const accels = all.map((i) => i.accelerator).filter(Boolean);
    for (const taken of ['CmdOrCtrl+B', 'CmdOrCtrl+I', 'CmdOrCtrl+U', 'CmdOrCtrl+K'])
      expect(accels).not.toContain(taken);
  });

  it('has Edit roles, and devtools only when unpackaged; macOS gets the app menu', () => {
    const packaged = buildMenuTemplate(() => undefined, { isMac: false, isPackaged: true });
    expect(packaged.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(
      submenu(packaged[1])
        .map((i) => i.role)
        .filter(Boolean),
    ).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
    expect(submenu(packaged[2]).some((i) => i.role === 'toggleDevTools')).toBe(false);
    const dev = buildMenuTemplate(() => undefined, { isMac: true, isPackaged: false });
    expect(dev[0]?.role).toBe('appMenu');
    expect(submenu(dev[3]).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});
