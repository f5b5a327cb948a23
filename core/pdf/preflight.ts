// Export preflight: picks the tabs to print and refuses what cannot be printed honestly (unmarked, uncovered scripts, bad marks).
import type { SerializedNode } from '../book/lexical';
import type { Book, Person, Tab } from '../book/schema';
import { PortionMarkSchema } from '../book/marks';
import { findUnmarkedPortions } from '../book/markings';
import { AppFailure } from '../ipc/result';
import { findClassifiedMarkings } from '../book/classifiedText';
import { plainText, tabPortions } from './portions';
import { findUnsupportedScript } from './scripts';

/** One book and the tabs of it to print, in book order. */
export interface ExportSelection {
  book: Book;
  tabs: Tab[];
}

/** A piece of text that will be printed, with a human description of where it comes from. */
export interface LocatedText {
  where: string;
  text: string;
}

/**
 * Applies `includeTabs` (book id -> tab ids; absent means all tabs).
 * @throws AppFailure('validation') when it names a book or tab that is not there.
 */
export function selectTabs(
  books: Book[],
  includeTabs?: Record<string, string[]>,
): ExportSelection[] {
  const ids = new Set(books.map((b) => b.id));
  for (const bookId of Object.keys(includeTabs ?? {})) {
    if (!ids.has(bookId))
      throw new AppFailure(
        'validation',
        `includeTabs names book "${bookId}", which is not being exported`,
      );
  }
  return books.map((book) => {
    const wanted = includeTabs?.[book.id];
    if (!wanted) return { book, tabs: book.tabs };
    const missing = wanted.filter((id) => !book.tabs.some((t) => t.id === id));
    if (missing.length > 0) {
      throw new AppFailure(
        'validation',
        `Book "${book.title}" has no tab with id ${missing.map((m) => `"${m}"`).join(', ')}`,
      );
    }
    return { book, tabs: book.tabs.filter((t) => wanted.includes(t.id)) };
  });
}

function personTexts(person: Person | null, role: string, out: LocatedText[]): void {
  if (!person) return;
  for (const [key, label] of [
    ['name', 'name'],
    ['title', 'title'],
    ['nativeName', 'native name'],
    ['pronunciation', 'pronunciation'],
  ] as const) {
    const text = person[key];
    if (text) out.push({ where: `${role} ${label}`, text });
  }
}

function contentTexts(node: SerializedNode, where: string, out: LocatedText[]): void {
  if (typeof node.text === 'string' && node.text) out.push({ where, text: node.text });
  if (typeof node.url === 'string') out.push({ where: `${where} (link address)`, text: node.url });
  if (typeof node.raised === 'string')
    out.push({ where: `${where} (if raised)`, text: node.raised });
  for (const child of node.children ?? []) contentTexts(child, where, out);
}

/** Every text of a selection that will be printed, located for error messages. */
export function printedTexts({ book, tabs }: ExportSelection): LocatedText[] {
  const out: LocatedText[] = [{ where: 'book title', text: book.title }];
  const m = book.meeting;
  out.push(
    { where: 'meeting country', text: m.countryName },
    { where: 'meeting city', text: m.city },
  );
  personTexts(m.counterpart, 'counterpart', out);
  personTexts(m.principal, 'principal', out);
  const signOffs = [book.clearance.drafted, ...book.clearance.cleared, book.clearance.approved];
  for (const s of signOffs) {
    if (s) out.push({ where: 'clearance block', text: `${s.office} ${s.name}` });
  }
  const located = out.map((t) => ({ ...t, where: `book "${book.title}", ${t.where}` }));
  for (const tab of tabs) {
    located.push({ where: `book "${book.title}", tab title "${tab.title}"`, text: tab.title });
    // One label per tab, shared by its texts: a long book has tens of thousands of them.
    contentTexts(tab.content.root, `book "${book.title}", tab "${tab.title}"`, located);
  }
  return located;
}

