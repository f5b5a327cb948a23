// Runs a handler when a given menu command arrives after the calling screen mounted.
import { useEffect, useRef } from 'react';
import type { CommandSignal } from './routes';

/** Commands sent before the screen mounted (e.g. the one that opened it) are ignored. */
export function useCommand(
  command: CommandSignal | null,
  name: CommandSignal['name'],
  handler: () => void,
): void {
  const seenSeq = useRef(command?.seq ?? 0);
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!command || command.seq <= seenSeq.current) return;
    seenSeq.current = command.seq;
    if (command.name === name) latest.current();
  }, [command, name]);
}
