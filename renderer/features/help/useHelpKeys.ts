// App-wide keys for Help and editor zoom: Ctrl+/ shortcut list, Ctrl+= / Ctrl+- / Ctrl+0 zoom (the menu sends the same commands).
import { useEffect, useRef } from 'react';
import type { HelpPage } from './HelpDialogs';

export function useHelpKeys(show: (page: HelpPage) => void, zoom: (d: 1 | -1 | 0) => void): void {
  const latest = useRef({ show, zoom });
  useEffect(() => {
    latest.current = { show, zoom };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const action =
        event.key === '/'
          ? () => latest.current.show('shortcuts')
          : event.key === '=' || event.key === '+'
            ? () => latest.current.zoom(1)
            : event.key === '-'
              ? () => latest.current.zoom(-1)
              : event.key === '0'
                ? () => latest.current.zoom(0)
                : null;
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
