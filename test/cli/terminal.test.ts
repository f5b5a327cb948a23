// The CLI never lets input reach the terminal raw: control characters, C1 controls and bidi overrides in titles, file names and messages are escaped.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeForTerminal, escapeOutput } from '../../cli/terminal';
import { runCli } from '../../cli/main';
import { makeBook } from '../node/storage/bookFixture';
import { brief, buildCli } from './run';

/** Anything a terminal would act on: C0 except newline, DEL, C1, bidi controls, line/paragraph separators. */
/* eslint-disable no-control-regex -- the test looks for control characters */
const RAW_CONTROL =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/* eslint-enable no-control-regex */

const HOSTILE_TITLE =
  'Title \u001b]0;pwned\u0007 \u001b[2J \u009b31m \u202egnp.exe \u2066x\u2069 end';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'brief-term-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  return { code, stdout, stderr };
}

describe('terminal escaping', () => {
  it.each([
    ['ESC', '\u001b', '\\x1b'],
    ['BEL', '\u0007', '\\x07'],
    ['CR', '\r', '\\x0d'],
    ['newline (in a value)', '\n', '\\x0a'],
    ['DEL', '\u007f', '\\x7f'],
    ['C1 CSI', '\u009b', '\\x9b'],
    ['right-to-left override', '\u202e', '\\u202e'],
    ['first-strong isolate', '\u2068', '\\u2068'],
    ['right-to-left mark', '\u200f', '\\u200f'],
    ['line separator', '\u2028', '\\u2028'],
  ])('escapes %s', (_, raw, shown) => {
    expect(escapeForTerminal(`a${raw}b`)).toBe(`a${shown}b`);
  });

  it('keeps ordinary text, accents and other scripts as they are', () => {
    const text = 'Tōkyō — Ελλάδα — Україна — 日本 — العربية';
    expect(escapeForTerminal(text)).toBe(text);
    expect(escapeOutput('line one\nline two')).toBe('line one\nline two');
  });

  it('a hostile book title reaches stdout escaped (validate)', async () => {
    const file = join(dir, 'title.json');
    writeFileSync(file, JSON.stringify(makeBook({ title: HOSTILE_TITLE })));
    const r = await cli(['validate', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain('Title \\x1b]0;pwned\\x07 \\x1b[2J \\x9b31m \\u202egnp.exe');
  });

  it('a hostile file name reaches stderr escaped, on one line', async () => {
    const file = join(dir, 'evil\u001b[31m\nname\u202e.json');
    const r = await cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    // (A newline folds into "; " like any multi-line message; everything else shows escaped.)
    expect(r.stderr).toContain('evil\\x1b[31m');
    expect(r.stderr).toContain('name\\u202e.json: no such file');
  });

  it('the built CLI writes no raw control byte for a hostile title (real process streams)', () => {
    buildCli();
    const file = join(dir, 'spawned.json');
    writeFileSync(file, JSON.stringify(makeBook({ title: HOSTILE_TITLE })));
    const r = brief(['validate', file], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('\\x1b]0;pwned');
    expect(r.stdout).not.toMatch(RAW_CONTROL);
  });
});
