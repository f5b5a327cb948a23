// The renderer's notice feed: polls app:notices (at start-up and after book reads) and keeps each message once.
import type { AppNotice } from '../../core/ipc/contract';
import { api } from '../api';

/** A notice as shown: a stable key for React and for dismissal. */
export interface ShownNotice extends AppNotice {
  key: number;
}

type Listener = (notices: readonly ShownNotice[]) => void;

let shown: readonly ShownNotice[] = [];
/** Every message ever shown this session: a repeat (e.g. the same unreadable folder at each list) stays dismissed. */
const seen = new Set<string>();
const listeners = new Set<Listener>();
let nextKey = 1;
let inFlight: Promise<void> | null = null;
let again = false;

function publish(next: readonly ShownNotice[]): void {
  shown = next;
  listeners.forEach((l) => l(shown));
}

/**
 * Asks main for pending notices (main hands each out once) and shows the new ones. Call it right
 * after a books:get or books:list request was sent: main waits for that read before answering, so a
 * book just restored from a backup is reported now. Overlapping calls are coalesced into one more poll.
 */
export function pollNotices(): Promise<void> {
  if (inFlight) {
    again = true;
    return inFlight;
  }
  inFlight = (async () => {
    do {
      again = false;
      const result = await api.app.notices({});
      if (!result.ok) continue;
      const fresh = result.value.filter((n) => !seen.has(n.message));
      fresh.forEach((n) => seen.add(n.message));
      if (fresh.length) publish([...shown, ...fresh.map((n) => ({ ...n, key: nextKey++ }))]);
    } while (again);
  })().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/** Removes a notice from view; its message is not shown again this session. */
export function dismissNotice(key: number): void {
  publish(shown.filter((n) => n.key !== key));
}

/** Subscribes to the shown notices (called at once with the current list); returns the unsubscribe. */
export function subscribeNotices(listener: Listener): () => void {
  listeners.add(listener);
  listener(shown);
  return () => {
    listeners.delete(listener);
  };
}
