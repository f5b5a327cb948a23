// Runs a handler when a given menu command reaches the calling screen (see commandBus.ts).
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../core/ipc/contract';
import { subscribeCommand } from './commandBus';

/** Subscribes while mounted; a command held for this screen (sent while navigating here) runs on mount. */
export function useCommand(name: MenuCommand, handler: () => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => subscribeCommand(name, () => latest.current()), [name]);
}
