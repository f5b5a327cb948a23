// Keeps a heading with what follows it in one layout pass: the heading moves to the next page unless room is left below it.
import type { Content } from 'pdfmake/interfaces';

/** Room (pt) a heading needs below it on its page: about three body lines, or a table header and a row. */
export const KEEP_ROOM = 40;

/**
 * Wraps a heading so it never ends a page alone. The heading and an empty KEEP_ROOM-high spacer
 * form an unbreakable block (pdfmake moves it whole to the next page when it does not fit); the
 * wrapper's negative bottom margin then takes the spacer back, so the next block starts right
 * under the heading. No second layout pass: pdfmake's own `pageBreakBefore` would re-lay out the
 * whole document once per break it adds.
 */
export function keepWithNext(heading: Content, rooms = 1): Content {
  const room = KEEP_ROOM * rooms; // twice before a table: its header row and a first row
  return {
    stack: [{ stack: [heading, { text: '', margin: [0, room, 0, 0] }], unbreakable: true }],
    margin: [0, 0, 0, -room],
  };
}
