// `brief export --format docx`: the Word file opened by LibreOffice (a real word processor) shows the banner, marks,
// verbatim cleared language with its citation and page numbers; the XML holds the fields and block bookmarks.
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brief, briefNew, buildCli, REPO, stderrLines } from './run';
import { docxToPdf } from '../fixtures/libreOffice';
import { pdfPages } from '../fixtures/pdfPages';
import type { Book } from '../../core/book/schema';
import type { SerializedFrameworkQuote } from '../../core/book/lexical';
import { blockId, ensureBlockIds } from '../../core/book/blockIds';
import { inlineText } from '../../core/docx/segments';
import { citationText } from '../../core/pdf/frameworkQuote';

let dir: string;
let book: Book;
let pages: string[];
let documentXml: string;
let footerXml: string;
let headerXml: string;
const path = (name: string) => join(dir, name);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'brief-docx-'));
  const ok = briefNew(
    { country: 'JP', date: '2026-03-12', options: ['--counterpart', 'Sato Aiko'], out: 'jp.json' },
    dir,
  );
  expect(ok.code, ok.stderr).toBe(0);
  book = JSON.parse(readFileSync(path('jp.json'), 'utf8')) as Book;
  const r = brief(['export', 'jp.json', '--format', 'docx', '--out', 'jp.docx'], dir);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/^Wrote jp\.docx: .* as Word \(SENSITIVE BUT UNCLASSIFIED\)/);
  const parts = unzipSync(readFileSync(path('jp.docx')));
  documentXml = strFromU8(parts['word/document.xml']!);
  const named = (prefix: string) =>
    Object.keys(parts)
      .filter((n) => n.startsWith(prefix))
      .map((n) => strFromU8(parts[n]!))
      .join('\n');
  footerXml = named('word/footer');
  headerXml = named('word/header');
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('brief export --format docx, read back through LibreOffice', () => {
  beforeAll(async () => {
    pages = await pdfPages(docxToPdf(path('jp.docx'), dir));
  }, 240_000);

  it('prints the banner in the header and footer and "Page k of N" on every page', () => {
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((text, i) => {
      const lines = text.split('\n');
      expect(lines[0], `page ${i + 1}`).toBe('SENSITIVE BUT UNCLASSIFIED');
      expect(lines.at(-1), `page ${i + 1}`).toBe('SENSITIVE BUT UNCLASSIFIED');
      expect(lines.at(-2), `page ${i + 1}`).toBe(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('marks every portion: each book block prints after its (U)/(SBU) mark', () => {
    const all = squash(pages.join('\n'));
    let checked = 0;
    for (const tab of book.tabs)
      for (const block of tab.content.root.children) {
        if (block.type !== 'paragraph' && block.type !== 'heading') continue;
        const text = squash(inlineText(block.children));
        if (text === '') continue;
        expect(all).toContain(`(${String(block.$?.mark)}) ${text.slice(0, 40)}`);
        checked++;
      }
    expect(checked).toBeGreaterThan(5);
    // A book with SBU portions: at least one (SBU) mark made it to the page.
    expect(all).toMatch(/\(SBU\) /);
  });

  it('prints every framework quote verbatim, followed by its citation', () => {
    const all = squash(pages.join(' ').replace(/-\n/g, '-'));
    const quotes = book.tabs.flatMap((t) =>
      t.content.root.children.filter((b) => b.type === 'framework-quote'),
    ) as SerializedFrameworkQuote[];
    expect(quotes.length).toBeGreaterThan(3);
    for (const q of quotes) {
      const words = squash(inlineText(q.children));
      expect(all).toContain(`${words} ${citationText(q)}`);
    }
  });

  it('writes PAGE and NUMPAGES fields, a TOC field and one bookmark per block ID', () => {
    const fields = (xml: string) =>
      [...xml.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => m[1]!.trim());
    expect(fields(footerXml)).toEqual(expect.arrayContaining(['PAGE', 'NUMPAGES']));
    expect(headerXml.includes('SENSITIVE BUT UNCLASSIFIED')).toBe(true);
    expect(fields(documentXml)).toContain('TOC \\h \\o &quot;1-3&quot;');
    const withIds = ensureBlockIds(book);
    const ids = withIds.tabs.flatMap((t) => t.content.root.children.map((b) => blockId(b)!));
    expect(new Set(ids).size).toBe(ids.length);
    const bookmarks = new Set(
      [...documentXml.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1]),
    );
    expect(ids.filter((id) => !bookmarks.has(id))).toEqual([]);
  });

  it('saves a LibreOffice-rendered page for the closing note', () => {
    const pdf = path('jp.pdf');
    const out = join(REPO, 'docs/screenshots/docx-libreoffice-objectives');
    const r = spawnSync('pdftoppm', [
      '-png',
      '-r',
      '50',
      '-f',
      '3',
      '-l',
      '3',
      '-singlefile',
      pdf,
      out,
    ]);
    expect(r.status, String(r.stderr)).toBe(0);
    expect(existsSync(`${out}.png`)).toBe(true);
  });
});

describe('brief export --format docx refuses cleanly', () => {
  it('wants a .docx output and exactly one book', () => {
    const bad = brief(['export', 'jp.json', '--format', 'docx', '--out', 'x.pdf'], dir);
    expect(bad.code).toBe(2);
    expect(stderrLines(bad)).toEqual([
      'brief: export: --out x.pdf must end in .docx (see: brief help)',
    ]);
    const two = brief(['export', 'jp.json', 'jp.json', '--format', 'docx', '--out', 'y.docx'], dir);
    expect(two.code).toBe(2);
    expect(existsSync(path('y.docx'))).toBe(false);
    const fmt = brief(['export', 'jp.json', '--format', 'odt', '--out', 'y.odt'], dir);
    expect(stderrLines(fmt)).toEqual([
      'brief: export: --format odt is not pdf or docx (see: brief help)',
    ]);
  });
});
