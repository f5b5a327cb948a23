// Password-protected export: AES-256 per qpdf, unreadable without the password, text and tagging intact with it.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { BookSchema, type Book } from '../../../core/book/schema';
import { AppFailure } from '../../../core/ipc/result';
import { renderPdf } from '../../../node/pdf/renderPdf';
import { bilateralBook } from '../../fixtures/books/bilateral';
import { fixtureFramework } from '../../fixtures/books/framework';
import { readPdf } from '../../fixtures/pdfPages';
import { withFile } from './structureTree';
import { testFontsDir } from './testFonts';

const PASSWORD = 'correct horse 42';
let book: Book;
let bytes: Uint8Array;

const run = (cmd: string, args: string[]): { status: number | null; out: string } => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
};

beforeAll(async () => {
  book = BookSchema.parse(bilateralBook());
  bytes = (
    await renderPdf(
      { books: [book], framework: fixtureFramework(), password: PASSWORD },
      { fontsDir: testFontsDir() },
    )
  ).bytes;
});

describe('a PDF exported with a password', () => {
  it('is AES-256 encrypted (qpdf), never RC4 or AES-128', () => {
    const shown = withFile(bytes, (f) =>
      run('qpdf', ['--show-encryption', `--password=${PASSWORD}`, f]),
    );
    expect(shown.status).toBe(0);
    // pdfkit writes V 5 / R 5 (PDF 1.7 extension level 3); R 6 would be the ISO 32000-2 form.
    expect(shown.out).toMatch(/R = [56]\b/);
    expect(shown.out).toMatch(/stream encryption method: AESv3/);
    expect(shown.out).toMatch(/string encryption method: AESv3/);
    expect(shown.out).not.toMatch(/RC4|AESv2/);
  });

  it('lets the user print and copy (for screen readers) but not modify', () => {
    const shown = withFile(bytes, (f) =>
      run('qpdf', ['--show-encryption', `--password=${PASSWORD}`, f]),
    );
    expect(shown.out).toMatch(/extract for accessibility: allowed/);
    expect(shown.out).toMatch(/extract for any purpose: allowed/);
    expect(shown.out).toMatch(/print high resolution: allowed/);
    expect(shown.out).toMatch(/modify other: not allowed/);
    // The user password opens the file but is not the (random) owner password.
    expect(shown.out).toMatch(/Supplied password is user password/);
  });

  it('does not open without the password, in qpdf or pdfjs', async () => {
    const check = withFile(bytes, (f) => run('qpdf', ['--check', f]));
    expect(check.status).not.toBe(0);
    expect(check.out).toMatch(/invalid password/i);
    await expect(
      getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise,
    ).rejects.toMatchObject({ name: 'PasswordException' });
    await expect(
      getDocument({
        data: new Uint8Array(bytes),
        password: 'wrong password',
        isEvalSupported: false,
      }).promise,
    ).rejects.toMatchObject({ name: 'PasswordException' });
  });

  it('reads back the book text with the password', async () => {
    const pdf = await readPdf(bytes, PASSWORD);
    const text = pdf.pages.map((p) => p.text).join('\n');
    expect(text).toContain(book.title);
    expect(pdf.pages.length).toBeGreaterThan(1);
  });

  it('is still a tagged PDF (pdfinfo with the user password)', () => {
    const info = withFile(bytes, (f) => run('pdfinfo', ['-upw', PASSWORD, f]));
    expect(info.status).toBe(0);
    expect(info.out).toMatch(/^Tagged:\s+yes$/m);
    expect(info.out).toMatch(/^Encrypted:\s+yes/m);
    expect(info.out).toMatch(/^PDF version:\s+1\.7$/m);
  });

  it('is not encrypted when no password is given', async () => {
    const plain = (
      await renderPdf(
        { books: [book], framework: fixtureFramework() },
        { fontsDir: testFontsDir() },
      )
    ).bytes;
    const info = withFile(plain, (f) => run('pdfinfo', [f]));
    expect(info.out).toMatch(/^Encrypted:\s+no$/m);
  });

  it('refuses a password shorter than 8 characters before any layout', async () => {
    const attempt = renderPdf(
      { books: [book], framework: fixtureFramework(), password: 'short' },
      { fontsDir: testFontsDir() },
    );
    await expect(attempt).rejects.toBeInstanceOf(AppFailure);
    await expect(attempt).rejects.toThrow(/too short \(at least 8 characters\)/);
  });
});
