// One date style in a printed book: the cover's dates (meeting, book date, sign-offs) are written as the title's {{meeting.date}}.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../node/pdf/renderPdf';
import { readPdf, type ReadPdf } from '../../fixtures/pdfPages';
import { fixtureFramework } from '../../fixtures/engine/bundle';
import { draft } from '../../core/book/draft';
import { testFontsDir } from './testFonts';

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** "March 12, 2026": the title's style. */
const MONTH_FIRST = new RegExp(`${MONTH} \\d{1,2}, \\d{4}`, 'g');
/** "12 March 2026" or "2026-03-12": any other way of writing a date. */
const OTHER_STYLES = new RegExp(`\\b\\d{1,2} ${MONTH} \\d{4}|\\b\\d{4}-\\d{2}-\\d{2}\\b`);

let pdf: ReadPdf;
let title: string;

beforeAll(async () => {
  const book = draft('bilateral-space-dialogue', 'JP', {
    date: '2026-03-12',
    city: 'Tokyo',
    counterpart: null,
    principal: null,
  });
  book.clearance.drafted = { office: 'OES/SAT', name: 'R. Drafter', date: '2026-03-05' };
  book.clearance.approved = { office: 'OES', name: 'A. Approver', date: '2026-03-09' };
  title = book.title;
  const { bytes } = await renderPdf(
    { books: [book], framework: fixtureFramework },
    { fontsDir: testFontsDir() },
  );
  pdf = await readPdf(bytes);
});

describe('dates on the cover and in the title', () => {
  it('writes the title with the meeting date month first', () => {
    expect(title).toBe('U.S.-Japan Bilateral Space Dialogue, March 12, 2026');
  });

  it('writes every cover date in the title style, the meeting date exactly as in the title', () => {
    // Lines joined: the title wraps on the cover.
    const cover = pdf.pages[0]!.lines.map((l) => l.text).join(' ');
    expect(cover).toContain(title);
    expect(cover).toContain('Meeting Tokyo, March 12, 2026');
    expect(cover).toContain('Book date March 1, 2026');
    expect(cover).toContain('OES/SAT: R. Drafter, March 5, 2026');
    expect(cover).toContain('OES: A. Approver, March 9, 2026');
    // Title, meeting, book date, drafted, approved: each date written the one way.
    expect(cover.match(MONTH_FIRST)).toEqual([
      'March 12, 2026',
      'March 12, 2026',
      'March 1, 2026',
      'March 5, 2026',
      'March 9, 2026',
    ]);
    expect(cover).not.toMatch(OTHER_STYLES);
  });

  it('runs the same title, date included, at the top of the following pages', () => {
    const header = pdf.pages[1]!.lines[1]?.text;
    expect(header).toBe(title);
    expect(pdf.info.Subject).toContain('meeting of March 12, 2026');
  });
});
