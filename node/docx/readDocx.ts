// Reads a returned Word file into paragraphs (bookmarks, proposed text, tracked changes, comments) under the
// strict zip and XML rules; external relationships other than hyperlinks refuse the file, and none is followed.
import type { Document as XmlDocument } from '@xmldom/xmldom';
import { AppFailure } from '../../core/ipc/result';
import type { DocxParagraph, ParsedDocx, ReviewComment } from '../../core/docx/review';
import { openSafeZip, type SafeZip } from './safeZip';
import { childElements, isW, parseXmlPart, wAttr, type XmlElement } from './safeXml';
import { DOCX_STYLE } from './docxStyles';

const MAX_DEPTH = 64;
const MAX_PARAGRAPHS = 100_000;
const MAIN_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
/** Runs in these character styles are the app's own (portion marks, citations), not the officer's words. */
const NOT_TEXT = new Set<string>([DOCX_STYLE.portionMark, DOCX_STYLE.citation]);

function part(zip: SafeZip, fileName: string, name: string): XmlDocument | undefined {
  const bytes = zip.read(name);
  return bytes ? parseXmlPart(bytes, fileName, name) : undefined;
}

/** Refuses a file whose relationships point outside it, except hyperlinks (kept as text, never opened). */
function checkRelationships(zip: SafeZip, fileName: string, notices: string[]): void {
  const rels = zip.names.filter((n) => n.endsWith('.rels')).slice(0, 200);
  for (const name of rels) {
    const doc = part(zip, fileName, name)!;
    const list = doc.getElementsByTagName('Relationship');
    for (let i = 0; i < list.length; i++) {
      const rel = list.item(i)!;
      if (rel.getAttribute('TargetMode') !== 'External') continue;
      const type = rel.getAttribute('Type') ?? '';
      const target = (rel.getAttribute('Target') ?? '').slice(0, 100);
      if (type === HYPERLINK) {
        notices.push(
          `The file links to ${target}; the link is not opened and only its text is read.`,
        );
        continue;
      }
      throw new AppFailure(
        'validation',
        `${fileName}: part "${name}": relationship ${rel.getAttribute('Id') ?? ''} (${type.split('/').pop()}) points outside the file, to ${target}; refused (a returned document may not load anything from outside)`,
      );
    }
  }
}

interface RunContext {
  change: { kind: 'insert' | 'delete'; author: string; date?: string } | null;
}

/** Text, tracked changes, bookmarks and comment anchors of one paragraph (iterative over its inline tree). */
function readParagraph(p: XmlElement, pending: string[]): DocxParagraph {
  const out: DocxParagraph = {
    style: null,
    bookmarks: pending.splice(0),
    text: '',
    suggestions: [],
    commentIds: [],
  };
  const stack: Array<{ el: XmlElement; ctx: RunContext; depth: number }> = childElements(p)
    .reverse()
    .map((el) => ({ el, ctx: { change: null }, depth: 1 }));
  const suggest = (ctx: RunContext, text: string) => {
    if (!ctx.change || text === '') return;
    const last = out.suggestions.at(-1);
    if (last && last.kind === ctx.change.kind && last.author === ctx.change.author)
      last.text += text;
    else out.suggestions.push({ ...ctx.change, text });
  };
  while (stack.length > 0) {
    const { el, ctx, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) throw new Error('a paragraph nested deeper than 64 levels');
    const push = (children: XmlElement[], next: RunContext) => {
      for (let i = children.length - 1; i >= 0; i--)
        stack.push({ el: children[i]!, ctx: next, depth: depth + 1 });
    };
    if (isW(el, 'pPr')) {
      const style = childElements(el).find((c) => isW(c, 'pStyle'));
      if (style) out.style = wAttr(style, 'val');
    } else if (isW(el, 'bookmarkStart')) {
      const name = wAttr(el, 'name');
      if (name) out.bookmarks.push(name);
    } else if (isW(el, 'commentRangeStart') || isW(el, 'commentReference')) {
      const id = wAttr(el, 'id');
      if (id !== null && !out.commentIds.includes(id)) out.commentIds.push(id);
    } else if (isW(el, 'ins') || isW(el, 'del') || isW(el, 'moveTo') || isW(el, 'moveFrom')) {
      const kind = isW(el, 'ins') || isW(el, 'moveTo') ? 'insert' : 'delete';
      const date = wAttr(el, 'date');
      push(childElements(el), {
        change: {
          kind,
          author: wAttr(el, 'author') || 'unknown reviewer',
          ...(date ? { date } : {}),
        },
      });
    } else if (isW(el, 'r')) {
      const rPr = childElements(el).find((c) => isW(c, 'rPr'));
      const rStyle = rPr && childElements(rPr).find((c) => isW(c, 'rStyle'));
      const own = rStyle ? NOT_TEXT.has(wAttr(rStyle, 'val') ?? '') : false;
      for (const c of childElements(el)) {
        let text = '';
        if (isW(c, 't') || isW(c, 'delText')) text = c.textContent ?? '';
        else if (isW(c, 'tab') || isW(c, 'br') || isW(c, 'cr')) text = ' ';
        else if (isW(c, 'noBreakHyphen')) text = '-';
        else if (isW(c, 'commentReference')) {
          const id = wAttr(c, 'id');
          if (id !== null && !out.commentIds.includes(id)) out.commentIds.push(id);
        }
        if (own || text === '') continue;
        suggest(ctx, text);
        if (ctx.change?.kind !== 'delete') out.text += text;
      }
    } else if (
      isW(el, 'hyperlink') ||
      isW(el, 'smartTag') ||
      isW(el, 'sdt') ||
      isW(el, 'sdtContent') ||
      isW(el, 'fldSimple') ||
      isW(el, 'customXml')
    ) {
      push(childElements(el), ctx);
    }
  }
  return out;
}

