// Script detection: splits text into runs per bundled font (RTL islands in visual order, see bidi.ts), and finds unsupported script.
import { STRONG_RTL, codePointLevels, fontkitReverses, visualPieces } from './bidi';

/** The font families registered with pdfmake. Roboto covers Latin, Cyrillic, Greek and Vietnamese. */
export type FontKey =
  | 'Roboto'
  | 'NotoDevanagari'
  | 'NotoSC'
  | 'NotoJP'
  | 'NotoKR'
  | 'NotoArabic'
  | 'NotoHebrew'
  | 'NotoThai';
export type CjkFontKey = 'NotoSC' | 'NotoJP' | 'NotoKR';

/** One run of text printed in one font. */
export interface ScriptRun {
  /** The text to draw (for right-to-left islands: arranged for fontkit, see bidi.ts). */
  text: string;
  font: FontKey;
  /** Logical text, when it differs from `text` or the glyphs are drawn in visual order (ActualText). */
  logical?: string;
  /** Never broken inside (RTL island pieces, Thai words: a break there would garble them). */
  noWrap?: true;
  /** Index of the right-to-left island (within this text) the run belongs to; its runs share one line. */
  island?: number;
}

/** Right-to-left scripts without a bundled font, and the bidi controls (overrides, embeddings, isolates, marks). */
const RTL =
  /[\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/u;
const RTL_NAMES: Array<[RegExp, string]> = [
  [/\p{Script=Syriac}/u, 'Syriac'],
  [/\p{Script=Thaana}/u, 'Thaana'],
];
const LATINISH = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
const DEVANAGARI = /[\p{Script=Devanagari}\u0964\u0965]/u;
const ARABIC = /\p{Script=Arabic}/u;
const HEBREW = /\p{Script=Hebrew}/u;
const THAI = /\p{Script=Thai}/u;
const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303F\uFF00-\uFFEF\u30FC]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const MARK = /\p{M}/u;
/** True when every UTF-16 unit is below 0x80 (the fast path: Roboto prints all of ASCII). */
const isAscii = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
};

/** The CJK font to use for Han characters, from the text itself or the meeting country. */
export function cjkFontFor(text: string, countryCode?: string): CjkFontKey {
  if (KANA.test(text)) return 'NotoJP';
  if (HANGUL.test(text)) return 'NotoKR';
  if (countryCode === 'JP') return 'NotoJP';
  if (countryCode === 'KR' || countryCode === 'KP') return 'NotoKR';
  return 'NotoSC';
}

/** The font a code point needs, or null for neutral characters (spaces, digits, punctuation). */
function fontOfChar(ch: string, cjk: CjkFontKey): FontKey | null {
  if (LATINISH.test(ch)) return 'Roboto';
  if (DEVANAGARI.test(ch)) return 'NotoDevanagari';
  if (ARABIC.test(ch)) return 'NotoArabic';
  if (HEBREW.test(ch)) return 'NotoHebrew';
  if (THAI.test(ch)) return 'NotoThai';
  if (CJK.test(ch)) return cjk;
  return null;
}

const RTL_FONT = new Set<FontKey>(['NotoArabic', 'NotoHebrew']);

/** Fonts per code point: script font, marks with their base, neutrals Roboto (inside an RTL island: its RTL font). */
function fontsOf(chars: string[], levels: number[] | null, cjk: CjkFontKey): FontKey[] {
  const fonts: Array<FontKey | null> = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    fonts.push(MARK.test(ch) && i > 0 ? fonts[i - 1]! : fontOfChar(ch, cjk));
  }
  if (levels) {
    // A neutral at an odd level belongs to the nearest RTL letter of its island (before it, else after it).
    for (let i = 0; i < chars.length; i++) {
      if (fonts[i] !== null || levels[i]! % 2 === 0) continue;
      let j = i - 1;
      while (j >= 0 && levels[j]! > 0 && !RTL_FONT.has(fonts[j]!)) j--;
      if (j >= 0 && levels[j]! > 0) fonts[i] = fonts[j]!;
      else {
        j = i + 1;
        while (j < chars.length && levels[j]! > 0 && !RTL_FONT.has(fonts[j] ?? 'Roboto')) j++;
        if (j < chars.length && levels[j]! > 0) fonts[i] = fonts[j]!;
      }
    }
  }
  return fonts.map((f) => f ?? 'Roboto');
}

