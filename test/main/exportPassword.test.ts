// export:pdf's optional password over IPC: 8..128 characters, refused without echoing it, passed through unchanged.
import { describe, expect, it, vi } from 'vitest';
import { channels, type Channel } from '../../core/ipc/contract';
import { invokeChannel } from '../../node/ipc/invokeChannel';
import type { HandlerMap } from '../../node/ipc/types';

const ctx = { emitProgress: () => undefined, emitNotice: () => undefined };
const BOOK = '123e4567-e89b-42d3-a456-426614174000';

function mapWith(handler: (req: unknown) => Promise<unknown>): HandlerMap {
  const map: Record<string, unknown> = {};
  for (const channel of Object.keys(channels) as Channel[]) {
    map[channel] =
      channel === 'export:pdf'
        ? handler
        : () => Promise.reject(new Error(`unexpected call to ${channel}`));
  }
  return map as unknown as HandlerMap;
}

const request = (password?: string) => ({
  jobId: 'job-1',
  bookIds: [BOOK],
  ...(password === undefined ? {} : { password }),
});

describe('export:pdf password', () => {
  it('refuses a password outside 8..128 characters, naming the field but not the value', async () => {
    const handler = vi.fn(() => Promise.resolve(null));
    for (const bad of ['seven77', 'x'.repeat(129)]) {
      const result = await invokeChannel(mapWith(handler), 'export:pdf', request(bad), ctx);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message).toMatch(/password/);
      expect(result.error.message).not.toContain(bad);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes a valid password, or none, to the handler', async () => {
    const handler = vi.fn(() => Promise.resolve(null));
    await invokeChannel(mapWith(handler), 'export:pdf', request('eight888'), ctx);
    await invokeChannel(mapWith(handler), 'export:pdf', request(), ctx);
    expect(handler.mock.calls.map((c) => (c as unknown[])[0])).toMatchObject([
      { password: 'eight888' },
      { jobId: 'job-1' },
    ]);
    expect((handler.mock.calls[1] as unknown[])[0]).not.toHaveProperty('password');
  });
});
