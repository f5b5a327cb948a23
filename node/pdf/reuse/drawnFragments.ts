// While a PDF is drawn: capturing the operators of a reusable tab's pages, and replaying cached ones with this document's resource names, glyph ids and MCIDs.
import type { StructTag } from '../../../core/pdf/structure';
import { markObservers, structElement, type MarkedContent } from '../tagging';
import { keepPageStream, reusePageStream } from './pageStreams';
import type {
  CaptureFlag,
  Capturing,
  DocRecord,
  EmbeddedFont,
  FontRecord,
  PageFragment,
  PdfDoc,
  Replay,
  Seeded,
} from './reuseTypes';

/** Resource names and ids in a content stream that belong to the document it was written for. */
const TOKENS = /\/(F\d+) ([\d.]+) Tf|\/(Gs\d+) gs|<([0-9a-f]+)>|\/MCID (\d+)/g;
/**
 * Operators naming resources a fragment cannot carry over (images and forms, shadings, inline
 * images, colour spaces other than the device ones, patterns) and marked content with text of its own.
 */
const FOREIGN =
  / (Do|sh|BI)\n|\/(?!Device)\w+ (cs|CS)\n|\/\w+ (scn|SCN)\n|\/(ActualText|Span|Alt|Lang|E) /;

/** Resource names and MCIDs (not glyph strings: they need no check). */
const NAMES = /\/(F\d+) [\d.]+ Tf|\/(Gs\d+) gs|\/MCID (\d+)/g;

/**
 * Whether a captured fragment can be replayed: nothing foreign, every resource known, MCIDs in
 * order. Notes which fonts and opacity states it uses.
 */
export function replayable(fragment: PageFragment, record: DocRecord): boolean {
  if (FOREIGN.test(`${fragment.content}\n`)) return false;
  const fonts = new Set<string>();
  const opacities = new Set<string>();
  let mcids = 0;
  for (const m of fragment.content.matchAll(NAMES)) {
    if (m[1] !== undefined) {
      if (!record.fonts.has(m[1])) return false;
      fonts.add(m[1]);
    } else if (m[2] !== undefined) {
      if (!record.opacities.has(m[2])) return false;
      opacities.add(m[2]);
    } else if (Number(m[3]) !== fragment.firstMcid + mcids++) return false;
  }
  fragment.fonts = [...fonts];
  fragment.opacities = [...opacities];
  return mcids === fragment.marks.length;
}

export function docRecord(doc: PdfDoc): DocRecord {
  const fonts = new Map<string, FontRecord>();
  for (const [family, types] of Object.entries(doc.fontCache ?? {})) {
    for (const [type, font] of Object.entries(types)) {
      if (!font.subset) continue; // a standard font: fragments that use it are not kept
      fonts.set(font.id, {
        family,
        bold: type === 'bold' || type === 'bolditalics',
        italics: type === 'italics' || type === 'bolditalics',
        glyphs: font.subset.glyphs.slice(),
        widths: font.widths.slice(),
        unicode: font.unicode.slice(),
      });
    }
  }
  const opacities = new Map<string, [number | null, number | null]>();
  for (const [key, [, name]] of Object.entries(doc._opacityRegistry ?? {})) {
    const [fill, stroke] = key.split('_').map((v) => (v === 'null' ? null : Number(v)));
    opacities.set(name, [fill ?? null, stroke ?? null]);
  }
  return { fonts, opacities };
}

/**
 * A string's characters in one flat copy. Appending an operator at a time builds a rope of
 * thousands of small strings; reading a character makes V8 flatten it in place, so the pieces
 * can be collected once the page is done.
 */
export function flat(text: string): string {
  if (text.length > 0) text.charCodeAt(0);
  return text;
}

/** Per document: the capture under way (set while a flagged item draws), and the last fragment written. */
const active = new WeakMap<object, CaptureFlag>();
const lastFragment = new WeakMap<object, Capturing>();
const WATCHED = Symbol('bbbReuseWatched');

/** Routes the document's operators and marks to the capture under way (once per document). */
function watch(doc: PdfDoc & { [WATCHED]?: boolean }): void {
  if (doc[WATCHED]) return;
  doc[WATCHED] = true;
  const addContent = doc.addContent;
  doc.addContent = function (this: PdfDoc, data: unknown) {
    const on = active.get(this);
    if (on) {
      if (typeof data === 'string') on.fragment.content += `${data}\n`;
      else on.fragment.spoiled = 'binary content';
    }
    return addContent.call(this, data);
  };
  markObservers.set(doc, (tag: StructTag, content: MarkedContent) => {
    const on = active.get(doc);
    if (!on) return;
    const index = on.capture.local.get(tag);
    const mcid = content.refs[0]?.mcid;
    if (index === undefined || mcid === undefined) {
      on.fragment.spoiled = 'foreign structure';
      return;
    }
    if (on.fragment.firstMcid < 0) on.fragment.firstMcid = mcid;
    on.fragment.marks.push(index);
    on.fragment.roles.push(tag.role);
  });
}

