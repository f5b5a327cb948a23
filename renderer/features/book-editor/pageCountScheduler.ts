// When to ask main for page counts: a while after the last save, one request at a time, answers to older saves dropped.
import type { ResponseMap } from '../../../core/ipc/contract';
import type { Result } from '../../../core/ipc/result';

type Counts = ResponseMap['export:pageCounts'];

export interface PageCountSchedulerDeps {
  /** Asks main to lay the saved book out (export:pageCounts). */
  count: () => Promise<Result<Counts>>;
  /** Receives each answer that is still current: tab id → pages. */
  onCounts: (counts: ReadonlyMap<string, number>) => void;
  delayMs: number;
  setTimer: (run: () => void, ms: number) => number;
  clearTimer: (id: number) => void;
}

/**
 * Call `saved()` when the book opens and after each save, `edited()` when new changes are made.
 * The request goes `delayMs` after the last save with no edit since (a burst of autosaves costs
 * one layout, and none starts while the officer types). While one runs, a due request waits and goes
 * once it ends, so two never run at once. An answer is dropped when a save happened after it was
 * asked (the newer count is on its way); a failure (a book the export refuses, a layout main
 * cancelled) leaves the last counts shown.
 */
export class PageCountScheduler {
  private saves = 0;
  private timer: number | null = null;
  private running = false;
  private again = false;
  private disposed = false;

  constructor(private readonly deps: PageCountSchedulerDeps) {}

  saved(): void {
    this.saves++;
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = this.deps.setTimer(() => {
      this.timer = null;
      void this.run();
    }, this.deps.delayMs);
  }

  /**
   * The officer is typing again (unsaved changes): the waiting request is dropped, so no layout
   * competes with the keystrokes; the next save schedules it again. A running one finishes.
   */
  edited(): void {
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
  }

  private async run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    const asked = this.saves;
    const result = await this.deps.count();
    this.running = false;
    if (this.disposed) return;
    if (result.ok && asked === this.saves)
      this.deps.onCounts(new Map(result.value.tabs.map((t) => [t.tabId, t.pages])));
    if (this.again) {
      this.again = false;
      void this.run();
    }
  }
}
