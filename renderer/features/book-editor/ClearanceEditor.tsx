// The clearance block: drafted by, cleared by (a list), approved by, and DRAFT/cleared status.
import type { Book, SignOff } from '../../../core/book/schema';

interface Props {
  book: Book;
  onChange: (change: (book: Book) => Book) => void;
}

type Clearance = Book['clearance'];
const EMPTY: SignOff = { office: '', name: '', date: null };

/** A sign-off counts once someone's name is on it. */
const isFilled = (s: SignOff | null): boolean => Boolean(s && s.name.trim());

function SignOffFields({
  label,
  value,
  onChange,
}: {
  label: string;
  value: SignOff;
  onChange: (v: SignOff) => void;
}) {
  return (
    <div className="form-grid signoff" role="group" aria-label={label}>
      <label className="field">
        <span className="field-label">{label}: office</span>
        <input
          value={value.office}
          maxLength={300}
          onChange={(e) => onChange({ ...value, office: e.target.value })}
        />
      </label>
      <label className="field">
        <span className="field-label">{label}: name</span>
        <input
          value={value.name}
          maxLength={300}
          onChange={(e) => onChange({ ...value, name: e.target.value })}
        />
      </label>
      <label className="field">
        <span className="field-label">{label}: date</span>
        <input
          type="date"
          value={value.date ?? ''}
          onChange={(e) => onChange({ ...value, date: e.target.value || null })}
        />
      </label>
    </div>
  );
}

export function ClearanceEditor({ book, onChange }: Props) {
  const c = book.clearance;
  const set = (patch: Partial<Clearance>) =>
    onChange((b) => {
      const next = { ...b.clearance, ...patch };
      // Losing the approval takes the book back to DRAFT: cleared requires an approver.
      if (!isFilled(next.approved)) next.status = 'draft';
      return { ...b, clearance: next };
    });
  const approved = isFilled(c.approved);
  return (
    <section className="panel" aria-labelledby="clearance-title">
      <h2 id="clearance-title">Clearance</h2>
      <SignOffFields
        label="Drafted by"
        value={c.drafted ?? EMPTY}
        onChange={(drafted) => set({ drafted })}
      />
      <h3 className="subsection-title">Cleared by</h3>
      {c.cleared.length === 0 && <p className="muted">No clearances recorded yet.</p>}
      {c.cleared.map((s, i) => (
        <div key={i} className="signoff-row">
          <SignOffFields
            label={`Clearance ${i + 1}`}
            value={s}
            onChange={(v) => set({ cleared: c.cleared.map((old, j) => (j === i ? v : old)) })}
          />
          <button
            type="button"
            className="btn btn-small btn-danger-ghost"
            onClick={() => set({ cleared: c.cleared.filter((_, j) => j !== i) })}
          >
            Remove clearance {i + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn btn-small"
        disabled={c.cleared.length >= 50}
        onClick={() => set({ cleared: [...c.cleared, EMPTY] })}
      >
        + Add clearance
      </button>
      <h3 className="subsection-title">Approved by</h3>
      <SignOffFields
        label="Approved by"
        value={c.approved ?? EMPTY}
        onChange={(v) => set({ approved: isFilled(v) || v.office ? v : null })}
      />
      <fieldset className="status-choice">
        <legend className="field-label">Status</legend>
        <label>
          <input
            type="radio"
            name="clearance-status"
            checked={c.status === 'draft'}
            onChange={() => set({ status: 'draft' })}
          />
          DRAFT (prints a watermark)
        </label>
        <label>
          <input
            type="radio"
            name="clearance-status"
            checked={c.status === 'cleared'}
            disabled={!approved}
            aria-describedby="cleared-hint"
            onChange={() => set({ status: 'cleared' })}
          />
          Cleared
        </label>
        <p id="cleared-hint" className="muted">
          {approved
            ? 'Approved: the book may be marked cleared.'
            : 'Fill in “Approved by” before marking the book cleared.'}
        </p>
      </fieldset>
    </section>
  );
}
