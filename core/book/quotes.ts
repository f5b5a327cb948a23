// Checks that framework-quote nodes still hold the exact cleared framework language they claim to.
// One check for print, readiness and validate: a quote is cleared only when its framework version,
// its item ID and its words (whitespace aside) all match the bundled framework, a talking point's
// sanctioned slots filled or not; a tailored quote is honest when the cleared text it records is.
import type { FrameworkBundle } from '../framework/bundle';
import { SLOT_VARIABLE, type TalkingPointSlot } from '../framework/talkingPointSchema';
import type { SerializedNode } from './lexical';
import type { Book } from './schema';
import { objectiveQuoteText } from './select';

/** Why a quote is not cleared language. */
export type QuoteProblemKind = 'unknown-version' | 'unknown-item' | 'text-altered';

/** A framework quote whose version or item is unknown or whose text no longer matches the source. */
export interface QuoteProblem {
  tabId: string;
  tabTitle: string;
  itemId: string;
  problem: QuoteProblemKind;
  /** Child indices from the tab's root to the quote node. */
  path: number[];
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A quote's words: its text runs, paragraphs (if any) joined by a space. */
function quoteWords(node: SerializedNode): string {
  const parts: string[] = [];
  for (const child of node.children ?? []) {
    if (typeof child.text === 'string') parts.push(child.text);
    else if (child.type === 'linebreak') parts.push(' ');
    else if (child.children) parts.push(` ${quoteWords(child)} `);
  }
  return norm(parts.join(''));
}

/** What an item may be quoted as: verbatim texts, plus a talking point's sanctioned slots. */
interface Source {
  texts: string[];
  slots: TalkingPointSlot[];
  /** Only talking points and if-raised responses are ours to tailor; objectives stay verbatim. */
  tailorable: boolean;
}

const sourcesByBundle = new WeakMap<FrameworkBundle, Map<string, Source>>();

/** Item ID -> the verbatim texts it may be quoted as (an objective with or without its sub-items). */
function sources(framework: FrameworkBundle): Map<string, Source> {
  let map = sourcesByBundle.get(framework);
  if (!map) {
    map = new Map();
    for (const o of framework.objectives)
      map.set(o.id, {
        texts: [norm(o.text), norm(objectiveQuoteText(o))],
        slots: [],
        tailorable: false,
      });
    for (const tp of framework.talkingPoints)
      map.set(tp.id, { texts: [norm(tp.text)], slots: tp.slots ?? [], tailorable: true });
    sourcesByBundle.set(framework, map);
  }
  return map;
}

/** The book-derived values a sanctioned slot may be filled with. */
export interface SlotValues {
  /** The book's country name (Book.meeting.countryName). */
  country: string;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The sanctioned forms of one slot for this book: the generic words, then each fill. */
export function slotForms(slot: TalkingPointSlot, values: SlotValues | undefined): string[] {
  const fills = values ? slot.fills.map((f) => f.replace(SLOT_VARIABLE, values.country)) : [];
  return [slot.generic, ...fills];
}

/** True when `words` is `text` with each slot occurrence left generic or filled with a sanctioned form. */
export function matchesWithSlots(
  text: string,
  slots: readonly TalkingPointSlot[],
  words: string,
  values: SlotValues | undefined,
): boolean {
  if (words === text) return true;
  if (slots.length === 0 || !values) return false;
  // Longest generic first, so "your government’s" wins over "your government".
  const ordered = [...slots].sort((a, b) => b.generic.length - a.generic.length);
  const finder = new RegExp(ordered.map((s) => escapeRe(norm(s.generic))).join('|'), 'g');
  let pattern = '';
  let last = 0;
  for (const m of text.matchAll(finder)) {
    pattern += escapeRe(text.slice(last, m.index));
    const slot = ordered.find((s) => norm(s.generic) === m[0])!;
    pattern += `(?:${slotForms(slot, values)
      .map((f) => escapeRe(norm(f)))
      .join('|')})`;
    last = m.index + m[0].length;
  }
  pattern += escapeRe(text.slice(last));
  return new RegExp(`^${pattern}$`).test(words);
}

/** The cleared source a tailored quote records: the item and the cleared words it started from. */
export interface AdaptedFrom {
  itemId: string;
  text: string;
}

/** The recorded source of a tailored quote, or null for a quote that was never tailored. */
export function adaptedFromOf(node: SerializedNode): AdaptedFrom | null | 'malformed' {
  const a = node.adaptedFrom;
  if (a === undefined) return null;
  if (!a || typeof a !== 'object') return 'malformed';
  const { itemId, text } = a as Record<string, unknown>;
  return typeof itemId === 'string' && typeof text === 'string' ? { itemId, text } : 'malformed';
}

/** True when `words` is cleared language of the item `itemId` for this book (slots included). */
function isCleared(source: Source, words: string, values: SlotValues | undefined): boolean {
  return source.texts.some((t) => matchesWithSlots(t, source.slots, words, values));
}

/**
 * Null when the quote node is honest against `framework`: cleared language (verbatim, or with
 * sanctioned slots filled from `slots`), or a tailored talking point whose recorded cleared text
 * is cleared language of the same item. Otherwise why not. A book drafted from another framework
 * version than the one given cannot be verified, so it is never cleared.
 */
export function verifyQuote(
  node: SerializedNode,
  framework: FrameworkBundle | undefined,
  bookFrameworkVersion: string | undefined,
  slots?: SlotValues,
): QuoteProblemKind | null {
  if (!framework || bookFrameworkVersion !== framework.version) return 'unknown-version';
  const source = sources(framework).get(String(node.itemId));
  if (source === undefined) return 'unknown-item';
  const adapted = adaptedFromOf(node);
  if (adapted === null) return isCleared(source, quoteWords(node), slots) ? null : 'text-altered';
  if (adapted === 'malformed' || !source.tailorable || adapted.itemId !== node.itemId)
    return 'text-altered';
  return isCleared(source, norm(adapted.text), slots) ? null : 'text-altered';
}

/** True for a quote the officer tailored (verifyQuote says whether its recorded source is honest). */
export function isTailored(node: SerializedNode): boolean {
  return node.adaptedFrom !== undefined;
}

/** The slot values a book's quotes may use: its country's name. */
export function bookSlotValues(book: Pick<Book, 'meeting'>): SlotValues {
  return { country: book.meeting.countryName };
}

/** Every framework-quote under `node` with its child-index path, in document order. */
export function* quotesWithPaths(
  node: SerializedNode,
  path: number[],
): Generator<{ node: SerializedNode; path: number[] }> {
  if (node.type === 'framework-quote') {
    yield { node, path };
    return;
  }
  const children = node.children ?? [];
  for (let i = 0; i < children.length; i++) yield* quotesWithPaths(children[i]!, [...path, i]);
}

/**
 * Every framework-quote in the book that is not cleared language of `framework`: unknown framework
 * version, unknown item ID, or words that differ from the framework's verbatim text.
 */
export function findQuoteProblems(book: Book, framework: FrameworkBundle): QuoteProblem[] {
  const problems: QuoteProblem[] = [];
  for (const tab of book.tabs) {
    for (const { node, path } of quotesWithPaths(tab.content.root, [])) {
      const problem = verifyQuote(node, framework, book.frameworkVersion, bookSlotValues(book));
      if (problem) {
        problems.push({
          tabId: tab.id,
          tabTitle: tab.title,
          itemId: String(node.itemId),
          problem,
          path,
        });
      }
    }
  }
  return problems;
}
