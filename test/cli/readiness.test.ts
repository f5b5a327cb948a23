// `brief check` and `brief export --final` end to end: real bundle, real files, PDFs read back.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedNode } from '../../core/book/lexical';
import type { Book } from '../../core/book/schema';
import { contentHash } from '../../core/clearance/contentHash';
import type { ReadinessProblem } from '../../core/readiness';
import { pdfPages } from '../fixtures/pdfPages';
import { brief, buildCli, stderrLines } from './run';

let dir: string;
const path = (name: string) => join(dir, name);
const fresh = (): Book => JSON.parse(readFileSync(path('ke.json'), 'utf8')) as Book;
const write = (name: string, book: Book) => writeFileSync(path(name), JSON.stringify(book));
const noTemp = () => expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

function eachNode(node: SerializedNode, fn: (n: SerializedNode) => void): void {
  fn(node);
  for (const c of node.children ?? []) eachNode(c, fn);
}
const quotes = (book: Book) =>
  book.tabs.flatMap((t) => t.content.root.children.filter((n) => n.type === 'framework-quote'));

/** A fresh draft with every placeholder filled and clearance complete: nothing should block it. */
function readyBook(): Book {
  const book = fresh();
  for (const tab of book.tabs) {
    eachNode(tab.content.root, (n) => {
      if (typeof n.text === 'string') n.text = n.text.replace(/\[Drafter:[^\]]*\]/g, 'To follow');
      if (typeof n.raised === 'string') n.raised = n.raised.replace(/\[Drafter:[^\]]*\]/g, 'x');
    });
  }
  const signOff = { office: 'OES/SAT', name: 'A. Officer', date: '2026-11-01' };
  const office = { ...signOff, status: 'cleared' as const, contentHash: contentHash(book.tabs) };
  book.clearance = { drafted: signOff, cleared: [office], approved: signOff, status: 'cleared' };
  return book;
}

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'brief-ready-'));
  const args = ['new', '--template', 'bilateral-space-dialogue', '--country', 'KE'];
  const r = brief([...args, '--date', '2099-03-10', '--city', 'Nairobi', '--out', 'ke.json'], dir);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('brief check', () => {
  it('lists every placeholder of a fresh draft, one by one, as JSON; exit 1', () => {
    const r = brief(['check', 'ke.json', '--json'], dir);
    expect(r.code, r.stderr).toBe(1);
    const problems = JSON.parse(r.stdout) as ReadinessProblem[];
    const inFile = readFileSync(path('ke.json'), 'utf8').match(/\[Drafter:[^\]]*\]/g)!;
    expect(inFile.length).toBeGreaterThan(10);
    const listed = problems.filter((p) => p.kind === 'placeholder');
    expect(listed).toHaveLength(inFile.length);
    const named = listed.map((p) => /\[Drafter:[^\]]*\]/.exec(p.message)![0]).sort();
    expect(named).toEqual([...inFile].sort());
    for (const p of listed) {
      expect(p.severity).toBe('blocker');
      expect(fresh().tabs.some((t) => t.id === p.tabId)).toBe(true);
      expect(p.path!.length).toBeGreaterThan(0);
    }
    expect(problems.some((p) => p.kind === 'clearance-incomplete')).toBe(true);
  });

  it('prints human lines and exits 0 for a ready book', () => {
    expect(brief(['check', 'ke.json'], dir).stdout).toMatch(
      /ke\.json: not ready; \d+ blocker\(s\)/,
    );
    write('ready.json', readyBook());
    const r = brief(['check', 'ready.json'], dir);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/ready\.json: ready; 0 blocker\(s\)/);
  });
});

