// Country choice: a search box narrowing a native list box of every country in the data set.
import { useMemo, useState } from 'react';
import type { Country } from '../../../core/countries/schema';
import { RequiredMark } from './RequiredMark';

interface Props {
  countries: readonly Country[];
  value: string;
  onChange: (iso2: string) => void;
}

export function CountryPicker({ countries, value, onChange }: Props) {
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
          size={10}
          aria-required="true"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className="country-list"
        >
          {shown.map((c) => (
            <option key={c.iso2} value={c.iso2}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
