// The outside-world operations services need (save dialog, opening a file), as plain interfaces: real in Electron, fakes in tests.

/** The native save dialog: resolves to the chosen path, or null when the user cancels. */
export interface Dialogs {
  showSaveDialog(opts: {
    title: string;
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<string | null>;
  /** The native open dialog for one file: resolves to its path, or null when the user cancels. */
  showOpenDialog?(opts: {
    title: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<string | null>;
}

/** Opens a file in the system's default app (e.g. the exported PDF in a viewer). */
export interface ShellOps {
  openPath(path: string): Promise<void>;
}

/** Turns a title into a safe file name stem: no path separators, reserved characters or control codes. */
export function safeFileStem(title: string, fallback = 'briefing-book'): string {
  const stem = title
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return stem || fallback;
}
