// Loads the bundled country facts (framework-data/countries.json), validated and memoised, and finds countries by code.
import countriesJson from '../../framework-data/countries.json';
import type { CountriesFile, Country } from '../countries/schema';
import { CountriesFileSchema } from '../countries/schema';
import { AppFailure } from '../ipc/result';
import { parseOrThrow } from '../validation/formatZodError';

export const COUNTRIES_FILE_NAME = 'framework-data/countries.json';

let cached: CountriesFile | undefined;

/** Validates raw countries JSON; errors name `fileName`, the JSON path and the problem. */
export function parseCountries(raw: unknown, fileName = COUNTRIES_FILE_NAME): CountriesFile {
  return parseOrThrow(CountriesFileSchema, raw, fileName);
}

/**
 * The bundled country facts (196 entries), validated on first call and memoised.
 * @throws DataValidationError naming the file, the JSON path and the problem.
 */
export function loadCountries(): CountriesFile {
  cached ??= parseCountries(countriesJson);
  return cached;
}

/** Levenshtein distance, small strings only. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** Codes people often type for a country whose ISO code differs (UK for GB, EL for GR as the EU writes it). */
const COMMON_ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };

/** Up to five countries whose code is one edit away from `code` or whose name contains or starts like it. */
export function closeCountryMatches(file: CountriesFile, code: string, limit = 5): Country[] {
  const needle = code.trim().toUpperCase();
  const lower = needle.toLowerCase();
  const scored = file.countries
    .map((c) => {
      const name = c.name.toLowerCase();
      let score = Infinity;
      if (needle.length >= 3 && name.includes(lower)) score = name.startsWith(lower) ? 0 : 1;
      else if (needle.length <= 3 && distance(c.iso2, needle.slice(0, 3)) === 1)
        score = c.iso2[0] === needle[0] ? 2 : 3;
      else if (needle.length >= 3 && distance(name.slice(0, needle.length), lower) <= 1) score = 4;
      return { c, score };
    })
    .filter((s) => s.score < Infinity)
    .sort((a, b) => a.score - b.score || a.c.iso2.localeCompare(b.c.iso2));
  const alias = file.countries.find((c) => c.iso2 === COMMON_ALIASES[needle]);
  const ranked = alias
    ? [alias, ...scored.map((s) => s.c).filter((c) => c !== alias)]
    : scored.map((s) => s.c);
  return ranked.slice(0, limit);
}

/**
 * The country with ISO 3166-1 alpha-2 `code` (case-insensitive, surrounding spaces ignored).
 * @throws AppFailure('not-found') naming the unknown code and suggesting close matches.
 */
export function findCountry(file: CountriesFile, code: string): Country {
  const wanted = code.trim().toUpperCase();
  const found = file.countries.find((c) => c.iso2 === wanted);
  if (found) return found;
  const shown = wanted.length > 24 ? `${wanted.slice(0, 24)}…` : wanted;
  const close = closeCountryMatches(file, wanted);
  const hint =
    close.length > 0
      ? ` Did you mean: ${close.map((c) => `${c.iso2} (${c.name})`).join(', ')}?`
      : ' Use a two-letter ISO 3166-1 code such as US, FR or JP.';
  throw new AppFailure('not-found', `Unknown country code "${shown}".${hint}`);
}
