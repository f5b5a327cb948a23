// The keyboard shortcuts listed in the Help dialog (the keys themselves are handled by the menu, the editor and the find bar).
export interface Shortcut {
  keys: string;
  action: string;
}

export const SHORTCUT_GROUPS: ReadonlyArray<{ title: string; items: readonly Shortcut[] }> = [
  {
    title: 'Books',
    items: [
      { keys: 'Ctrl+N', action: 'New book' },
      { keys: 'Ctrl+O', action: 'Open the library' },
      { keys: 'Ctrl+S', action: 'Save now' },
      { keys: 'Ctrl+Shift+E', action: 'Export PDF' },
      { keys: 'Ctrl+Shift+P', action: 'Export a packet' },
    ],
  },
  {
    title: 'Editing',
    items: [
      { keys: 'Ctrl+B / Ctrl+I / Ctrl+U', action: 'Bold, italic, underline' },
      { keys: 'Ctrl+K', action: 'Link' },
      {
        keys: 'Ctrl+Z / Ctrl+Y',
        action: 'Undo, redo (right after Replace all: undo it in every tab)',
      },
      { keys: 'F8 / Shift+F8', action: 'Next, previous placeholder' },
      { keys: 'Tab (last table cell)', action: 'Add a table row' },
    ],
  },
  {
    title: 'Find',
    items: [
      { keys: 'Ctrl+F', action: 'Find in the whole book' },
      { keys: 'Ctrl+H', action: 'Replace' },
      { keys: 'Enter / Shift+Enter', action: 'Next, previous match' },
      { keys: 'Esc', action: 'Close the find bar' },
    ],
  },
  {
    title: 'View and help',
    items: [
      { keys: 'Ctrl+= / Ctrl+-', action: 'Zoom the editor in, out' },
      { keys: 'Ctrl+0', action: 'Editor at 100%' },
      { keys: 'Ctrl+/', action: 'This list' },
    ],
  },
];
