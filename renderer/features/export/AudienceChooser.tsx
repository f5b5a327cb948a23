// The export dialog's audience: the full book, a non-paper for the counterpart, or the principal's pocket card.
import type { Audience } from '../../../core/pdf/audience';

export interface AudienceState {
  audience: Audience;
  /** Non-paper only: keep the U.S.-internal framework citations. */
  keepCitations: boolean;
}

interface Props {
  state: AudienceState;
  /** A packet exports full books only. */
  packet: boolean;
  disabled: boolean;
  onChange: (next: AudienceState) => void;
}

const CHOICES: Array<{ value: Audience; label: string; hint: string }> = [
  { value: 'full', label: 'Full book', hint: 'everything, for the principal' },
  {
    value: 'nonpaper',
    label: 'Non-paper',
    hint: 'for the counterpart: (U) portions only, no If Raised, people, schedule or clearance',
  },
  {
    value: 'pocket',
    label: 'Pocket card',
    hint: 'meeting line, objectives and points to make; at most 2 half-letter pages, large type',
  },
];

export function AudienceChooser({ state, packet, disabled, onChange }: Props) {
  return (
    <fieldset className="form-section export-audience">
      <legend className="section-title">Audience</legend>
      {CHOICES.map((c) => [
        <label key={c.value}>
          <input
            type="radio"
            name="export-audience"
            checked={state.audience === c.value}
            disabled={disabled || (packet && c.value !== 'full')}
            onChange={() => onChange({ ...state, audience: c.value })}
          />
          {c.label} <span className="muted">({c.hint})</span>
        </label>,
        // The citations choice sits under the non-paper it belongs to.
        c.value === 'nonpaper' && state.audience === 'nonpaper' && (
          <label key="keep-citations" className="nested-option">
            <input
              type="checkbox"
              checked={state.keepCitations}
              disabled={disabled}
              onChange={(e) => onChange({ ...state, keepCitations: e.target.checked })}
            />
            Keep the framework citations (U.S.-internal references; left out by default)
          </label>
        ),
      ])}
      {packet && (
        <p className="muted">A packet exports full books; choose one book for the others.</p>
      )}
    </fieldset>
  );
}