export function captured(doc: PdfDoc, flag: CaptureFlag, draw: () => unknown): unknown {
  watch(doc);
  const last = lastFragment.get(doc);
  if (last !== flag.fragment) {
    // A page's items are drawn together: the last fragment is complete.
    if (last) last.content = flat(last.content);
    lastFragment.set(doc, flag.fragment);
  }
  keepPageStream(doc.page.content, flag.fragment);
  const annotations = doc.page.annotations.length;
  active.set(doc, flag);
  try {
    return draw();
  } finally {
    active.delete(doc);
    if (doc.page.annotations.length !== annotations) flag.fragment.spoiled = 'annotation';
  }
}

/** Per document: each source font's glyph-id translation (old subset id → this subset's, as hex). */
const translations = new WeakMap<object, Map<FontRecord, { font: EmbeddedFont; hex: string[] }>>();

function translationOf(doc: PdfDoc, record: FontRecord): { font: EmbeddedFont; hex: string[] } {
  let fonts = translations.get(doc);
  if (!fonts) translations.set(doc, (fonts = new Map()));
  let t = fonts.get(record);
  if (!t) {
    const font = doc.provideFont(record.family, record.bold, record.italics);
    if (!font.subset) throw new Error(`Font ${record.family} has no subset to replay into`);
    fonts.set(record, (t = { font, hex: [] }));
  }
  return t;
}

/** Writes a reused page's body: the recorded operators with this document's names and ids. */
/**
 * The operators of a fragment drawn in the seed document, unchanged: this document numbers the
 * fonts, glyphs and opacity states it uses the same (registered on the page here), and its MCIDs
 * start where they did. Undefined when anything differs.
 */
function unchanged(
  doc: PdfDoc,
  fragment: PageFragment,
  seeded: Seeded | undefined,
  delta: number,
): string | undefined {
  if (!seeded || delta !== 0 || !fragment.fonts || !fragment.opacities) return undefined;
  const fonts = fragment.fonts.map((id) => seeded.fonts.get(id));
  const states = fragment.opacities.map((name) => seeded.opacities.get(name));
  if (fonts.some((f) => !f) || states.some((d) => !d)) return undefined;
  for (const font of fonts) doc.page.fonts[font!.id] ??= font!.ref();
  fragment.opacities.forEach((name, i) => (doc.page.ext_gstates[name] = states[i]));
  return fragment.content;
}

export function replay(doc: PdfDoc, { entry, page, tags, plan }: Replay): void {
  const fragment = entry.pages[page]!;
  plan.stats.pages++;
  if (fragment.page) reusePageStream(doc.page.content, fragment.page, plan.stats);
  if (!fragment.content) return;
  const record = entry.doc;
  const own = Object.prototype.hasOwnProperty.call(doc, 'addContent');
  const addContent = doc.addContent;
  doc.addContent = () => doc; // the real calls below make their side effects; the operators are the fragment's
  let content: string;
  let marks: MarkedContent[];
  try {
    marks = fragment.roles.map((role) => {
      const mark = doc.markStructureContent(role);
      doc.page.markings.pop();
      return mark;
    });
    const delta = marks.length > 0 ? marks[0]!.refs[0]!.mcid - fragment.firstMcid : 0;
    const same =
      entry.doc === plan.seeded?.record ? unchanged(doc, fragment, plan.seeded, delta) : undefined;
    if (same !== undefined) plan.stats.unchanged++;
    let font: { font: EmbeddedFont; record: FontRecord; hex: string[] } | undefined;
    const opacityNames = new Map<string, string>();
    content =
      same ??
      fragment.content.replace(
        TOKENS,
        (match, fontId?: string, size?: string, gs?: string, hex?: string, mcid?: string) => {
          if (fontId) {
            const rec = record.fonts.get(fontId)!;
            const t = translationOf(doc, rec);
            font = { ...t, record: rec };
            doc.page.fonts[t.font.id] ??= t.font.ref();
            return `/${t.font.id} ${size} Tf`;
          }
          if (gs) {
            let name = opacityNames.get(gs);
            if (!name) {
              const [fill, stroke] = record.opacities.get(gs)!;
              doc._doOpacity(fill, stroke); // registers the state on this page
              name = doc._opacityRegistry[`${fill}_${stroke}`]![1];
              opacityNames.set(gs, name);
            }
            return `/${name} gs`;
          }
          if (hex) {
            if (!font) throw new Error('A glyph string before any font in a reused page');
            const f = font;
            let out = '';
            for (let i = 0; i < hex.length; i += 4) {
              const old = parseInt(hex.slice(i, i + 4), 16);
              let now = f.hex[old];
              if (now === undefined) {
                const gid = f.font.subset!.includeGlyph(f.record.glyphs[old]!);
                f.font.widths[gid] ??= f.record.widths[old]!;
                f.font.unicode[gid] ??= f.record.unicode[old];
                now = f.hex[old] = `0000${gid.toString(16)}`.slice(-4);
              }
              out += now;
            }
            return `<${out}>`;
          }
          if (mcid) return `/MCID ${Number(mcid) + delta}`;
          return match;
        },
      );
  } finally {
    if (own) doc.addContent = addContent;
    else delete (doc as Partial<PdfDoc>).addContent;
  }
  doc.addContent(content);
  marks.forEach((mark, i) => {
    (structElement(doc, tags[fragment.marks[i]!]!) as { add(c: unknown): unknown }).add(mark);
  });
}
