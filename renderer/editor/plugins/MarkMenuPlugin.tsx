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

/**
 * The top-level block whose gutter (the strip left of the text, where its "(U)" badge sits) was
 * clicked. A click there may land on the badge (the block itself) or on the root's padding.
 */
function gutterBlock(root: HTMLElement, event: MouseEvent): HTMLElement | null {
  const rootBox = root.getBoundingClientRect();
  const textLeft = rootBox.left + parseFloat(getComputedStyle(root).paddingLeft);
  if (event.clientX >= textLeft || event.clientX < rootBox.left) return null;
  let el = document.elementFromPoint(textLeft + 2, event.clientY);
  // A block's parent is the root, or a long tab's section (SectionNode.ts).
  while (el && el.parentElement !== root && !el.parentElement?.classList.contains('bbe-section'))
    el = el.parentElement;
  return el instanceof HTMLElement && el.hasAttribute('data-mark') ? el : null;
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
        // Keep the caret where it is, and keep this press from reaching the menu's outside-click handler.
        event.preventDefault();
        event.stopPropagation();
        const key = editor.read(() => $getNearestNodeFromDOMNode(block)?.getKey() ?? null);
        if (key === null) return;
        // The menu is positioned inside the (scrollable) surface that holds the page.
        const host = root.parentElement!;
        const hostBox = host.getBoundingClientRect();
        const top = block.getBoundingClientRect().top - hostBox.top + host.scrollTop;
        const left = root.getBoundingClientRect().left - hostBox.left + host.scrollLeft + 4;
        setMenu({ key, mark: block.getAttribute('data-mark') ?? '', top, left });
      };
      prevRoot?.removeEventListener('mousedown', onMouseDown);
      root?.addEventListener('mousedown', onMouseDown);
      return () => root?.removeEventListener('mousedown', onMouseDown);
    });
  }, [editor, readOnly]);

  useEffect(() => {
    if (!menu) return;
    const current =
      menuRef.current?.querySelector<HTMLElement>('[aria-checked="true"]') ??
      menuRef.current?.querySelector<HTMLElement>('button');
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
    const items = [
      ...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? []),
    ];
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
  const options =
    isPortionMark(menu.mark) && !PORTION_MARK_OPTIONS.includes(menu.mark)
      ? [...PORTION_MARK_OPTIONS, menu.mark]
      : PORTION_MARK_OPTIONS;
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
