// Collects things the user must be told (damaged prefs reset, book restored from backup) until the renderer asks.
import type { AppNotice } from '../../core/ipc/contract';

/** A queue of AppNotices; identical pending messages are kept once. */
export class NoticeBoard {
  private pending: AppNotice[] = [];

  /** Queues a notice (also usable as a `notify` callback). */
  readonly add = (notice: AppNotice): void => {
    if (!this.pending.some((n) => n.message === notice.message)) this.pending.push(notice);
  };

  /** Returns the pending notices and clears them, so each is shown once. */
  drain(): AppNotice[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  /** Pending notices without clearing them. */
  peek(): readonly AppNotice[] {
    return this.pending;
  }
}