/**
 * Spillage is never printed: refuses every export, drafts included, whose printed text (titles,
 * details, clearance, body, link addresses, if-raised asks) holds a classification marking.
 * @throws AppFailure('validation') naming each marking and where it is.
 */
export function assertNoClassifiedMarkings(texts: readonly LocatedText[]): void {
  const found = texts.flatMap(({ where, text }) =>
    findClassifiedMarkings(text).map(
      (hit) => `"${hit.text.slice(0, 40)}"${hit.disguised ? ' (disguised)' : ''} in ${where}`,
    ),
  );
  if (found.length === 0) return;
  throw new AppFailure(
    'validation',
    `Refused: ${found.length === 1 ? 'a classification marking' : `${found.length} classification markings`} in unclassified text, which this app never prints (U and SBU only). Remove ${found.length === 1 ? 'it' : 'them'}: ${found.slice(0, 10).join('; ')}`,
  );
}

/**
 * Refuses a selection that cannot be printed honestly and returns every portion mark in it.
 * @throws AppFailure('validation') for a classification marking in any printed text,
 * @throws AppFailure('unsupported-script') for uncovered scripts and bidi control characters,
 *   AppFailure('validation') for a malformed or classified mark, AppFailure('unmarked-portions') listing each.
 */
export function preflight(selections: ExportSelection[], packetTitle?: string): string[] {
  const texts = selections.flatMap(printedTexts);
  if (packetTitle) texts.unshift({ where: 'packet title', text: packetTitle });
  // Whole blocks too: a marking split across formatting runs ("(S" bold, "//NF)" plain) is still one.
  const blocks = selections.flatMap(({ book, tabs }) =>
    tabs.flatMap((tab) =>
      tab.content.root.children.map((block, i) => ({
        where: `book "${book.title}", tab "${tab.title}", block ${i + 1}`,
        text: plainText(block),
      })),
    ),
  );
  assertNoClassifiedMarkings(texts);
  assertNoClassifiedMarkings(blocks);
  const scriptProblems = texts.flatMap(({ where, text }) => {
    const problem = findUnsupportedScript(text);
    return problem ? [`${problem} in ${where}: "${text.slice(0, 40)}"`] : [];
  });
  if (scriptProblems.length > 0) {
    throw new AppFailure(
      'unsupported-script',
      `Cannot print ${scriptProblems.length === 1 ? 'this text' : 'these texts'} correctly (the bundled fonts cover Latin, Cyrillic, Greek, Devanagari, CJK, Arabic, Hebrew and Thai; bidirectional control characters are not accepted): ${scriptProblems.slice(0, 10).join('; ')}`,
    );
  }
  const unmarked = selections.flatMap(({ book, tabs }) =>
    findUnmarkedPortions(
      book,
      tabs.map((t) => t.id),
    ).map((p) => {
      const what = p.invalidMark !== undefined ? ` (invalid mark "${p.invalidMark}")` : '';
      return `${selections.length > 1 ? `book "${book.title}", ` : ''}tab "${p.tabTitle}": "${p.firstWords}"${what}`;
    }),
  );
  if (unmarked.length > 0) {
    const noun = unmarked.length === 1 ? 'portion has' : 'portions have';
    throw new AppFailure(
      'unmarked-portions',
      `${unmarked.length} ${noun} no valid portion mark: ${unmarked.join('; ')}`,
    );
  }
  // Effective marks (list items may override their list's): each must be a valid U/SBU mark to be printed.
  const marks: string[] = [];
  for (const { book, tabs } of selections) {
    for (const tab of tabs) {
      for (const portion of tabPortions(tab)) {
        if (portion.mark === null) continue;
        const parsed = PortionMarkSchema.safeParse(portion.mark);
        if (!parsed.success) {
          throw new AppFailure(
            'validation',
            `Book "${book.title}", tab "${tab.title}": ${portion.kind} "${portion.firstWords}": ${parsed.error.issues[0]?.message}`,
          );
        }
        marks.push(portion.mark);
      }
    }
  }
  return marks;
}
