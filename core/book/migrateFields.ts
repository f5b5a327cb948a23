// Book format 1 -> 2: text that assembly substituted from the details (and is still unchanged) becomes live fields.
import { CONTENT_LIMITS, contentDepth, type SerializedNode } from './lexical';
import { fieldNode, fieldValues, type FieldName } from './fields';
import type { Meeting } from './schema';

/**
 * The details a format-1 book had substituted into its text, longest first so a longer value wins
 * over one it contains. The country name is left as text: a book's country never changes, so
 * such text can never go stale, and converting every "Kenya" would only add noise.
 */
export const MIGRATED_FIELDS: readonly FieldName[] = [
  'meeting.date',
  'meeting.isoDate',
  'meeting.city',
  'counterpart.name',
  'counterpart.title',
  'principal.name',
  'principal.title',
];

/** The (value, field) pairs to look for, skipping empty values and duplicates (the first field wins). */
export function migrationTargets(meeting: Meeting): Array<{ value: string; field: FieldName }> {
  const values = fieldValues(meeting);
  const seen = new Set<string>();
  const out: Array<{ value: string; field: FieldName }> = [];
  for (const field of MIGRATED_FIELDS) {
    const value = values[field];
    if (value.trim().length < 2 || seen.has(value)) continue;
    seen.add(value);
    out.push({ value, field });
  }
  return out.sort((a, b) => b.value.length - a.value.length);
}

/** Splits one text node at every exact occurrence of a target value; formatting carries over to the field. */
function splitText(
  node: SerializedNode,
  targets: Array<{ value: string; field: FieldName }>,
): SerializedNode[] {
  const text = node.text ?? '';
  const out: SerializedNode[] = [];
  const format = typeof node.format === 'number' ? node.format : 0;
  let rest = 0;
  let pending = '';
  while (rest < text.length) {
    // The earliest match; at equal positions the longest value (targets are sorted by length).
    let best: { at: number; value: string; field: FieldName } | null = null;
    for (const t of targets) {
      const at = text.indexOf(t.value, rest);
      if (at >= 0 && (best === null || at < best.at)) best = { at, ...t };
    }
    if (best === null) break;
    pending += text.slice(rest, best.at);
    if (pending) out.push({ ...node, text: pending });
    pending = '';
    out.push({ ...fieldNode(best.field, best.value, format), style: String(node.style ?? '') });
    rest = best.at + best.value.length;
  }
  if (out.length === 0) return [node];
  pending += text.slice(rest);
  if (pending) out.push({ ...node, text: pending });
  return out;
}

/** Copies `node` with substituted detail text turned into fields (framework quotes stay verbatim). */
function convertNode(
  node: SerializedNode,
  targets: Array<{ value: string; field: FieldName }>,
): SerializedNode {
  if (node.type === 'framework-quote' || !Array.isArray(node.children)) return node;
  const children = node.children.flatMap((child) =>
    child.type === 'text' ? splitText(child, targets) : [convertNode(child, targets)],
  );
  return { ...node, children };
}

/**
 * Replaces the details in a title with their placeholders; null when it holds neither the meeting
 * date nor the city (the country alone never changes, so such a title is treated as hand-written).
 */
export function titlePatternOf(title: string, meeting: Meeting): string | null {
  const values = fieldValues(meeting);
  const fill = (text: string, fields: readonly FieldName[]) =>
    fields.reduce(
      (out, field) =>
        values[field].trim().length >= 2 ? out.split(values[field]).join(`{{${field}}}`) : out,
      text,
    );
  const pattern = fill(title, ['meeting.date', 'meeting.isoDate', 'meeting.city']);
  return pattern === title ? null : fill(pattern, ['country.name']);
}

/**
 * The 1 -> 2 step on a raw (unvalidated) book object. Text left unconverted (an edited date, a
 * value split across formatting) is found afterwards by unconvertedDetails (core/book/unconverted.ts).
 * A title holding the details follows them from now on; any other title counts as renamed by hand.
 */
export function migrateToFields(raw: Record<string, unknown>): Record<string, unknown> {
  const meeting = raw.meeting as Meeting | undefined;
  const tabs = raw.tabs;
  // Not a well-formed book: leave it for the schema to reject with a precise message.
  if (!meeting || typeof meeting !== 'object' || typeof meeting.date !== 'string')
    return { ...raw, formatVersion: 2 };
  if (typeof meeting.city !== 'string' || typeof meeting.countryName !== 'string')
    return { ...raw, formatVersion: 2 };
  const targets = migrationTargets(meeting);
  const convertedTabs = Array.isArray(tabs)
    ? tabs.map((tab: unknown) => {
        const t = tab as { content?: { root?: SerializedNode } };
        if (!t?.content?.root || typeof t.content.root !== 'object') return tab;
        // Too deep to walk safely: the schema refuses it next, with its own message.
        if (contentDepth(t.content.root) > CONTENT_LIMITS.maxDepth) return tab;
        return { ...t, content: { ...t.content, root: convertNode(t.content.root, targets) } };
      })
    : tabs;
  const pattern = typeof raw.title === 'string' ? titlePatternOf(raw.title, meeting) : null;
  return {
    ...raw,
    formatVersion: 2,
    tabs: convertedTabs,
    ...(pattern !== null
      ? { titlePattern: pattern.slice(0, 300), titleIsCustom: false }
      : { titleIsCustom: true }),
  };
}
