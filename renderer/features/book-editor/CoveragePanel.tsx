// Framework coverage: objectives the book cites, and those its template recommends for the country but it lacks.
import { memo, useMemo } from 'react';
import type { Book } from '../../../core/book/schema';
import { computeCoverage } from '../../../core/book/coverage';
import type { AppData } from '../../app/AppData';
import { citedKey } from './bookDerived';

/** Memoised: the screen passes a deferred book, and typing rarely changes what is cited. */
export const CoveragePanel = memo(function CoveragePanel({
  book,
  data,
}: {
  book: Book;
  data: AppData;
}) {
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
      <ul className="id-list" aria-label="Cited objectives" tabIndex={0}>
        {coverage.citedObjectiveIds.map((id) => (
          <li key={id} title={textOf(id)}>
            <code>{id}</code> <span className="id-text">{textOf(id)}</span>
          </li>
        ))}
      </ul>
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
