// While a PDF is drawn: capturing the operators of a reusable tab's pages, and replaying cached ones with this document's resource names, glyph ids and MCIDs.
import type { StructTag } from '../../../core/pdf/structure';
import { markObservers, structElement, type MarkedContent } from '../tagging';
import { endCapturedPage, pageOperators, reusePageStream } from './pageStreams';
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
 * A finished fragment that can be replayed: not spoiled while drawn (foreign structure, MCIDs out
 * of order, an annotation, binary content or a foreign resource on its page), and every font and
 * opacity state it names known in the document it was drawn in.
 */
export function replayable(
  fragment: Capturing,
  record: DocRecord,
): fragment is Capturing & PageFragment {
  return (
    !fragment.spoiled &&
    (fragment.page !== undefined || fragment.ranges.length === 0) &&
    fragment.fonts !== undefined &&
    fragment.fonts.every((f) => record.fonts.has(f)) &&
    fragment.opacities!.every((o) => record.opacities.has(o))
  );
}

/** What the document's font and opacity-state names mean, and its subsets' glyph order (after it is written). */
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

/** Per document: the capture under way (between a run's start and end markers). */
const active = new WeakMap<object, CaptureFlag>();
const WATCHED = Symbol('bbbReuseWatched');

/** Routes the document's marked content to the capture under way (once per document). */
function watch(doc: PdfDoc & { [WATCHED]?: boolean }): void {
  if (doc[WATCHED]) return;
  doc[WATCHED] = true;
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
    // Replay allocates the fragment's MCIDs in one run: they must have been one run here too.
    if (mcid !== on.fragment.firstMcid + on.fragment.marks.length) {
      on.fragment.spoiled = 'MCIDs out of order';
      return;
    }
    on.fragment.marks.push(index);
    on.fragment.roles.push(tag.role);
  });
}

/**
 * A capture marker: at a run's start, notes where its operators start in the page's stream and
 * routes marked content to the fragment; at its end, where they end. The operators themselves are
 * cut out of the page's stream when it ends (node/pdf/reuse/pageStreams.ts): no copy while drawing.
 */
export function capturing(doc: PdfDoc, flag: CaptureFlag, start: boolean): void {
  const ref = doc.page.content;
  flag.fragment.ranges.push(ref.uncompressedLength);
  if (!start) {
    active.delete(doc);
    if (doc.page.annotations.length !== annotationsAt.get(flag))
      flag.fragment.spoiled = 'annotation';
    return;
  }
  watch(doc);
  endCapturedPage(doc.page, flag.fragment);
  annotationsAt.set(flag, doc.page.annotations.length);
  active.set(doc, flag);
}

/** Per capture flag: the page's annotations when its run started (a run must add none). */
const annotationsAt = new WeakMap<CaptureFlag, number>();

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

/**
 * Whether a fragment drawn in the seed document can be written unchanged: this document numbers the
 * fonts, glyphs and opacity states it uses the same (registered on the page here), and its MCIDs
 * start where they did. False when anything differs (the operators are then translated).
 */
function unchanged(
  doc: PdfDoc,
  fragment: PageFragment,
  seeded: Seeded | undefined,
  delta: number,
): boolean {
  if (!seeded || delta !== 0) return false;
  const fonts = fragment.fonts.map((id) => seeded.fonts.get(id));
  const states = fragment.opacities.map((name) => seeded.opacities.get(name));
  if (fonts.some((f) => !f) || states.some((d) => !d)) return false;
  for (const font of fonts) doc.page.fonts[font!.id] ??= font!.ref();
  fragment.opacities.forEach((name, i) => (doc.page.ext_gstates[name] = states[i]));
  return true;
}

/** Writes a reused page's body: the recorded operators with this document's names and ids. */
export function replay(doc: PdfDoc, { entry, page, tags, plan }: Replay): void {
  const fragment = entry.pages[page]!;
  plan.stats.pages++;
  if (fragment.page) reusePageStream(doc.page.content, fragment.page, plan.stats);
  const operators = pageOperators(fragment);
  if (!operators) return;
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
    const same = entry.doc === plan.seeded?.record && unchanged(doc, fragment, plan.seeded, delta);
    if (same) plan.stats.unchanged++;
    let font: { font: EmbeddedFont; record: FontRecord; hex: string[] } | undefined;
    const opacityNames = new Map<string, string>();
    content = same
      ? operators
      : operators.replace(
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
    structElement(doc, tags[fragment.marks[i]!]!).add(mark);
  });
}
