// Template choice for a new book: one radio card per template (name and description).
import type { Template } from '../../../core/templates/schema';
import { RequiredMark } from './RequiredMark';
import { errorIdOf } from './newBookErrors';

interface Props {
  templates: readonly Template[];
  value: string;
  onChange: (templateId: string) => void;
  /** "Choose a template." after a Create without one. */
  error?: string | undefined;
}

export function TemplatePicker({ templates, value, onChange, error }: Props) {
  return (
    <fieldset
      className="card-group"
      role="radiogroup"
      aria-required="true"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorIdOf('template') : undefined}
    >
      <legend className="section-title">
        1. Template <RequiredMark />
      </legend>
      {templates.map((t) => (
        <label key={t.id} className={`choice-card${value === t.id ? ' choice-card-selected' : ''}`}>
          <input
            id={`new-book-template-${t.id}`}
            type="radio"
            name="template"
            value={t.id}
            checked={value === t.id}
            onChange={() => onChange(t.id)}
          />
          <span className="choice-card-body">
            <span className="choice-card-title">{t.name}</span>
            <span className="choice-card-text">{t.description}</span>
            <span className="choice-card-meta">
              {t.tabs.length} tabs · version {t.version}
            </span>
          </span>
        </label>
      ))}
      {error && (
        <span id={errorIdOf('template')} className="field-error">
          {error}
        </span>
      )}
    </fieldset>
  );
}
