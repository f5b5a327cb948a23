// The framework panel: browse the tree or search objectives and talking points, then insert cleared language.
import { useDeferredValue, useMemo, useState } from 'react';
import type { FrameworkBundle } from '../../../core/framework/bundle';
import type { FrameworkInsertItem } from '../../editor/frameworkInsertItem';
import { FrameworkTree } from './FrameworkTree';
import { ItemCard } from './ItemCard';
import { buildFrameworkIndex, entryTopics, type FrameworkEntry } from './frameworkSearch';
import { buildFrameworkTree } from './frameworkTree';
import './framework.css';

export interface FrameworkPanelProps {
  framework: FrameworkBundle;
  onInsert(item: FrameworkInsertItem): void;
  /** Objective IDs the book's template and country suggest; badged and offered as a filter. */
  recommendedIds?: string[];
}

const NO_IDS: string[] = [];

export function FrameworkPanel({
  framework,
  onInsert,
  recommendedIds = NO_IDS,
}: FrameworkPanelProps) {
  // Built once per framework: a search is then a few milliseconds.
  const index = useMemo(() => buildFrameworkIndex(framework), [framework]);
  const tree = useMemo(() => buildFrameworkTree(framework), [framework]);
  const recommended = useMemo(() => new Set(recommendedIds), [recommendedIds]);
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
        <span className="bbf-version" title={framework.title}>
          {framework.version}
        </span>
      </header>
      <div className="bbf-filters" role="search">
        <input
          type="search"
          className="bbf-search"
          aria-label="Search framework"
          placeholder="Search objectives and talking points…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
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
      </div>
      {selected && selected.kind === 'objective' && (
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
                    <ItemCard entry={entry} onInsert={onInsert} />
                  </li>
                ) : null;
              })}
            </ul>
          )}
        </div>
      )}
      <div className="bbf-body">
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
                    onInsert={onInsert}
                    onShow={entry.kind === 'objective' ? () => setSelectedId(entry.id) : undefined}
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
    </section>
  );
}

function citesRecommended(entry: FrameworkEntry, recommended: ReadonlySet<string>): boolean {
  return entry.kind !== 'objective' && entry.point.cites.some((c) => recommended.has(c));
}
