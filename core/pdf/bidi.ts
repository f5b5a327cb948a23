// Right-to-left text for the PDF: Unicode bidi levels (bidi-js) to visually ordered, unbreakable runs for pdfmake.
//
// How right-to-left text prints (pdfmake has no bidi; pdfkit's fontkit shapes but does not reorder runs):
// - fontkit shapes each drawn string with the font's OpenType tables (Arabic joining forms, lam-alef and
//   other ligatures, mark positioning) and, when the string's first non-neutral character is in a
//   right-to-left script, reverses the shaped glyphs. It knows nothing of the surrounding text.
// - So each text node's bidi embedding levels come from the Unicode Bidirectional Algorithm (bidi-js,
//   base direction from the first strong character, rules P2/P3). Every maximal stretch at level >= 1
//   is an "island" (a name, a title, a whole right-to-left line). Its pieces (one level, one font) are
//   put in visual order by rule L2, and each piece's drawn text is chosen so that fontkit's own reversal
//   yields visual order: an odd-level piece is reversed here only if fontkit will not reverse it, an
//   even-level piece (digits) only if fontkit will. Odd-level characters are mirrored (rule L4: "(" in
//   Arabic is drawn as ")"), since fontkit does not mirror.
// - Visual order is only right if the island is on one line, so islands never wrap: every piece is
//   `noWrap`, spaces inside become no-break spaces so pdfmake keeps the pieces together, and every piece
//   carries `island` so the renderer can check after layout that the island fits one line; if not, export
//   is refused naming the text (a right-to-left paragraph that wraps over lines is not supported).
// - Each piece records its logical text, so the PDF gets an ActualText span and readers copy and search
//   logical text, not glyphs in visual order.
// - Explicit embeddings, overrides and isolates (U+202A-202E, U+2066-2069) and RLM/LRM are refused by
//   findUnsupportedScript, so levels stay 0..2 and no control character reaches a font.
import bidiFactory from 'bidi-js';

/** One island piece in visual order: drawn text (what fontkit gets) and the logical text it stands for. */
export interface BidiPiece {
  /** Text handed to pdfkit/fontkit. */
  drawn: string;
  /** The same characters in logical order, for ActualText. */
  logical: string;
  level: number;
  /** Index of the first code point of the piece in the font assignment array. */
  start: number;
}

let engine: ReturnType<typeof bidiFactory> | null = null;
const bidi = () => (engine ??= bidiFactory());

/** Characters fontkit treats as starting a right-to-left run (its script detection skips Common/Inherited). */
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const NEUTRAL_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}]/u;
/** Strong right-to-left characters (bidi classes R and AL) of the scripts we print. */
export const STRONG_RTL = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/** True when fontkit will reverse the shaped glyphs of this string (first non-neutral char is RTL). */
export function fontkitReverses(text: string): boolean {
  for (const ch of text) {
    if (NEUTRAL_SCRIPT.test(ch)) continue;
    return RTL_SCRIPT.test(ch);
  }
  return false;
}

const reverse = (s: string): string => [...s].reverse().join('');

/** Per code point: the bidi level (from bidi-js, which reports per UTF-16 unit). */
export function codePointLevels(text: string): { chars: string[]; levels: number[] } {
  const { levels } = bidi().getEmbeddingLevels(text, 'auto');
  const chars: string[] = [];
  const out: number[] = [];
  let i = 0;
  for (const ch of text) {
    chars.push(ch);
    out.push(levels[i]!);
    i += ch.length;
  }
  return { chars, levels: out };
}

/**
 * One island's pieces in visual order. `pieceOf[i]` is the piece key (same key: same piece) of code
 * point i; pieces are maximal runs of equal level and key.
 */
export function visualPieces(chars: string[], levels: number[], keys: string[]): BidiPiece[] {
  const runs: Array<{ start: number; end: number; level: number }> = [];
  for (let i = 0; i < chars.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last.level === levels[i] && keys[last.start] === keys[i]) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, level: levels[i]! });
  }
  // Rule L2: from the highest level down to the lowest odd level, reverse every maximal sequence at or above it.
  const max = Math.max(...runs.map((r) => r.level));
  const min = Math.min(...runs.map((r) => r.level));
  const lowestOdd = min % 2 === 1 ? min : min + 1;
  for (let level = max; level >= lowestOdd; level--) {
    for (let i = 0; i < runs.length;) {
      if (runs[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && runs[j]!.level >= level) j++;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j;
    }
  }
  return runs.map(({ start, end, level }) => {
    const logical = chars.slice(start, end).join('');
    const odd = level % 2 === 1;
    const shown = odd
      ? chars
          .slice(start, end)
          .map((c) => bidi().getMirroredCharacter(c) ?? c)
          .join('')
      : logical;
    // Visual order wanted for odd levels; fontkit reverses RTL-script strings itself.
    const drawn = odd !== fontkitReverses(shown) ? reverse(shown) : shown;
    return { drawn: drawn.replace(/ /g, '\u00a0'), logical, level, start };
  });
}
