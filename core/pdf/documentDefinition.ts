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
import { isBookCleared } from '../clearance/tracker';
import { BlockRegistry, hasUnbreakable, letFlow } from './blockStamps';
import { coverBackground, coverContent, formatDate, plainCover } from './cover';
import { audienceTabs, type Audience } from './audience';
import { scriptInlines, type ConvertContext } from './inline';
import { lexicalToPdfmake } from './lexicalToPdfmake';
import { acronymAppendix } from './acronymAppendix';
import { keepWithNext } from './keepWithNext';
import { plainText } from './portions';
import { preflight, selectTabs, type ExportSelection } from './preflight';
import { StructureRegistry, tagContent, type StructTag } from './structure';
import {
  printedTabs,
  recipeOf,
  replayRecipe,
  SourceKeys,
  type TabBodies,
  type TabBodyRecipe,
} from './tabBodies';
import type { FontKey } from './scripts';
import { DEFAULT_STYLE, DRAFT_WATERMARK, PAGE, POCKET, POCKET_STYLE, STYLES } from './styles';
import { copyLabel, formatStampKeywords, type CopyStamp } from '../book/distribution';
import {
  addendumFrontContent,
  bannerRow,
  printedStamp,
  stampedCoverBackground,
  type AddendumFront,
  type PrintedStamp,
} from './copyStamp';

/** What to print: one book, or several as a packet with a master table of contents. */
export interface DocInput {
  books: Book[];
  /** Title of the packet; with more than one book, defaults to "Briefing packet". */
  packetTitle?: string;
  /** Per book id: tab ids to include; absent means all tabs. */
  includeTabs?: Record<string, string[]>;
  framework: FrameworkBundle;
  /** A numbered copy (one book only): its label and recipient beside every banner, its stamp in Keywords. */
  copyStamp?: CopyStamp;
  /** An addendum: its change list prints after the cover. */
  addendum?: AddendumFront;
  /** Who the PDF is for (core/pdf/audience.ts); default the full book. One book only when not full. */
  audience?: Audience;
  /** Non-paper: keep the framework citations (left out by default). */
  keepCitations?: boolean;
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
  /** Tab bodies left out for the engine to replay (placeholders in the definition). */
  placeholders: number;
}

/** Layout choices the runner may change on a second pass. */
export interface BuildOptions {
  /**
   * Keys (`book:tab:block`) of blocks laid out without `unbreakable` and heading keep: blocks the
   * first pass lost because a keep-together unit was taller than a page.
   */
  flow?: ReadonlySet<string>;
  /** Tab bodies the PDF engine will replay: registered from their recipes, not converted (core/pdf/tabBodies.ts). */
  tabBodies?: TabBodies;
}

