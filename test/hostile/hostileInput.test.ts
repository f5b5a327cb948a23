// Every hostile fixture through every way in (app import, app open from the books dir, `brief validate`, `brief export`): one typed error with a specific message, no crash, no pollution, no stray or partial file.
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../node/storage/bookFile';
import { runCli } from '../../cli/main';
import { startTestApp, type TestApp } from '../main/servicesHarness';
import { sealLabel } from '../../node/storage/cipher';
import { openLibraryKey } from '../../node/storage/keyring';
import type { KeyProvider } from '../../node/storage/keyProvider';
import { memoryKeyProvider } from '../node/storage/memoryKeyProvider';
import {
  HOSTILE_FIXTURES,
  baseBook,
  materialise,
  type HostileFixture,
} from '../fixtures/hostile/fixtures';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'bbb-hostile-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Object.prototype's own keys and a probe read: any pollution changes one of them. */
const prototypeState = () => ({
  keys: Object.getOwnPropertyNames(Object.prototype).sort().join(','),
  arrayKeys: Object.getOwnPropertyNames(Array.prototype).sort().join(','),
  probe: ({} as Record<string, unknown>).polluted,
});
const PRISTINE = prototypeState();

/** Every entry under `dir` with its type and size: a write anywhere changes this. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const info = lstatSync(p);
      out.push(`${p.slice(dir.length)} ${info.isDirectory() ? 'dir' : info.size}`);
      if (info.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** The text File.text() would hand the renderer for these bytes (UTF-8, BOM dropped). */
const asRendererText = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/**
 * The bytes to plant as a stored book.json: a parseable bare book is wrapped in an envelope with a
 * correct checksum (so app open runs past the checksum into every later step, as a planted file
 * would); an envelope or anything unparseable is planted as it is. A leading BOM stays in front.
 */
function storedBytes(bytes: Uint8Array): Uint8Array {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(bom);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && Object.hasOwn(value, 'kind')) return bytes;
    const checksum = sha256(JSON.stringify(value));
    const head = `{"kind":"briefing-book","checksum":"sha256:${checksum}","savedAt":"2026-01-01T00:00:00.000Z","book":`;
    return Buffer.concat([bytes.subarray(0, bom), Buffer.from(head), body, Buffer.from('}')]);
  } catch {
    return bytes;
  }
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  return { code, stdout, stderr };
}

/** A CLI rejection: exit 1 (never 70, an internal error), one escaped stderr line naming the file, nothing on stdout. */
function expectCliRejection(
  r: { code: number; stdout: string; stderr: string },
  file: string,
  expected: RegExp,
) {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(`brief: ${file}`);
  expect(lines[0]).toMatch(expected);
}

/** An app rejection: a typed error (not 'internal') whose message names the file and matches. */
function expectAppRejection(
  result: { ok: boolean; error?: { code: string; message: string } },
  file: string,
  expected: RegExp,
) {
  expect(result.ok).toBe(false);
  const error = result.error!;
  expect(['validation', 'io', 'not-found']).toContain(error.code);
  expect(error.message).toContain(`${file}: `);
  expect(error.message).toMatch(expected);
}

