// Template placeholders ({{country.name}}, {{meeting.date}}, ...): the known names and their substitution.
import { AppFailure } from '../ipc/result';
import type { Country } from '../countries/schema';
import type { Person } from './schema';

/** Every placeholder a template may use, with what it becomes. */
export const PLACEHOLDERS = {
  'country.name': 'the country name, e.g. Japan',
  'country.code': 'the ISO 3166-1 alpha-2 code, e.g. JP',
  'country.agency': 'the national space agency (acronym), if known',
  'meeting.date': 'the meeting date written out, e.g. March 12, 2026',
  'meeting.isoDate': 'the meeting date as YYYY-MM-DD',
  'meeting.city': 'the meeting city',
  'counterpart.name': 'the counterpart (their principal)',
  'counterpart.title': "the counterpart's title",
  'principal.name': 'our principal',
  'principal.title': "our principal's title",
} as const;
export type PlaceholderName = keyof typeof PLACEHOLDERS;
export type PlaceholderValues = Record<PlaceholderName, string>;

const PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026-03-12" -> "March 12, 2026" (computed from the string: no locale, no time zone). */
export function longDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${MONTHS[(m ?? 1) - 1] ?? '?'} ${d}, ${y}`;
}

/** The names of every placeholder used in `text`, known or not. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PATTERN)].map((m) => m[1] ?? '');
}

/** True when `name` is a placeholder the engine can fill. */
export function isKnownPlaceholder(name: string): name is PlaceholderName {
  return Object.hasOwn(PLACEHOLDERS, name);
}

/** Drafter prompt for a value the meeting does not give yet; neutral scaffolding, never an invented fact. */
const ask = (what: string) => `[Drafter: ${what}]`;

/** The values for one country and meeting; absent facts become "[Drafter: ...]" prompts. */
export function placeholderValues(
  country: Country,
  meeting: { date: string; city: string; counterpart: Person | null; principal: Person | null },
): PlaceholderValues {
  const agency = country.spaceAgency;
  return {
    'country.name': country.name,
    'country.code': country.iso2,
    'country.agency': agency
      ? agency.acronym
        ? `${agency.name} (${agency.acronym})`
        : agency.name
      : ask('space agency'),
    'meeting.date': longDate(meeting.date),
    'meeting.isoDate': meeting.date,
    'meeting.city': meeting.city.trim() || ask('city'),
    'counterpart.name': meeting.counterpart?.name ?? ask('counterpart'),
    'counterpart.title': meeting.counterpart?.title ?? ask("counterpart's title"),
    'principal.name': meeting.principal?.name ?? ask('principal'),
    'principal.title': meeting.principal?.title ?? ask("principal's title"),
  };
}

/**
 * Replaces every {{name}} in `text`. An unknown name is a template bug: it throws
 * AppFailure('validation') naming the placeholder and the known ones, rather than printing "{{".
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PATTERN, (_whole, name: string) => {
    if (!isKnownPlaceholder(name)) {
      throw new AppFailure(
        'validation',
        `unknown placeholder {{${name}}}; known placeholders: ${Object.keys(PLACEHOLDERS).join(', ')}`,
      );
    }
    return values[name];
  });
}
