// The acronym list printed after a book's tabs: only glossary terms the printed book uses.
import type { Content } from 'pdfmake/interfaces';
import { printedText, usedAcronyms } from '../book/acronyms';
import type { FieldValues } from '../book/fields';
import type { Book, Tab } from '../book/schema';
import type { FrameworkBundle } from '../framework/bundle';
import { scriptInlines, type ConvertContext } from './inline';
import { tagContent, type StructTag, type StructureRegistry } from './structure';

/** Where the appendix goes: its heading joins the table of contents and the outline. */
export interface AppendixPlace {
  tocId: string;
  /** pdfmake id of the heading (unique per book in a packet). */
  id: string;
  packet: boolean;
  outlineParentId?: string;
  reg: StructureRegistry;
  document: StructTag;
  toc: StructTag;
  /** Other text the PDF prints (the cover's clearance block): its acronyms count too. */
  alsoPrinted?: string;
}

/**
 * "Acronyms": the framework glossary entries whose acronym occurs in the printed title or tabs,
 * each line marked (U) (the glossary is public framework text). Empty when the book uses none or
 * the framework carries no glossary.
 */
export function acronymAppendix(
  book: Book,
  tabs: readonly Tab[],
  framework: FrameworkBundle,
  values: FieldValues,
  ctx: ConvertContext,
  place: AppendixPlace,
): Content[] {
  const glossary = framework.reference?.glossary.entries ?? [];
  const text = `${book.title}\n${place.alsoPrinted ?? ''}\n${printedText(
    tabs.map((t) => t.content.root),
    values,
  )}`;
  const used = usedAcronyms(text, glossary);
  if (used.length === 0) return [];
  const sect = place.reg.add('Sect', place.document);
  const heading = {
    text: 'Acronyms',
    style: 'tabHeading',
    tocItem: place.tocId,
    tocStyle: place.packet ? 'tocTab' : undefined,
    tocMargin: place.packet ? [16, 2, 0, 2] : [0, 3, 0, 3],
    id: place.id,
    outline: true,
    outlineText: 'Acronyms',
    outlineParentId: place.outlineParentId,
    pageBreak: 'before',
  } as Content; // a TOC item that is also an outline entry: the typings keep those apart
  tagContent(heading, place.reg.add('H1', sect), null, place.reg);
  place.reg.tociById.set(place.id, place.reg.add('TOCI', place.toc));
  const lines = used.map(
    (e) =>
      tagContent(
        {
          text: [
            { text: '(U) ', bold: true },
            { text: e.acronym, bold: true },
            { text: ' — ' },
            ...scriptInlines(e.expansion, ctx),
          ],
          style: 'body',
        },
        sect,
        'P',
        place.reg,
      ) as Content,
  );
  return [heading, ...lines];
}
