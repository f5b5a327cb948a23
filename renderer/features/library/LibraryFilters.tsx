// The library's search box and country / template filters.
import { useId } from 'react';
import type { BookSummary } from '../../../core/ipc/contract';
import type { Template } from '../../../core/templates/schema';
import type { LibraryFilter } from './filterBooks';

interface Props {
  filter: LibraryFilter;
  onChange: (filter: LibraryFilter) => void;
  books: readonly BookSummary[];
  templates: readonly Template[];
}

export function LibraryFilters({ filter, onChange, books, templates }: Props) {
  // Explicit for/id: a label wrapping a <select> would fold the chosen option into its name.
  const id = useId();
  const countries = [...new Map(books.map((b) => [b.countryCode, b.countryName])).entries()].sort(
    (a, b) => a[1].localeCompare(b[1]),
  );
  return (
    <div className="toolbar" role="search">
      <label className="field field-inline field-grow">
        <span className="field-label">Search</span>
        <input
          type="search"
          placeholder="Title, country, city, counterpart or text"
          value={filter.text}
          onChange={(e) => onChange({ ...filter, text: e.target.value })}
        />
      </label>
      <div className="field field-inline">
        <label className="field-label" htmlFor={`${id}-country`}>
          Country
        </label>
        <select
          id={`${id}-country`}
          value={filter.countryCode}
          onChange={(e) => onChange({ ...filter, countryCode: e.target.value })}
        >
          <option value="">All countries</option>
          {countries.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-inline">
        <label className="field-label" htmlFor={`${id}-template`}>
          Template
        </label>
        <select
          id={`${id}-template`}
          value={filter.templateId}
          onChange={(e) => onChange({ ...filter, templateId: e.target.value })}
        >
          <option value="">All templates</option>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
