// The framework panel: browse or search objectives and talking points (cleared language), or the foundations, key factors, quotations and glossary.
import { useDeferredValue, useMemo, useState } from 'react';
import type { FrameworkBundle } from '../../../core/framework/bundle';
import type { FrameworkInsertItem } from '../../editor/frameworkInsertItem';
import { FrameworkTree } from './FrameworkTree';
import { ItemCard } from './ItemCard';
import { REFERENCE_LABEL, ReferenceList, type ReferenceKind } from './ReferenceList';
import { buildFrameworkIndex, entryTopics, type FrameworkEntry } from './frameworkSearch';
import { buildFrameworkTree } from './frameworkTree';
import './framework.css';

export interface FrameworkPanelProps {
  framework: FrameworkBundle;
  onInsert(item: FrameworkInsertItem): void;
  /** Objective IDs the book's template and country suggest; badged and offered as a filter. */
  recommendedIds?: string[];
  /** Item IDs already quoted in the book: badged "In book" (they can still be inserted again). */
  inBookIds?: string[];
  /** Goes to where the book quotes an item (the "In book" badge is then a button). */
  onShowInBook?(itemId: string): void;
  /** Inserts a reference item's text (with its citation) as an ordinary paragraph. */
  onInsertText?(text: string): void;
}

type Section = 'objectives' | ReferenceKind;
const SECTIONS: { id: Section; label: string }[] = [
  { id: 'objectives', label: 'Objectives & points' },
  { id: 'foundation', label: 'Foundations' },
  { id: 'key-factor', label: 'Key factors' },
  { id: 'quotation', label: 'Quotations' },
  { id: 'glossary', label: 'Glossary' },
];

const NO_IDS: string[] = [];

