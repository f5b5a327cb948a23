// invokeChannel: unknown channel, bad request (field named), AppFailure kept, other throws made safe and logged.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { channels, type Channel } from '../../core/ipc/contract';
import { toJsonBody, JSON_BODY } from '../../core/ipc/jsonBody';
import { AppFailure } from '../../core/ipc/result';
import { DataValidationError } from '../../core/validation/formatZodError';
import { invokeChannel, isChannel, setInternalErrorLogger } from '../../node/ipc/invokeChannel';
import type { HandlerMap } from '../../node/ipc/types';

const ctx = { emitProgress: () => undefined, emitNotice: () => undefined };

/** A map whose every handler fails loudly if called, with overrides for the channels a test uses. */
function mapWith(
  overrides: Partial<Record<Channel, (req: unknown) => Promise<unknown>>>,
): HandlerMap {
  const map: Record<string, unknown> = {};
  for (const channel of Object.keys(channels)) {
    map[channel] =
      overrides[channel as Channel] ??
      (() => Promise.reject(new Error(`unexpected call to ${channel}`)));
  }
  return map as unknown as HandlerMap;
}

afterEach(() => setInternalErrorLogger((channel, error) => console.error(channel, error)));

describe('invokeChannel', () => {
  it('rejects unknown channels, including prototype names', async () => {
    const map = mapWith({});
    for (const name of ['books:nuke', '__proto__', 'toString', 'constructor', '']) {
      const result = await invokeChannel(map, name, {}, ctx);
      expect(result).toEqual({
        ok: false,
        error: { code: 'invalid-request', message: `Unknown channel "${name}"` },
      });
    }
    expect(isChannel('books:list')).toBe(true);
  });

  it('zod-parses the request and names the offending field', async () => {
    const handler = vi.fn(() => Promise.resolve(null));
    const map = mapWith({ 'books:get': handler });
    const bad = await invokeChannel(map, 'books:get', { id: '../../etc/passwd' }, ctx);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.code).toBe('invalid-request');
    expect(!bad.ok && bad.error.message).toMatch(/^books:get: \$\.id: /);
    const extra = await invokeChannel(map, 'books:get', { id: 'a', admin: true }, ctx);
    expect(!extra.ok && extra.error.message).toMatch(/admin/);
    const missing = await invokeChannel(map, 'books:get', undefined, ctx);
    expect(!missing.ok && missing.error.code).toBe('invalid-request');
    expect(handler).not.toHaveBeenCalled();
  });

  it('opens a JSON body and runs the very same checks on what is inside', async () => {
    const handler = vi.fn((req: unknown) => Promise.resolve(req));
    const map = mapWith({ 'export:pdf': handler, 'books:get': handler });
    const body = toJsonBody({ jobId: 'j1', bookIds: ['a'] });
    expect(await invokeChannel(map, 'export:pdf', body, ctx)).toEqual({
      ok: true,
      value: { jobId: 'j1', bookIds: ['a'], open: true, final: false },
    });
    const bad = await invokeChannel(map, 'books:get', toJsonBody({ id: '../x' }), ctx);
    expect(!bad.ok && bad.error.message).toMatch(/^books:get: \$\.id: /);
    const broken = await invokeChannel(map, 'books:get', { [JSON_BODY]: '{"id": "a"' }, ctx);
    expect(broken).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'books:get: the request body is not valid JSON' },
    });
    // Only an object holding the body alone is one: anything beside it is an ordinary request.
    const mixed = await invokeChannel(map, 'books:get', { [JSON_BODY]: '{}', id: 'a' }, ctx);
    expect(!mixed.ok && mixed.error.message).toMatch(new RegExp(JSON_BODY));
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('passes the parsed request (defaults applied) and returns the value', async () => {
    const handler = vi.fn((req: unknown) => Promise.resolve(req));
    const map = mapWith({ 'export:pdf': handler });
    const result = await invokeChannel(map, 'export:pdf', { jobId: 'j1', bookIds: ['a'] }, ctx);
    expect(result).toEqual({
      ok: true,
      value: { jobId: 'j1', bookIds: ['a'], open: true, final: false },
    });
  });

  it('keeps the code and message of a thrown AppFailure', async () => {
    const map = mapWith({
      'books:get': () => Promise.reject(new AppFailure('not-found', 'No book with id "x"')),
    });
    expect(await invokeChannel(map, 'books:get', { id: 'x' }, ctx)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No book with id "x"' },
    });
  });

  it('turns a DataValidationError into a validation error with its message', async () => {
    const map = mapWith({
      'templates:list': () =>
        Promise.reject(new DataValidationError('t.json', 't.json: $.id: bad')),
    });
    expect(await invokeChannel(map, 'templates:list', {}, ctx)).toEqual({
      ok: false,
      error: { code: 'validation', message: 't.json: $.id: bad' },
    });
  });

  it('turns any other throw into a safe internal error and logs the details', async () => {
    const logged: unknown[] = [];
    setInternalErrorLogger((channel, error) => logged.push([channel, error]));
    const secret = new Error('ENOENT /home/alice/secret/path');
    const map = mapWith({ 'books:list': () => Promise.reject(secret) });
    const result = await invokeChannel(map, 'books:list', {}, ctx);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('internal');
    expect(!result.ok && result.error.message).not.toMatch(/alice/);
    expect(logged).toEqual([['books:list', secret]]);
  });

  it('a synchronous throw inside a handler is also returned as a value', async () => {
    setInternalErrorLogger(() => undefined);
    const map = mapWith({
      'books:list': () => {
        throw new TypeError('boom');
      },
    });
    const result = await invokeChannel(map, 'books:list', {}, ctx);
    expect(!result.ok && result.error.code).toBe('internal');
  });
});
