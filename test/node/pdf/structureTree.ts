// Test helper: reads a PDF's tagging back, with qpdf (catalog and structure tree) and pdfjs (per-page tree, marked text).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  getDocument,
  type PDFDocumentProxy,
  type PDFPageProxy,
} from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A structure element: role and child elements (marked-content references are left out). */
export interface StructNode {
  role: string;
  children: StructNode[];
  /** Alt text, when set. */
  alt?: string;
}

export interface QpdfTagging {
  tagged: boolean;
  lang: string | undefined;
  displayDocTitle: boolean;
  root: StructNode[];
}

/** Runs `fn` on the bytes written to a temp file (for the poppler and qpdf command-line tools). */
export function withFile<T>(bytes: Uint8Array, fn: (file: string) => T): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bbb-tag-'));
  const file = path.join(dir, 'out.pdf');
  try {
    writeFileSync(file, bytes);
    return fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Dict = Record<string, unknown>;

/** A PDF's objects as qpdf's JSON lists them, with helpers that follow indirect references. */
export interface QpdfObjects {
  /** What an indirect reference ("12 0 R") points at; any other value as it is. */
  deref(v: unknown): unknown;
  /** `deref`, as a dictionary (empty when missing). */
  dict(v: unknown): Dict;
  /** The document catalog (the trailer's /Root). */
  catalog: Dict;
}

/** An indirect reference as qpdf's JSON writes it ("12 0 R"). */
export const isRef = (v: unknown): v is string => typeof v === 'string' && / R$/.test(v);

/** Every object of the PDF, read by `qpdf --json=2`. */
export function qpdfObjects(bytes: Uint8Array): QpdfObjects {
  const json = withFile(bytes, (file) =>
    execFileSync('qpdf', ['--json=2', '--json-key=qpdf', file], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    }),
  );
  const objects = (JSON.parse(json) as { qpdf: [unknown, Record<string, { value: unknown }>] })
    .qpdf[1];
  const deref = (v: unknown): unknown => (isRef(v) ? objects[`obj:${v}`]?.value : v);
  const dict = (v: unknown): Dict => (deref(v) ?? {}) as Dict;
  return { deref, dict, catalog: dict((objects.trailer!.value as Dict)['/Root']) };
}

/** Opens the PDF in pdfjs, maps its pages in order with `fn`, and always releases the document. */
export async function mapPdfjsPages<T>(
  bytes: Uint8Array,
  fn: (page: PDFPageProxy, doc: PDFDocumentProxy) => Promise<T>,
): Promise<T[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  try {
    const out: T[] = [];
    for (let i = 1; i <= doc.numPages; i++) out.push(await fn(await doc.getPage(i), doc));
    return out;
  } finally {
    await doc.destroy();
  }
}

/** The catalog's tagging entries and the structure tree, as qpdf reads them. */
export function qpdfTagging(bytes: Uint8Array): QpdfTagging {
  const { deref, dict, catalog } = qpdfObjects(bytes);
  const toNode = (v: unknown): StructNode | null => {
    const o = dict(v);
    if (typeof o['/S'] !== 'string') return null;
    const k = deref(o['/K']);
    const kids = (Array.isArray(k) ? k : [k]).map(toNode).filter((n): n is StructNode => !!n);
    const alt = typeof o['/Alt'] === 'string' ? o['/Alt'].replace(/^u:/, '') : undefined;
    return { role: o['/S'].slice(1), children: kids, ...(alt !== undefined ? { alt } : {}) };
  };
  const treeRoot = dict(catalog['/StructTreeRoot']);
  const k = deref(treeRoot['/K']);
  const lang = deref(catalog['/Lang']);
  return {
    tagged: dict(catalog['/MarkInfo'])['/Marked'] === true,
    lang: typeof lang === 'string' ? lang.replace(/^u:/, '') : undefined,
    displayDocTitle: dict(catalog['/ViewerPreferences'])['/DisplayDocTitle'] === true,
    root: (Array.isArray(k) ? k : [k]).map(toNode).filter((n): n is StructNode => !!n),
  };
}

/** Every node of a tree, depth first. */
export function allNodes(nodes: StructNode[]): StructNode[] {
  return nodes.flatMap((n) => [n, ...allNodes(n.children)]);
}

/** Per page, as pdfjs reads it: struct-tree roles, and text split into artifact / tagged / unmarked. */
export interface PdfjsPageTagging {
  roles: string[];
  artifactText: string[];
  taggedText: string[];
  unmarkedText: string[];
}

export function pdfjsTagging(bytes: Uint8Array): Promise<PdfjsPageTagging[]> {
  return mapPdfjsPages(bytes, async (page) => {
    const roles: string[] = [];
    const visit = (n: unknown): void => {
      const node = n as { role?: string; children?: unknown[] };
      if (node.role && node.role !== 'Root') roles.push(node.role);
      node.children?.forEach(visit);
    };
    visit(await page.getStructTree());
    const content = await page.getTextContent({ includeMarkedContent: true });
    const page_: PdfjsPageTagging = { roles, artifactText: [], taggedText: [], unmarkedText: [] };
    const stack: string[] = [];
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps')
          stack.push(
            (item as { tag?: string }).tag === 'Artifact'
              ? 'artifact'
              : item.id
                ? 'tagged'
                : 'other',
          );
        else if (item.type === 'endMarkedContent') stack.pop();
        continue;
      }
      if (!item.str.trim()) continue;
      const kind = stack.includes('artifact')
        ? 'artifactText'
        : stack.includes('tagged')
          ? 'taggedText'
          : 'unmarkedText';
      page_[kind].push(item.str);
    }
    return page_;
  });
}