describe('brief export --final', () => {
  it('refuses the draft and writes nothing; a ready book exports without the DRAFT watermark', async () => {
    const r = brief(['export', 'ke.json', '--final', '--out', 'final.pdf'], dir);
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).toMatch(/not ready for a final export .*Placeholder left: \[Drafter:/);
    expect(existsSync(path('final.pdf'))).toBe(false);
    noTemp();
    const ok = brief(['export', 'ready.json', '--final', '--out', 'ready.pdf'], dir);
    expect(ok.code, ok.stderr).toBe(0);
    const text = (await pdfPages(readFileSync(path('ready.pdf')))).join('\n');
    expect(text).toContain('Kenya');
    expect(text).not.toMatch(/DRAFT/);
  });

  it('a draft export of the same draft is allowed, with its DRAFT watermark', async () => {
    const r = brief(['export', 'ke.json', '--out', 'draft.pdf'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect((await pdfPages(readFileSync(path('draft.pdf')))).join('\n')).toMatch(/DRAFT/);
  });
});

describe('classified markings refuse every export', () => {
  // `split`: the marking is split across two formatted runs, so only the whole-block checks
  // (readiness and preflight) see it; the file codec, which reads string by string, lets it in.
  const cases: Array<[string, (b: Book) => void, RegExp, boolean]> = [
    [
      '(S//NF) in a paragraph',
      (b) => {
        const para = b.tabs[0]!.content.root.children.find((n) => n.type === 'paragraph')!;
        para.children![0]!.text = '(S//NF) The counterpart will raise a sensitive matter.';
      },
      /\(S\/\/NF\)/,
      false,
    ],
    [
      '(S//REL TO USA, GBR) split across formatted runs',
      (b) => {
        const para = b.tabs[0]!.content.root.children.find((n) => n.type === 'paragraph')!;
        para.children = [
          { type: 'text', text: '(S', format: 1 },
          { type: 'text', text: '//REL TO USA, GBR) The counterpart will raise it.', format: 0 },
        ];
      },
      /\(S\/\/REL TO USA, GBR\)/,
      true,
    ],
    [
      'TOP SECRET in the title',
      (b) => (b.title = `TOP SECRET//NOFORN ${b.title}`),
      /TOP SECRET/,
      false,
    ],
    [
      'a disguised SECRET (Cyrillic Е) in a tab title',
      (b) => (b.tabs[2]!.title = 'SЕCRET annex'),
      /disguised|look-alike/,
      false,
    ],
  ];
  for (const [name, change, hit, split] of cases) {
    it(`refuses ${name}, draft and final, writing nothing`, () => {
      const book = readyBook();
      change(book);
      write('classified.json', book);
      for (const extra of [[], ['--final']]) {
        const r = brief(['export', 'classified.json', ...extra, '--out', 'c.pdf'], dir);
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/[Cc]lassification marking/);
        expect(r.stderr).toMatch(hit);
        expect(existsSync(path('c.pdf'))).toBe(false);
      }
      const check = brief(['check', 'classified.json', '--json'], dir);
      expect(check.code).toBe(1);
      if (split) {
        const problems = JSON.parse(check.stdout) as ReadinessProblem[];
        expect(problems.filter((p) => p.kind === 'classified-marking')).toHaveLength(1);
      } else {
        // The codec refuses to read the file at all.
        expect(check.stderr).toMatch(/classification marking/);
      }
      noTemp();
    });
  }
});

describe('cleared language is verified on export', () => {
  it('prints an altered quote and an unknown ID as plain text, never with a citation', async () => {
    const book = readyBook();
    const [altered, unknown] = quotes(book);
    expect(altered!.itemId).toBe('P1.G1.D.1');
    altered!.children![0]!.text = 'The United States will withdraw from all space cooperation.';
    unknown!.itemId = 'P9.G9.Z.9';
    write('quotes.json', book);
    const problems = JSON.parse(
      brief(['check', 'quotes.json', '--json'], dir).stdout,
    ) as ReadinessProblem[];
    expect(problems.map((p) => p.kind)).toEqual(
      expect.arrayContaining(['quote-edited', 'quote-unknown-id']),
    );
    const r = brief(['export', 'quotes.json', '--out', 'quotes.pdf'], dir);
    expect(r.code, r.stderr).toBe(0);
    const text = (await pdfPages(readFileSync(path('quotes.pdf')))).join('\n');
    expect(text).toContain('The United States will withdraw from all space cooperation.');
    expect(text).not.toContain('[P1.G1.D.1]');
    expect(text).not.toContain('P9.G9.Z.9');
    // The untouched quotes still print as cleared, cited language (the check can fail).
    expect(text).toMatch(/\(cites P1\./);
  });

  it('refuses a book of a framework version the app does not hold, on validate, check and export', () => {
    const book = readyBook();
    book.frameworkVersion = 'sfsd-2031';
    write('future.json', book);
    for (const args of [
      ['validate', 'future.json'],
      ['check', 'future.json', '--json'],
      ['export', 'future.json', '--out', 'future.pdf'],
    ]) {
      const r = brief(args, dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/framework version "sfsd-2031" is not one this app holds/);
    }
    expect(existsSync(path('future.pdf'))).toBe(false);
  });
});
