// Readiness panel: every problem core/readiness finds, blockers first; each one jumps to its place.
import { memo } from 'react';
import type { ReadinessProblem } from '../../../core/readiness';

interface Props {
  problems: readonly ReadinessProblem[];
  onJump: (problem: ReadinessProblem) => void;
}

/** "3 blockers, 1 warning" */
export function readinessCount(problems: readonly ReadinessProblem[]): string {
  const blockers = problems.filter((p) => p.severity === 'blocker').length;
  const warnings = problems.length - blockers;
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  return `${n(blockers, 'blocker')}, ${n(warnings, 'warning')}`;
}

/** Memoised: the screen passes a list recomputed only when the (deferred) book changes. */
export const ReadinessPanel = memo(function ReadinessPanel({ problems, onJump }: Props) {
  const ordered = [
    ...problems.filter((p) => p.severity === 'blocker'),
    ...problems.filter((p) => p.severity === 'warning'),
  ];
  return (
    <section
      className="panel readiness"
      id="readiness-panel"
      aria-labelledby="readiness-title"
      tabIndex={-1}
    >
      <h2 id="readiness-title">Readiness</h2>
      {ordered.length === 0 ? (
        <p className="success-message" data-testid="readiness-summary">
          Ready for a final export: nothing to fix.
        </p>
      ) : (
        <p data-testid="readiness-summary">
          {readinessCount(problems)}. Blockers stop a final export; F8 goes to the next placeholder.
        </p>
      )}
      <ul className="readiness-list" aria-label="Readiness problems">
        {ordered.map((p, i) => (
          <li key={`${p.kind}-${p.tabId ?? p.field}-${p.path?.join('.') ?? ''}-${i}`}>
            <button
              type="button"
              className={`readiness-item readiness-${p.severity}`}
              data-kind={p.kind}
              onClick={() => onJump(p)}
            >
              <span className="readiness-severity">
                {p.severity === 'blocker' ? 'Blocker' : 'Warning'}
              </span>
              <span className="readiness-where">{p.where}</span>
              <span className="readiness-message">{p.message}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
});
