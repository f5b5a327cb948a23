// The framework's descriptive material in the panel: policy foundations, key factors, quotations, glossary.
import { useMemo } from 'react';
import type { FrameworkBundle } from '../../../core/framework/bundle';
import {
  referenceSearchText,
  referenceText,
  type ReferenceItem,
} from '../../../core/framework/referenceText';

export type ReferenceKind = ReferenceItem['kind'];

export const REFERENCE_LABEL: Record<ReferenceKind, string> = {
  foundation: 'Policy foundation',
  'key-factor': 'Key factor',
  quotation: 'Quotation',
  glossary: 'Glossary entry',
};

/** Every reference item of one kind, in the framework's order. */
function itemsOf(framework: FrameworkBundle, kind: ReferenceKind): ReferenceItem[] {
  const r = framework.reference;
  if (!r) return [];
  switch (kind) {
    case 'foundation':
      return r.policyFoundations.foundations.map((item) => ({ kind, item }));
    case 'key-factor':
      return r.keyFactors.keyFactors.map((item) => ({ kind, item }));
    case 'quotation':
      return r.quotations.quotations.map((item) => ({ kind, item }));
    case 'glossary':
      return r.glossary.entries.map((item) => ({ kind, item }));
  }
}

const idOf = (ref: ReferenceItem): string =>
  ref.kind === 'glossary' ? ref.item.acronym : ref.item.id;

/** True when every word of the query occurs in the item's words (case-insensitive). */
function matches(ref: ReferenceItem, words: string[]): boolean {
  const hay = referenceSearchText(ref).toLowerCase();
  return words.every((w) => hay.includes(w));
}

function Body({ entry: r }: { entry: ReferenceItem }) {
  switch (r.kind) {
    case 'foundation':
      return (
        <>
          <p className="bbf-heading">
            {r.item.name}
            {r.item.year !== null && !r.item.name.includes(String(r.item.year))
              ? ` (${r.item.year})`
              : ''}
          </p>
          <p className="bbf-text bbf-clamp">{r.item.contribution}</p>
        </>
      );
    case 'key-factor':
      return (
        <>
          <p className="bbf-heading">{r.item.section}</p>
          <p className="bbf-text">{r.item.point}</p>
        </>
      );
    case 'quotation':
      return (
        <>
          <p className="bbf-text">{r.item.quoted ? `“${r.item.text}”` : r.item.text}</p>
          <p className="bbf-heading">
            {r.item.speaker}
            {r.item.date ? `, ${r.item.date}` : ''}
          </p>
        </>
      );
    case 'glossary':
      return <p className="bbf-text">{r.item.expansion}</p>;
  }
}

interface Props {
  framework: FrameworkBundle;
  kind: ReferenceKind;
  query: string;
  /** Inserts the item's text, with its citation, as the officer's own paragraph. */
  onInsertText(text: string): void;
}

export function ReferenceList({ framework, kind, query, onInsertText }: Props) {
  const all = useMemo(() => itemsOf(framework, kind), [framework, kind]);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = words.length === 0 ? all : all.filter((r) => matches(r, words));
  const label = REFERENCE_LABEL[kind];
  return (
    <div className="bbf-results">
      <p className="bbf-count" role="status">
        {shown.length === 0
          ? `No matching ${label.toLowerCase()}.`
          : `${shown.length} item${shown.length === 1 ? '' : 's'}`}
      </p>
      <ul className="bbf-result-list" aria-label={`${label} list`}>
        {shown.map((r) => (
          <li key={idOf(r)}>
            <article className={`bbf-card bbf-card-ref`} aria-label={`${label} ${idOf(r)}`}>
              <header className="bbf-card-head">
                <span className="bbf-kind">{label}</span>
                <span className="bbf-id">{idOf(r)}</span>
              </header>
              <Body entry={r} />
              <footer className="bbf-card-foot">
                <button
                  type="button"
                  className="bbf-btn bbf-btn-insert"
                  aria-label={`Insert ${label.toLowerCase()} ${idOf(r)}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onInsertText(referenceText(r))}
                >
                  Insert
                </button>
              </footer>
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
