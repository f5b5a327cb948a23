// A menu button (WAI-ARIA menu button pattern): arrow keys, Home/End, Escape closes and focus returns to the button.
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  danger?: boolean;
  /** Shown but not actionable (aria-disabled, so it stays in the arrow-key order and is announced). */
  disabled?: boolean;
  /** Draws a separator above the item. */
  separated?: boolean;
}

interface Props {
  /** Visible text of the button, e.g. "More". */
  label: string;
  /** Accessible name of the button (it starts with the visible label), e.g. "More actions for Japan…". */
  accessibleName: string;
  /** Accessible name of the menu. */
  menuName: string;
  items: readonly MenuItem[];
}

interface Place {
  top: number;
  left: number;
}

const MENU_WIDTH = 240;

export function MenuButton({ label, accessibleName, menuName, items }: Props) {
  const [open, setOpen] = useState<'first' | 'last' | null>(null);
  const [place, setPlace] = useState<Place | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();
  const entries = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];

  const close = (refocus: boolean) => {
    setOpen(null);
    setPlace(null);
    if (refocus) button.current?.focus();
  };

  // Fixed position from the button: the menu is not clipped by the table's rounded, overflow-hidden frame.
  useLayoutEffect(() => {
    if (!open || !button.current) return;
    const box = button.current.getBoundingClientRect();
    const height = menu.current?.offsetHeight ?? 0;
    const below = box.bottom + 4 + height <= window.innerHeight;
    setPlace({
      top: below ? box.bottom + 4 : Math.max(4, box.top - 4 - height),
      left: Math.max(4, box.right - MENU_WIDTH),
    });
  }, [open]);
  useEffect(() => {
    if (!open || !place) return;
    const list = entries();
    (open === 'first' ? list[0] : list.at(-1))?.focus();
  }, [open, place]);
  // A click elsewhere, a scroll or a resize closes the menu (its fixed place would be stale).
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      const t = e.target as Node;
      if (!menu.current?.contains(t) && !button.current?.contains(t)) close(false);
    };
    const onMove = (e: Event) => {
      if (!menu.current?.contains(e.target as Node)) close(false);
    };
    document.addEventListener('mousedown', onDown);
    window.addEventListener('scroll', onMove, true);
    window.addEventListener('resize', onMove);
    return () => {
      document.removeEventListener('mousedown', onDown);
      window.removeEventListener('scroll', onMove, true);
      window.removeEventListener('resize', onMove);
    };
  }, [open]);

  const onMenuKey = (e: React.KeyboardEvent) => {
    const list = entries();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => {
      e.preventDefault();
      list[(i + list.length) % list.length]?.focus();
    };
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(list.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation(); // not also a dialog's or the screen's Escape
      close(true);
    } else if (e.key === 'Tab') close(false);
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="btn btn-small menu-button"
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? id : undefined}
        aria-label={accessibleName}
        onClick={() => (open ? close(false) : setOpen('first'))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(e.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        {label}{' '}
        <span aria-hidden="true" className="menu-caret">
          ▾
        </span>
      </button>
      {open && (
        <div
          ref={menu}
          id={id}
          role="menu"
          aria-label={menuName}
          className="menu-popup"
          style={
            place
              ? { top: place.top, left: place.left, width: MENU_WIDTH }
              : { visibility: 'hidden', width: MENU_WIDTH }
          }
          onKeyDown={onMenuKey}
        >
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              aria-disabled={item.disabled || undefined}
              className={`menu-item${item.danger ? ' menu-item-danger' : ''}${item.separated ? ' menu-item-separated' : ''}`}
              onClick={() => {
                if (item.disabled) return;
                close(true);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </>
  );
}
