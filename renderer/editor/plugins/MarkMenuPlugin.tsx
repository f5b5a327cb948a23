// Clicking a block's portion-mark badge in the gutter opens a menu to set that block's mark.
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode } from 'lexical';
import { $setBlockMarks } from '../blockMarks';
import { isPortionMark, PORTION_MARK_OPTIONS } from '../markState';

interface MenuState {
  key: string;
  mark: string;
  top: number;
  left: number;
}

/** The top-level block element whose gutter badge (left of its content box) was clicked, if any. */
function gutterBlock(root: HTMLElement, event: MouseEvent): HTMLElement | null {
  let el = event.target instanceof HTMLElement ? event.target : null;
  while (el && el.parentElement !== root) el = el.parentElement;
  if (!el || !el.hasAttribute('data-mark')) return null;
  return event.clientX < el.getBoundingClientRect().left ? el : null;
}

export function MarkMenuPlugin({ readOnly }: { readOnly: boolean }) {
  const [editor] = useLexicalComposerContext();
  const [menu, setMenu] = useState<MenuState | null>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (readOnly) return;
    return editor.registerRootListener((root, prevRoot) => {
      const onMouseDown = (event: MouseEvent) => {
        if (!root) return;
        const block = gutterBlock(root, event);
        if (!block) return;
        event.preventDefault();
        const key = editor.getEditorState().read(() => $getNearestNodeFromDOMNode(block)?.getKey() ?? null);
        if (key === null) return;
        const host = root.parentElement!.getBoundingClientRect();
        const rect = block.getBoundingClientRect();
        setMenu({ key, mark: block.getAttribute('data-mark') ?? '', top: rect.top - host.top, left: rect.left - host.left - 88 });
      };
      prevRoot?.removeEventListener('mousedown', onMouseDown);
      root?.addEventListener('mousedown', onMouseDown);
      return () => root?.removeEventListener('mousedown', onMouseDown);
    });
  }, [editor, readOnly]);

  useEffect(() => {
    if (!menu) return;
    const current = menuRef.current?.querySelector<HTMLElement>('[aria-checked="true"]') ?? menuRef.current?.querySelector<HTMLElement>('button');
    current?.focus();
    const onOutside = (e: MouseEvent) => {
      if (!menuRef.current?.contains(e.target as Node)) setMenu(null);
    };
    document.addEventListener('mousedown', onOutside);
    return () => document.removeEventListener('mousedown', onOutside);
  }, [menu]);

  if (!menu) return null;
  const choose = (mark: string) => {
    editor.update(() => void $setBlockMarks(mark, menu.key));
    setMenu(null);
    editor.focus();
  };
  const onKeyDown = (e: ReactKeyboardEvent) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = (index + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items[next]?.focus();
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      setMenu(null);
      editor.focus();
    }
  };
  const options = isPortionMark(menu.mark) && !PORTION_MARK_OPTIONS.includes(menu.mark) ? [...PORTION_MARK_OPTIONS, menu.mark] : PORTION_MARK_OPTIONS;
  return (
    <div
      ref={menuRef}
      className="bbe-popover bbe-menu bbe-mark-menu"
      role="menu"
      aria-label="Portion mark"
      style={{ top: menu.top, left: Math.max(0, menu.left) }}
      onKeyDown={onKeyDown}
    >
      {options.map((mark) => (
        <button
          key={mark}
          type="button"
          role="menuitemradio"
          aria-checked={mark === menu.mark}
          className="bbe-menu-item"
          onClick={() => choose(mark)}
        >
          ({mark})
        </button>
      ))}
    </div>
  );
}
