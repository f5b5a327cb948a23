// The page-count scheduler: one request per burst of saves, never two at once, answers to older saves dropped, failures keep the last counts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ResponseMap } from '../../core/ipc/contract';
import type { Result } from '../../core/ipc/result';
import { PageCountScheduler } from '../../renderer/features/book-editor/pageCountScheduler';

type Answer = Result<ResponseMap['export:pageCounts']>;
const DELAY = 1500;

/** A fake main: each request waits until the test answers it. */
function setup() {
  const pending: Array<(answer: Answer) => void> = [];
  const shown: Array<Record<string, number>> = [];
  const scheduler = new PageCountScheduler({
    count: () => new Promise<Answer>((resolve) => pending.push(resolve)),
    onCounts: (counts) => shown.push(Object.fromEntries(counts)),
    delayMs: DELAY,
    setTimer: (run, ms) => setTimeout(run, ms) as unknown as number,
    clearTimer: (id) => clearTimeout(id),
  });
  const ok = (pages: number): Answer => ({
    ok: true,
    value: { updatedAt: '2026-11-29T00:00:00.000Z', pages, tabs: [{ tabId: 't1', pages }] },
  });
  /** Answers the oldest open request and lets its promise callbacks run. */
  const answer = async (value: Answer) => {
    pending.shift()!(value);
    await vi.advanceTimersByTimeAsync(0);
  };
  return { scheduler, pending, shown, ok, answer };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('PageCountScheduler', () => {
  it('asks once, the delay after the last of a burst of saves', async () => {
    const { scheduler, pending, shown, ok, answer } = setup();
    scheduler.saved();
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    scheduler.saved();
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(pending).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(pending).toHaveLength(1);
    await answer(ok(2));
    expect(shown).toEqual([{ t1: 2 }]);
  });

  it('drops the waiting request when typing resumes, and asks after the next save', async () => {
    const { scheduler, pending, shown, ok, answer } = setup();
    scheduler.saved();
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    scheduler.edited();
    await vi.advanceTimersByTimeAsync(DELAY * 3);
    expect(pending).toHaveLength(0);
    scheduler.saved();
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(pending).toHaveLength(1);
    await answer(ok(4));
    expect(shown).toEqual([{ t1: 4 }]);
  });

  it('never runs two at once: a save during a count asks again once it ends, and the old answer is dropped', async () => {
    const { scheduler, pending, shown, ok, answer } = setup();
    scheduler.saved();
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(pending).toHaveLength(1);
    scheduler.saved(); // the book changed while it was being laid out
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(pending).toHaveLength(1); // still the first one only
    await answer(ok(1));
    expect(shown).toEqual([]); // laid out before the last save: stale
    expect(pending).toHaveLength(1); // the second request went as soon as the first ended
    await answer(ok(3));
    expect(shown).toEqual([{ t1: 3 }]);
  });

  it('keeps the last counts when a count fails or is cancelled', async () => {
    const { scheduler, pending, shown, ok, answer } = setup();
    scheduler.saved();
    await vi.advanceTimersByTimeAsync(DELAY);
    await answer(ok(1));
    scheduler.saved();
    await vi.advanceTimersByTimeAsync(DELAY);
    await answer({ ok: false, error: { code: 'cancelled', message: 'replaced' } });
    expect(shown).toEqual([{ t1: 1 }]);
    expect(pending).toHaveLength(0);
  });

  it('asks nothing and shows nothing after dispose', async () => {
    const { scheduler, pending, shown, ok, answer } = setup();
    scheduler.saved();
    await vi.advanceTimersByTimeAsync(DELAY);
    scheduler.saved();
    scheduler.dispose();
    await answer(ok(5));
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(shown).toEqual([]);
    expect(pending).toHaveLength(0);
  });
});
