// The table menu (a button above the table the caret is in, and the right-click menu on a cell), and Tab in the last cell adding a row.
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  KEY_TAB_COMMAND,
} from 'lexical';
import { $findTableNode } from '@lexical/table';
import { mergeRegister } from '@lexical/utils';
import {
  $applyTableAction,
  $cellOf,
  $hasHeaderRow,
  $isLastCell,
  MAX_ROWS_AT_ONCE,
  type TableAction,
} from '../tableOps';
import './tableMenu.css';

/** Where the caret's table is: its cell, and the button's place in the surface. */
interface Anchor {
  cellKey: string;
  tableKey: string;
  header: boolean;
  top: number;
  left: number;
}

const ITEMS: Array<{ label: string; action: TableAction }> = [
  { label: 'Insert row above', action: { kind: 'row-above' } },
  { label: 'Insert row below', action: { kind: 'rows-below', count: 1 } },
  { label: 'Insert column left', action: { kind: 'column-left' } },
  { label: 'Insert column right', action: { kind: 'column-right' } },
  { label: 'Delete row', action: { kind: 'delete-row' } },
  { label: 'Delete column', action: { kind: 'delete-column' } },
];

export function TableMenuPlugin({ readOnly }: { readOnly: boolean }) {
  const [editor] = useLexicalComposerContext();
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  /** The open menu's place in the window (below the button, or at the right-click point). */
  const [menu, setMenu] = useState<{ top: number; left: number } | null>(null);
  const [rows, setRows] = useState('1');
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (readOnly) return;
    /** The anchor for the cell holding the caret, measured against the scrolling surface. */
    const measure = (): Anchor | null => {
      const root = editor.getRootElement();
      const host = root?.parentElement;
      if (!root || !host) return null;
      return editor.getEditorState().read(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return null;
        const cell = $cellOf(selection.anchor.getNode());
        const table = cell ? $findTableNode(cell) : null;
        const el = table ? editor.getElementByKey(table.getKey()) : null;
        if (!cell || !table || !el) return null;
        const box = el.getBoundingClientRect();
        const hostBox = host.getBoundingClientRect();
        return {
          cellKey: cell.getKey(),
          tableKey: table.getKey(),
          header: $hasHeaderRow(table),
          top: box.top - hostBox.top + host.scrollTop - 30,
          left: box.right - hostBox.left + host.scrollLeft,
        };
      });
    };
    const onContextMenu = (event: MouseEvent) => {
      const root = editor.getRootElement();
      const host = root?.parentElement;
      const target = event.target instanceof Node ? event.target : null;
      if (!root || !host || !target) return;
      const cellKey = editor.read(() => $cellOf($getNearestNodeFromDOMNode(target))?.getKey());
      // The keyboard's menu key targets the editor itself: then the caret's cell counts.
      const current = measure();
      if (!cellKey && !current) return;
      event.preventDefault();
      if (cellKey && cellKey !== current?.cellKey) {
        editor.update(() => {
          const cell = $cellOf($getNearestNodeFromDOMNode(target));
          cell?.selectEnd();
        });
      }
      const fromMouse = event.clientX > 0 || event.clientY > 0;
      const box = root.getBoundingClientRect();
      setMenu(
        fromMouse ? { top: event.clientY, left: event.clientX } : { top: box.top, left: box.left },
      );
    };
    return mergeRegister(
      // Same place, same anchor object: typing in a cell does not re-render the menu.
      editor.registerUpdateListener(() => {
        const next = measure();
        setAnchor((prev) =>
          prev && next && JSON.stringify(prev) === JSON.stringify(next) ? prev : next,
        );
      }),
      // Tab in the last cell adds a row (Lexical's own handler would stop there).
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event) => {
          if (event.shiftKey) return false;
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
          const cell = $cellOf(selection.anchor.getNode());
          if (!cell || !$isLastCell(cell)) return false;
          event.preventDefault();
          const first = cell.getParent()?.getFirstChild();
          if (!first) return false;
          $applyTableAction(first.getKey(), { kind: 'rows-below', count: 1 });
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      editor.registerRootListener((root, prev) => {
        prev?.removeEventListener('contextmenu', onContextMenu);
        root?.addEventListener('contextmenu', onContextMenu);
      }),
      () => editor.getRootElement()?.removeEventListener('contextmenu', onContextMenu),
    );
  }, [editor, readOnly]);

  // The menu is fixed in the window (the surface scrolls and would clip it): keep it inside.
  useLayoutEffect(() => {
    const el = menuRef.current;
    if (!menu || !el) return;
    const box = el.getBoundingClientRect();
    el.style.top = `${Math.max(4, Math.min(menu.top, window.innerHeight - box.height - 4))}px`;
    el.style.left = `${Math.max(4, Math.min(menu.left, window.innerWidth - box.width - 4))}px`;
  }, [menu]);

  // An open menu takes the focus, and closes on a press outside it.
  useEffect(() => {
    if (!menu) return;
    // Without preventScroll the focus would scroll the editor's surface under the fixed menu.
    menuRef.current
      ?.querySelector<HTMLElement>('[role^="menuitem"]')
      ?.focus({ preventScroll: true });
    const onOutside = (e: MouseEvent) => {
      if (!menuRef.current?.contains(e.target as Node)) setMenu(null);
    };
    document.addEventListener('mousedown', onOutside);
    return () => document.removeEventListener('mousedown', onOutside);
  }, [menu]);

  if (readOnly || !anchor) return null;
  const run = (action: TableAction) => {
    editor.update(() => void $applyTableAction(anchor.cellKey, action));
    setMenu(null);
    editor.focus();
  };
  const count = Number.parseInt(rows, 10);
  const countOk = Number.isInteger(count) && count >= 1 && count <= MAX_ROWS_AT_ONCE;
  const onKeyDown = (e: ReactKeyboardEvent) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (index < 0) return; // inside the row-count box
      e.preventDefault();
      const next = (index + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items[next]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setMenu(null);
      editor.focus();
    }
  };

  return (
    <>
      <button
        type="button"
        className="bbe-table-button"
        aria-haspopup="menu"
        aria-expanded={menu !== null}
        style={{ top: Math.max(0, anchor.top), left: anchor.left }}
        // Keep the caret in the cell: a press here must not move the selection.
        onMouseDown={(e) => e.preventDefault()}
        onClick={(e) => {
          const box = e.currentTarget.getBoundingClientRect();
          setMenu(menu ? null : { top: box.bottom + 4, left: box.right - 260 });
        }}
      >
        Table ▾
      </button>
      {menu && (
        <div
          ref={menuRef}
          className="bbe-popover bbe-table-menu"
          style={{ top: menu.top, left: menu.left }}
          onKeyDown={onKeyDown}
        >
          <div className="bbe-menu" role="menu" aria-label="Table">
            {ITEMS.map(({ label, action }) => (
              <button
                key={label}
                type="button"
                role="menuitem"
                className="bbe-menu-item"
                onClick={() => run(action)}
              >
                {label}
              </button>
            ))}
            <button
              type="button"
              role="menuitemcheckbox"
              aria-checked={anchor.header}
              className="bbe-menu-item"
              onClick={() => run({ kind: 'toggle-header' })}
            >
              {anchor.header ? '✓ ' : ''}Header row
            </button>
            <button
              type="button"
              role="menuitem"
              className="bbe-menu-item bbe-danger"
              onClick={() => run({ kind: 'delete-table' })}
            >
              Delete table
            </button>
          </div>
          <div className="bbe-table-rows" role="group" aria-label="Add several rows">
            <input
              type="number"
              min={1}
              max={MAX_ROWS_AT_ONCE}
              aria-label="Rows to add below"
              value={rows}
              onChange={(e) => setRows(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && countOk) {
                  e.preventDefault();
                  run({ kind: 'rows-below', count });
                }
              }}
            />
            <button
              type="button"
              className="bbe-btn"
              disabled={!countOk}
              onClick={() => run({ kind: 'rows-below', count })}
            >
              Add {countOk ? count : ''} {count === 1 ? 'row' : 'rows'} below
            </button>
          </div>
          {!countOk && (
            <p className="bbe-table-error" role="alert">
              Enter a number of rows from 1 to {MAX_ROWS_AT_ONCE}.
            </p>
          )}
        </div>
      )}
    </>
  );
}