/**
 * SARA AM drawn as NIKHAHIT before the tone marks plus SARA AA, as HarfBuzz's Thai shaper does: fontkit
 * has no Thai shaper and would stack the ring above the tone mark (น้ำ).
 */
const decomposeSaraAm = (text: string): string =>
  text.replace(/([\u0E48-\u0E4B]*)\u0E33/gu, '\u0E4D$1\u0E32');

/** Thai has no spaces between words: each space-separated chunk is one unbreakable run (never split mid-cluster). */
function thaiRuns(run: ScriptRun): ScriptRun[] {
  return (run.text.match(/\S+\s*|\s+/gu) ?? []).map((logical): ScriptRun => {
    const text = decomposeSaraAm(logical);
    const out: ScriptRun = { text, font: run.font, noWrap: true };
    if (text !== logical) out.logical = logical;
    return out;
  });
}

/**
 * Splits text into runs, each printable in one bundled font. Combining marks stay with their
 * base letter; neutral characters print in Roboto. Arabic and Hebrew make right-to-left islands,
 * returned in visual order as unbreakable runs (see bidi.ts); Thai words are unbreakable runs.
 * Callers must have refused unsupported scripts first (see {@link findUnsupportedScript}).
 */
export function splitByScript(text: string, countryCode?: string): ScriptRun[] {
  if (isAscii(text)) return [{ text, font: 'Roboto' }];
  const cjk = cjkFontFor(text, countryCode);
  const bidi = STRONG_RTL.test(text) ? codePointLevels(text) : null;
  const chars = bidi?.chars ?? [...text];
  const fonts = fontsOf(chars, bidi?.levels ?? null, cjk);
  const runs: ScriptRun[] = [];
  let island = 0;
  for (let i = 0; i < chars.length;) {
    if (bidi && bidi.levels[i]! > 0) {
      let end = i;
      while (end < chars.length && bidi.levels[end]! > 0) end++;
      const pieces = visualPieces(
        chars.slice(i, end),
        bidi.levels.slice(i, end),
        fonts.slice(i, end),
      );
      for (const piece of pieces) {
        const run: ScriptRun = {
          text: piece.drawn,
          font: fonts[i + piece.start]!,
          noWrap: true,
          island,
        };
        // Glyphs in visual order, or drawn text changed (mirrored, reversed, no-break spaces): ActualText.
        if (piece.drawn !== piece.logical || fontkitReverses(piece.drawn))
          run.logical = piece.logical;
        runs.push(run);
      }
      island++;
      i = end;
      continue;
    }
    const last = runs[runs.length - 1];
    const font = fonts[i]!;
    if (last && last.font === font && last.island === undefined) last.text += chars[i];
    else runs.push({ text: chars[i]!, font });
    i++;
  }
  return runs.flatMap((r) => (r.font === 'NotoThai' && r.island === undefined ? thaiRuns(r) : [r]));
}

/**
 * The first character export refuses by script (before any glyph check): a right-to-left script
 * without a bundled font, a bidi control, or a letter no bundled font's script covers; else null.
 */
export function firstUnsupportedChar(text: string): string | null {
  if (isAscii(text)) return null;
  for (const ch of text) {
    if (RTL.test(ch)) return ch;
    if (LETTER_OR_MARK.test(ch) && !MARK.test(ch) && fontOfChar(ch, 'NotoSC') === null) return ch;
  }
  return null;
}

/** Describes the first right-to-left or unsupported-script character in text, or null if all is printable. */
export function findUnsupportedScript(text: string): string | null {
  if (isAscii(text)) return null;
  if (RTL.test(text)) {
    const name = RTL_NAMES.find(([re]) => re.test(text))?.[1];
    return name
      ? `${name} (right-to-left) text`
      : 'a right-to-left script without a bundled font, or a bidirectional control character';
  }
  const ch = firstUnsupportedChar(text);
  if (ch === null) return null;
  const cp = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `a character in a script no bundled font covers ("${ch}", U+${cp})`;
}
