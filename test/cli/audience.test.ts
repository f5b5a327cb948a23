// `brief export --audience`: a non-paper with no SBU and no if-raised, a pocket card of at most 2 half-letter pages, read back from the PDFs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedNode } from '../../core/book/lexical';
import type { Book } from '../../core/book/schema';
import { pdfPages } from '../fixtures/pdfPages';
import { brief, buildCli, stderrLines } from './run';

let dir: string;
const path = (name: string) => join(dir, name);
const read = (name: string): Book => JSON.parse(readFileSync(path(name), 'utf8')) as Book;
const write = (name: string, book: Book) => writeFileSync(path(name), JSON.stringify(book));
const para = (text: string, mark: string): SerializedNode => ({
  type: 'paragraph',
  version: 1,
  format: '',
  indent: 0,
  direction: null,
  textFormat: 0,
  textStyle: '',
  $: { mark },
  children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }],
});
const tabOf = (book: Book, kind: string) => book.tabs.find((t) => t.kind === kind)!;

const U_LINE = 'We welcome continued cooperation on lunar exploration with Japan.';
const SBU_POINT = 'Sensitive negotiating fallback reserved for the principal.';
const SBU_BACKGROUND = 'Internal assessment of the counterpart agency budget.';
const pdfinfo = (file: string) => execFileSync('pdfinfo', [path(file)], { encoding: 'utf8' });
const joined = async (file: string) =>
  (await pdfPages(readFileSync(path(file)))).join('\n').replace(/\s+/g, ' ');

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'brief-audience-'));
  const args = ['new', '--template', 'bilateral-space-dialogue', '--country', 'JP'];
  const r = brief(
    [
      ...args,
      '--date',
      '2099-03-14',
      '--city',
      'Tokyo',
      '--principal',
      'P. Principal',
      '--out',
      'book.json',
    ],
    dir,
  );
  expect(r.code, r.stderr).toBe(0);
  const book = read('book.json');
  tabOf(book, 'points-to-make').content.root.children.push(
    para(U_LINE, 'U'),
    para(SBU_POINT, 'SBU'),
  );
  tabOf(book, 'background').content.root.children.push(para(SBU_BACKGROUND, 'SBU'));
  write('book.json', book);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('brief export --audience nonpaper', () => {
  it('prints only unclassified portions: no SBU text or marking, no If Raised, no people, no clearance', async () => {
    // The full book holds all of it (so the checks below can fail).
    const full = brief(['export', 'book.json', '--out', 'full.pdf'], dir);
    expect(full.code, full.stderr).toBe(0);
    const all = await joined('full.pdf');
    for (const text of [
      SBU_POINT,
      SBU_BACKGROUND,
      '(SBU)',
      'If Raised',
      'Participants',
      'Drafted:',
    ])
      expect(all).toContain(text);
    expect(all).toMatch(/\[P1\.[^\]]+\]|\(cites /);

    const r = brief(['export', 'book.json', '--audience', 'nonpaper', '--out', 'np.pdf'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('non-paper of');
    const pages = await pdfPages(readFileSync(path('np.pdf')));
    const text = pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain(U_LINE);
    expect(text).toContain('Non-paper');
    for (const gone of [
      SBU_POINT,
      SBU_BACKGROUND,
      '(SBU)',
      'SENSITIVE BUT UNCLASSIFIED',
      'If Raised',
      'If raised',
      'Participants',
      'Biographies',
      'Schedule',
      'Drafted:',
      'Cleared:',
      'P. Principal',
      'Copy',
    ])
      expect(text, gone).not.toContain(gone);
    // No U.S.-internal citations unless asked for.
    expect(text).not.toMatch(/\[P1\.[^\]]+\]|\(cites /);
    for (const page of pages) expect(page).toMatch(/^UNCLASSIFIED$/m);
    // Not cleared yet: the watermark stays.
    expect(pages.every((p) => /^DRAFT$/m.test(p))).toBe(true);
  });

  it('keeps the citations with --keep-citations', async () => {
    const r = brief(
      ['export', 'book.json', '--audience', 'nonpaper', '--keep-citations', '--out', 'np-cite.pdf'],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    const text = await joined('np-cite.pdf');
    expect(text).toMatch(/\[P1\.[^\]]+\]|\(cites /);
    expect(text).not.toContain(SBU_POINT);
  });

  it('refuses a bad audience, and --keep-citations without a non-paper, on the command line', () => {
    const bad = brief(['export', 'book.json', '--audience', 'press', '--out', 'x.pdf'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--audience must be one of full, nonpaper, pocket, not "press"/);
    const cite = brief(['export', 'book.json', '--keep-citations', '--out', 'x.pdf'], dir);
    expect(cite.code).toBe(2);
    expect(existsSync(path('x.pdf'))).toBe(false);
  });
});

describe('brief export --audience pocket', () => {
  it('prints the meeting line, objectives and points on at most 2 half-letter pages', async () => {
    // A card is short: the officer keeps the meeting line and outcomes sought, and three points.
    const book = read('book.json');
    const purpose = tabOf(book, 'purpose').content.root.children;
    purpose.splice(2);
    const points = tabOf(book, 'points-to-make').content.root.children;
    points.splice(2, points.length - 4);
    write('short.json', book);
    const r = brief(['export', 'short.json', '--audience', 'pocket', '--out', 'pocket.pdf'], dir);
    expect(r.code, r.stderr).toBe(0);
    const info = pdfinfo('pocket.pdf');
    const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
    expect(pageCount).toBeGreaterThanOrEqual(1);
    expect(pageCount).toBeLessThanOrEqual(2);
    // Half letter: 5.5 x 8.5 inches.
    expect(info).toMatch(/^Page size:\s+396 x 612 pts/m);
    // The watermark's word lands inside a line of the text it crosses.
    const text = (await joined('pocket.pdf')).replace(/ ?DRAFT ?/g, ' ');
    expect(text).toContain('Meeting with');
    expect(text).toContain('Purpose and Objectives');
    expect(text).toContain('Points to Make');
    expect(text).toContain(U_LINE);
    expect(text).not.toContain('If Raised');
    expect(text).not.toContain('Background');
  });

  it('fails naming what overflows when the points do not fit in 2 pages, and writes nothing', () => {
    const book = read('book.json');
    const points = tabOf(book, 'points-to-make').content.root.children;
    for (let i = 1; i <= 40; i++)
      points.push(para(`Additional point number ${i}: we value our partnership in space.`, 'U'));
    write('long.json', book);
    const r = brief(['export', 'long.json', '--audience', 'pocket', '--out', 'long.pdf'], dir);
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).toMatch(
      /pocket card needs \d+ half-letter pages; it may have at most 2\. From block \d+ of tab "Points to Make"/,
    );
    expect(existsSync(path('long.pdf'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
