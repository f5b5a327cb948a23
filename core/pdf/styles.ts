// Named pdfmake styles and page geometry of a briefing book (US Letter, banner space top and bottom).
import type { StyleDictionary, Watermark } from 'pdfmake/interfaces';

/** US Letter in points, with margins leaving room for banner + running title (top) and page number + banner (bottom). */
export const PAGE = {
  width: 612,
  height: 792,
  margins: [60, 76, 60, 70] as [number, number, number, number],
};

const NAVY = '#14365d';
const GREY = '#555555';

/** The named styles every converted node refers to. */
export const STYLES: StyleDictionary = {
  body: { margin: [0, 0, 0, 6] },
  h1: { fontSize: 15, bold: true, color: NAVY, margin: [0, 10, 0, 5] },
  h2: { fontSize: 13, bold: true, color: NAVY, margin: [0, 8, 0, 4] },
  h3: { fontSize: 11.5, bold: true, margin: [0, 6, 0, 3] },
  quote: { italics: true, color: '#333333', margin: [18, 0, 12, 6] },
  listItem: { margin: [0, 0, 0, 2] },
  cleared: { color: NAVY },
  citation: { fontSize: 8.5, color: GREY, bold: false, italics: false },
  tableHeader: { bold: true, fontSize: 9.5 },
  tableCell: { fontSize: 9.5 },
  tableMark: { bold: true, fontSize: 8.5, margin: [0, 0, 0, 2] },
  tabHeading: { fontSize: 17, bold: true, color: NAVY, margin: [0, 0, 0, 12] },
  tocTitle: { fontSize: 17, bold: true, color: NAVY, margin: [0, 0, 0, 12] },
  tocBook: { bold: true, fontSize: 11 },
  tocTab: { fontSize: 10.5 },
  tocNumber: { fontSize: 10.5 },
  banner: { bold: true, fontSize: 9, alignment: 'center' },
  copyStamp: { bold: true, fontSize: 8 },
  runningTitle: { fontSize: 8, color: GREY, alignment: 'center' },
  pageNumber: { fontSize: 8, color: GREY, alignment: 'center' },
  coverKicker: {
    fontSize: 10,
    bold: true,
    color: GREY,
    characterSpacing: 1.5,
    margin: [0, 90, 0, 8],
  },
  coverTitle: { fontSize: 24, bold: true, color: NAVY, margin: [0, 0, 0, 18] },
  coverLine: { fontSize: 12, margin: [0, 0, 0, 4] },
  coverLabel: { fontSize: 9, bold: true, color: GREY },
  clearanceBlock: { fontSize: 9.5 },
};

export const DEFAULT_STYLE = { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2 };

/** The pocket card: half-letter (5.5 x 8.5 in) pages, narrow margins, banner top and bottom. */
export const POCKET = {
  width: 396,
  height: 612,
  margins: [32, 58, 32, 52] as [number, number, number, number],
};
/** Large type for the pocket card, read at arm's length during the meeting. */
export const POCKET_STYLE = { ...DEFAULT_STYLE, fontSize: 14, lineHeight: 1.15 };

/** The DRAFT watermark printed on every page of a book whose clearance is not complete. */
export const DRAFT_WATERMARK: Watermark = {
  text: 'DRAFT',
  color: '#b22222',
  opacity: 0.12,
  bold: true,
  fontSize: 140,
};
