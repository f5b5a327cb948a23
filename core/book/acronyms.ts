// The acronym list appendix: the glossary entries whose acronym the book's printed text uses.
import type { GlossaryEntry } from '../framework/referenceSchema';
import type { FieldValues } from './fields';
import type { SerializedNode } from './lexical';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every string a node prints: its text runs, fields as their values, an if-raised ask. */
function printedStrings(
  node: SerializedNode,
  values: FieldValues | undefined,
  out: string[],
): void {
  if (node.type === 'field' && values && typeof node.field === 'string')
    out.push(values[node.field as keyof FieldValues] ?? '');
  else if (typeof node.text === 'string') out.push(node.text);
  if (typeof node.raised === 'string') out.push(node.raised);
  for (const child of node.children ?? []) printedStrings(child, values, out);
}

/** The printed text of some content roots (tabs), one string per text run. */
export function printedText(roots: readonly SerializedNode[], values?: FieldValues): string {
  const out: string[] = [];
  for (const root of roots) printedStrings(root, values, out);
  return out.join('\n');
}

/**
 * The glossary entries whose acronym occurs in `text` as a whole token, case-sensitive ("AVC",
 * not "avc" inside a word), sorted by acronym. "E.O." matches "E.O." but not "GEO".
 */
export function usedAcronyms(text: string, glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
  return glossary
    .filter((e) => new RegExp(`(?<![A-Za-z0-9.])${escapeRe(e.acronym)}(?![A-Za-z0-9])`).test(text))
    .sort((a, b) => a.acronym.localeCompare(b.acronym, 'en'));
}
