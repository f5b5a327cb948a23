// Meeting details for a new book: date, city, counterpart (with native-script name) and our principal.
import type { Person } from '../../../core/book/schema';
import './meetingForm.css';
import { RequiredMark } from './RequiredMark';
import {
  MEETING_YEAR_MAX,
  MEETING_YEAR_MIN,
  meetingYearProblem,
} from '../../../core/book/meetingYear';
import {
  EMPTY_MEETING,
  errorIdOf,
  type FieldErrors,
  type FormField,
  type MeetingDraft,
} from './newBookErrors';
import { usePrintCheck } from './usePrintCheck';

export type { MeetingDraft };
export { EMPTY_MEETING };

/** A person from form fields, or null when no name was given (optional fields left out when blank). */
export function personFrom(name: string, title: string, nativeName = ''): Person | null {
  if (!name.trim()) return null;
  return {
    name: name.trim(),
    ...(title.trim() ? { title: title.trim() } : {}),
    ...(nativeName.trim() ? { nativeName: nativeName.trim() } : {}),
  };
}

type MeetingField = Exclude<FormField, 'template' | 'country'>;

/** The id of a meeting field's input (focused when it is the first invalid field). */
export const inputIdOf = (field: FormField): string => `new-book-${field}`;
/** The id of the printability warning under a text field. */
const warningIdOf = (field: FormField): string => `new-book-warning-${field}`;

interface FieldProps {
  name: MeetingField;
  label: string;
  value: MeetingDraft;
  onChange: (value: MeetingDraft) => void;
  error: string | undefined;
  /** The meeting country (picks the CJK font the PDF would use). */
  countryCode: string;
  extra?: Record<string, unknown>;
  required?: boolean;
}

/** One labelled input with its error (aria-invalid, described by the message) and, for text, a printability warning. */
function Field({ name, label, value, onChange, error, countryCode, extra, required }: FieldProps) {
  const text = name === 'date' ? '' : value[name];
  const problem = usePrintCheck(text, countryCode);
  const described = [error && errorIdOf(name), problem && warningIdOf(name)].filter(Boolean);
  // The messages sit outside the label, so they describe the field without becoming its name.
  return (
    <div className="field">
      <label className="field-label" htmlFor={inputIdOf(name)}>
        {label}
        {required && (
          <>
            {' '}
            <RequiredMark />
          </>
        )}
      </label>
      <input
        id={inputIdOf(name)}
        value={value[name]}
        onChange={(e) => onChange({ ...value, [name]: e.target.value })}
        aria-invalid={error ? true : undefined}
        aria-describedby={described.length > 0 ? described.join(' ') : undefined}
        {...(required ? { required: true, 'aria-required': true } : {})}
        {...extra}
      />
      {error && (
        <span id={errorIdOf(name)} className="field-error">
          {error}
        </span>
      )}
      {problem && (
        <span id={warningIdOf(name)} className="field-warning" role="status">
          {problem.message}
        </span>
      )}
    </div>
  );
}

interface Props {
  value: MeetingDraft;
  onChange: (value: MeetingDraft) => void;
  /** Errors from the last Create (rechecked as the officer fixes them). */
  errors: FieldErrors;
  countryCode: string;
}

export function MeetingForm({ value, onChange, errors, countryCode }: Props) {
  // Checked as typed: a half-typed date field gives years like 0027 (books:create refuses it too).
  const dateProblem = errors.date ?? (value.date ? meetingYearProblem(value.date) : null);
  const common = { value, onChange, countryCode };
  return (
    <fieldset className="form-section">
      <legend className="section-title">3. Meeting</legend>
      <div className="form-grid">
        <Field
          {...common}
          name="date"
          label="Meeting date"
          required
          error={dateProblem ?? undefined}
          extra={{
            type: 'date',
            min: `${MEETING_YEAR_MIN}-01-01`,
            max: `${MEETING_YEAR_MAX}-12-31`,
          }}
        />
        <Field {...common} name="city" label="City" error={errors.city} />
      </div>
      <h3 className="subsection-title">Counterpart</h3>
      <div className="form-grid">
        <Field
          {...common}
          name="counterpartName"
          label="Counterpart name"
          error={errors.counterpartName}
        />
        <Field
          {...common}
          name="counterpartTitle"
          label="Counterpart title"
          error={errors.counterpartTitle}
        />
        <Field
          {...common}
          name="counterpartNative"
          label="Counterpart name in native script"
          error={errors.counterpartNative}
          extra={{ lang: 'und', dir: 'auto' }}
        />
      </div>
      <h3 className="subsection-title">Our principal</h3>
      <div className="form-grid">
        <Field
          {...common}
          name="principalName"
          label="Principal name"
          error={errors.principalName}
        />
        <Field
          {...common}
          name="principalTitle"
          label="Principal title"
          error={errors.principalTitle}
        />
      </div>
    </fieldset>
  );
}