const TOC_ID = 'contents';
/** The Info dictionary's Subject, by audience. */
const AUDIENCE_SUBJECT: Record<Audience, string> = {
  full: 'Briefing book',
  nonpaper: 'Non-paper',
  pocket: 'Pocket card',
};
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
  stamp?: PrintedStamp,
  margins: readonly number[] = PAGE.margins,
): { header: DynamicContent; footer: DynamicContent } {
  const side: [number, number, number, number] = [margins[0]!, 0, margins[2]!, 0];
  return {
    header: () => ({
      stack: [
        { stack: [bannerRow(banner, stamp)], margin: [0, 24, 0, 3] },
        { text: runningTitle, style: 'runningTitle' } as Content,
      ],
      margin: side,
    }),
    footer: (page: number, pages: number) => ({
      stack: [
        { text: `Page ${page} of ${pages}`, style: 'pageNumber', margin: [0, 16, 0, 4] },
        bannerRow(banner, stamp),
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
  structure: { reg: StructureRegistry; document: StructTag; toc: StructTag | null },
  layout: { breaks: boolean; citations: boolean },
  bodies: { known?: TabBodies; keys: SourceKeys; placed: number },
): Content[] {
  const quoteCtx = {
    ...ctx,
    countryCode: sel.book.meeting.countryCode,
    framework,
    frameworkVersion: sel.book.frameworkVersion,
    citations: layout.citations,
  };
  return sel.tabs.flatMap((tab, ti) => {
    const nodes = tab.content.root.children;
    const keyOf = (k: number): string => `${bi}:${ti}:${k}`;
    const block = (k: number) => {
      const node = nodes[k]!;
      return {
        key: keyOf(k),
        // Read only when an export names a lost block: not worth its text for every block.
        get where() {
          const words = plainText(node).slice(0, 400).trim().split(/\s+/).slice(0, 8).join(' ');
          return `block ${k + 1} of tab "${tab.title}" in book "${sel.book.title}" (${node.type}: "${words.length > 70 ? `${words.slice(0, 67)}...` : words}")`;
        },
      };
    };
    const source = bodies.known
      ? bodies.keys.of(
          tab,
          quoteCtx,
          nodes.flatMap((_, k) => (flow.has(keyOf(k)) ? [k] : [])),
          { ...layout, packet },
        )
      : undefined;
    const sect = structure.reg.add('Sect', structure.document);
    const h1 = structure.reg.add('H1', sect); // the tab title, first in its Sect
    const known = source === undefined ? undefined : bodies.known!.known(source);
    const elements: StructTag[] = [sect, h1];
    let body: Content[];
    let converted: { source: string; recipe: TabBodyRecipe } | undefined;
    if (known) {
      body = [
        replayRecipe(
          known.recipe,
          known.token,
          structure.reg,
          elements,
          blocks,
          block,
          quoteCtx.usedFonts,
        ),
      ];
      bodies.placed++;
    } else {
      const firstTag = structure.reg.tags.length;
      const first = { block: blocks.blocks.length, stamp: blocks.blockOf.length };
      // The body's own font set and ActualText map: a recipe lists what this body needs.
      const bodyCtx = {
        ...quoteCtx,
        usedFonts: new Set<FontKey>(),
        actualText: new Map<string, string>(),
      };
      body = convertBody(tab, nodes, bodyCtx, sect, structure.reg, blocks, block, flow, keyOf, sel);
      for (const f of bodyCtx.usedFonts) quoteCtx.usedFonts.add(f);
      for (const [k, v] of bodyCtx.actualText) quoteCtx.actualText?.set(k, v);
      // Every element registered while converting is the body's (the heading's TOC entry comes later).
      elements.push(...structure.reg.tags.slice(firstTag));
      if (source !== undefined && bodyCtx.actualText.size === 0)
        converted = { source, recipe: recipeOf(elements, blocks, first, bodyCtx.usedFonts) };
    }
    const toc = structure.toc;
    const heading: Content = {
      text: scriptInlines(tab.title, quoteCtx),
      style: 'tabHeading',
      ...(toc
        ? {
            tocItem: TOC_ID,
            tocStyle: packet ? 'tocTab' : undefined,
            tocMargin: packet ? [16, 2, 0, 2] : [0, 3, 0, 3],
          }
        : {}),
      id: `b${bi}-t${ti}`,
      outline: true,
      outlineText: tab.title,
      outlineParentId: packet ? `b${bi}` : undefined,
      pageBreak: layout.breaks && (ti > 0 || firstBreaks) ? 'before' : undefined,
    } as Content; // a TOC item that is also an outline entry: the typings keep those apart
    printedTabs.set(heading as object, { elements, ...(converted ? { converted } : {}) });
    tagContent(heading, h1, null, structure.reg);
    if (toc) structure.reg.tociById.set(`b${bi}-t${ti}`, structure.reg.add('TOCI', toc));
    return [heading, ...body];
  });
}

/** Converts, tags and stamps one tab body; keeps headings with what follows them. */
function convertBody(
  tab: Book['tabs'][number],
  nodes: Book['tabs'][number]['content']['root']['children'],
  bodyCtx: Parameters<typeof lexicalToPdfmake>[1],
  sect: StructTag,
  reg: StructureRegistry,
  blocks: BlockRegistry,
  block: (k: number) => { key: string; where: string },
  flow: ReadonlySet<string>,
  keyOf: (k: number) => string,
  sel: ExportSelection,
): Content[] {
  let body: Content[];
  try {
    body = lexicalToPdfmake(tab.content, bodyCtx);
  } catch (e) {
    throw new AppFailure(
      'validation',
      `Book "${sel.book.title}", tab "${tab.title}": ${(e as Error).message}`,
    );
  }
  const base = blocks.blocks.length;
  const contents = body.map((converted, k) => {
    const node = nodes[k]!;
    const tagged = tagBlock(converted, node.type, node.tag, sect, reg);
    const content = blocks.stamp(tagged, block(k));
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
  return body;
}

/** The office symbols the cover's Drafted / Cleared / Approved block prints. */
function clearanceOfficeSymbols(book: Book): string {
  const c = book.clearance;
  return [c.drafted?.office, ...c.cleared.map((o) => o.office), c.approved?.office]
    .filter((o): o is string => !!o)
    .join('\n');
}

/**
 * Builds a fresh pdfmake document definition (pdfmake mutates it: never reuse one) plus the fonts it needs.
 * Runs {@link preflight} first, so unmarked portions, RTL text and bad marks are refused here.
 * @throws AppFailure('validation' | 'unmarked-portions' | 'unsupported-script')
 */
export function buildDocument(input: DocInput, options: BuildOptions = {}): BuiltDocument {
  if (input.books.length === 0)
    throw new AppFailure('validation', 'Nothing to export: no book was given');
  const audience = input.audience ?? 'full';
  const packet = input.books.length > 1;
  if (packet && (input.copyStamp || input.addendum))
    throw new AppFailure(
      'validation',
      'Numbered copies and addenda are made of one book at a time',
    );
  if (packet && audience !== 'full')
    throw new AppFailure(
      'validation',
      'A non-paper or a pocket card is made from one book at a time, not from a packet',
    );
  // Cleared or not is decided on the whole book: an audience prints only part of its tabs.
  const clearedIds = new Set(input.books.filter(isBookCleared).map((b) => b.id));
  const selections = selectTabs(input.books, input.includeTabs).map((sel) => ({
    book: sel.book,
    tabs: audienceTabs(sel.book, sel.tabs, audience),
  }));
  const packetTitle = input.packetTitle?.trim() || (packet ? 'Briefing packet' : undefined);
  const marks = preflight(selections, packetTitle);
  // An addendum's change list quotes the distributed text: its banner is at least the copies'.
  const banner = bannerText(
    highWaterMark(input.addendum ? [...marks, input.addendum.mark] : marks),
  );
  const usedFonts = new Set<FontKey>(['Roboto']);
  const blocks = new BlockRegistry();
  const reg = new StructureRegistry();
  const docTag = reg.add('Document', null);
  const flow = options.flow ?? new Set<string>();
  const bodies = { known: options.tabBodies, keys: new SourceKeys(), placed: 0 };
  const actualText = new Map<string, string>();
  // The tracker decides: drafted, every clearing office current, and approved (core/clearance).
  const draft = (b: Book) => (clearedIds.has(b.id) ? null : DRAFT_WATERMARK);
  if (audience === 'nonpaper' && banner !== bannerText('U'))
    throw new AppFailure('internal', `The non-paper would print a ${banner} banner`);
  const layout = {
    breaks: audience !== 'pocket',
    citations: audience !== 'nonpaper' || input.keepCitations === true,
  };
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
    const stamp = input.copyStamp ? printedStamp(input.copyStamp, ctx) : undefined;
    const copyLine = input.copyStamp
      ? `${copyLabel(input.copyStamp)}, for ${input.copyStamp.recipient}`
      : undefined;
    if (audience === 'pocket') {
      // The principal's card: no cover, no contents; the tabs run on in large type.
      const body = tabContent(
        sel,
        bi,
        ctx,
        input.framework,
        packet,
        false,
        blocks,
        flow,
        {
          reg,
          document: docTag,
          toc: null,
        },
        layout,
        bodies,
      );
      sections.push({
        section: body,
        ...repeating(banner, scriptInlines(sel.book.title, ctx), stamp, POCKET.margins),
        watermark: draft(sel.book),
        pageMargins: POCKET.margins,
      });
      return;
    }
    const cover = tagContent(
      audience === 'nonpaper'
        ? plainCover(sel.book, ctx, titleExtras)
        : coverContent(sel.book, ctx, titleExtras, copyLine),
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
      background: () => (stamp ? stampedCoverBackground(banner, stamp) : coverBackground(banner)),
      watermark: draft(sel.book),
      pageMargins: [PAGE.margins[0], 60, PAGE.margins[2], 60],
    });
    const body = tabContent(
      sel,
      bi,
      ctx,
      input.framework,
      packet,
      !packet,
      blocks,
      flow,
      {
        reg,
        document: docTag,
        toc: tocTag!,
      },
      layout,
      bodies,
    );
    if (input.addendum) {
      const front = tagContent(
        addendumFrontContent(input.addendum, ctx),
        reg.add('Sect', docTag),
        'P',
        reg,
      ) as Content[];
      sections.push({
        section: front,
        ...repeating(banner, scriptInlines(sel.book.title, ctx), stamp),
        watermark: draft(sel.book),
        pageMargins: PAGE.margins,
      });
    }
    // An addendum prints only the changed tabs: the book's acronym list went out with the copies.
    if (!input.addendum)
      body.push(
        ...acronymAppendix(sel.book, sel.tabs, input.framework, ctx.fields!, ctx, {
          tocId: TOC_ID,
          id: `b${bi}-acronyms`,
          packet,
          outlineParentId: packet ? `b${bi}` : undefined,
          reg,
          document: docTag,
          toc: tocTag!,
          // The full book's cover prints the clearing offices' symbols (OES/SAT ...).
          alsoPrinted: audience === 'nonpaper' ? '' : clearanceOfficeSymbols(sel.book),
        }),
      );
    sections.push({
      section: packet ? body : [toc, ...body],
      ...repeating(banner, scriptInlines(sel.book.title, ctx), stamp),
      watermark: draft(sel.book),
      pageMargins: PAGE.margins,
    });
  });
  const first = input.books[0]!;
  const title = packetTitle ?? first.title;
  const subject = packet
    ? `Briefing packet: ${input.books.map((b) => `${b.meeting.countryName} ${formatDate(b.meeting.date)}`).join('; ')} (${banner})`
    : `${AUDIENCE_SUBJECT[audience]}: ${first.meeting.countryName}, meeting of ${formatDate(first.meeting.date)} (${banner})`;
  return {
    definition: {
      pageSize: audience === 'pocket' ? { width: POCKET.width, height: POCKET.height } : 'LETTER',
      pageMargins: PAGE.margins,
      // Title and Subject only: no author, and no user or host name anywhere in the file.
      info: {
        title,
        subject,
        creator: 'Briefing Book Builder',
        producer: 'Briefing Book Builder',
        // The machine-readable copy stamp: identifies a copy even after a re-save changed its hash.
        ...(input.copyStamp ? { keywords: formatStampKeywords(input.copyStamp) } : {}),
      },
      // Tagged PDF: structure from core/pdf/structure.ts, drawn by node/pdf/tagging.ts.
      tagged: true,
      displayTitle: true,
      language: DOC_LANGUAGE,
      version: '1.7',
      content: sections,
      styles: STYLES,
      defaultStyle: audience === 'pocket' ? POCKET_STYLE : DEFAULT_STYLE,
    },
    fonts: [...usedFonts],
    banner,
    blocks,
    structure: reg,
    actualText,
    placeholders: bodies.placed,
  };
}
