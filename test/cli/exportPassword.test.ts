// `brief export --password-file`: an AES-256 PDF from the file's first line; missing or short files fail cleanly.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brief, briefNew, buildCli } from './run';
import { expectCleanFailure } from './cleanFailure';
import { pdfPages, readPdf } from '../fixtures/pdfPages';

const PASSWORD = 'Tokyo round 2026';
let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'brief-pw-'));
  const made = briefNew({ country: 'JP', date: '2026-03-12', out: 'jp.json' }, dir);
  expect(made.code, made.stderr).toBe(0);
  // The first line is the password; a trailing newline and later lines are not part of it.
  writeFileSync(path('pw.txt'), `${PASSWORD}\nsecond line ignored\n`);
  writeFileSync(path('short.txt'), 'abc1234\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('brief export --password-file', () => {
  it('writes an AES-256 PDF that opens with the first line of the file only', async () => {
    const r = brief(['export', 'jp.json', '--out', 'jp.pdf', '--password-file', 'pw.txt'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/password-protected \(AES-256\)/);
    expect(r.stdout).not.toContain(PASSWORD);
    const shown = spawnSync(
      'qpdf',
      ['--show-encryption', `--password=${PASSWORD}`, path('jp.pdf')],
      { encoding: 'utf8' },
    );
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(/stream encryption method: AESv3/);
    const withoutPassword = spawnSync('qpdf', ['--check', path('jp.pdf')], { encoding: 'utf8' });
    expect(withoutPassword.status).not.toBe(0);
    const bytes = readFileSync(path('jp.pdf'));
    await expect(pdfPages(bytes)).rejects.toMatchObject({ name: 'PasswordException' });
    const text = (await readPdf(bytes, PASSWORD)).pages.map((p) => p.text).join('\n');
    expect(text).toMatch(/Japan/);
  });

  it('names a missing password file and writes nothing', () => {
    const r = brief(['export', 'jp.json', '--out', 'none.pdf', '--password-file', 'nope.txt'], dir);
    expectCleanFailure(r, 1, /--password-file nope\.txt: cannot read \(ENOENT\)/);
    expect(existsSync(path('none.pdf'))).toBe(false);
  });

  it('refuses a password shorter than 8 characters without echoing it', () => {
    const r = brief(
      ['export', 'jp.json', '--out', 'short.pdf', '--password-file', 'short.txt'],
      dir,
    );
    expectCleanFailure(
      r,
      1,
      /--password-file short\.txt: the PDF password is too short \(at least 8/,
    );
    expect(r.stderr).not.toContain('abc1234');
    expect(existsSync(path('short.pdf'))).toBe(false);
  });
});
