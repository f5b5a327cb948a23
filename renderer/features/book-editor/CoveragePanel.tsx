// Framework coverage: objectives the book cites (each jumps to its citations in turn), and those its template recommends but it lacks.
import { memo, useMemo, useState } from 'react';
import type { Book } from '../../../core/book/schema';
import { computeCoverage } from '../../../core/book/coverage';
import type { AppData } from '../../app/AppData';
import { citedKey } from './bookDerived';

/** Where a jump landed: citation `index` (0-based) of `count`, in the tab titled `tabTitle`. */
export interface CitationJump {
  index: number;
  count: number;
  tabTitle: string;
}

/** Memoised: the screen passes a deferred book, and typing rarely changes what is cited. */
export const CoveragePanel = memo(function CoveragePanel({
  book,
  data,
  onShowCitation,
}: {
  book: Book;
  data: AppData;
  /** Goes to citation `occurrence` (taken modulo their count) of an objective; null when none. */
  onShowCitation?: (objectiveId: string, occurrence: number) => CitationJump | null;
}) {
  const [shown, setShown] = useState<(CitationJump & { id: string }) | null>(null);
  const template = data.templates.find((t) => t.id === book.templateId);
  const country = data.countries.countries.find((c) => c.iso2 === book.meeting.countryCode);
  // Coverage depends on the book only through the IDs it cites (computeCoverage), so key on those.
  const cited = citedKey(book);
  const coverage = useMemo(
    () => (template && country ? computeCoverage(book, template, data.framework, country) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cited, template, country, data.framework],
  );
  if (!coverage) {
    return (
      <section className="panel coverage" aria-labelledby="coverage-title">
        <h2 id="coverage-title">Coverage</h2>
        <p className="muted">
          The book’s template or country is not in the bundled data, so coverage cannot be computed.
        </p>
      </section>
    );
  }
  const textOf = (id: string) => data.framework.objectives.find((o) => o.id === id)?.text ?? '';
  const total = coverage.recommendedObjectiveIds.length;
  const covered = total - coverage.missingObjectiveIds.length;
  return (
    <section className="panel coverage" aria-labelledby="coverage-title">
      <h2 id="coverage-title">Coverage</h2>
      <p className="coverage-summary">
        <strong>{covered}</strong> of {total} recommended objectives cited
      </p>
      <progress
        className="coverage-bar"
        max={Math.max(total, 1)}
        value={covered}
        aria-label="Recommended objectives cited"
      />
      <h3 className="subsection-title">Cited ({coverage.citedObjectiveIds.length})</h3>
      <ul
        className="id-list"
        aria-label="Cited objectives"
        tabIndex={onShowCitation ? undefined : 0}
      >
        {coverage.citedObjectiveIds.map((id) => {
          const at = shown?.id === id ? shown : null;
          const label = (
            <>
              <code>{id}</code> <span className="id-text">{textOf(id)}</span>
            </>
          );
          if (!onShowCitation)
            return (
              <li key={id} title={textOf(id)}>
                {label}
              </li>
            );
          return (
            <li key={id} title={textOf(id)}>
              <button
                type="button"
                className="coverage-jump"
                onClick={() => {
                  // Again on the same entry: on to the next citation, round to the first.
                  const jump = onShowCitation(id, at ? at.index + 1 : 0);
                  setShown(jump ? { ...jump, id } : null);
                }}
              >
                {label}
                {at && (
                  <span className="coverage-count" data-testid="coverage-count">
                    {at.index + 1} of {at.count}
                  </span>
                )}
                <span className="visually-hidden">
                  {at ? ', go to the next citation' : ', go to where the book cites it'}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <p className="visually-hidden" role="status">
        {shown
          ? `${shown.id}: citation ${shown.index + 1} of ${shown.count}, in ${shown.tabTitle}`
          : ''}
      </p>
      <h3 className="subsection-title">
        Talking points: {coverage.insertedPointIds.length} inserted as cleared,{' '}
        {coverage.tailoredPointIds.length} tailored
      </h3>
      {coverage.tailoredPointIds.length > 0 && (
        <ul className="id-list" aria-label="Tailored talking points" tabIndex={0}>
          {coverage.tailoredPointIds.map((id) => (
            <li key={id}>
              <code>{id}</code> <span className="id-text">adapted from cleared text</span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="subsection-title">
        Recommended but missing ({coverage.missingObjectiveIds.length})
      </h3>
      <ul className="id-list id-list-missing" aria-label="Missing objectives" tabIndex={0}>
        {coverage.missingObjectiveIds.map((id) => (
          <li key={id} title={textOf(id)}>
            <code>{id}</code> <span className="id-text">{textOf(id)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
});
