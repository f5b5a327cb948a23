// `brief export --copies/--addendum` and `brief identify`: numbered copies read back with pdfjs, the book's log, identify by sha256 and by stamp, addenda.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Book } from '../../core/book/schema';
import { brief, briefNew, buildCli } from './run';
import { expectCleanFailure } from './cleanFailure';
import { readPdf } from '../fixtures/pdfPages';

const RECIPIENTS = ['Alice Adams', 'Bob Brown', 'Carol Chen'];
let dir: string;
const path = (...names: string[]) => join(dir, ...names);
const book = (): Book => JSON.parse(readFileSync(path('jp.json'), 'utf8')) as Book;
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const pdfsIn = (folder: string) =>
  readdirSync(path(folder))
    .filter((n) => n.endsWith('.pdf'))
    .sort();

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'brief-copies-'));
  const made = briefNew({ country: 'JP', date: '2026-03-12', out: 'jp.json' }, dir);
  expect(made.code, made.stderr).toBe(0);
  mkdirSync(path('out'));
  mkdirSync(path('add'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each copy is a full render; a machine shared with other work needs room (a ceiling, not a timed assertion). */
const RENDERS = 300_000;

describe('brief export --copies', () => {
  it(
    'refuses a recipient count that is not N, and an --out that is not a folder, writing nothing',
    () => {
      const before = readFileSync(path('jp.json'), 'utf8');
      const args = ['export', 'jp.json', '--copies', '3', '--out'];
      expectCleanFailure(
        brief([...args, 'out', '--recipients', 'Alice Adams;Bob Brown'], dir),
        1,
        /--copies 3 needs 3 recipients; --recipients names 2; nothing written/,
      );
      expectCleanFailure(
        brief([...args, 'jp.json', '--recipients', RECIPIENTS.join(';')], dir),
        1,
        /--out jp\.json is not a folder \(it is a file\)/,
      );
      expectCleanFailure(
        brief([...args, 'missing', '--recipients', RECIPIENTS.join(';')], dir),
        1,
        /--out missing is not a folder \(it does not exist\)/,
      );
      expectCleanFailure(
        brief(['export', 'jp.json', '--copies', 'three', '--out', 'out'], dir),
        2,
        /--copies three: expected a whole number/,
      );
      expect(pdfsIn('out')).toEqual([]);
      expect(readFileSync(path('jp.json'), 'utf8')).toBe(before);
    },
    RENDERS,
  );

  it(
    'writes 3 different PDFs, each with "Copy k of 3" and its recipient beside the banner on every page, and logs them',
    async () => {
      const r = brief(
        [
          'export',
          'jp.json',
          '--copies',
          '3',
          '--recipients',
          ' Alice Adams; Bob Brown ;Carol Chen',
        ].concat(['--out', 'out']),
        dir,
      );
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/Wrote 3 numbered copies/);
      const files = pdfsIn('out');
      expect(files).toHaveLength(3);
      const log = book().distribution!;
      expect(log).toHaveLength(1);
      const entry = log[0]!;
      expect(entry.addendum).toBe(0);
      expect(entry.of).toBe(3);
      expect(entry.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(Date.parse(entry.at)).not.toBeNaN();
      expect(entry.tabs.map((t) => t.title)).toEqual(book().tabs.map((t) => t.title));
      const hashes = new Set<string>();
      for (const [i, recipient] of RECIPIENTS.entries()) {
        const copy = entry.copies[i]!;
        expect(copy).toMatchObject({ number: i + 1, recipient });
        const file = files.find((f) => f.includes(`Copy ${i + 1} of 3`))!;
        expect(file).toBe(copy.fileName);
        expect(sha256(path('out', file))).toBe(copy.sha256);
        hashes.add(copy.sha256);
        const pdf = await readPdf(readFileSync(path('out', file)));
        expect(pdf.pages.length).toBeGreaterThan(5);
        expect(String(pdf.info.Keywords)).toContain(`copy=${i + 1} of=3`);
        for (const [p, page] of pdf.pages.entries()) {
          // The banner line of the page carries the copy label and the recipient, top and bottom.
          const bannerLines = page.lines.filter((l) =>
            l.text.includes('SENSITIVE BUT UNCLASSIFIED'),
          );
          expect(bannerLines.length, `page ${p + 1} of ${file}`).toBe(2);
          for (const line of bannerLines)
            expect(line.text, `page ${p + 1} of ${file}`).toBe(
              `Copy ${i + 1} of 3 SENSITIVE BUT UNCLASSIFIED ${recipient}`,
            );
        }
        expect(pdf.pages[0]!.text).toContain(`Copy ${i + 1} of 3, for ${recipient}`);
      }
      expect(hashes.size).toBe(3);
    },
    RENDERS,
  );

  it(
    'refuses to overwrite copies already in the folder, leaving them and the log as they were',
    () => {
      const before = pdfsIn('out').map((f) => sha256(path('out', f)));
      const r = brief(
        ['export', 'jp.json', '--copies', '3', '--recipients', RECIPIENTS.join(';')].concat([
          '--out',
          'out',
        ]),
        dir,
      );
      expectCleanFailure(r, 1, /already exists; nothing written/);
      expect(pdfsIn('out').map((f) => sha256(path('out', f)))).toEqual(before);
      expect(readdirSync(path('out')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      expect(book().distribution).toHaveLength(1);
    },
    RENDERS,
  );
});

describe('brief identify', () => {
  it(
    'names book, copy and recipient from the sha256 in the book log',
    () => {
      const file = path('out', book().distribution![0]!.copies[1]!.fileName);
      const r = brief(['identify', file, 'jp.json'], dir);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`Copy 2 of 3 of "${book().title}", for Bob Brown`);
      expect(r.stdout).toContain('matched by its sha256');
    },
    RENDERS,
  );

  it(
    'names the copy from its stamp after a re-save changed the hash',
    () => {
      const file = path('out', book().distribution![0]!.copies[2]!.fileName);
      execFileSync('qpdf', ['--object-streams=generate', '--linearize', file, path('resaved.pdf')]);
      expect(sha256(path('resaved.pdf'))).not.toBe(sha256(file));
      const r = brief(['identify', 'resaved.pdf', 'jp.json'], dir);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`Copy 3 of 3 of "${book().title}", for Carol Chen`);
      expect(r.stdout).toContain('from its copy stamp');
      // Without the book it still names the copy, and says the book was not searched.
      const alone = brief(['identify', 'resaved.pdf'], dir);
      expect(alone.code).toBe(0);
      expect(alone.stdout).toContain(
        `Copy 3 of 3 of book ${book().id} (not in the books searched)`,
      );
    },
    RENDERS,
  );

  it(
    'says plainly when a PDF is no known copy',
    () => {
      const plain = brief(['export', 'jp.json', '--out', 'plain.pdf'], dir);
      expect(plain.code, plain.stderr).toBe(0);
      const r = brief(['identify', 'plain.pdf', 'jp.json'], dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(
        /plain\.pdf: Not a known copy: its sha256 is in no distribution log/,
      );
    },
    RENDERS,
  );
});

describe('brief export --addendum', () => {
  it(
    'refuses when nothing changed since the copies',
    () => {
      expectCleanFailure(
        brief(['export', 'jp.json', '--addendum', '--out', 'add'], dir),
        1,
        /Nothing changed in ".*" since the last distribution/,
      );
      expect(pdfsIn('add')).toEqual([]);
    },
    RENDERS,
  );

  it(
    'prints only the changed tab after a change list, one per recipient, numbered to the copies',
    async () => {
      const edited = book();
      const press = edited.tabs.find((t) => t.title === 'Press Line')!;
      const first = press.content.root.children[0]!;
      const text = first.children![0]!;
      text.text = 'The United States and Japan share a commitment to safe lunar exploration.';
      writeFileSync(path('jp.json'), JSON.stringify(edited, null, 2));
      const r = brief(['export', 'jp.json', '--addendum', '--out', 'add'], dir);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/Wrote Addendum 1 \(3 copies\)/);
      const log = book().distribution!;
      expect(log).toHaveLength(2);
      expect(log[1]).toMatchObject({ addendum: 1, of: 3 });
      // Only the newest entry keeps block texts (the next addendum diffs against it).
      expect(log[0]!.tabs.every((t) => t.blocks === undefined)).toBe(true);
      expect(log[1]!.tabs.every((t) => Array.isArray(t.blocks))).toBe(true);
      const files = pdfsIn('add');
      expect(files).toHaveLength(3);
      for (const [i, recipient] of RECIPIENTS.entries()) {
        const file = files.find((f) => f.includes(`Addendum 1 to Copy ${i + 1} of 3`))!;
        expect(log[1]!.copies[i]).toMatchObject({ recipient, sha256: sha256(path('add', file)) });
        const pdf = await readPdf(readFileSync(path('add', file)));
        for (const page of pdf.pages) {
          expect(page.text).toContain(`Addendum 1 to Copy ${i + 1} of 3`);
          expect(page.text).toContain(recipient);
          // The same marking as the copies it amends, though the changed tab is all (U).
          expect(page.text).toContain('SENSITIVE BUT UNCLASSIFIED');
        }
        const all = pdf.pages.map((p) => p.text).join('\n');
        expect(all).toContain('Addendum 1: what changed');
        expect(all).toMatch(/Press Line\s*Changed, block 1\s*added "The United States and Japan/);
        expect(all).toContain('safe lunar exploration.');
        // Only the changed tab is printed: its TOC has one entry.
        const headings = pdf.outline.map((o) => o.title);
        expect(headings).toEqual(['Press Line']);
      }
      // The stamp identifies an addendum too.
      const id = brief(['identify', path('add', files[0]!), 'jp.json'], dir);
      expect(id.stdout).toContain('Addendum 1 to Copy 1 of 3');
    },
    RENDERS,
  );
});
