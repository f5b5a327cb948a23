// Collects things the user must be told (damaged prefs reset, book restored from backup) until the renderer asks.
import type { AppNotice } from '../../core/ipc/contract';

/** A queue of AppNotices; identical pending messages are kept once. */
export class NoticeBoard {
  private pending: AppNotice[] = [];
  /** Work that may still post notices (book reads); drainSettled waits for it. */
  private readonly inFlight = new Set<Promise<unknown>>();

  /** Queues a notice (also usable as a `notify` callback). */
  readonly add = (notice: AppNotice): void => {
    if (!this.pending.some((n) => n.message === notice.message)) this.pending.push(notice);
  };

  /**
   * Registers work that may post notices and returns it unchanged. Call it synchronously when the
   * work starts, so a notices request that arrives later waits for the outcome.
   */
  track<T>(work: Promise<T>): Promise<T> {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.add(settled);
    void settled.then(() => this.inFlight.delete(settled));
    return work;
  }

  /** Returns the pending notices and clears them, so each is shown once. */
  drain(): AppNotice[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  /** Waits for tracked work started before this call (e.g. a book load that restored a backup), then drains. */
  async drainSettled(): Promise<AppNotice[]> {
    await Promise.all([...this.inFlight]);
    return this.drain();
  }

  /** Pending notices without clearing them. */
  peek(): readonly AppNotice[] {
    return this.pending;
  }
}
