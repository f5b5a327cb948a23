// Toolbar building blocks: an accessible icon button that keeps the editor's selection, and the mark list.
import type { ReactNode } from 'react';
import { isPortionMark, PORTION_MARK_OPTIONS } from './markState';

const IS_MAC = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const MOD = IS_MAC ? '⌘' : 'Ctrl+';

interface ButtonProps {
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

export function ToolButton({ label, shortcut, pressed, disabled, onClick, children }: ButtonProps) {
  return (
    <button
      type="button"
      className="bbe-tool"
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      title={shortcut ? `${label} (${shortcut.replace('Control+', MOD)})` : label}
      disabled={disabled}
      // Keep the editor's selection: the click must not steal focus before the command runs.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** The menu's marks plus the current one when it is a valid combination the menu does not list. */
export function markOptions(current: string): readonly string[] {
  return isPortionMark(current) && !PORTION_MARK_OPTIONS.includes(current)
    ? [...PORTION_MARK_OPTIONS, current]
    : PORTION_MARK_OPTIONS;
}
