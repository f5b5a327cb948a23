// The export's progress bar with phase label and Cancel, then where the PDF was saved.
import type { ExportState } from './useExportJob';

const PHASES: Record<string, string> = {
  layout: 'Laying out pages',
  render: 'Rendering',
  outline: 'Building the outline',
  write: 'Writing the file',
  done: 'Finishing',
};

export function ExportProgressView({
  state,
  onCancel,
}: {
  state: ExportState;
  onCancel: () => void;
}) {
  if (state.phase === 'running') {
    const fraction = state.progress?.fraction ?? 0;
    return (
      <div className="export-progress">
        <label className="field">
          <span className="field-label">
            {state.progress ? PHASES[state.progress.phase] : 'Starting'} ·{' '}
            {Math.round(fraction * 100)}%
          </span>
          <progress max={1} value={fraction} aria-label="Export progress" />
        </label>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel export
        </button>
      </div>
    );
  }
  if (state.phase === 'done') {
    return (
      <p className="success-message" role="status" data-testid="export-result">
        Exported {state.pages} page{state.pages === 1 ? '' : 's'} to <code>{state.path}</code>
      </p>
    );
  }
  if (state.phase === 'cancelled') return <p role="status">Export cancelled. Nothing was saved.</p>;
  if (state.phase === 'failed') {
    return (
      <p className="error-message" role="alert">
        Export failed: {state.message}
      </p>
    );
  }
  return null;
}
