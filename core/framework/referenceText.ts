// The text a framework reference item (foundation, key factor, quotation, glossary entry) inserts, with its citation.
import type { GlossaryEntry, KeyFactor, PolicyFoundation, Quotation } from './referenceSchema';

/** A reference item of any kind, as the framework panel lists it. */
export type ReferenceItem =
  | { kind: 'foundation'; item: PolicyFoundation }
  | { kind: 'key-factor'; item: KeyFactor }
  | { kind: 'quotation'; item: Quotation }
  | { kind: 'glossary'; item: GlossaryEntry };

/**
 * The paragraph inserted for a reference item. It is the officer's text from then on (only
 * objectives and talking points are cleared language), so it carries its framework ID in brackets
 * as the citation. A quotation keeps its words verbatim, with its speaker and date; reported
 * speech (quoted: false) gets no quotation marks it never had.
 */
export function referenceText(ref: ReferenceItem): string {
  switch (ref.kind) {
    case 'foundation':
      return `${ref.item.name}: ${ref.item.contribution} [${ref.item.id}]`;
    case 'key-factor':
      return `${ref.item.point} [${ref.item.id}]`;
    case 'quotation': {
      const q = ref.item;
      const who = q.date ? `${q.speaker}, ${q.date}` : q.speaker;
      return q.quoted ? `“${q.text}” (${who}) [${q.id}]` : `${who}: ${q.text} [${q.id}]`;
    }
    case 'glossary':
      return `${ref.item.acronym}: ${ref.item.expansion}`;
  }
}

/** The words a reference item is searched by. */
export function referenceSearchText(ref: ReferenceItem): string {
  switch (ref.kind) {
    case 'foundation':
      return `${ref.item.id} ${ref.item.name} ${ref.item.contribution} ${ref.item.kind}`;
    case 'key-factor':
      return `${ref.item.id} ${ref.item.section} ${ref.item.point}`;
    case 'quotation':
      return `${ref.item.id} ${ref.item.speaker} ${ref.item.date ?? ''} ${ref.item.text}`;
    case 'glossary':
      return `${ref.item.acronym} ${ref.item.expansion}`;
  }
}
