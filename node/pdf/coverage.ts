// Glyph coverage: refuses text whose characters the chosen bundled font lacks, instead of printing blank boxes.
import path from 'node:path';
import { openSync, type Font } from 'fontkit';
import { AppFailure } from '../../core/ipc/result';
import type { LocatedText } from '../../core/pdf/preflight';
import { splitByScript, type FontKey } from '../../core/pdf/scripts';
import { FONT_FAMILIES } from './fonts';

/** Characters that draw nothing (controls, joiners, variation selectors, spaces): never checked. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\s\uFE00-\uFE0F]/u;
/** True when every UTF-16 unit is below 0x80 (the fast path: Roboto prints all of ASCII). */
const isAscii = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
};

/** Small fonts stay open for the process; CJK fonts (~10 MB) are opened per check and let go. */
const cache = new Map<string, Font>();

function openFont(file: string, keep: boolean): Font {
  const hit = cache.get(file);
  if (hit) return hit;
  const opened = openSync(file);
  const font = 'fonts' in opened ? opened.fonts[0]! : opened;
  if (keep) cache.set(file, font);
  return font;
}

/** A character the font the converter picks for it has no glyph for. */
export interface MissingGlyph {
  ch: string;
  where: string;
}

/**
 * Checks every non-ASCII character of the texts against the font the converter will pick for it.
 * @throws AppFailure('unsupported-script') naming each missing character and where it is.
 */
export function assertGlyphCoverage(
  texts: Array<LocatedText & { countryCode?: string }>,
  fontsDir: string,
): void {
  const missing = missingGlyphs(texts, fontsDir).map(
    ({ ch, where }) =>
      `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) in ${where}`,
  );
  if (missing.length > 0) {
    throw new AppFailure(
      'unsupported-script',
      `The bundled fonts cannot print ${missing.length === 1 ? 'this character' : 'these characters'}: ${missing.slice(0, 10).join('; ')}${missing.length > 10 ? `; and ${missing.length - 10} more` : ''}`,
    );
  }
}

/** Every character (once per font) whose chosen bundled font lacks a glyph, in text order. */
export function missingGlyphs(
  texts: Array<LocatedText & { countryCode?: string }>,
  fontsDir: string,
): MissingGlyph[] {
  const fonts = new Map<FontKey, Font>();
  const fontFor = (key: FontKey): Font => {
    let font = fonts.get(key);
    if (!font) {
      font = openFont(
        path.join(fontsDir, FONT_FAMILIES[key].normal),
        key === 'Roboto' || key === 'NotoDevanagari',
      );
      fonts.set(key, font);
    }
    return font;
  };
  const seen = new Set<string>();
  const missing: MissingGlyph[] = [];
  for (const { where, text, countryCode } of texts) {
    if (isAscii(text)) continue;
    for (const run of splitByScript(text, countryCode)) {
      for (const ch of run.text) {
        const key = `${run.font}:${ch}`;
        if (seen.has(key) || INVISIBLE.test(ch)) continue;
        seen.add(key);
        const cp = ch.codePointAt(0)!;
        if (cp < 0x80) continue;
        if (!fontFor(run.font).hasGlyphForCodePoint(cp)) missing.push({ ch, where });
      }
    }
  }
  return missing;
}
