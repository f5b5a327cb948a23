// Book identity: title, book date, copy number and the meeting details every field shows (date, city, people).
import { applyDetails, refreshFields } from '../../../core/book/fields';
import type { Book, Person } from '../../../core/book/schema';
import { personFrom } from '../new-book/MeetingForm';
import { DelegationField } from './DelegationField';

interface Props {
  book: Book;
  onChange: (change: (book: Book) => Book) => void;
}

function Field(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  type?: string;
  dir?: string;
}) {
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      <input
        type={props.type ?? 'text'}
        value={props.value}
        dir={props.dir}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}

/** Edits a person by field; a cleared name removes the person (schema: a person needs a name). */
function PersonFields({
  label,
  person,
  onChange,
  native,
}: {
  label: string;
  person: Person | null;
  onChange: (p: Person | null) => void;
  native?: boolean;
}) {
  const p = {
    name: person?.name ?? '',
    title: person?.title ?? '',
    nativeName: person?.nativeName ?? '',
  };
  const set = (patch: Partial<typeof p>) => {
    const next = { ...p, ...patch };
    const built = personFrom(next.name, next.title, next.nativeName);
    onChange(
      built && person?.pronunciation ? { ...built, pronunciation: person.pronunciation } : built,
    );
  };
  return (
    <fieldset className="form-section">
      <legend className="subsection-title">{label}</legend>
      <div className="form-grid">
        <Field label={`${label} name`} value={p.name} onChange={(name) => set({ name })} />
        <Field label={`${label} title`} value={p.title} onChange={(title) => set({ title })} />
        {native && (
          <Field
            label={`${label} name in native script`}
            dir="auto"
            value={p.nativeName}
            onChange={(nativeName) => set({ nativeName })}
          />
        )}
      </div>
    </fieldset>
  );
}

export function IdentityForm({ book, onChange }: Props) {
  // Every field in every tab, and a title that follows the details, change with them at once.
  const meeting = (patch: Partial<Book['meeting']>) =>
    onChange((b) => applyDetails(b, { ...b.meeting, ...patch }));
  const follows = !book.titleIsCustom && Boolean(book.titlePattern);
  return (
    <section className="panel" aria-labelledby="identity-title">
      <h2 id="identity-title">Book identity</h2>
      <label className="field">
        <span className="field-label">Book title</span>
        <input
          value={book.title}
          maxLength={300}
          aria-describedby="title-follows"
          onChange={(e) => {
            const title = e.target.value;
            // The schema requires a title: keep the last non-empty one rather than save an invalid book.
            // A title typed by hand stays as typed: the details no longer rewrite it.
            if (title.trim()) onChange((b) => ({ ...b, title, titleIsCustom: true }));
          }}
        />
      </label>
      <p id="title-follows" className="muted field-hint">
        {follows
          ? 'The title follows the meeting details.'
          : 'The title stays as written when the details change.'}
        {!follows && book.titlePattern && (
          <>
            {' '}
            <button
              type="button"
              className="btn btn-small"
              onClick={() => onChange((b) => refreshFields({ ...b, titleIsCustom: false }))}
            >
              Follow the details again
            </button>
          </>
        )}
      </p>
      <div className="form-grid">
        <Field
          label="Book date"
          type="date"
          value={book.bookDate}
          onChange={(v) => v && onChange((b) => ({ ...b, bookDate: v }))}
        />
        <label className="field">
          <span className="field-label">Copy number</span>
          <input
            type="number"
            min={1}
            max={99999}
            value={book.copyNumber ?? ''}
            onChange={(e) => {
              const n = e.target.value === '' ? null : Number(e.target.value);
              if (n === null || (Number.isInteger(n) && n > 0 && n <= 99999))
                onChange((b) => ({ ...b, copyNumber: n }));
            }}
          />
        </label>
      </div>
      <h3 className="subsection-title">Meeting with {book.meeting.countryName}</h3>
      <div className="form-grid">
        <Field
          label="Meeting date"
          type="date"
          value={book.meeting.date}
          onChange={(v) => v && meeting({ date: v })}
        />
        <Field label="City" value={book.meeting.city} onChange={(city) => meeting({ city })} />
      </div>
      <PersonFields
        label="Counterpart"
        native
        person={book.meeting.counterpart}
        onChange={(counterpart) => meeting({ counterpart })}
      />
      <PersonFields
        label="Our principal"
        person={book.meeting.principal}
        onChange={(principal) => meeting({ principal })}
      />
      <DelegationField
        delegation={book.meeting.delegation ?? []}
        onChange={(delegation) => meeting({ delegation })}
      />
    </section>
  );
}
