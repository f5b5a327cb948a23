// Writes a book as a Word document for clearance: cover, TOC field, tabs, banner in header and footer, PAGE/NUMPAGES.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
} from 'docx';
import type { Book, SignOff } from '../../core/book/schema';
import type { FrameworkBundle } from '../../core/framework/bundle';
import { bannerText, highWaterMark } from '../../core/book/marks';
import { assertAllPortionsMarked } from '../../core/book/markings';
import { assertKnownFrameworkVersion } from '../../core/data/knownFrameworkVersion';
import { formatDate, personLine } from '../../core/pdf/cover';
import { preflight, selectTabs } from '../../core/pdf/preflight';
import { AppFailure } from '../../core/ipc/result';
import { blockToDocx, type DocxContext } from './docxBlocks';
import { DOCX_NUMBERING, DOCX_STYLE, DOCX_STYLES } from './docxStyles';

/** The written file and the banner it carries. */
export interface DocxExport {
  bytes: Uint8Array;
  banner: string;
}

function signOff(s: SignOff | null, none: string): string {
  return s
    ? [s.office, s.name, s.date ? formatDate(s.date) : null].filter(Boolean).join(', ')
    : none;
}

function line(label: string, value: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: `${label}  `, bold: true, size: 18 }), new TextRun(value)],
  });
}

function cover(book: Book): Paragraph[] {
  const m = book.meeting;
  const c = book.clearance;
  return [
    new Paragraph({ children: [new TextRun({ text: 'BRIEFING BOOK', bold: true, size: 20 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(book.title)] }),
    line('Country', m.countryName),
    ...(m.counterpart ? [line('Counterpart', personLine(m.counterpart))] : []),
    ...(m.principal ? [line('Principal', personLine(m.principal))] : []),
    line('Meeting', [m.city, formatDate(m.date)].filter(Boolean).join(', ')),
    line('Book date', formatDate(book.bookDate)),
    line('Copy', book.copyNumber === null ? 'unnumbered' : `No. ${book.copyNumber}`),
    new Paragraph({ text: '' }),
    line('Drafted by:', signOff(c.drafted, '(not recorded)')),
    line(
      'Cleared by:',
      c.cleared.length > 0 ? c.cleared.map((s) => signOff(s, '')).join('; ') : '(none yet)',
    ),
    line('Approved by:', signOff(c.approved, '(not yet approved)')),
  ];
}

function header(banner: string, title: string): Header {
  return new Header({
    children: [
      new Paragraph({ style: DOCX_STYLE.banner, text: banner }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: title, size: 16, color: '555555' })],
      }),
    ],
  });
}

function footer(banner: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
            size: 16,
          }),
        ],
      }),
      new Paragraph({ style: DOCX_STYLE.banner, text: banner }),
    ],
  });
}

/**
 * Builds the DOCX of one book. Refuses what the PDF refuses on every export (unknown framework,
 * unmarked portions, classified markings); the caller runs readiness as for a PDF.
 * @throws AppFailure('validation' | 'unmarked-portions' | ...)
 */
export async function exportDocx(book: Book, framework: FrameworkBundle): Promise<DocxExport> {
  assertKnownFrameworkVersion(book);
  assertAllPortionsMarked(book);
  const selections = selectTabs([book]);
  const banner = bannerText(highWaterMark(preflight(selections)));
  const ctx: DocxContext = {
    framework,
    frameworkVersion: book.frameworkVersion,
    listInstance: { next: 1 },
  };
  const body = book.tabs.flatMap((tab, ti) => {
    try {
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          pageBreakBefore: ti > 0,
          children: [new TextRun(tab.title)],
        }),
        ...tab.content.root.children.flatMap((block) => blockToDocx(block, ctx)),
      ];
    } catch (e) {
      throw new AppFailure(
        'validation',
        `Book "${book.title}", tab "${tab.title}": ${(e as Error).message}`,
      );
    }
  });
  const doc = new Document({
    title: book.title,
    subject: `Briefing book: ${book.meeting.countryName}, meeting of ${formatDate(book.meeting.date)} (${banner})`,
    creator: 'Briefing Book Builder',
    description: banner,
    // Word refreshes the TOC and page fields when it opens the file.
    features: { updateFields: true },
    styles: DOCX_STYLES,
    numbering: DOCX_NUMBERING,
    sections: [
      {
        // US Letter, as the PDF.
        properties: { page: { size: { width: 12240, height: 15840 } } },
        headers: { default: header(banner, book.title) },
        footers: { default: footer(banner) },
        children: [
          ...cover(book),
          new Paragraph({ children: [new PageBreak()] }),
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Contents')] }),
          new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3' }),
          new Paragraph({ children: [new PageBreak()] }),
          ...body,
        ],
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return { bytes: new Uint8Array(buffer), banner };
}