export function FrameworkPanel({
  framework,
  onInsert,
  recommendedIds = NO_IDS,
  inBookIds = NO_IDS,
  onShowInBook,
  onInsertText,
}: FrameworkPanelProps) {
  const [section, setSection] = useState<Section>('objectives');
  const sections = framework.reference && onInsertText ? SECTIONS : [];
  // Built once per framework: a search is then a few milliseconds.
  const index = useMemo(() => buildFrameworkIndex(framework), [framework]);
  const tree = useMemo(() => buildFrameworkTree(framework), [framework]);
  const recommended = useMemo(() => new Set(recommendedIds), [recommendedIds]);
  const inBook = useMemo(() => new Set(inBookIds), [inBookIds]);
  const topics = useMemo(
    () => [...new Set([...index.entries.values()].flatMap((e) => entryTopics(e)))].sort(),
    [index],
  );
  const [query, setQuery] = useState('');
  const [topic, setTopic] = useState('');
  const [recommendedOnly, setRecommendedOnly] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const deferredQuery = useDeferredValue(query);

  const filtering = deferredQuery.trim() !== '' || topic !== '' || recommendedOnly;
  const hits = useMemo(() => {
    if (!filtering) return [];
    const all = index.search(deferredQuery, { topic: topic || undefined, limit: 200 });
    return recommendedOnly
      ? all.filter((h) => recommended.has(h.entry.id) || citesRecommended(h.entry, recommended))
      : all;
  }, [filtering, index, deferredQuery, topic, recommendedOnly, recommended]);

  const selected = selectedId ? index.entries.get(selectedId) : undefined;
  const points = selectedId ? (index.pointsByObjective.get(selectedId) ?? []) : [];

  return (
    <section className="bbf-panel" aria-label="Framework">
      <header className="bbf-head">
        <h2 className="bbf-title">Framework</h2>
        {/* The framework's name for the officer; the internal version ID only on hover. */}
        <span className="bbf-version" title={`Version ${framework.version}`}>
          {framework.title}
        </span>
      </header>
      <div className="bbf-filters" role="search">
        <input
          type="search"
          className="bbf-search"
          aria-label="Search framework"
          placeholder={
            section === 'objectives'
              ? 'Search objectives and talking points…'
              : `Search ${REFERENCE_LABEL[section].toLowerCase()} items…`
          }
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {section === 'objectives' && (
          <div className="bbf-filter-row">
            <select
              className="bbf-select"
              aria-label="Filter by topic"
              value={topic}
              onChange={(e) => setTopic(e.target.value)}
            >
              <option value="">All topics</option>
              {topics.map((t) => (
                <option key={t} value={t}>
                  {t.replace(/-/g, ' ')}
                </option>
              ))}
            </select>
            {recommended.size > 0 && (
              <label className="bbf-check">
                <input
                  type="checkbox"
                  checked={recommendedOnly}
                  onChange={(e) => setRecommendedOnly(e.target.checked)}
                />
                Recommended only
              </label>
            )}
          </div>
        )}
      </div>
      {sections.length > 0 && (
        <div className="bbf-sections" role="tablist" aria-label="Framework sections">
          {sections.map((s) => (
            <button
              key={s.id}
              type="button"
              role="tab"
              id={`bbf-tab-${s.id}`}
              aria-selected={section === s.id}
              aria-controls="bbf-section-body"
              className="bbf-section-tab"
              onClick={() => setSection(s.id)}
            >
              {s.label}
            </button>
          ))}
        </div>
      )}
      {section !== 'objectives' && onInsertText && (
        <div
          className="bbf-body"
          id="bbf-section-body"
          role="tabpanel"
          aria-labelledby={`bbf-tab-${section}`}
        >
          <ReferenceList
            framework={framework}
            kind={section}
            query={deferredQuery}
            onInsertText={onInsertText}
          />
        </div>
      )}
      {section === 'objectives' && selected && selected.kind === 'objective' && (
        <div className="bbf-detail" aria-label={`Objective ${selected.id}`} role="region">
          <div className="bbf-detail-head">
            <span className="bbf-heading">{selected.objective.heading}</span>
            <button
              type="button"
              className="bbf-btn bbf-btn-quiet"
              aria-label="Close objective"
              onClick={() => setSelectedId(null)}
            >
              ×
            </button>
          </div>
          <ItemCard
            entry={selected}
            recommended={recommended.has(selected.id)}
            inBook={inBook.has(selected.id)}
            onShowInBook={onShowInBook}
            onInsert={onInsert}
          />
          <h3 className="bbf-subhead">Talking points and if-raised responses</h3>
          {points.length === 0 ? (
            <p className="bbf-empty">None written for this objective yet.</p>
          ) : (
            <ul className="bbf-result-list">
              {points.map((p) => {
                const entry = index.entries.get(p.id);
                return entry ? (
                  <li key={p.id}>
                    <ItemCard
                      entry={entry}
                      inBook={inBook.has(entry.id)}
                      onShowInBook={onShowInBook}
                      onInsert={onInsert}
                    />
                  </li>
                ) : null;
              })}
            </ul>
          )}
        </div>
      )}
      {section === 'objectives' && (
        <div
          className="bbf-body"
          id={sections.length > 0 ? 'bbf-section-body' : undefined}
          role={sections.length > 0 ? 'tabpanel' : undefined}
          aria-labelledby={sections.length > 0 ? 'bbf-tab-objectives' : undefined}
        >
          {filtering ? (
            <div className="bbf-results">
              <p className="bbf-count" role="status">
                {hits.length === 0
                  ? 'No matching framework items.'
                  : `${hits.length} item${hits.length === 1 ? '' : 's'}`}
              </p>
              <ul className="bbf-result-list" aria-label="Search results">
                {hits.map(({ entry }) => (
                  <li key={entry.id}>
                    <ItemCard
                      entry={entry}
                      compact
                      recommended={recommended.has(entry.id)}
                      inBook={inBook.has(entry.id)}
                      onShowInBook={onShowInBook}
                      onInsert={onInsert}
                      onShow={
                        entry.kind === 'objective' ? () => setSelectedId(entry.id) : undefined
                      }
                    />
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <FrameworkTree
              roots={tree}
              selectedId={selectedId}
              recommended={recommended}
              onSelect={setSelectedId}
            />
          )}
        </div>
      )}
    </section>
  );
}

function citesRecommended(entry: FrameworkEntry, recommended: ReadonlySet<string>): boolean {
  return entry.kind !== 'objective' && entry.point.cites.some((c) => recommended.has(c));
}