describe('hostile book files', () => {
  it('has at least 40 distinct fixtures', () => {
    expect(HOSTILE_FIXTURES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(HOSTILE_FIXTURES.map((f) => f.name)).size).toBe(HOSTILE_FIXTURES.length);
  });

  describe.each(HOSTILE_FIXTURES.map((f) => [f.name, f] as [string, HostileFixture]))(
    '%s',
    (name, fixture) => {
      let dir: string;
      let app: TestApp;
      let keys: KeyProvider;
      beforeAll(() => {
        dir = join(root, name.replace(/\W/g, '_'));
        mkdirSync(dir);
        materialise(fixture, join(dir, name));
        keys = memoryKeyProvider();
        app = startTestApp({ keyProvider: keys });
      });
      afterAll(() => app.dispose());

      it(`app import (${fixture.why})`, async () => {
        // The renderer reads a chosen regular file; a directory, FIFO or device never reaches books:import.
        if (!('bytes' in fixture.source)) return;
        const before = tree(app.userDataDir);
        const result = await app.call('books:import', {
          fileName: name,
          text: asRendererText(fixture.source.bytes()),
        });
        expectAppRejection(result, name, fixture.expect);
        expect(prototypeState()).toEqual(PRISTINE);
        expect(tree(app.userDataDir)).toEqual(before);
      });

      it('app open from the books dir', async () => {
        const bookDir = join(app.userDataDir, 'books', 'book-1');
        mkdirSync(bookDir, { recursive: true });
        const target = join(bookDir, 'book.json');
        // The library key exists before the open (the app would create it on first use).
        const cipher = await openLibraryKey(app.userDataDir, keys);
        if ('bytes' in fixture.source) {
          // Stored books are encrypted at rest: plant the bytes sealed under this library's key,
          // so every later step of the pipeline sees them exactly as written.
          const sealed = cipher.seal(storedBytes(fixture.source.bytes()), sealLabel.book('book-1'));
          writeFileSync(target, sealed);
        } else materialise(fixture, target);
        const before = tree(app.userDataDir);
        const result = await app.call('books:get', { id: 'book-1' });
        expectAppRejection(result, 'book.json', fixture.expect);
        expect(prototypeState()).toEqual(PRISTINE);
        expect(tree(app.userDataDir)).toEqual(before);
      });

      it('brief validate', async () => {
        const file = join(dir, name);
        const before = tree(dir);
        expectCliRejection(await cli(['validate', file]), file, fixture.expect);
        expect(prototypeState()).toEqual(PRISTINE);
        expect(tree(dir)).toEqual(before);
      });

      it('brief export', async () => {
        const file = join(dir, name);
        const outDir = join(dir, 'out');
        mkdirSync(outDir);
        const before = tree(dir);
        const r = await cli(['export', file, '--out', join(outDir, 'book.pdf')]);
        expectCliRejection(r, file, fixture.expect);
        expect(prototypeState()).toEqual(PRISTINE);
        // No PDF, no temp file, nothing anywhere else.
        expect(readdirSync(outDir)).toEqual([]);
        expect(tree(dir)).toEqual(before);
      });
    },
  );
});

describe('the same pipeline accepts the valid base book every way in (the table above can pass)', () => {
  const variants: Array<[string, Uint8Array]> = [
    ['bare.json', Buffer.from(JSON.stringify(baseBook()))],
    [
      'bom.json',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(baseBook()))]),
    ],
  ];
  it.each(variants)('%s', async (name, bytes) => {
    const dir = join(root, `ok-${name}`);
    mkdirSync(dir);
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const keys = memoryKeyProvider();
    const app = startTestApp({ keyProvider: keys });
    try {
      const imported = await app.value('books:import', {
        fileName: name,
        text: asRendererText(bytes),
      });
      expect(imported.title).toBe(baseBook().title);
      const bookDir = join(app.userDataDir, 'books', 'book-1');
      mkdirSync(bookDir, { recursive: true });
      const cipher = await openLibraryKey(app.userDataDir, keys);
      writeFileSync(
        join(bookDir, 'book.json'),
        cipher.seal(storedBytes(bytes), sealLabel.book('book-1')),
      );
      expect((await app.value('books:get', { id: 'book-1' })).tabs).toHaveLength(3);
    } finally {
      app.dispose();
    }
    const validated = await cli(['validate', file]);
    expect(validated.stderr).toBe('');
    expect(validated.code).toBe(0);
    const pdf = join(dir, 'book.pdf');
    const exported = await cli(['export', file, '--out', pdf]);
    expect(exported.stderr).toBe('');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(statSync(pdf).mode & 0o777).toBe(0o600);
  });
});
