// New book: pick a template and a country (with its facts), fill in the meeting, create, open the editor.
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { useAppData } from '../../app/AppData';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { CountryFacts } from './CountryFacts';
import { CountryPicker } from './CountryPicker';
import { EMPTY_MEETING, MeetingForm, inputIdOf, type MeetingDraft } from './MeetingForm';
import {
  FORM_FIELDS,
  fieldErrors,
  firstInvalid,
  newBookRequest,
  type FieldErrors,
  type FormField,
} from './newBookErrors';
import { TemplatePicker } from './TemplatePicker';
import { RequiredMark } from './RequiredMark';

/** Each field's name in the summary line. */
const FIELD_NAMES: Record<FormField, string> = {
  template: 'Template',
  country: 'Country',
  date: 'Meeting date',
  city: 'City',
  counterpartName: 'Counterpart name',
  counterpartTitle: 'Counterpart title',
  counterpartNative: 'Counterpart name in native script',
  principalName: 'Principal name',
  principalTitle: 'Principal title',
};

/** Moves focus to a field (the chosen template's radio for the template group). */
function focusField(field: FormField, templateId: string): void {
  const id = field === 'template' ? `new-book-template-${templateId}` : inputIdOf(field);
  document.getElementById(id)?.focus();
}

interface Props {
  onCreated: (bookId: string) => void;
  onCancel: () => void;
  onBanner: (banner: string) => void;
}

export function NewBookScreen({ onCreated, onCancel, onBanner }: Props) {
  const data = useAppData();
  const [templateId, setTemplateId] = useState('');
  const [countryCode, setCountryCode] = useState('');
  const [meeting, setMeeting] = useState<MeetingDraft>(EMPTY_MEETING);
  const [error, setError] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);

  // Public reference facts only on this screen.
  useEffect(() => onBanner('UNCLASSIFIED'), [onBanner]);
  useEffect(() => {
    let live = true;
    void api.prefs.get({}).then((prefs) => {
      if (live && prefs.ok && prefs.value.lastTemplateId)
        setTemplateId((t) => t || prefs.value.lastTemplateId!);
    });
    return () => {
      live = false;
    };
  }, []);

  if (!data) return <p className="screen">Loading templates and countries…</p>;
  // The first template is chosen until the officer picks another (or the last one used loads).
  const chosenTemplate = data.templates.some((t) => t.id === templateId)
    ? templateId
    : (data.templates[0]?.id ?? '');
  const country = data.countries.countries.find((c) => c.iso2 === countryCode);

  const request = newBookRequest(chosenTemplate, countryCode, meeting);
  // Shown once Create was pressed, then rechecked on every change so a fixed field clears at once.
  const errors: FieldErrors = checked ? fieldErrors(request) : {};
  const invalid = FORM_FIELDS.filter((f) => errors[f] !== undefined);

  const create = async () => {
    setChecked(true);
    const found = fieldErrors(request);
    const first = firstInvalid(found);
    if (first || found.other) {
      setError(null);
      if (first) focusField(first, chosenTemplate);
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api.books.create(request);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const prefs = await api.prefs.get({});
    if (prefs.ok) void api.prefs.set({ prefs: { ...prefs.value, lastTemplateId: chosenTemplate } });
    onCreated(result.value.id);
  };
  // The summary names the fields; each message itself is at its field.
  const summary =
    invalid.length > 0
      ? `${invalid.length === 1 ? '1 field needs' : `${invalid.length} fields need`} attention: ${invalid.map((f) => FIELD_NAMES[f]).join(', ')}.`
      : (errors.other ?? error);

  return (
    <form
      className="screen"
      aria-labelledby="new-book-title"
      // Enter in any text or date field creates the book; the checks below replace the browser's.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void create();
      }}
    >
      <div className="screen-header">
        <div>
          <h1 id="new-book-title">New briefing book</h1>
          <p className="screen-subtitle">
            The book is drafted from the template, the framework and the country’s facts.
          </p>
          <p className="screen-subtitle">
            Fields marked <span className="required-mark">*</span> are required.
          </p>
        </div>
      </div>
      <TemplatePicker
        templates={data.templates}
        value={chosenTemplate}
        onChange={setTemplateId}
        error={errors.template}
      />
      <fieldset className="form-section">
        <legend className="section-title">
          2. Country <RequiredMark />
        </legend>
        <div className="country-layout">
          <CountryPicker
            countries={data.countries.countries}
            value={countryCode}
            onChange={setCountryCode}
            error={errors.country}
          />
          {country ? (
            <CountryFacts
              country={country}
              file={data.countries}
              authorities={data.authorities}
              pack={data.packs.packs.find((p) => p.kind === 'countries')}
            />
          ) : (
            <p className="facts facts-empty">Choose a country to see its facts and sources.</p>
          )}
        </div>
      </fieldset>
      <MeetingForm
        value={meeting}
        onChange={setMeeting}
        errors={errors}
        countryCode={countryCode}
      />
      <ErrorMessage message={summary} />
      <div className="form-actions">
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create book'}
        </button>
      </div>
    </form>
  );
}
