// Delivers native-menu commands to the screen that handles them, including one sent just before that screen mounted.
import type { MenuCommand } from '../../core/ipc/contract';

type Handler = () => void;

/** Handlers by command; the most recently mounted screen's handler wins. */
const handlers = new Map<MenuCommand, Handler[]>();
/** A command waiting for the screen being navigated to (at most one: a newer command replaces it). */
let held: MenuCommand | null = null;

/**
 * Runs the handler of the mounted screen that handles `name` and returns true. With none mounted:
 * when `hold` is set (the caller is navigating to the screen that handles it), keeps the command
 * for that screen's subscription; otherwise drops it. Returns false when nothing ran now.
 */
export function deliverCommand(name: MenuCommand, options: { hold?: boolean } = {}): boolean {
  const handler = handlers.get(name)?.at(-1);
  held = null;
  if (handler) {
    handler();
    return true;
  }
  if (options.hold) held = name;
  return false;
}

/** Subscribes a screen's handler for `name`; a command held for it runs now. Returns the unsubscribe. */
export function subscribeCommand(name: MenuCommand, handler: Handler): () => void {
  const list = handlers.get(name) ?? [];
  list.push(handler);
  handlers.set(name, list);
  if (held === name) {
    held = null;
    handler();
  }
  return () => {
    const current = handlers.get(name) ?? [];
    handlers.set(
      name,
      current.filter((h) => h !== handler),
    );
  };
}
