// Test helper: reads link annotations and their Link structure elements back, with qpdf (objects) and pdfjs (per-page tree, marked text).
import { isRef, mapPdfjsPages, qpdfObjects } from './structureTree';

/** A Link annotation as qpdf reads it, with the structure element its /StructParent names. */
export interface QpdfLinkAnnot {
  /** 1-based page whose /Annots holds it. */
  page: number;
  ref: string;
  structParent: number | undefined;
  contents: string | undefined;
  /** /URI of a URI action, or the named destination of a GoTo. */
  target: string | undefined;
  /** The ParentTree entry for /StructParent, if it is a structure element. */
  elem:
    | {
        ref: string;
        role: string;
        parentRoles: string[];
        /** The element's /K: MCIDs, and OBJRs as [object, page number]. */
        mcids: number[];
        objrs: Array<{ obj: string; page: number }>;
      }
    | undefined;
}

export interface QpdfLinks {
  annots: QpdfLinkAnnot[];
  /** Per page: its /Tabs and whether it has annotations. */
  pages: Array<{ tabs: string | undefined; annots: number }>;
  /** Every structure element with role Link, by object. */
  linkElems: string[];
}

type Dict = Record<string, unknown>;

export function qpdfLinks(bytes: Uint8Array): QpdfLinks {
  const { deref, dict, catalog } = qpdfObjects(bytes);
  const list = (v: unknown): unknown[] => {
    const d = deref(v);
    return Array.isArray(d) ? d : d === undefined ? [] : [d];
  };
  const text = (v: unknown): string | undefined =>
    typeof deref(v) === 'string' ? (deref(v) as string).replace(/^u:/, '') : undefined;
  const pageRefs = list(dict(catalog['/Pages'])['/Kids']) as string[];
  const pageOf = (ref: unknown): number => pageRefs.indexOf(ref as string) + 1;
  const root = dict(catalog['/StructTreeRoot']);

  // The ParentTree number tree: /Nums pairs, possibly under /Kids.
  const parentTree = new Map<number, unknown>();
  const walk = (node: Dict): void => {
    const nums = list(node['/Nums']);
    for (let i = 0; i + 1 < nums.length; i += 2) parentTree.set(nums[i] as number, nums[i + 1]);
    for (const kid of list(node['/Kids'])) walk(dict(kid));
  };
  walk(dict(root['/ParentTree']));

  const linkElems: string[] = [];
  const visit = (ref: unknown): void => {
    const o = dict(ref);
    if (typeof o['/S'] !== 'string') return;
    if (o['/S'] === '/Link' && isRef(ref)) linkElems.push(ref);
    for (const k of list(o['/K'])) visit(k);
  };
  for (const k of list(root['/K'])) visit(k);

  const annots: QpdfLinkAnnot[] = [];
  const pages = pageRefs.map((pageRef, i) => {
    const page = dict(pageRef);
    const refs = list(page['/Annots']);
    for (const ref of refs) {
      const a = dict(ref);
      if (a['/Subtype'] !== '/Link') continue;
      const action = dict(a['/A']);
      const sp = typeof a['/StructParent'] === 'number' ? a['/StructParent'] : undefined;
      const elemRef = sp === undefined ? undefined : parentTree.get(sp);
      const e = dict(elemRef);
      const parentRoles: string[] = [];
      for (let p = dict(e['/P']); typeof p['/S'] === 'string'; p = dict(p['/P']))
        parentRoles.push(p['/S'].slice(1));
      const kids = list(e['/K']);
      annots.push({
        page: i + 1,
        ref: ref as string,
        structParent: sp,
        contents: text(a['/Contents']),
        target: text(action['/URI']) ?? text(action['/D']),
        elem:
          typeof e['/S'] === 'string' && isRef(elemRef)
            ? {
                ref: elemRef,
                role: e['/S'].slice(1),
                parentRoles,
                mcids: kids.filter((k): k is number => typeof k === 'number'),
                objrs: kids
                  .map(dict)
                  .filter((k) => k['/Type'] === '/OBJR')
                  .map((k) => ({ obj: k['/Obj'] as string, page: pageOf(k['/Pg'] ?? e['/Pg']) })),
              }
            : undefined,
      });
    }
    return {
      tabs: typeof page['/Tabs'] === 'string' ? page['/Tabs'] : undefined,
      annots: refs.length,
    };
  });
  return { annots, pages, linkElems };
}

/** A Link element as pdfjs's per-page structure tree shows it, with its marked text. */
export interface PdfjsLink {
  parentRole: string;
  /** Object ids of its OBJR children (pdfjs annotation ids, like "161R"). */
  objects: string[];
  /** The text of its marked-content children, in order. */
  text: string;
}

export interface PdfjsLinkAnnot {
  id: string;
  target: string | undefined;
  contents: string;
  /** 1-based page a GoTo destination points at. */
  destPage: number | undefined;
}

export interface PdfjsPageLinks {
  links: PdfjsLink[];
  annots: PdfjsLinkAnnot[];
}

export function pdfjsLinks(bytes: Uint8Array): Promise<PdfjsPageLinks[]> {
  return mapPdfjsPages(bytes, async (page, doc) => {
    // Marked text by content id (the ids the structure tree's content children use).
    const textById = new Map<string, string>();
    const stack: Array<string | null> = [];
    const content = await page.getTextContent({ includeMarkedContent: true });
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps')
          stack.push(item.id ?? null);
        else if (item.type === 'endMarkedContent') stack.pop();
        continue;
      }
      const id = [...stack].reverse().find((s) => s !== null);
      if (id) textById.set(id, (textById.get(id) ?? '') + item.str);
    }
    const links: PdfjsLink[] = [];
    type Node = { role?: string; type?: string; id?: string; children?: Node[] };
    const visit = (node: Node, parentRole: string): void => {
      if (node.role === 'Link') {
        const kids = node.children ?? [];
        links.push({
          parentRole,
          objects: kids.filter((k) => k.type === 'object').map((k) => k.id!),
          text: kids
            .filter((k) => k.type === 'content')
            .map((k) => textById.get(k.id!) ?? '')
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim(),
        });
      }
      for (const kid of node.children ?? []) visit(kid, node.role ?? parentRole);
    };
    visit((await page.getStructTree()) as Node, 'Root');
    const annots: PdfjsLinkAnnot[] = [];
    for (const a of await page.getAnnotations()) {
      if (a.subtype !== 'Link') continue;
      const dest = typeof a.dest === 'string' ? await doc.getDestination(a.dest) : a.dest;
      const ref = Array.isArray(dest) ? dest[0] : undefined;
      annots.push({
        id: a.id as string,
        target: (a.unsafeUrl as string | undefined) ?? (a.dest as string | undefined),
        contents: (a.contentsObj as { str: string } | undefined)?.str ?? '',
        destPage:
          ref && typeof ref === 'object' ? (await doc.getPageIndex(ref as never)) + 1 : undefined,
      });
    }
    return { links, annots };
  });
}
