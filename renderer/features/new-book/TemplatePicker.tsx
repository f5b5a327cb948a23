// Template choice for a new book: one radio card per template (name and description).
import type { Template } from '../../../core/templates/schema';
import { RequiredMark } from './RequiredMark';

interface Props {
  templates: readonly Template[];
  value: string;
  onChange: (templateId: string) => void;
}

export function TemplatePicker({ templates, value, onChange }: Props) {
  return (
    <fieldset className="card-group" role="radiogroup" aria-required="true">
      <legend className="section-title">
        1. Template <RequiredMark />
      </legend>
      {templates.map((t) => (
        <label key={t.id} className={`choice-card${value === t.id ? ' choice-card-selected' : ''}`}>
          <input
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
    </fieldset>
  );
}
