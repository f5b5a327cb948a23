// Bundled PDF fonts: where dist/fonts is at run time, and pdfmake font descriptors for only the fonts a document uses.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TFontDictionary } from 'pdfmake/interfaces';
import type { FontKey } from '../../core/pdf/scripts';
import { AppFailure } from '../../core/ipc/result';
import manifest from './fonts.json';

/** Every file copied into dist/fonts at build time (list these in electron-builder extraResources). */
export const BUNDLED_FONT_FILES: readonly string[] = Object.keys(manifest.files);

/** Source path (under node_modules) of each bundled font file. */
export const FONT_SOURCES: Readonly<Record<string, string>> = manifest.files;

/** Files per family and style. Noto has no italics: italic CJK, Devanagari, Arabic, Hebrew and Thai print upright. */
export const FONT_FAMILIES: Record<
  FontKey,
  { normal: string; bold: string; italics: string; bolditalics: string }
> = {
  Roboto: {
    normal: 'Roboto-Regular.ttf',
    bold: 'Roboto-Medium.ttf',
    italics: 'Roboto-Italic.ttf',
    bolditalics: 'Roboto-MediumItalic.ttf',
  },
  NotoDevanagari: noItalics('NotoSansDevanagari'),
  NotoSC: noItalics('NotoSansSC'),
  NotoJP: noItalics('NotoSansJP'),
  NotoKR: noItalics('NotoSansKR'),
  NotoArabic: noItalics('NotoSansArabic'),
  NotoHebrew: noItalics('NotoSansHebrew'),
  NotoThai: noItalics('NotoSansThai'),
};

function noItalics(stem: string) {
  const normal = `${stem}_400Regular.ttf`;
  const bold = `${stem}_700Bold.ttf`;
  return { normal, bold, italics: normal, bolditalics: bold };
}

const PROBE = 'Roboto-Regular.ttf';

/** Folders to look in: an explicit option, Electron's resources folder, then `dist/fonts` above this module or bundle. */
function candidates(): string[] {
  const out: string[] = [];
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) out.push(path.join(resources, 'fonts'));
  let dir = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (let i = 0; i < 8; i++) {
    if (path.basename(dir) === 'dist') out.push(path.join(dir, 'fonts'));
    out.push(path.join(dir, 'dist', 'fonts'));
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return out;
}

/**
 * The folder holding the bundled TTFs: `explicit` if given, else found relative to the running
 * module (source: `<repo>/dist/fonts`; bundle `dist/x/y.cjs`: `dist/fonts`; packaged app: `resources/fonts`).
 * @throws AppFailure('internal') when no such folder exists (run `npm run build`).
 */
export function resolveFontsDir(explicit?: string): string {
  const list = explicit ? [explicit] : candidates();
  const found = list.find((dir) => existsSync(path.join(dir, PROBE)));
  if (!found) {
    throw new AppFailure(
      'internal',
      `PDF fonts not found (looked in ${list.join(', ')}); run "npm run build" to copy them into dist/fonts`,
    );
  }
  return path.resolve(found);
}

/** pdfmake font descriptors (absolute paths) for the given families only: a 10 MB CJK font loads only when used. */
export function fontDescriptors(keys: Iterable<FontKey>, fontsDir: string): TFontDictionary {
  const fonts: TFontDictionary = {};
  for (const key of new Set(keys)) {
    const f = FONT_FAMILIES[key];
    fonts[key] = {
      normal: path.join(fontsDir, f.normal),
      bold: path.join(fontsDir, f.bold),
      italics: path.join(fontsDir, f.italics),
      bolditalics: path.join(fontsDir, f.bolditalics),
    };
  }
  return fonts;
}
