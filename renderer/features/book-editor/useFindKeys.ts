// Opens find (Ctrl+F) or replace (Ctrl+H) from the keyboard or the Edit menu; returns a tick the bar focuses on.
import { useEffect, useState } from 'react';
import { useCommand } from '../../app/useCommand';
import type { FindMode } from './useFindReplace';

export function useFindKeys(open: (mode: FindMode) => void): number {
  const [tick, setTick] = useState(0);
  const show = (mode: FindMode) => {
    open(mode);
    setTick((t) => t + 1);
  };
  useCommand('find', () => show('find'));
  useCommand('replace', () => show('replace'));
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key !== 'f' && key !== 'h') return;
      // Not behind an open dialog: the editor is not what the user sees.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      open(key === 'f' ? 'find' : 'replace');
      setTick((t) => t + 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  return tick;
}
