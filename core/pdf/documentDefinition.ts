// Builds the pdfmake document definition for one book or a packet: covers, TOC, tabs, banners, outline, watermark.
import type {
  Content,
  ContentSection,
  DynamicContent,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import type { Book } from '../book/schema';
import type { FrameworkBundle } from '../framework/bundle';
import { bannerText, highWaterMark } from '../book/marks';
import { fieldValues } from '../book/fields';
import { AppFailure } from '../ipc/result';
import { coverBackground, coverContent, formatDate } from './cover';
import { scriptInlines, type ConvertContext } from './inline';
import { lexicalToPdfmake } from './lexicalToPdfmake';
import { preflight, selectTabs, type ExportSelection } from './preflight';
import type { FontKey } from './scripts';
import { DEFAULT_STYLE, DRAFT_WATERMARK, PAGE, STYLES } from './styles';

/** What to print: one book, or several as a packet with a master table of contents. */
export interface DocInput {
  books: Book[];
  /** Title of the packet; with more than one book, defaults to "Briefing packet". */
  packetTitle?: string;
  /** Per book id: tab ids to include; absent means all tabs. */
  includeTabs?: Record<string, string[]>;
  framework: FrameworkBundle;
}

/** The definition plus facts the runner needs: fonts used (CJK fonts load only when listed) and the banner. */
export interface BuiltDocument {
  definition: TDocumentDefinitions;
  fonts: FontKey[];
  banner: string;
  /** Drawn text -> logical text for runs whose glyphs are rearranged (ActualText spans). */
  actualText: Map<string, string>;
}

const TOC_ID = 'contents';

function repeating(
  banner: string,
  runningTitle: Content,
): { header: DynamicContent; footer: DynamicContent } {
  const side: [number, number, number, number] = [PAGE.margins[0], 0, PAGE.margins[2], 0];
  return {
    header: () => ({
      stack: [
        { text: banner, style: 'banner', margin: [0, 24, 0, 3] },
        { text: runningTitle, style: 'runningTitle' } as Content,
      ],
      margin: side,
    }),
    footer: (page: number, pages: number) => ({
      stack: [
        { text: `Page ${page} of ${pages}`, style: 'pageNumber', margin: [0, 16, 0, 4] },
        { text: banner, style: 'banner' },
      ],
      margin: side,
    }),
  };
}

function tabContent(
  sel: ExportSelection,
  bi: number,
  ctx: ConvertContext,
  framework: FrameworkBundle,
  packet: boolean,
  firstBreaks: boolean,
): Content[] {
  const quoteCtx = {
    ...ctx,
    countryCode: sel.book.meeting.countryCode,
    framework,
    frameworkVersion: sel.book.frameworkVersion,
  };
  return sel.tabs.flatMap((tab, ti) => {
    let body: Content[];
    try {
      body = lexicalToPdfmake(tab.content, quoteCtx);
    } catch (e) {
      throw new AppFailure(
        'validation',
        `Book "${sel.book.title}", tab "${tab.title}": ${(e as Error).message}`,
      );
    }
    const heading: Content = {
      text: scriptInlines(tab.title, quoteCtx),
      style: 'tabHeading',
      tocItem: TOC_ID,
      tocStyle: packet ? 'tocTab' : undefined,
      tocMargin: packet ? [16, 2, 0, 2] : [0, 3, 0, 3],
      id: `b${bi}-t${ti}`,
      outline: true,
      outlineText: tab.title,
      outlineParentId: packet ? `b${bi}` : undefined,
      pageBreak: ti > 0 || firstBreaks ? 'before' : undefined,
    } as Content; // a TOC item that is also an outline entry: the typings keep those apart
    return [heading, ...body];
  });
}

/**
 * Builds a fresh pdfmake document definition (pdfmake mutates it: never reuse one) plus the fonts it needs.
 * Runs {@link preflight} first, so unmarked portions, RTL text and bad marks are refused here.
 * @throws AppFailure('validation' | 'unmarked-portions' | 'unsupported-script')
 */
export function buildDocument(input: DocInput): BuiltDocument {
  if (input.books.length === 0)
    throw new AppFailure('validation', 'Nothing to export: no book was given');
  const selections = selectTabs(input.books, input.includeTabs);
  const packet = input.books.length > 1;
  const packetTitle = input.packetTitle?.trim() || (packet ? 'Briefing packet' : undefined);
  const banner = bannerText(highWaterMark(preflight(selections, packetTitle)));
  const usedFonts = new Set<FontKey>(['Roboto']);
  const actualText = new Map<string, string>();
  const draft = (b: Book) => (b.clearance.status === 'cleared' ? null : DRAFT_WATERMARK);
  const toc: Content = {
    toc: {
      id: TOC_ID,
      title: { text: 'Contents', style: 'tocTitle' },
      numberStyle: 'tocNumber',
      textStyle: 'tocTab',
    },
  };
  const sections: ContentSection[] = [];
  if (packet) {
    const ctx: ConvertContext = { usedFonts, actualText };
    sections.push({
      section: [
        { text: scriptInlines(packetTitle!, ctx), style: 'coverTitle', margin: [0, 10, 0, 4] },
        { text: `${input.books.length} meetings`, style: 'coverLine', margin: [0, 0, 0, 20] },
        toc,
      ],
      ...repeating(banner, scriptInlines(packetTitle!, ctx)),
      watermark: input.books.some(draft) ? DRAFT_WATERMARK : null,
    });
  }
  selections.forEach((sel, bi) => {
    const ctx: ConvertContext = {
      usedFonts,
      actualText,
      countryCode: sel.book.meeting.countryCode,
      fields: fieldValues(sel.book.meeting),
    };
    const titleExtras = packet
      ? {
          tocItem: TOC_ID,
          tocStyle: 'tocBook',
          tocMargin: [0, 10, 0, 2] as [number, number, number, number],
          id: `b${bi}`,
          outline: true,
          outlineText: sel.book.title,
          outlineExpanded: true,
        }
      : {};
    sections.push({
      section: coverContent(sel.book, ctx, titleExtras),
      header: null,
      footer: null,
      background: () => coverBackground(banner),
      watermark: draft(sel.book),
      pageMargins: [PAGE.margins[0], 60, PAGE.margins[2], 60],
    });
    const body = tabContent(sel, bi, ctx, input.framework, packet, !packet);
    sections.push({
      section: packet ? body : [toc, ...body],
      ...repeating(banner, scriptInlines(sel.book.title, ctx)),
      watermark: draft(sel.book),
      pageMargins: PAGE.margins,
    });
  });
  const first = input.books[0]!;
  const title = packetTitle ?? first.title;
  const subject = packet
    ? `Briefing packet: ${input.books.map((b) => `${b.meeting.countryName} ${formatDate(b.meeting.date)}`).join('; ')} (${banner})`
    : `Briefing book: ${first.meeting.countryName}, meeting of ${formatDate(first.meeting.date)} (${banner})`;
  return {
    definition: {
      pageSize: 'LETTER',
      pageMargins: PAGE.margins,
      // Title and Subject only: no author, and no user or host name anywhere in the file.
      info: { title, subject, creator: 'Briefing Book Builder', producer: 'Briefing Book Builder' },
      content: sections,
      styles: STYLES,
      defaultStyle: DEFAULT_STYLE,
    },
    fonts: [...usedFonts],
    banner,
    actualText,
  };
}

/** The pdfmake document definition for a book or packet (see {@link buildDocument}). */
export function buildDocDefinition(input: DocInput): TDocumentDefinitions {
  return buildDocument(input).definition;
}
