// The export runner keeps one finished worker warm: reused by the next render, never after a cancel, let go when idle.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  createWorkerExportRunner,
  type WorkerExportRunner,
} from '../../node/services/exportRunner';
import { makeBook } from '../node/storage/bookFixture';

const dir = mkdtempSync(join(tmpdir(), 'bbb-warm-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A stand-in worker (test/main/exportPdf.test.ts runs the real bundle): answers each job with
 * "<threadId>:<jobs so far>" as its PDF. A book titled "slow" waits 300 ms first; "bad" fails;
 * "fragile" answers, then the worker throws an uncaught error 50 ms later, while idle.
 */
const worker = join(dir, 'echo.cjs');
writeFileSync(
  worker,
  `const { parentPort, threadId } = require('node:worker_threads');
let jobs = 0;
parentPort.on('message', ({ request }) => {
  jobs += 1;
  const title = request.books[0].title;
  if (title === 'bad') return parentPort.postMessage({ type: 'error', code: 'validation', message: 'bad book' });
  const answer = () => parentPort.postMessage({ type: 'done', bytes: new TextEncoder().encode(threadId + ':' + jobs), pages: 1, tabPages: [] });
  if (title === 'slow') setTimeout(answer, 300); else answer();
  if (title === 'fragile') setTimeout(() => { throw new Error('idle crash'); }, 50);
});
`,
);

/** Runners made by a test; each one's warm worker is stopped after the test. */
const runners: WorkerExportRunner[] = [];
afterEach(() => Promise.all(runners.splice(0).map((r) => r.close())));
function newRunner(options: { idleMs?: number } = {}): WorkerExportRunner {
  const runner = createWorkerExportRunner(worker, options);
  runners.push(runner);
  return runner;
}

const book = (title: string) => ({ books: [{ ...makeBook(), title }], framework: {} as never });
async function render(
  runner: WorkerExportRunner,
  title = 'A book',
  signal = new AbortController().signal,
): Promise<{ thread: string; jobs: number }> {
  const out = await runner.render(book(title), { onProgress: () => undefined, signal });
  const [thread, jobs] = new TextDecoder().decode(out.bytes).split(':');
  return { thread: thread!, jobs: Number(jobs) };
}

describe('warm export worker', () => {
  it('renders one book after another in the same worker', async () => {
    const runner = newRunner();
    const first = await render(runner);
    const second = await render(runner);
    const third = await render(runner);
    expect(second.thread).toBe(first.thread);
    expect([first.jobs, second.jobs, third.jobs]).toEqual([1, 2, 3]);
    expect(runner.workersStarted).toBe(1);
  });

  it('keeps a worker whose render failed with a typed error', async () => {
    const runner = newRunner();
    await expect(render(runner, 'bad')).rejects.toMatchObject({ code: 'validation' });
    expect((await render(runner)).jobs).toBe(2);
    expect(runner.workersStarted).toBe(1);
  });

  it('gives overlapping renders a worker each, then keeps one of them', async () => {
    const runner = newRunner();
    const [a, b] = await Promise.all([render(runner, 'slow'), render(runner, 'slow')]);
    expect(a.thread).not.toBe(b.thread);
    expect(runner.workersStarted).toBe(2);
    const next = await render(runner);
    expect([a.thread, b.thread]).toContain(next.thread);
    expect(runner.workersStarted).toBe(2);
  });

  it('never reuses the worker of a cancelled render', async () => {
    const runner = newRunner();
    const first = await render(runner);
    const abort = new AbortController();
    const cancelled = render(runner, 'slow', abort.signal);
    abort.abort();
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
    const after = await render(runner);
    expect(after.thread).not.toBe(first.thread);
    expect(after.jobs).toBe(1);
    expect(runner.workersStarted).toBe(2);
  });

  it('lets the warm worker go after the idle time, and starts a fresh one', async () => {
    const runner = newRunner({ idleMs: 50 });
    const first = await render(runner);
    await new Promise((r) => setTimeout(r, 300));
    const later = await render(runner);
    expect(later.thread).not.toBe(first.thread);
    expect(later.jobs).toBe(1);
  });

  it('forgets a warm worker that dies while idle, without an uncaught error, and starts a fresh one', async () => {
    const runner = newRunner();
    const first = await render(runner, 'fragile');
    await new Promise((r) => setTimeout(r, 300));
    const after = await render(runner);
    expect(after.thread).not.toBe(first.thread);
    expect(after.jobs).toBe(1);
    expect(runner.workersStarted).toBe(2);
  });
});
