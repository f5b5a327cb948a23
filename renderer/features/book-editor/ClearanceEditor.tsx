// The clearance block: drafted by, the clearance tracker, approved by, and the DRAFT/cleared verdict they give.
import type { Book, SignOff } from '../../../core/book/schema';
import { contentHash } from '../../../core/clearance/contentHash';
import { clearanceVerdict, isBookCleared } from '../../../core/clearance/tracker';
import { ClearanceTracker } from './ClearanceTracker';

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
  const currentHash = contentHash(book.tabs);
  const set = (patch: Partial<Clearance>) =>
    onChange((b) => {
      const next = { ...b, clearance: { ...b.clearance, ...patch } };
      // The stored status only mirrors the tracker (the library list shows it).
      next.clearance.status = isBookCleared(next) ? 'cleared' : 'draft';
      return next;
    });
  const verdict = clearanceVerdict(book);
  return (
    <section className="panel" aria-labelledby="clearance-title">
      <h2 id="clearance-title">Clearance</h2>
      <SignOffFields
        label="Drafted by"
        value={c.drafted ?? EMPTY}
        onChange={(drafted) => set({ drafted })}
      />
      <h3 className="subsection-title">Cleared by</h3>
      <ClearanceTracker
        offices={c.cleared}
        currentHash={currentHash}
        onChange={(cleared) => set({ cleared })}
      />
      <h3 className="subsection-title">Approved by</h3>
      <SignOffFields
        label="Approved by"
        value={c.approved ?? EMPTY}
        onChange={(v) => set({ approved: isFilled(v) || v.office ? v : null })}
      />
      <p className="clearance-verdict" role="status" aria-label="Clearance status">
        {verdict.cleared ? (
          <>
            <span className="pill pill-cleared">Cleared</span> Drafted, every clearance is current
            and the book is approved: exports print without the DRAFT watermark.
          </>
        ) : (
          <>
            <span className="pill pill-draft">Draft</span> Exports print the DRAFT watermark until
            the book has{' '}
            {[
              ...verdict.missing,
              ...verdict.stale.map((o) => `${o.office || 'an office'} clearing the current text`),
            ].join(', ')}
            .
          </>
        )}
      </p>
    </section>
  );
}
