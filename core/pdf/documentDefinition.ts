// Builds the pdfmake document definition for one book or a packet: covers, TOC, tabs, banners, outline, watermark, structure tags and block stamps.
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
import { BlockRegistry, hasUnbreakable, letFlow } from './blockStamps';
import { coverBackground, coverContent, formatDate } from './cover';
import { scriptInlines, type ConvertContext } from './inline';
import { lexicalToPdfmake } from './lexicalToPdfmake';
import { keepWithNext } from './keepWithNext';
import { plainText } from './portions';
import { preflight, selectTabs, type ExportSelection } from './preflight';
import { StructureRegistry, tagContent, type StructTag } from './structure';
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
  /** The stamp of every tab block, for the after-layout check that each one printed. */
  blocks: BlockRegistry;
  /** The structure elements of the tagged PDF, in reading order. */
  structure: StructureRegistry;
}

/** Layout choices the runner may change on a second pass. */
export interface BuildOptions {
  /**
   * Keys (`book:tab:block`) of blocks laid out without `unbreakable` and heading keep: blocks the
   * first pass lost because a keep-together unit was taller than a page.
   */
  flow?: ReadonlySet<string>;
}

const TOC_ID = 'contents';
/** The document language (`/Lang`): books are written in English; native-script names are short runs in it. */
export const DOC_LANGUAGE = 'en-US';

/** Structure roles of book blocks: the tab title is H1, so the book's h1..h3 print as H2..H4. */
const HEADING_ROLE: Record<string, string> = { h1: 'H2', h2: 'H3' };

/** Tags one converted block: its role follows the Lexical block type. */
function tagBlock(
  content: Content,
  type: string,
  tag: unknown,
  sect: StructTag,
  reg: StructureRegistry,
): Content {
  switch (type) {
    case 'heading':
      return tagContent(content, sect, HEADING_ROLE[String(tag)] ?? 'H4', reg);
    case 'quote':
      return tagContent(content, reg.add('BlockQuote', sect), null, reg);
    case 'framework-quote':
      return tagContent(content, reg.add('BlockQuote', sect), 'P', reg);
    default:
      // paragraphs; lists and tables make their own L/Table trees, their portion marks are P
      return tagContent(content, sect, 'P', reg);
  }
}

/** Tags a table of contents: its title as P, then a TOC element whose TOCI entries come with the headings. */
function tagToc(toc: Content, parent: StructTag, reg: StructureRegistry): StructTag {
  const title = (toc as { toc: { title?: Content } }).toc.title;
  if (title) tagContent(title, parent, 'P', reg);
  return reg.add('TOC', parent);
}

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
  blocks: BlockRegistry,
  flow: ReadonlySet<string>,
  structure: { reg: StructureRegistry; document: StructTag; toc: StructTag },
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
    const nodes = tab.content.root.children;
    const sect = structure.reg.add('Sect', structure.document);
    const h1 = structure.reg.add('H1', sect); // the tab title, first in its Sect
    const base = blocks.blocks.length;
    const keyOf = (k: number): string => `${bi}:${ti}:${k}`;
    const contents = body.map((converted, k) => {
      const node = nodes[k]!;
      const words = plainText(node).slice(0, 400).trim().split(/\s+/).slice(0, 8).join(' ');
      const tagged = tagBlock(converted, node.type, node.tag, sect, structure.reg);
      const content = blocks.stamp(tagged, {
        key: keyOf(k),
        where: `block ${k + 1} of tab "${tab.title}" in book "${sel.book.title}" (${node.type}: "${words.length > 70 ? `${words.slice(0, 67)}...` : words}")`,
      });
      if (flow.has(keyOf(k))) letFlow(content);
      blocks.rescuable[base + k] = hasUnbreakable(content);
      return content;
    });
    body = [];
    for (let k = 0; k < contents.length; k++) {
      const next = contents[k + 1];
      if (nodes[k]!.type !== 'heading' || next === undefined || flow.has(keyOf(k))) {
        body.push(contents[k]!);
        continue;
      }
      blocks.rescuable[base + k] = true;
      if ((next as { unbreakable?: boolean }).unbreakable === true) {
        // A heading before a table kept together goes with the whole table.
        body.push({ stack: [contents[k]!, next], unbreakable: true });
        blocks.rescuable[base + k + 1] = true;
        k++;
      } else body.push(keepWithNext(contents[k]!, nodes[k + 1]!.type === 'table' ? 2 : 1));
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
    tagContent(heading, h1, null, structure.reg);
    structure.reg.tociById.set(`b${bi}-t${ti}`, structure.reg.add('TOCI', structure.toc));
    return [heading, ...body];
  });
}

/**
 * Builds a fresh pdfmake document definition (pdfmake mutates it: never reuse one) plus the fonts it needs.
 * Runs {@link preflight} first, so unmarked portions, RTL text and bad marks are refused here.
 * @throws AppFailure('validation' | 'unmarked-portions' | 'unsupported-script')
 */
export function buildDocument(input: DocInput, options: BuildOptions = {}): BuiltDocument {
  if (input.books.length === 0)
    throw new AppFailure('validation', 'Nothing to export: no book was given');
  const selections = selectTabs(input.books, input.includeTabs);
  const packet = input.books.length > 1;
  const packetTitle = input.packetTitle?.trim() || (packet ? 'Briefing packet' : undefined);
  const banner = bannerText(highWaterMark(preflight(selections, packetTitle)));
  const usedFonts = new Set<FontKey>(['Roboto']);
  const blocks = new BlockRegistry();
  const reg = new StructureRegistry();
  const docTag = reg.add('Document', null);
  const flow = options.flow ?? new Set<string>();
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
  let tocTag: StructTag | undefined;
  if (packet) {
    const ctx: ConvertContext = { usedFonts, actualText };
    const cover = [
      { text: scriptInlines(packetTitle!, ctx), style: 'coverTitle', margin: [0, 10, 0, 4] },
      { text: `${input.books.length} meetings`, style: 'coverLine', margin: [0, 0, 0, 20] },
    ] as Content[];
    tagContent(cover, reg.add('Sect', docTag), 'P', reg);
    tocTag = tagToc(toc, docTag, reg);
    sections.push({
      section: [...cover, toc],
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
      images: sel.book.images,
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
    const cover = tagContent(
      coverContent(sel.book, ctx, titleExtras),
      reg.add('Sect', docTag),
      'P',
      reg,
    ) as Content[];
    if (!packet) tocTag = tagToc(toc, docTag, reg);
    else reg.tociById.set(`b${bi}`, reg.add('TOCI', tocTag!));
    sections.push({
      section: cover,
      header: null,
      footer: null,
      background: () => coverBackground(banner),
      watermark: draft(sel.book),
      pageMargins: [PAGE.margins[0], 60, PAGE.margins[2], 60],
    });
    const body = tabContent(sel, bi, ctx, input.framework, packet, !packet, blocks, flow, {
      reg,
      document: docTag,
      toc: tocTag!,
    });
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
      // Tagged PDF: structure from core/pdf/structure.ts, drawn by node/pdf/tagging.ts.
      tagged: true,
      displayTitle: true,
      language: DOC_LANGUAGE,
      version: '1.7',
      content: sections,
      styles: STYLES,
      defaultStyle: DEFAULT_STYLE,
    },
    fonts: [...usedFonts],
    banner,
    blocks,
    structure: reg,
    actualText,
  };
}
