// Meeting details for a new book: date, city, counterpart (with native-script name) and our principal.
import type { Person } from '../../../core/book/schema';
import './meetingForm.css';
import { RequiredMark } from './RequiredMark';
import {
  MEETING_YEAR_MAX,
  MEETING_YEAR_MIN,
  meetingYearProblem,
} from '../../../core/book/meetingYear';

export interface MeetingDraft {
  date: string;
  city: string;
  counterpartName: string;
  counterpartTitle: string;
  counterpartNative: string;
  principalName: string;
  principalTitle: string;
}

export const EMPTY_MEETING: MeetingDraft = {
  date: '',
  city: '',
  counterpartName: '',
  counterpartTitle: '',
  counterpartNative: '',
  principalName: '',
  principalTitle: '',
};

/** A person from form fields, or null when no name was given (optional fields left out when blank). */
export function personFrom(name: string, title: string, nativeName = ''): Person | null {
  if (!name.trim()) return null;
  return {
    name: name.trim(),
    ...(title.trim() ? { title: title.trim() } : {}),
    ...(nativeName.trim() ? { nativeName: nativeName.trim() } : {}),
  };
}

interface Props {
  value: MeetingDraft;
  onChange: (value: MeetingDraft) => void;
}

export function MeetingForm({ value, onChange }: Props) {
  // Checked as typed: a half-typed date field gives years like 0027 (shown at the field, and
  // books:create refuses it too).
  const dateProblem = value.date ? meetingYearProblem(value.date) : null;
  const field = (key: keyof MeetingDraft, label: string, extra: Record<string, unknown> = {}) => (
    <label className="field">
      <span className="field-label">
        {label}
        {extra.required === true && (
          <>
            {' '}
            <RequiredMark />
          </>
        )}
      </span>
      <input
        value={value[key]}
        onChange={(e) => onChange({ ...value, [key]: e.target.value })}
        {...extra}
      />
      {key === 'date' && dateProblem && (
        <span id="meeting-date-error" className="field-error" role="alert">
          {dateProblem}
        </span>
      )}
    </label>
  );
  return (
    <fieldset className="form-section">
      <legend className="section-title">3. Meeting</legend>
      <div className="form-grid">
        {field('date', 'Meeting date', {
          type: 'date',
          required: true,
          'aria-required': true,
          min: `${MEETING_YEAR_MIN}-01-01`,
          max: `${MEETING_YEAR_MAX}-12-31`,
          'aria-invalid': dateProblem ? true : undefined,
          'aria-describedby': dateProblem ? 'meeting-date-error' : undefined,
        })}
        {field('city', 'City')}
      </div>
      <h3 className="subsection-title">Counterpart</h3>
      <div className="form-grid">
        {field('counterpartName', 'Counterpart name')}
        {field('counterpartTitle', 'Counterpart title')}
        {field('counterpartNative', 'Counterpart name in native script', {
          lang: 'und',
          dir: 'auto',
        })}
      </div>
      <h3 className="subsection-title">Our principal</h3>
      <div className="form-grid">
        {field('principalName', 'Principal name')}
        {field('principalTitle', 'Principal title')}
      </div>
    </fieldset>
  );
}
