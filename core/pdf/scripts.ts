// Script detection: splits text into runs per bundled font, and finds right-to-left or unsupported script.

/** The font families registered with pdfmake. Roboto covers Latin, Cyrillic, Greek and Vietnamese. */
export type FontKey = 'Roboto' | 'NotoDevanagari' | 'NotoSC' | 'NotoJP' | 'NotoKR';
export type CjkFontKey = 'NotoSC' | 'NotoJP' | 'NotoKR';

/** One run of text printed in one font. */
export interface ScriptRun {
  text: string;
  font: FontKey;
}

const RTL =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}\u200F\u202B\u202E\u2067]/u;
const RTL_NAMES: Array<[RegExp, string]> = [
  [/\p{Script=Hebrew}/u, 'Hebrew'],
  [/\p{Script=Arabic}/u, 'Arabic'],
  [/\p{Script=Syriac}/u, 'Syriac'],
  [/\p{Script=Thaana}/u, 'Thaana'],
];
const LATINISH = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
const DEVANAGARI = /[\p{Script=Devanagari}\u0964\u0965]/u;
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
  if (CJK.test(ch)) return cjk;
  return null;
}

/**
 * Splits text into runs, each printable in one bundled font. Combining marks stay with their
 * base letter; neutral characters print in Roboto. Callers must have refused RTL and unknown
 * scripts first (see {@link findUnsupportedScript}).
 */
export function splitByScript(text: string, countryCode?: string): ScriptRun[] {
  if (isAscii(text)) return [{ text, font: 'Roboto' }];
  const cjk = cjkFontFor(text, countryCode);
  const runs: ScriptRun[] = [];
  for (const ch of text) {
    const last = runs[runs.length - 1];
    const font = MARK.test(ch) && last ? last.font : (fontOfChar(ch, cjk) ?? 'Roboto');
    if (last && last.font === font) last.text += ch;
    else runs.push({ text: ch, font });
  }
  return runs;
}

/** Describes the first right-to-left or unsupported-script character in text, or null if all is printable. */
export function findUnsupportedScript(text: string): string | null {
  if (isAscii(text)) return null;
  if (RTL.test(text)) {
    const name = RTL_NAMES.find(([re]) => re.test(text))?.[1];
    return name
      ? `${name} (right-to-left) text`
      : 'right-to-left text (or a right-to-left control character)';
  }
  for (const ch of text) {
    if (LETTER_OR_MARK.test(ch) && !MARK.test(ch) && fontOfChar(ch, 'NotoSC') === null) {
      const cp = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      return `a character in a script no bundled font covers ("${ch}", U+${cp})`;
    }
  }
  return null;
}
