// Routes things the user must be told (prefs reset, book restored from a backup, export finished) to the renderer as they happen.
import type { AppNotice } from '../../core/ipc/contract';

/** Where notices go once a renderer listens (Electron: webContents.send; e2e harness: a page hook). */
export type NoticeSink = (notice: AppNotice) => void;

/**
 * Pushes each notice to the connected sink. Notices raised before any sink is connected (a damaged
 * prefs file found while the window is still loading) are held, once per message, and delivered
 * in order when the first sink connects.
 */
export class NoticeBoard {
  private held: AppNotice[] = [];
  private sink: NoticeSink | null = null;

  /** Reports a notice (also usable as a `notify` callback). */
  readonly add = (notice: AppNotice): void => {
    if (this.sink) this.sink(notice);
    else if (!this.held.some((n) => n.message === notice.message)) this.held.push(notice);
  };

  /** Connects the renderer's sink (replacing a previous one, e.g. after a reload) and flushes held notices. */
  connect(sink: NoticeSink): void {
    this.sink = sink;
    const held = this.held;
    this.held = [];
    held.forEach(sink);
  }
}
