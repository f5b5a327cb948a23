// Country choice: a search box narrowing a native list box of every country in the data set.
import { useMemo, useState } from 'react';
import type { Country } from '../../../core/countries/schema';
import { RequiredMark } from './RequiredMark';
import { errorIdOf } from './newBookErrors';

interface Props {
  countries: readonly Country[];
  value: string;
  onChange: (iso2: string) => void;
  /** "Choose a country." after a Create without one (shown under the list). */
  error?: string | undefined;
}

export function CountryPicker({ countries, value, onChange, error }: Props) {
  const [query, setQuery] = useState('');
  const sorted = useMemo(
    () => [...countries].sort((a, b) => a.name.localeCompare(b.name)),
    [countries],
  );
  const q = query.trim().toLowerCase();
  const shown = sorted.filter(
    (c) => !q || c.name.toLowerCase().includes(q) || c.iso2.toLowerCase() === q,
  );
  return (
    <div className="country-picker">
      <label className="field">
        <span className="field-label">Search countries</span>
        <input
          type="search"
          value={query}
          placeholder={`${countries.length} countries`}
          onChange={(e) => {
            setQuery(e.target.value);
            const only = sorted.filter((c) =>
              c.name.toLowerCase().includes(e.target.value.trim().toLowerCase()),
            );
            if (only.length === 1 && only[0]) onChange(only[0].iso2);
          }}
        />
      </label>
      <label className="field">
        <span className="field-label">
          Country ({shown.length} shown) <RequiredMark />
        </span>
        <select
          id="new-book-country"
          size={10}
          aria-required="true"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorIdOf('country') : undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className="country-list"
        >
          {/* React selects the first option when none matches the value, which looked chosen
              (Afghanistan highlighted) although no country was: this hidden, empty option is the
              selection until the officer picks a country, so only a chosen country looks chosen. */}
          <option value="" hidden>
            No country chosen
          </option>
          {shown.map((c) => (
            <option key={c.iso2} value={c.iso2}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <span id={errorIdOf('country')} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
