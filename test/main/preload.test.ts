// Preload surface: exactly one global built from core/ipc/names.ts, frozen, intents only, events filtered.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_CHANNELS, API_EVENTS, type BriefingApi } from '../../core/ipc/api';
// `electron` is aliased to this stub (vitest.config.ts): same module instance.
import * as stub from '../stubs/electron';

let api: BriefingApi;

beforeAll(async () => {
  stub.resetElectronStub();
  await import('../../electron/preload/index');
  api = stub.exposed.get('briefing') as BriefingApi;
});

describe('preload', () => {
  it('exposes exactly one global, window.briefing', () => {
    expect([...stub.exposed.keys()]).toEqual(['briefing']);
    expect(stub.calls.filter((c) => c[0] === 'contextBridge')).toHaveLength(1);
  });

  it('has exactly the API_CHANNELS methods plus the API_EVENTS subscriptions, all frozen', () => {
    const shape = Object.fromEntries(
      Object.entries(api).map(([domain, methods]) => [domain, Object.keys(methods).sort()]),
    );
    const expected = Object.fromEntries(
      Object.entries(API_CHANNELS).map(([domain, methods]) => [domain, Object.keys(methods)]),
    );
    for (const [domain, events] of Object.entries(API_EVENTS))
      expected[domain]!.push(...Object.keys(events));
    expect(expected.app).toEqual(['onMenuCommand', 'onNotice']);
    for (const list of Object.values(expected)) list.sort();
    expect(shape).toEqual(expected);
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api).every((d) => Object.isFrozen(d))).toBe(true);
    const names = Object.values(api).flatMap((d) => Object.keys(d));
    for (const forbidden of ['invoke', 'send', 'on', 'ipcRenderer', 'sendSync'])
      expect(names).not.toContain(forbidden);
  });

  it('each method invokes its own channel with the request (empty object by default)', async () => {
    for (const [domain, methods] of Object.entries(API_CHANNELS)) {
      for (const [method, channel] of Object.entries(methods)) {
        const fn = (
          api as unknown as Record<string, Record<string, (r?: unknown) => Promise<unknown>>>
        )[domain]![method]!;
        expect(await fn({ probe: method })).toEqual({ ok: true, value: { echo: channel } });
        expect(stub.calls.at(-1)).toEqual(['ipcRenderer', 'invoke', channel, { probe: method }]);
      }
    }
    await api.books.list(undefined as never);
    expect(stub.calls.at(-1)).toEqual(['ipcRenderer', 'invoke', 'books:list', {}]);
  });

  it('forwards menu commands and progress without the IPC event, drops malformed payloads, unsubscribes', () => {
    const commands = vi.fn();
    const progress = vi.fn();
    const off = api.app.onMenuCommand(commands);
    api.exports.onProgress(progress);
    stub.ipcRenderer.emitFromMain('menu:command', 'save');
    stub.ipcRenderer.emitFromMain('menu:command', 'rm -rf');
    stub.ipcRenderer.emitFromMain('export:progress', {
      jobId: 'j',
      phase: 'render',
      fraction: 0.2,
    });
    stub.ipcRenderer.emitFromMain('export:progress', 'garbage');
    expect(commands.mock.calls).toEqual([['save']]);
    expect(progress.mock.calls).toEqual([[{ jobId: 'j', phase: 'render', fraction: 0.2 }]]);
    off();
    stub.ipcRenderer.emitFromMain('menu:command', 'new');
    expect(commands).toHaveBeenCalledTimes(1);
  });

  it('onNotice forwards well-formed notices only, after telling main it listens', () => {
    const notices = vi.fn();
    const before = stub.calls.length;
    const off = api.app.onNotice(notices);
    expect(stub.calls.slice(before)).toContainEqual([
      'ipcRenderer',
      'invoke',
      'app:listenNotices',
      {},
    ]);
    stub.ipcRenderer.emitFromMain('app:notice', { level: 'warning', message: 'restored' });
    stub.ipcRenderer.emitFromMain('app:notice', { level: 'fatal', message: 'x' });
    stub.ipcRenderer.emitFromMain('app:notice', 'restored');
    expect(notices.mock.calls).toEqual([[{ level: 'warning', message: 'restored' }]]);
    off();
    stub.ipcRenderer.emitFromMain('app:notice', { level: 'info', message: 'later' });
    expect(notices).toHaveBeenCalledTimes(1);
  });
});
