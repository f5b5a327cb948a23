// New book: pick a template and a country (with its facts), fill in the meeting, create, open the editor.
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { useAppData } from '../../app/AppData';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { CountryFacts } from './CountryFacts';
import { CountryPicker } from './CountryPicker';
import { EMPTY_MEETING, MeetingForm, personFrom, type MeetingDraft } from './MeetingForm';
import { TemplatePicker } from './TemplatePicker';
import { RequiredMark } from './RequiredMark';
import { meetingYearProblem } from '../../../core/book/meetingYear';

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

  const create = async () => {
    const missing = [
      !chosenTemplate && 'a template',
      !countryCode && 'a country',
      !meeting.date && 'the meeting date',
    ];
    const gaps = missing.filter(Boolean);
    if (gaps.length > 0) {
      setError(`Choose ${gaps.join(', ')} first.`);
      return;
    }
    const dateProblem = meetingYearProblem(meeting.date);
    if (dateProblem) {
      setError(dateProblem);
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api.books.create({
      templateId: chosenTemplate,
      countryCode,
      meeting: {
        date: meeting.date,
        city: meeting.city.trim(),
        counterpart: personFrom(
          meeting.counterpartName,
          meeting.counterpartTitle,
          meeting.counterpartNative,
        ),
        principal: personFrom(meeting.principalName, meeting.principalTitle),
      },
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const prefs = await api.prefs.get({});
    if (prefs.ok) void api.prefs.set({ prefs: { ...prefs.value, lastTemplateId: chosenTemplate } });
    onCreated(result.value.id);
  };

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
      <TemplatePicker templates={data.templates} value={chosenTemplate} onChange={setTemplateId} />
      <fieldset className="form-section">
        <legend className="section-title">
          2. Country <RequiredMark />
        </legend>
        <div className="country-layout">
          <CountryPicker
            countries={data.countries.countries}
            value={countryCode}
            onChange={setCountryCode}
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
      <MeetingForm value={meeting} onChange={setMeeting} />
      <ErrorMessage message={error} />
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