/** Paragraphs of the body in reading order, table cells included; body-level bookmarks go to the next one. */
function bodyParagraphs(body: XmlElement): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  const pending: string[] = [];
  const stack: Array<{ el: XmlElement; depth: number }> = childElements(body)
    .reverse()
    .map((el) => ({ el, depth: 1 }));
  while (stack.length > 0) {
    const { el, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) throw new Error('the body is nested deeper than 64 levels');
    if (isW(el, 'p')) {
      out.push(readParagraph(el, pending));
      if (out.length > MAX_PARAGRAPHS) throw new Error(`more than ${MAX_PARAGRAPHS} paragraphs`);
    } else if (isW(el, 'bookmarkStart')) {
      const name = wAttr(el, 'name');
      if (name) pending.push(name);
    } else if (
      isW(el, 'tbl') ||
      isW(el, 'tr') ||
      isW(el, 'tc') ||
      isW(el, 'sdt') ||
      isW(el, 'sdtContent') ||
      isW(el, 'customXml')
    ) {
      const children = childElements(el);
      for (let i = children.length - 1; i >= 0; i--)
        stack.push({ el: children[i]!, depth: depth + 1 });
    }
  }
  return out;
}

function readComments(doc: XmlDocument | undefined): Record<string, ReviewComment> {
  const out: Record<string, ReviewComment> = {};
  if (!doc) return out;
  const list = doc.documentElement ? childElements(doc.documentElement) : [];
  for (const c of list) {
    if (!isW(c, 'comment')) continue;
    const id = wAttr(c, 'id');
    if (id === null) continue;
    const texts: string[] = [];
    const ts = c.getElementsByTagNameNS(
      'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
      't',
    );
    for (let i = 0; i < ts.length; i++) texts.push(ts.item(i)!.textContent ?? '');
    out[id] = {
      author: wAttr(c, 'author') || 'unknown reviewer',
      text: texts.join('').slice(0, 4000),
    };
  }
  return out;
}

/**
 * Reads a returned .docx. Every refusal is an AppFailure('validation') naming the file and the part:
 * not a zip, too big, a zip bomb, a DOCTYPE/entity, malformed XML, an external relationship, not Word.
 */
export function readDocx(bytes: Uint8Array, fileName: string): ParsedDocx {
  const zip = openSafeZip(bytes, fileName);
  const types = part(zip, fileName, '[Content_Types].xml');
  const overrides = types?.getElementsByTagName('Override');
  let main = false;
  for (let i = 0; overrides && i < overrides.length; i++) {
    const o = overrides.item(i)!;
    if (
      o.getAttribute('PartName') === '/word/document.xml' &&
      o.getAttribute('ContentType') === MAIN_TYPE
    )
      main = true;
  }
  if (!main)
    throw new AppFailure(
      'validation',
      `${fileName}: is a zip file but not a Word document (no word/document.xml of the Word type)`,
    );
  const notices: string[] = [];
  checkRelationships(zip, fileName, notices);
  const doc = part(zip, fileName, 'word/document.xml')!;
  const body = doc.documentElement
    ? childElements(doc.documentElement).find((c) => isW(c, 'body'))
    : undefined;
  if (!body)
    throw new AppFailure('validation', `${fileName}: part "word/document.xml" has no body`);
  let paragraphs: DocxParagraph[];
  try {
    paragraphs = bodyParagraphs(body);
  } catch (error) {
    throw new AppFailure(
      'validation',
      `${fileName}: part "word/document.xml": ${(error as Error).message}`,
    );
  }
  return { paragraphs, comments: readComments(part(zip, fileName, 'word/comments.xml')), notices };
}
