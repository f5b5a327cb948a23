// What a numbered-copies or addendum export did: running, the files written into the folder, or why it failed.
import type { CopiesStatus } from './useCopiesExport';

export function CopiesStatusView({ status }: { status: CopiesStatus }) {
  switch (status.phase) {
    case 'running':
      return <p role="status">Rendering the copies, one PDF per recipient…</p>;
    case 'cancelled':
      return <p role="status">Cancelled. Nothing was written.</p>;
    case 'failed':
      return (
        <p className="error-message" role="alert">
          Not exported: {status.message}
        </p>
      );
    case 'done': {
      const { result } = status;
      return (
        <div className="success-message" role="status" data-testid="copies-result">
          <p>
            {result.addendum > 0
              ? `Addendum ${result.addendum} (${result.changes} change${result.changes === 1 ? '' : 's'} listed)`
              : 'Numbered copies'}{' '}
            written to <code>{result.folder}</code> and recorded in the distribution log:
          </p>
          <ul>
            {result.files.map((f) => (
              <li key={f}>
                <code>{f.slice(result.folder.length + 1)}</code>
              </li>
            ))}
          </ul>
        </div>
      );
    }
    default:
      return null;
  }
}
