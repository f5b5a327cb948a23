// Export dialog section "Numbered copies": one PDF per recipient, "Copy k of N" and the name beside every banner.
import type { CopiesExport } from './useCopiesExport';
import { CopiesStatusView } from './CopiesStatusView';

export function CopiesFields({ copies, disabled }: { copies: CopiesExport; disabled: boolean }) {
  return (
    <fieldset className="form-section">
      <legend className="section-title">Numbered copies</legend>
      <label>
        <input
          type="checkbox"
          checked={copies.on}
          disabled={disabled}
          onChange={(e) => copies.setOn(e.target.checked)}
        />
        Numbered copies{' '}
        <span className="muted">
          (one PDF per recipient into the folder you choose; logged for tracing)
        </span>
      </label>
      {copies.on && (
        <label className="field">
          <span className="field-label">Recipients, one per line (copy 1 first)</span>
          <textarea
            rows={4}
            value={copies.recipientsText}
            disabled={disabled}
            onChange={(e) => copies.setRecipientsText(e.target.value)}
          />
        </label>
      )}
      <CopiesStatusView status={copies.status} />
    </fieldset>
  );
}
