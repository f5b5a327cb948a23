// All-or-none folder writes for numbered copies: a failure part-way leaves no file and no temp behind.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSet } from '../../../node/copies/writeFileSet';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copies-set-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (s: string) => new TextEncoder().encode(s);

describe('writeFileSet', () => {
  it('writes every file of the set', async () => {
    const paths = await writeFileSet(dir, [
      { fileName: 'a.pdf', bytes: bytes('A') },
      { fileName: 'b.pdf', bytes: bytes('B') },
    ]);
    expect(paths).toEqual([join(dir, 'a.pdf'), join(dir, 'b.pdf')]);
    expect(readFileSync(paths[1]!, 'utf8')).toBe('B');
  });

  it('leaves nothing when one file of the set cannot be written', async () => {
    // The second name points into a folder that does not exist: its temp cannot be created.
    await expect(
      writeFileSet(dir, [
        { fileName: 'a.pdf', bytes: bytes('A') },
        { fileName: join('missing', 'b.pdf'), bytes: bytes('B') },
        { fileName: 'c.pdf', bytes: bytes('C') },
      ]),
    ).rejects.toThrow(/Could not write the copies into .*; nothing written/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a file already there, and an --out that is a file', async () => {
    writeFileSync(join(dir, 'b.pdf'), 'old');
    await expect(
      writeFileSet(dir, [
        { fileName: 'a.pdf', bytes: bytes('A') },
        { fileName: 'b.pdf', bytes: bytes('B') },
      ]),
    ).rejects.toThrow(/b\.pdf already exists; nothing written/);
    expect(readdirSync(dir)).toEqual(['b.pdf']);
    expect(readFileSync(join(dir, 'b.pdf'), 'utf8')).toBe('old');
    await expect(writeFileSet(join(dir, 'b.pdf'), [])).rejects.toThrow(
      /is not a folder \(it is a file\)/,
    );
  });
});
