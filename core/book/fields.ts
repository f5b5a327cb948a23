// Live fields: inline nodes bound to a book's details (meeting date, city, counterpart ...), their values and refresh.
import { FIELD_NODE_NAMES, type SerializedNode } from './lexical';
import type { Book, Meeting, Person } from './schema';
import { MONTH_NAMES } from '../data/humanDate';

/** Every detail a field node may show; the same names as the template placeholders that make them. */
export const FIELD_NAMES = FIELD_NODE_NAMES;
export type FieldName = (typeof FIELD_NAMES)[number];
export type FieldValues = Record<FieldName, string>;

/** True when `name` is a field a document may hold. */
export function isFieldName(name: unknown): name is FieldName {
  return typeof name === 'string' && (FIELD_NAMES as readonly string[]).includes(name);
}

/**
 * A field as Lexical serializes it: a token-mode text node (so plain-text readers see `text`) that
 * also names its detail. `text` is a snapshot of the value, refreshed whenever details change;
 * the PDF prints the value computed from the book's details, never the snapshot.
 */
export interface SerializedField extends SerializedNode {
  type: 'field';
  version: 1;
  field: FieldName;
  text: string;
  format: number;
  detail: number;
  mode: 'token';
  style: string;
}

/** "2026-03-12" -> "March 12, 2026" (computed from the string: no locale, no time zone). */
export function longDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${MONTH_NAMES[(m ?? 1) - 1] ?? '?'} ${d}, ${y}`;
}

/** Drafter prompt for a value the details do not give yet; neutral scaffolding, never an invented fact. */
export const ask = (what: string) => `[Drafter: ${what}]`;

function personLine(p: Person): string {
  return p.title ? `${p.name}, ${p.title}` : p.name;
}

/** The value each field shows for these details; absent details show a "[Drafter: ...]" prompt. */
export function fieldValues(meeting: Meeting): FieldValues {
  const delegation = meeting.delegation ?? [];
  return {
    'country.name': meeting.countryName,
    'country.code': meeting.countryCode,
    'meeting.date': longDate(meeting.date),
    'meeting.isoDate': meeting.date,
    'meeting.city': meeting.city.trim() || ask('city'),
    'counterpart.name': meeting.counterpart?.name ?? ask('counterpart'),
    'counterpart.title': meeting.counterpart?.title ?? ask("counterpart's title"),
    // A counterpart whose name needs no other script shows a dash, not a prompt to fill.
    'counterpart.nativeName': meeting.counterpart
      ? (meeting.counterpart.nativeName ?? '—')
      : ask("counterpart's name in native script"),
    'principal.name': meeting.principal?.name ?? ask('principal'),
    'principal.title': meeting.principal?.title ?? ask("principal's title"),
    delegation:
      delegation.length > 0 ? delegation.map(personLine).join('; ') : ask('U.S. delegation'),
  };
}

/** A field node showing `value`, with the given text format bits (bold, italic ...). */
export function fieldNode(field: FieldName, value: string, format = 0): SerializedField {
  return {
    detail: 0,
    format,
    mode: 'token',
    style: '',
    text: value,
    type: 'field',
    version: 1,
    field,
  };
}

/** True for a serialized field node with a known field name. */
export function isSerializedField(node: SerializedNode): node is SerializedField {
  return node.type === 'field' && isFieldName(node.field);
}

/** Fills `{{name}}` in a title pattern with field values; unknown names are left as written. */
export function fillTitle(pattern: string, values: FieldValues): string {
  return pattern.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, name: string) =>
    isFieldName(name) ? values[name] : whole,
  );
}

/** Copies `node` with every field's text set to its current value (returns the same object if none changed). */
function refreshNode(node: SerializedNode, values: FieldValues): SerializedNode {
  if (isSerializedField(node)) {
    const value = values[node.field];
    return node.text === value ? node : { ...node, text: value };
  }
  if (!node.children) return node;
  let changed = false;
  const children = node.children.map((child) => {
    const next = refreshNode(child, values);
    if (next !== child) changed = true;
    return next;
  });
  return changed ? { ...node, children } : node;
}

/**
 * The book with every field showing its current detail and, unless the user renamed the book by
 * hand (`titleIsCustom`), the title refilled from its pattern. Tabs whose fields are current keep
 * their identity, so the editor's per-tab caches are not invalidated needlessly.
 */
export function refreshFields(book: Book): Book {
  const values = fieldValues(book.meeting);
  const tabs = book.tabs.map((tab) => {
    const root = refreshNode(tab.content.root, values);
    return root === tab.content.root
      ? tab
      : { ...tab, content: { ...tab.content, root: root as typeof tab.content.root } };
  });
  const title =
    !book.titleIsCustom && book.titlePattern
      ? fillTitle(book.titlePattern, values).slice(0, 300)
      : book.title;
  return { ...book, title, tabs };
}

/** The book with new details, every field and the (uncustomised) title following them. */
export function applyDetails(book: Book, meeting: Meeting): Book {
  return refreshFields({ ...book, meeting });
}
