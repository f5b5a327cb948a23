// The CLI end to end: real bundle, real child processes, real files; bad input fails cleanly in one line.
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BookSchema, type Book } from '../../core/book/schema';
import { brief, buildCli } from './run';
import { expectCleanFailure } from './cleanFailure';
import { pdfPages } from '../fixtures/pdfPages';

let dir: string;
const path = (name: string) => join(dir, name);
const readBook = (name: string): Book =>
  BookSchema.parse(JSON.parse(readFileSync(path(name), 'utf8')));

/** A clean failure: the exit code, one stderr line with the message, no stack frame, nothing on stdout. */
const NEW_JP = [
  'new',
  '--template',
  'bilateral-space-dialogue',
  '--country',
  'JP',
  '--date',
  '2026-03-12',
  '--city',
  'Tokyo',
  '--counterpart',
  'Counterpart Name',
];

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'brief-cli-'));
  expect(brief([...NEW_JP, '--out', 'jp.json'], dir).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('brief templates / countries / help', () => {
  it('lists the six templates', () => {
    const r = brief(['templates'], dir);
    expect(r.code).toBe(0);
    for (const id of [
      'bilateral-space-dialogue',
      'artemis-accords-outreach',
      'space-security-dialogue',
      'commercial-space-mission',
      'earth-observation-cooperation',
      'multilateral-delegation',
    ]) {
      expect(r.stdout).toContain(id);
    }
  });

  it('filters countries by name or code', () => {
    const r = brief(['countries', '--filter', 'japan'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^JP\s+Japan\s+signed 2020-10-13\s+yes\s+yes$/m);
    expect(r.stdout).not.toContain('France');
    expectCleanFailure(
      brief(['countries', '--filter', 'Atlantis'], dir),
      1,
      /no country matches "Atlantis"/,
    );
  });

  it('prints usage and rejects unknown commands and options with exit code 2', () => {
    expect(brief(['help'], dir).stdout).toContain('brief new --template ID');
    expectCleanFailure(brief(['frobnicate'], dir), 2, /unknown command "frobnicate"/);
    expectCleanFailure(brief(['templates', '--colour'], dir), 2, /Unknown option '--colour'/);
    expectCleanFailure(
      brief(['new', '--template', 'bilateral-space-dialogue'], dir),
      2,
      /--country is required/,
    );
  });
});

describe('brief new', () => {
  it('writes a valid, fully marked book for the country and meeting', () => {
    const book = readBook('jp.json');
    expect(book.title).toBe('U.S.-Japan Bilateral Space Dialogue, March 12, 2026');
    expect(book.meeting).toMatchObject({
      countryCode: 'JP',
      city: 'Tokyo',
      date: '2026-03-12',
      counterpart: { name: 'Counterpart Name' },
    });
    expect(book.tabs).toHaveLength(10);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to overwrite without --force, and replaces with it', () => {
    const before = readFileSync(path('jp.json'), 'utf8');
    expectCleanFailure(
      brief([...NEW_JP, '--out', 'jp.json'], dir),
      1,
      /jp\.json already exists; pass --force/,
    );
    expect(readFileSync(path('jp.json'), 'utf8')).toBe(before);
    expect(brief([...NEW_JP, '--out', 'jp.json', '--force'], dir).code).toBe(0);
    expect(readBook('jp.json').id).not.toBe(JSON.parse(before).id);
  });

  const bad: Array<[string, string[], RegExp]> = [
    [
      'an unknown template',
      ['--template', 'bilateral', '--country', 'JP', '--date', '2026-03-12'],
      /unknown template "bilateral"; valid templates: bilateral-space-dialogue, artemis-accords-outreach/,
    ],
    [
      'an unknown country',
      ['--template', 'bilateral-space-dialogue', '--country', 'JPN', '--date', '2026-03-12'],
      /Unknown country code "JPN"\. Did you mean: .*JP \(Japan\)/,
    ],
    [
      'an impossible date',
      ['--template', 'bilateral-space-dialogue', '--country', 'JP', '--date', '2026-02-30'],
      /--date 2026-02-30: not a real calendar date/,
    ],
    [
      'a malformed date',
      ['--template', 'bilateral-space-dialogue', '--country', 'JP', '--date', '12/03/2026'],
      /--date 12\/03\/2026: expected a date as YYYY-MM-DD/,
    ],
  ];
  for (const [what, args, message] of bad) {
    it(`fails cleanly on ${what}, writing nothing`, () => {
      expectCleanFailure(brief(['new', ...args, '--out', 'bad.json'], dir), 1, message);
      expect(existsSync(path('bad.json'))).toBe(false);
    });
  }
});

describe('brief validate', () => {
  it('accepts a drafted book and summarises it', () => {
    const r = brief(['validate', 'jp.json'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /jp\.json: valid; "U\.S\.-Japan Bilateral Space Dialogue, March 12, 2026", 10 tabs, banner SENSITIVE BUT UNCLASSIFIED, cites \d+ framework item\(s\), draft/,
    );
  });

  it('accepts a UTF-8 byte-order mark, and refuses a framework version the app does not hold', () => {
    writeFileSync(path('bom.json'), `\uFEFF${readFileSync(path('jp.json'), 'utf8')}`);
    expect(brief(['validate', 'bom.json'], dir).code).toBe(0);
    const old = JSON.parse(readFileSync(path('jp.json'), 'utf8')) as Book;
    old.frameworkVersion = 'sfsd-1999';
    writeFileSync(path('old.json'), JSON.stringify(old));
    expectCleanFailure(
      brief(['validate', 'old.json'], dir),
      1,
      /old\.json: \$\.frameworkVersion: the framework version "sfsd-1999" is not one this app holds \(it holds sfsd-2023\)/,
    );
  });

  it('rejects hostile and broken files with one specific line', () => {
    writeFileSync(path('syntax.json'), '{"formatVersion": 1,');
    expectCleanFailure(
      brief(['validate', 'syntax.json'], dir),
      1,
      /syntax\.json: is not valid JSON \(/,
    );

    const wrong = JSON.parse(readFileSync(path('jp.json'), 'utf8'));
    wrong.meeting.date = '2026-13-01';
    wrong.tabs[0].defaultMark = 'TOP SECRET';
    writeFileSync(path('schema.json'), JSON.stringify(wrong));
    expectCleanFailure(
      brief(['validate', 'schema.json'], dir),
      1,
      /schema\.json: \$\.meeting\.date: not a real calendar date; schema\.json: \$\.tabs\[0\]\.defaultMark: "TOP SECRET" is a classified marking/,
    );

    writeFileSync(path('huge.json'), '');
    truncateSync(path('huge.json'), 100_000_000);
    expectCleanFailure(
      brief(['validate', 'huge.json'], dir),
      1,
      /huge\.json: is 100\.0 MB; a book file may be at most 50 MB/,
    );

    const depth = 200_000;
    const deep = readFileSync(path('jp.json'), 'utf8').replace(
      '"children": [',
      `"children": [${'{"type":"paragraph","children":['.repeat(depth)}${']}'.repeat(depth)},`,
    );
    writeFileSync(path('deep.json'), deep);
    expectCleanFailure(
      brief(['validate', 'deep.json'], dir),
      1,
      /deep\.json: nested more than 100 levels deep at \$\.tabs\[0\]\.content\.root\.children/,
    );

    expectCleanFailure(brief(['validate', 'missing.json'], dir), 1, /missing\.json: no such file/);
  });

  it('reports unmarked portions and altered framework language', () => {
    const book = JSON.parse(readFileSync(path('jp.json'), 'utf8')) as Book;
    const blocks = book.tabs[3]!.content.root.children;
    const quote = blocks.find((n) => n.type === 'framework-quote')!;
    quote.children![0]!.text = `${quote.children![0]!.text} And more.`;
    delete blocks[blocks.length - 1]!.$;
    writeFileSync(path('edited.json'), JSON.stringify(book));
    expectCleanFailure(
      brief(['validate', 'edited.json'], dir),
      1,
      new RegExp(
        `1 portion has no valid portion mark: Points to Make: "\\[Drafter: keep to about one page:.*framework item ${String(quote.itemId).replace(/\./g, '\\.')} in "Points to Make" no longer matches the framework text`,
      ),
    );
  });
});

describe('brief export', () => {
  it('exports one book to a PDF whose text carries the title and banner', async () => {
    const r = brief(['export', 'jp.json', '--out', 'jp.pdf'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /Wrote jp\.pdf: "U\.S\.-Japan Bilateral Space Dialogue, March 12, 2026", \d+ pages/,
    );
    const pages = await pdfPages(readFileSync(path('jp.pdf')));
    expect(pages.length).toBe(Number(/(\d+) pages/.exec(r.stdout)![1]));
    expect(pages.join(' ')).toContain('Japan');
    expect(pages.join(' ')).toContain('SENSITIVE BUT UNCLASSIFIED');
  });

  it('exports several books as one packet', async () => {
    expect(
      brief(
        [
          'new',
          '--template',
          'artemis-accords-outreach',
          '--country',
          'EG',
          '--date',
          '2026-03-14',
          '--out',
          'eg.json',
        ],
        dir,
      ).code,
    ).toBe(0);
    const r = brief(
      ['export', 'jp.json', 'eg.json', '--out', 'packet.pdf', '--title', 'Trip packet'],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/packet of 2 books/);
    const text = (await pdfPages(readFileSync(path('packet.pdf')))).join(' ');
    expect(text).toContain('Japan');
    expect(text).toContain('Egypt');
  });

  it('refuses an unmarked book and a broken one without leaving a PDF or temp file', () => {
    const book = JSON.parse(readFileSync(path('jp.json'), 'utf8')) as Book;
    delete book.tabs[1]!.content.root.children[0]!.$;
    writeFileSync(path('unmarked.json'), JSON.stringify(book));
    expectCleanFailure(
      brief(['export', 'unmarked.json', '--out', 'unmarked.pdf'], dir),
      1,
      /Scene-Setter/,
    );
    expect(existsSync(path('unmarked.pdf'))).toBe(false);
    expectCleanFailure(
      brief(['export', 'jp.json', 'syntax.json', '--out', 'broken.pdf'], dir),
      1,
      /syntax\.json: is not valid JSON \(/,
    );
    expect(existsSync(path('broken.pdf'))).toBe(false);
    expectCleanFailure(
      brief(['export', 'jp.json', '--out', 'jp.txt'], dir),
      2,
      /must end in \.pdf/,
    );
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
