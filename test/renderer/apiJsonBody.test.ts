/// <reference lib="dom" />
// The renderer sends a whole book (save, journal) as one JSON string, and every other request as it is.
import { afterEach, describe, expect, it } from 'vitest';
import { isJsonBody, JSON_BODY, JSON_BODY_CHANNELS } from '../../core/ipc/jsonBody';
import { API_CHANNELS } from '../../core/ipc/names';
import { api } from '../../renderer/api';

const g = globalThis as unknown as { window?: unknown };
afterEach(() => delete g.window);

/** A stand-in bridge that records what each method was called with. */
function recordingBridge(): Map<string, unknown> {
  const seen = new Map<string, unknown>();
  const bridge: Record<string, Record<string, (r: unknown) => Promise<unknown>>> = {};
  for (const [domain, methods] of Object.entries(API_CHANNELS)) {
    bridge[domain] = {};
    for (const [method, channel] of Object.entries(methods as Record<string, string>))
      bridge[domain][method] = (request) => {
        seen.set(channel, request);
        return Promise.resolve({ ok: true, value: null });
      };
  }
  g.window = { briefing: bridge };
  return seen;
}

describe('renderer api', () => {
  it('sends save and journal requests as JSON text that parses back to the same request', async () => {
    const seen = recordingBridge();
    const book = { id: 'b1', title: 'Kenya — “bilateral”', tabs: [{ id: 't', n: [1, 2.5, null] }] };
    await api.books.save({ book } as never);
    await api.journal.write({ book } as never);
    await api.books.get({ id: 'b1' });
    for (const channel of ['books:save', 'journal:write']) {
      const sent = seen.get(channel);
      expect(isJsonBody(sent)).toBe(true);
      expect(JSON.parse((sent as Record<string, string>)[JSON_BODY]!)).toEqual({ book });
    }
    expect(seen.get('books:get')).toEqual({ id: 'b1' });
    expect([...JSON_BODY_CHANNELS].sort()).toEqual(['books:save', 'journal:write']);
  });
});
