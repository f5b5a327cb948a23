// The native menu as a plain template: File intents go to the renderer as one `menu:command` event; Edit/View use roles.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../core/ipc/contract';

/**
 * Builds the application menu. `send` delivers a File intent to the renderer. Accelerators avoid
 * the editor's own shortcuts (Ctrl+B/I/U, Ctrl+K, Ctrl+Z/Y belong to Lexical via the Edit roles).
 */
export function buildMenuTemplate(
  send: (command: MenuCommand) => void,
  options: { isMac: boolean; isPackaged: boolean },
): MenuItemConstructorOptions[] {
  const item = (
    label: string,
    command: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      item('&New Book…', 'new', 'CmdOrCtrl+N'),
      item('&Open…', 'open', 'CmdOrCtrl+O'),
      item('&Save', 'save', 'CmdOrCtrl+S'),
      { type: 'separator' },
      item('&Import Book File…', 'import', 'CmdOrCtrl+Shift+O'),
      item('&Export PDF…', 'export-pdf', 'CmdOrCtrl+Shift+E'),
      item('Export &Packet…', 'export-packet', 'CmdOrCtrl+Shift+P'),
      { type: 'separator' },
      options.isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
      { type: 'separator' },
      item('&Find…', 'find', 'CmdOrCtrl+F'),
      item('&Replace…', 'replace', 'CmdOrCtrl+H'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(options.isPackaged
        ? []
        : ([
            { role: 'reload' },
            { role: 'toggleDevTools' },
            { type: 'separator' },
          ] as MenuItemConstructorOptions[])),
      // The editor's own zoom (kept in preferences), not the whole window's.
      item('&Actual Size', 'zoom-reset', 'CmdOrCtrl+0'),
      item('Zoom &In', 'zoom-in', 'CmdOrCtrl+='),
      item('Zoom &Out', 'zoom-out', 'CmdOrCtrl+-'),
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    submenu: [
      item('&Getting Started', 'getting-started'),
      item('&Keyboard Shortcuts', 'shortcuts', 'CmdOrCtrl+/'),
    ],
  };
  const window: MenuItemConstructorOptions = { role: 'windowMenu' };
  return options.isMac
    ? [{ role: 'appMenu' }, file, edit, view, window, help]
    : [file, edit, view, help];
}
