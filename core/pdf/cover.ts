// The cover page of a book: banner, identity, meeting, copy number and the clearance block (no header/footer).
import type { Content, ContentText } from 'pdfmake/interfaces';
import type { Book, OfficeClearance, Person, SignOff } from '../book/schema';
import { contentHash } from '../clearance/contentHash';
import { officeState, officeStatus } from '../clearance/tracker';
import { scriptInlines, type ConvertContext } from './inline';
import { PAGE } from './styles';
import { longDate } from '../book/fields';

/**
 * "2026-03-12" -> "March 12, 2026": the book title's own formatter (its {{meeting.date}} field), so
 * the cover, the title above it and the running header never show one date two ways.
 */
export const formatDate = (iso: string): string => longDate(iso);

/** "Name (native name) [pronunciation], Title". */
export function personLine(p: Person): string {
  const native = p.nativeName ? ` (${p.nativeName})` : '';
  const say = p.pronunciation ? ` [${p.pronunciation}]` : '';
  return `${p.name}${native}${say}${p.title ? `, ${p.title}` : ''}`;
}

/** "OES/SAT: J. Doe, March 12, 2026", or "OES/SAT: ok, March 12, 2026" when no name is given. */
export function signOffText(s: SignOff): string {
  const who = s.name.trim() || (s.date ? 'ok' : '');
  const line = [who, s.date ? formatDate(s.date) : null].filter(Boolean).join(', ');
  return s.office.trim() ? `${s.office.trim()}: ${line || '(not signed)'}` : line;
}

/** One clearing office's line: its sign-off, or "pending", and a note when it cleared other text. */
function officeLine(o: OfficeClearance, hash: string): string {
  const state = officeState(o, hash);
  if (state === 'pending') return `${o.office.trim() || '(office not named)'}: pending`;
  const changes = officeStatus(o) === 'cleared-with-changes' ? ' (with changes)' : '';
  const stale = state === 'stale' ? ' (cleared an earlier version)' : '';
  return `${signOffText(o)}${changes}${stale}`;
}

function labelled(label: string, value: string, ctx: ConvertContext): Content {
  return {
    text: [{ text: `${label}  `, style: 'coverLabel' }, ...scriptInlines(value, ctx)],
    style: 'coverLine',
  };
}

/** The Drafted / Cleared / Approved block, one line per clearing office. */
function clearanceBlock(book: Book, ctx: ConvertContext): Content {
  const c = book.clearance;
  const row = (label: string, value: string): Content[] => [
    { text: label, style: 'coverLabel' },
    { text: scriptInlines(value, ctx), style: 'clearanceBlock' },
  ];
  const hash = contentHash(book.tabs);
  const cleared =
    c.cleared.length > 0 ? c.cleared.map((o) => officeLine(o, hash)).join('\n') : '(none yet)';
  return {
    table: {
      widths: [60, '*'],
      body: [
        row('Drafted:', c.drafted ? signOffText(c.drafted) : '(not recorded)'),
        row('Cleared:', cleared),
        row('Approved:', c.approved ? signOffText(c.approved) : '(not yet approved)'),
      ],
    },
    layout: 'noBorders',
    margin: [0, 30, 0, 0],
  };
}

/**
 * The cover of one book. `titleNode` extras (tocItem/id/outline) let a packet's master TOC and
 * the PDF outline point at the cover.
 */
export function coverContent(
  book: Book,
  ctx: ConvertContext,
  titleExtras: Partial<ContentText> = {},
  /** A numbered copy's line ("Copy 2 of 3, for …") instead of the book's copy number. */
  copyLine?: string,
): Content[] {
  const m = book.meeting;
  const lines: Content[] = [labelled('Country', m.countryName, ctx)];
  if (m.counterpart) lines.push(labelled('Counterpart', personLine(m.counterpart), ctx));
  if (m.principal) lines.push(labelled('Principal', personLine(m.principal), ctx));
  lines.push(labelled('Meeting', [m.city, formatDate(m.date)].filter(Boolean).join(', '), ctx));
  lines.push(labelled('Book date', formatDate(book.bookDate), ctx));
  lines.push(
    labelled(
      'Copy',
      copyLine ?? (book.copyNumber === null ? 'unnumbered' : `No. ${book.copyNumber}`),
      ctx,
    ),
  );
  return [
    { text: 'BRIEFING BOOK', style: 'coverKicker' },
    { ...titleExtras, text: scriptInlines(book.title, ctx), style: 'coverTitle' },
    ...lines,
    clearanceBlock(book, ctx),
  ];
}

/** The cover's banners, top and bottom, drawn as page background: the cover has no header or footer. */
export function coverBackground(banner: string): Content {
  return {
    stack: [
      { text: banner, style: 'banner', margin: [0, 24, 0, 0] },
      { text: banner, style: 'banner', absolutePosition: { x: 0, y: PAGE.height - 36 } },
    ],
  };
}

/** A non-paper's plain title page: "Non-paper", the title and the meeting date; no people, copy or clearance. */
export function plainCover(
  book: Book,
  ctx: ConvertContext,
  titleExtras: Partial<ContentText> = {},
): Content[] {
  return [
    // No letter spacing: the word stays one word for text extraction and screen readers.
    { text: 'Non-paper', style: 'coverKicker', characterSpacing: 0 },
    { ...titleExtras, text: scriptInlines(book.title, ctx), style: 'coverTitle' },
    { text: formatDate(book.meeting.date), style: 'coverLine' },
  ];
}
