// Step 5 of the book-file pipeline: what a schema cannot say. Portion marks on every node, no classified markings in any text, safe links, and only references this app holds.
import type { Book } from '../../core/book/schema';
import type { SerializedNode } from '../../core/book/lexical';
import { PortionMarkSchema } from '../../core/book/marks';
import { findClassifiedMarkings } from '../../core/book/classifiedText';
import { FRAMEWORK_VERSIONS, loadCountries } from '../../core/data';
import { loadTemplates } from '../../core/templates';
import { AppFailure } from '../../core/ipc/result';
import { jsonPath } from '../../core/validation/formatZodError';
import { STORABLE_LINK_SCHEMES } from '../../core/links/linkPolicy';
import { tabLabel } from './contentLimits';
import { assertImages } from './imageSemantics';

const fail = (message: string): never => {
  throw new AppFailure('validation', message);
};

function linkProblem(url: unknown): string | null {
  if (typeof url !== 'string') return 'a link without a URL';
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return `the link "${url.slice(0, 80)}" is not a complete URL`;
  }
  if (!STORABLE_LINK_SCHEMES.has(parsed.protocol)) {
    return `the link "${url.slice(0, 80)}" uses ${parsed.protocol.replace(/:$/, '')}; only http, https and mailto links are allowed`;
  }
  return null;
}

/** Keys whose string values are structure, not prose: never scanned for classification markings. */
const STRUCTURAL_KEYS = new Set([
  'type',
  'id',
  'kind',
  'tag',
  'listType',
  'direction',
  'format',
  'textFormat',
  'textStyle',
  'style',
  'mode',
  'url',
  'rel',
  'target',
  'itemId',
  'itemKind',
  'cites',
  'mark',
  'defaultMark',
  'status',
  'templateId',
  'frameworkVersion',
  'countryCode',
  'createdAt',
  'updatedAt',
  'date',
  'bookDate',
  'previousBookId',
]);

/** Where a JSON path points, for people: "tab 2 "Schedule", block 3 ($.tabs[1]...)". */
function where(book: Book, path: PropertyKey[]): string {
  const json = jsonPath(path);
  if (path[0] !== 'tabs' || typeof path[1] !== 'number') return json;
  const tab = book.tabs[path[1]];
  const block =
    path[2] === 'content' && path[4] === 'children' && typeof path[5] === 'number'
      ? `, block ${path[5] + 1}`
      : '';
  return `${tabLabel(path[1], tab?.title)}${block} (${json})`;
}

/** Every string of prose in the book must carry no classification marking (look-alike letters and invisible characters included). */
interface Frame {
  v: unknown;
  parent: Frame | null;
  key: PropertyKey;
}

/** The JSON path of a frame, built only when reporting. */
function pathOf(frame: Frame): PropertyKey[] {
  const out: PropertyKey[] = [];
  for (let f: Frame | null = frame; f && f.parent; f = f.parent) out.unshift(f.key);
  return out;
}

/**
 * Strings already scanned and found clean. Saves re-check the whole book every time (autosave
 * included) while only a paragraph or two changed since the last save, so most strings are seen
 * before. Bounded in entries and characters: emptied when full.
 */
const KNOWN_CLEAN = new Set<string>();
const KNOWN_CLEAN_MAX = { entries: 50_000, chars: 20_000_000 };
let knownCleanChars = 0;

function rememberClean(text: string): void {
  if (
    KNOWN_CLEAN.size >= KNOWN_CLEAN_MAX.entries ||
    knownCleanChars + text.length > KNOWN_CLEAN_MAX.chars
  ) {
    KNOWN_CLEAN.clear();
    knownCleanChars = 0;
  }
  KNOWN_CLEAN.add(text);
  knownCleanChars += text.length;
}

function assertNoClassifiedText(book: Book, fileName: string): void {
  const stack: Frame[] = [{ v: book, parent: null, key: '' }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const v = frame.v;
    if (typeof v === 'string') {
      if (KNOWN_CLEAN.has(v)) continue;
      const hit = findClassifiedMarkings(v)[0];
      if (hit) {
        const path = pathOf(frame);
        const how = hit.disguised ? ` (disguised as "${hit.text.slice(0, 60)}")` : '';
        fail(
          `${fileName}: ${where(book, path)}: contains the classification marking "${hit.normalised}"${how}; Briefing Book Builder is for unclassified (U, SBU) work only`,
        );
      }
      rememberClean(v);
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], parent: frame, key: i });
      continue;
    }
    for (const [key, child] of Object.entries(v)) {
      if (STRUCTURAL_KEYS.has(key) || key === '$') continue;
      // Stored pictures are base64, not prose (their alt text lives on the image nodes, and is scanned).
      if (frame.parent === null && key === 'images') continue;
      stack.push({ v: child, parent: frame, key });
    }
  }
}

/** Every node's portion mark (blocks, list items, table cells, anything nested) is valid, and every link is safe. */
function assertNodes(book: Book, fileName: string): void {
  // A book uses a handful of distinct marks: validate each string once.
  const valid = new Set<string>();
  for (const [t, tab] of book.tabs.entries()) {
    const blocks = tab.content.root.children;
    for (let b = 0; b < blocks.length; b++) {
      const stack: SerializedNode[] = [blocks[b]!];
      const at = `${tabLabel(t, tab.title)}, block ${b + 1}`;
      while (stack.length > 0) {
        const node = stack.pop()!;
        const mark = node.$?.mark;
        if (mark !== undefined && !(typeof mark === 'string' && valid.has(mark))) {
          const parsed = PortionMarkSchema.safeParse(mark);
          if (!parsed.success) {
            fail(
              `${fileName}: ${at}: ${parsed.error.issues[0]?.message ?? 'invalid portion mark'}`,
            );
          }
          valid.add(mark as string);
        }
        if (node.type === 'link' || node.type === 'autolink') {
          const problem = linkProblem(node.url);
          if (problem) fail(`${fileName}: ${at}: ${problem}`);
        }
        const children = node.children ?? [];
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      }
    }
  }
}

let templateIds: ReadonlySet<string> | undefined;
/** Bundled template ids, computed once (loadTemplates hands out a fresh copy per call, too slow for every save). */
function knownTemplateIds(): ReadonlySet<string> {
  templateIds ??= new Set(loadTemplates().map((t) => t.id));
  return templateIds;
}

/** The book names only a country, template and framework version this app holds. */
function assertKnownReferences(book: Book, fileName: string): void {
  const code = book.meeting.countryCode;
  if (!loadCountries().countries.some((c) => c.iso2 === code)) {
    fail(
      `${fileName}: $.meeting.countryCode: the country code "${code}" is not one this app knows`,
    );
  }
  if (!knownTemplateIds().has(book.templateId)) {
    fail(`${fileName}: $.templateId: the template "${book.templateId}" is not one this app holds`);
  }
  if (!FRAMEWORK_VERSIONS.includes(book.frameworkVersion)) {
    fail(
      `${fileName}: $.frameworkVersion: the framework version "${book.frameworkVersion.slice(0, 60)}" is not one this app holds (it holds ${FRAMEWORK_VERSIONS.join(', ')})`,
    );
  }
}

/** Runs every semantic check on a schema-valid book; throws AppFailure('validation') naming the file and the place. */
export function assertBookSemantics(book: Book, fileName: string): void {
  assertKnownReferences(book, fileName);
  assertNodes(book, fileName);
  assertImages(book, fileName);
  assertNoClassifiedText(book, fileName);
}
