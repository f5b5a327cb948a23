// Export dialog: the readiness problems of what will be exported, listed before a draft export and as the blockers of a final one.
import type { ReadinessProblem } from '../../../core/readiness';

export interface BookProblems {
  bookTitle: string;
  problems: ReadinessProblem[];
}

interface Props {
  mode: 'draft' | 'final';
  /** Per book: the problems that refuse this export. */
  refusals: BookProblems[];
  /** Per book: every problem (listed as warnings before a draft export). */
  all: BookProblems[];
}

function ProblemList({ rows, label }: { rows: BookProblems[]; label: string }) {
  const several = rows.length > 1;
  return (
    <ul className="export-readiness-list" aria-label={label} tabIndex={0}>
      {rows.flatMap((r) =>
        r.problems.map((p, i) => (
          <li key={`${r.bookTitle}-${i}`}>
            {several ? `${r.bookTitle} › ` : ''}
            <strong>{p.where}</strong>: {p.message}
          </li>
        )),
      )}
    </ul>
  );
}

export function ExportReadiness({ mode, refusals, all }: Props) {
  const refused = refusals.reduce((n, r) => n + r.problems.length, 0);
  const total = all.reduce((n, r) => n + r.problems.length, 0);
  if (refused > 0) {
    return (
      <div className="markings-problems" role="alert" data-testid="export-refusals">
        <p>
          <strong>
            {mode === 'final'
              ? `A final export is refused until ${refused === 1 ? 'this blocker is' : `these ${refused} blockers are`} fixed.`
              : `This cannot be exported, even as a draft, until ${refused === 1 ? 'this is' : `these ${refused} are`} fixed.`}
          </strong>
        </p>
        <ProblemList rows={refusals} label="Blockers" />
      </div>
    );
  }
  if (total === 0) {
    return (
      <p className="success-message" role="status" data-testid="export-warnings">
        Readiness: nothing to fix.
      </p>
    );
  }
  return (
    <div className="export-warnings" role="status" data-testid="export-warnings">
      <p>
        <strong>
          {total} readiness {total === 1 ? 'problem' : 'problems'} in this {mode} export.
        </strong>{' '}
        {mode === 'draft'
          ? 'A draft may still be exported: it prints with the DRAFT watermark.'
          : 'None blocks a final export.'}
      </p>
      <ProblemList rows={all} label="Readiness warnings" />
    </div>
  );
}
