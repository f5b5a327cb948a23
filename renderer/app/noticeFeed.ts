// The renderer's notice feed: subscribes once to the notices main pushes and keeps each message once per session.
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
let started = false;

function publish(next: readonly ShownNotice[]): void {
  shown = next;
  listeners.forEach((l) => l(shown));
}

function receive(notice: AppNotice): void {
  if (seen.has(notice.message)) return;
  seen.add(notice.message);
  publish([...shown, { ...notice, key: nextKey++ }]);
}

/** Removes a notice from view; its message is not shown again this session. */
export function dismissNotice(key: number): void {
  publish(shown.filter((n) => n.key !== key));
}

/**
 * Subscribes to the shown notices (called at once with the current list); returns the unsubscribe.
 * The first call connects the feed to main for the rest of the page's life: main then delivers
 * what it held back since start-up and pushes each later notice as it is raised.
 */
export function subscribeNotices(listener: Listener): () => void {
  if (!started) {
    started = true;
    api.onNotice(receive);
  }
  listeners.add(listener);
  listener(shown);
  return () => {
    listeners.delete(listener);
  };
}
